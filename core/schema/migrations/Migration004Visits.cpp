#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

namespace {

// Planned visits, written inside the randomization transaction from the protocol's schedule.
// Dates are calendar dates (YYYY-MM-DD) in the site's time zone, so they compare as text.
// status: planned, completed (actual_date), missed (reason), cancelled (reason; kept, never deleted).
// window_start/window_end come from the protocol and stay; target_date is the appointment, which a
// reschedule (with a reason, audited) moves. arm_specific marks visits of some arms only (the
// patient-partner contacts): blinded roles never see them. site_code is copied from the participant
// so that the "today" view and the overdue list are one indexed range per site.
QStringList visitTables()
{
    return {
        QStringLiteral("CREATE TABLE visits (id {{ID}}, participant_id INTEGER NOT NULL REFERENCES participants (id), "
                       "site_code TEXT NOT NULL, visit_code TEXT NOT NULL, visit_order INTEGER NOT NULL, "
                       "protocol_version INTEGER NOT NULL, arm_specific INTEGER NOT NULL DEFAULT 0, "
                       "target_date TEXT NOT NULL, window_start TEXT NOT NULL, window_end TEXT NOT NULL, "
                       "status TEXT NOT NULL, actual_date TEXT NULL, out_of_window INTEGER NOT NULL DEFAULT 0, "
                       "reason TEXT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                       "updated_by TEXT NOT NULL, UNIQUE (participant_id, visit_code))"),
        QStringLiteral("CREATE INDEX visits_by_site_status_target ON visits (site_code, status, target_date)"),
        QStringLiteral("CREATE INDEX visits_by_site_status_window_end ON visits (site_code, status, window_end)"),
        QStringLiteral("CREATE INDEX visits_by_participant ON visits (participant_id, visit_order)"),
    };
}

} // namespace

Migrations::Migration migration004Visits()
{
    return { 4, QStringLiteral("visits: planned, completed, missed and cancelled visits"), visitTables(),
             visitTables() };
}

} // namespace trialdesk::core
