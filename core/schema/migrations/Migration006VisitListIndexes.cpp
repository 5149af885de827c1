#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

namespace {

// The today view and the overdue list read one site's planned visits in target-date order and
// filter on the window end and, for blinded roles, on arm_specific. With these columns in the index
// the page of ids and the counts come from the index alone; only the rows shown are read from the
// table (a site may have hundreds of thousands of visits). They replace migration 4's narrower
// indexes on the same leading columns.
QStringList visitListIndexes()
{
    return {
        QStringLiteral("DROP INDEX visits_by_site_status_target"),
        QStringLiteral("DROP INDEX visits_by_site_status_window_end"),
        QStringLiteral("CREATE INDEX visits_by_site_status_target_list ON visits (site_code, status, target_date, "
                       "window_end, arm_specific, participant_id, visit_order)"),
        QStringLiteral("CREATE INDEX visits_by_site_status_window_end_list ON visits (site_code, status, window_end, "
                       "target_date, arm_specific, participant_id, visit_order)"),
    };
}

} // namespace

Migrations::Migration migration006VisitListIndexes()
{
    return { 6, QStringLiteral("visits: covering indexes for the today view and the overdue list"), visitListIndexes(),
             visitListIndexes() };
}

} // namespace trialdesk::core
