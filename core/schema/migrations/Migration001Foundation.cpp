#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

namespace {

// The audit table refuses UPDATE and DELETE whoever asks: append-only by construction.
const QStringList kAuditTriggersSqlite = {
    QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
    QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                   "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
};
const QStringList kAuditTriggersPostgresql = {
    QStringLiteral("CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"),
    QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()"),
    QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                   "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()"),
};

QStringList foundationTables()
{
    return {
        QStringLiteral("CREATE TABLE trial (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, demo INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sites (id {{ID}}, code TEXT NOT NULL UNIQUE, name_fr TEXT NOT NULL, "
                       "name_en TEXT NOT NULL, time_zone TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, "
                       "created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE users (id {{ID}}, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
                       "role TEXT NOT NULL, site_code TEXT NULL, active INTEGER NOT NULL DEFAULT 1, "
                       "must_change_password INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE protocol_versions (id {{ID}}, version INTEGER NOT NULL UNIQUE, "
                       "definition TEXT NOT NULL, sha256 TEXT NOT NULL, reason TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, created_by TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, username TEXT NOT NULL, "
                       "action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL, "
                       "old_value TEXT NULL, new_value TEXT NULL, reason TEXT NULL, prev_hash TEXT NOT NULL, "
                       "hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_by_user ON audit_log (username, id)"),
        QStringLiteral("CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id)"),
        QStringLiteral("CREATE INDEX audit_log_by_time ON audit_log (at)"),
    };
}

} // namespace

Migrations::Migration migration001Foundation()
{
    return { 1, QStringLiteral("foundation: trial, settings, sites, users, protocol versions, audit trail"),
             foundationTables() + kAuditTriggersSqlite, foundationTables() + kAuditTriggersPostgresql };
}

} // namespace trialdesk::core
