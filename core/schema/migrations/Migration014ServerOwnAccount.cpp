#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

// On a trial server, a user changes their own password through the server's function
// (core/server/session.sql), which also clears the flag an administrator's reset set. A local
// workspace reseals the user's key slot instead, so SQLite has nothing to create here.
Migrations::Migration migration014ServerOwnAccount()
{
    return {
        14, QStringLiteral("server: a user's own password change"), {}, serverScript(QStringLiteral("session.sql"))
    };
}

} // namespace trialdesk::core
