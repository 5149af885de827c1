#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

// On a trial server, the randomization log is checked where the seed is (core/server/log_check.sql):
// the server says what spec v1 gives at each recorded position, core compares. A local workspace
// regenerates the streams itself, so SQLite has nothing to create here.
Migrations::Migration migration017ServerLogCheck()
{
    return { 17,
             QStringLiteral("server: the randomization log checked against the seed on the server"),
             {},
             serverScript(QStringLiteral("log_check.sql")) };
}

} // namespace trialdesk::core
