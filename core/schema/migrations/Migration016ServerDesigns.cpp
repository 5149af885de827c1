#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

// On a trial server, designs are read and written through the server (core/server/designs.sql):
// workstations see a seed's fingerprint, never the seed, and the server makes every new seed. A
// local workspace keeps its seeds in its encrypted database, so SQLite has nothing to create here.
Migrations::Migration migration016ServerDesigns()
{
    return { 16,
             QStringLiteral("server: designs written and read through the server"),
             {},
             serverScript(QStringLiteral("designs.sql")) };
}

} // namespace trialdesk::core
