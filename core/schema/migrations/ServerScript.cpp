#include "core/schema/migrations/MigrationList.h"
#include "core/sql/SqlScript.h"

#include <QFile>

static void initCoreResourcesForMigrations()
{
    Q_INIT_RESOURCE(core);
}

namespace trialdesk::core {

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

} // namespace trialdesk::core
