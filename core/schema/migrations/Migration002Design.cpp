#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

namespace {

// Versions of the randomization design, append-only in practice (DesignStore writes a new row for
// each change); the definition is canonical JSON without the seed, which has its own column.
// locked_at is set on the first randomization; later versions inherit it.
QStringList designTables()
{
    return {
        QStringLiteral("CREATE TABLE randomization_designs (id {{ID}}, version INTEGER NOT NULL UNIQUE, "
                       "method TEXT NOT NULL, definition TEXT NOT NULL, seed TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, created_by TEXT NOT NULL, reason TEXT NOT NULL, "
                       "locked_at TEXT NULL, locked_by TEXT NULL)"),
    };
}

// A version, once written, is never removed: the randomization log refers to it.
const QStringList kNoDeleteSqlite = {
    QStringLiteral("CREATE TRIGGER randomization_designs_no_delete BEFORE DELETE ON randomization_designs "
                   "BEGIN SELECT RAISE(ABORT, 'randomization_designs versions cannot be deleted'); END"),
};
const QStringList kNoDeletePostgresql = {
    QStringLiteral("CREATE FUNCTION randomization_designs_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'randomization_designs versions cannot be deleted'; END $$"),
    QStringLiteral("CREATE TRIGGER randomization_designs_no_delete BEFORE DELETE ON randomization_designs "
                   "FOR EACH ROW EXECUTE FUNCTION randomization_designs_refuse()"),
};

} // namespace

Migrations::Migration migration002Design()
{
    return { 2, QStringLiteral("randomization design versions"), designTables() + kNoDeleteSqlite,
             designTables() + kNoDeletePostgresql };
}

} // namespace trialdesk::core
