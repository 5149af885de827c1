#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

namespace {

// Case report forms.
// form_definitions: every version of every form definition the workspace has used (JSON as
// loaded, its SHA-256), never changed once data refer to it.
// form_entries: one form filled for a participant, at a visit (visit_id) or unscheduled (visit_id
// NULL: adverse events, end of study; instance numbers repeats). state: draft, complete, verified,
// locked ("not started" is the absence of a row). arm_specific: intervention-only forms (the
// patient-partner contact log), never shown to blinded roles.
// item_values: one row per item, the value in its canonical text form (see forms/FormValue.h) or a
// missing-data code (not_done, unknown, refused); computed scores are stored too, so that exports
// read values without recomputing. Old values live in the audit trail.
// data_queries: status open, answered, closed; site_code copied for the per-site list.
QStringList formTables()
{
    return {
        QStringLiteral("CREATE TABLE form_definitions (code TEXT NOT NULL, version INTEGER NOT NULL, "
                       "definition TEXT NOT NULL, sha256 TEXT NOT NULL, installed_at TEXT NOT NULL, "
                       "installed_by TEXT NOT NULL, PRIMARY KEY (code, version))"),
        QStringLiteral("CREATE TABLE form_entries (id {{ID}}, "
                       "participant_id INTEGER NOT NULL REFERENCES participants (id), "
                       "visit_id INTEGER NULL REFERENCES visits (id), site_code TEXT NOT NULL, "
                       "form_code TEXT NOT NULL, form_version INTEGER NOT NULL, instance INTEGER NOT NULL DEFAULT 1, "
                       "state TEXT NOT NULL, arm_specific INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
                       "created_by TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, "
                       "completed_at TEXT NULL, completed_by TEXT NULL, verified_at TEXT NULL, "
                       "verified_by TEXT NULL, locked_at TEXT NULL, locked_by TEXT NULL, "
                       "UNIQUE (participant_id, visit_id, form_code, instance))"),
        QStringLiteral("CREATE INDEX form_entries_by_form ON form_entries (form_code, participant_id)"),
        QStringLiteral("CREATE INDEX form_entries_by_visit ON form_entries (visit_id)"),
        QStringLiteral("CREATE TABLE item_values (entry_id INTEGER NOT NULL REFERENCES form_entries (id), "
                       "item_code TEXT NOT NULL, value TEXT NULL, missing_code TEXT NULL, "
                       "updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, PRIMARY KEY (entry_id, item_code))"),
        QStringLiteral("CREATE TABLE data_queries (id {{ID}}, entry_id INTEGER NOT NULL REFERENCES form_entries (id), "
                       "item_code TEXT NOT NULL, site_code TEXT NOT NULL, status TEXT NOT NULL, "
                       "question TEXT NOT NULL, raised_by TEXT NOT NULL, raised_at TEXT NOT NULL, "
                       "answer TEXT NULL, answered_by TEXT NULL, answered_at TEXT NULL, closed_by TEXT NULL, "
                       "closed_at TEXT NULL, close_note TEXT NULL)"),
        QStringLiteral("CREATE INDEX data_queries_by_site_status ON data_queries (site_code, status, id)"),
        QStringLiteral("CREATE INDEX data_queries_by_entry ON data_queries (entry_id, item_code)"),
    };
}

} // namespace

Migrations::Migration migration005Forms()
{
    return { 5, QStringLiteral("case report forms: definitions, entries, item values, data queries"), formTables(),
             formTables() };
}

} // namespace trialdesk::core
