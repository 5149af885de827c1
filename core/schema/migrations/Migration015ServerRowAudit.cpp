#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

// On a trial server, every row inserted, changed or deleted in a table of the trial is audited by a
// trigger (core/server/row_audit.sql), so a change made with psql is audited too. A local workspace
// is changed only through TrialDesk's services, which audit every change themselves, so SQLite has
// nothing to create here.
Migrations::Migration migration015ServerRowAudit()
{
    return { 15,
             QStringLiteral("server: every change to a row of the trial audited by the server"),
             {},
             serverScript(QStringLiteral("row_audit.sql")) };
}

} // namespace trialdesk::core
