#include "core/schema/Migrations.h"

#include "core/schema/migrations/MigrationList.h"
#include "core/sql/SqlScript.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::Migrations)
};

Status ensureVersionTable(QSqlDatabase &db)
{
    // Looked up first: PostgreSQL answers IF NOT EXISTS on an existing table with a notice that
    // libpq prints on standard error.
    if (db.tables().contains(QStringLiteral("schema_version")))
        return {};
    auto created
        = execSchemaStatement(db,
                              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                             "description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    if (!created)
        return created.error();
    return {};
}

} // namespace

const QList<Migrations::Migration> &Migrations::all()
{
    static const QList<Migration> migrations = migrationList();
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

QString Migrations::expand(const QString &statement, Dialect dialect)
{
    QString expanded = statement;
    expanded.replace(QStringLiteral("{{ID}}"),
                     dialect == Dialect::SQLite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                : QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));
    return expanded;
}

Result<int> Migrations::currentVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    auto query = exec(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Status Migrations::migrate(QSqlDatabase &db, const Clock &clock)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("This trial's database has schema version %1, newer than this program knows (%2). "
                                "Install the newer TrialDesk that last opened it; nothing was changed.")
                             .arg(current.value())
                             .arg(latestVersion()));
    const Dialect dialect = isTrialServer(db) ? Dialect::PostgreSQL : Dialect::SQLite;
    for (const Migration &migration : all()) {
        if (migration.version <= current.value())
            continue;
        // Not a Write: migrations run when the database opens, before any user is read, and change
        // the schema, not trial data (each one recorded in schema_version, not the audit trail).
        Transaction tx(db);
        if (!tx.status())
            return tx.status();
        if (Status made = ensureVersionTable(db); !made)
            return made;
        for (const QString &statement : dialect == Dialect::SQLite ? migration.sqlite : migration.postgresql) {
            auto run = execSchemaStatement(db, expand(statement, dialect));
            if (!run)
                return makeError(
                    ErrorCode::Storage,
                    Tr::tr("Schema migration %1 failed: %2").arg(migration.version).arg(run.error().message));
        }
        auto recorded = exec(db,
                             QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                            "VALUES (?, ?, ?)"),
                             { migration.version, migration.description, Clock::format(clock.nowUtc()) });
        if (!recorded)
            return recorded.error();
        if (Status committed = tx.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace trialdesk::core
