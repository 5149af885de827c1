#include "core/schema/migrations/MigrationList.h"
#include "core/sql/SqlScript.h"

#include <QFile>

static void initCoreResourcesForMigrations()
{
    Q_INIT_RESOURCE(core);
}

namespace trialdesk::core {

namespace {

// On a trial server, the allocation sequence is computed by the server (docs/randomization-spec.md
// in PL/pgSQL, core/server/spec_v1.sql; core/server/allocation.sql reads the design it needs): a lazy stream per (lineage, stratum) whose state no login
// role may read, handed out under a row lock so that concurrent workstations serialize per stratum.
// A local workspace computes the same sequence in C++ (randomization/StratumStream), so SQLite has
// nothing to create here.
QStringList serverScript(const QString &name)
{
    initCoreResourcesForMigrations();
    QFile file(QStringLiteral(":/core/server/") + name);
    if (!file.open(QIODevice::ReadOnly))
        // Built into the library: missing only if the build is broken. The migration then fails
        // with this message and changes nothing.
        return { QStringLiteral("DO $$ BEGIN RAISE EXCEPTION '%1 is missing from this build'; END $$").arg(name) };
    return splitSqlScript(QString::fromUtf8(file.readAll()));
}

// The sequence itself (spec_v1.sql), then the next allocation of a design version's stratum from
// the design the server holds (allocation.sql).
QStringList serverAllocationStream()
{
    return serverScript(QStringLiteral("spec_v1.sql")) + serverScript(QStringLiteral("allocation.sql"));
}

} // namespace

Migrations::Migration migration009ServerAllocationStream()
{
    return { 9, QStringLiteral("server: the spec v1 allocation stream computed by the server"), {},
             serverAllocationStream() };
}

} // namespace trialdesk::core
