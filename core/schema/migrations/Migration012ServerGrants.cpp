#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

// On a trial server, the server decides who reads and changes what (core/server/grants.sql): table
// privileges per group role after the permission matrix, row-level security by site and for
// blinding, no role reading the seed. A local workspace has one key for every user and enforces
// all of this in core's services, so SQLite has nothing to create here.
Migrations::Migration migration012ServerGrants()
{
    return { 12,
             QStringLiteral("server: privileges per role, row-level security by site and blinding"),
             {},
             serverScript(QStringLiteral("grants.sql")) };
}

} // namespace trialdesk::core
