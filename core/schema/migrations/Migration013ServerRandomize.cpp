#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

// On a trial server, randomization is the server's own function (core/server/randomize.sql): it
// checks the participant, computes the stratum and the next allocation, and records it with its
// audit entries, so that no workstation ever holds the seed or writes an allocation. A local
// workspace randomizes in core (RandomizationService), so SQLite has nothing to create here.
Migrations::Migration migration013ServerRandomize()
{
    return {
        13, QStringLiteral("server: randomization by the server"), {}, serverScript(QStringLiteral("randomize.sql"))
    };
}

} // namespace trialdesk::core
