#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

namespace {

// The reports read whole columns of the trial at once (every primary-outcome visit, every baseline
// form, every value of an item). Without these indexes each such read visits the table's rows
// scattered over the whole database file, and the CONSORT and baseline reports take several
// seconds at 100,000 participants. With them each read is one contiguous range of a narrow index
// (see reports/stats/StatsSupport.cpp and reports/ConsortReport.cpp, and docs/benchmarks.md).
// - visits by visit code: the participants and statuses of one visit of the schedule;
// - form entries by form and state: the done entries of a form, with their visit and participant;
// - item values by item: the values of one item across entries (covering: the value is in it);
// - screenings by date: the first screening (the recruitment report's default period).
QStringList reportIndexes()
{
    return {
        QStringLiteral("CREATE INDEX visits_by_code ON visits (visit_code, arm_specific, status, participant_id)"),
        QStringLiteral("CREATE INDEX form_entries_by_form_state ON form_entries (form_code, state, instance, "
                       "arm_specific, visit_id, participant_id)"),
        QStringLiteral("CREATE INDEX item_values_by_item ON item_values (item_code, entry_id, value)"),
        QStringLiteral("CREATE INDEX screenings_by_date ON screenings (screened_on)"),
    };
}

} // namespace

Migrations::Migration migration007ReportIndexes()
{
    return { 7, QStringLiteral("reports: indexes for reading a visit, a form or an item across the trial"),
             reportIndexes(), reportIndexes() };
}

} // namespace trialdesk::core
