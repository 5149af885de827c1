#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

// On a trial server, every user is a login role in a group role per TrialDesk role, and accounts
// change only through functions that administrators may call (core/server/users.sql). A local
// workspace keeps its users in the users table and their key slots, so SQLite has nothing to
// create here.
Migrations::Migration migration011ServerAccounts()
{
    return { 11,
             QStringLiteral("server: login roles, group roles and the account functions"),
             {},
             serverScript(QStringLiteral("users.sql")) };
}

} // namespace trialdesk::core
