#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

namespace {

// On a trial server, the allocation sequence is computed by the server: spec v1 in PL/pgSQL
// (core/server/spec_v1.sql), a lazy stream per (lineage, stratum) whose state no login role may
// read, handed out under a row lock so that concurrent workstations serialize per stratum; then the
// next allocation of a design version's stratum from the design the server holds
// (core/server/allocation.sql). A local workspace computes the same sequence in C++
// (randomization/StratumStream), so SQLite has nothing to create here.
QStringList serverAllocationStream()
{
    return serverScript(QStringLiteral("spec_v1.sql")) + serverScript(QStringLiteral("allocation.sql"));
}

} // namespace

Migrations::Migration migration009ServerAllocationStream()
{
    return {
        9, QStringLiteral("server: the spec v1 allocation stream computed by the server"), {}, serverAllocationStream()
    };
}

} // namespace trialdesk::core
