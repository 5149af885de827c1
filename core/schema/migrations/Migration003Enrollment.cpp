#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

namespace {

// Randomizations are never changed or removed: "randomized in error" is an event beside the row,
// so the position it used stays taken and the log stays verifiable.
const QStringList kRandomizationTriggersSqlite = {
    QStringLiteral("CREATE TRIGGER randomizations_no_update BEFORE UPDATE ON randomizations "
                   "BEGIN SELECT RAISE(ABORT, 'randomizations are append-only'); END"),
    QStringLiteral("CREATE TRIGGER randomizations_no_delete BEFORE DELETE ON randomizations "
                   "BEGIN SELECT RAISE(ABORT, 'randomizations are append-only'); END"),
};
const QStringList kRandomizationTriggersPostgresql = {
    QStringLiteral("CREATE FUNCTION randomizations_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'randomizations are append-only'; END $$"),
    QStringLiteral("CREATE TRIGGER randomizations_no_update BEFORE UPDATE OR DELETE ON randomizations "
                   "FOR EACH ROW EXECUTE FUNCTION randomizations_refuse()"),
    QStringLiteral("CREATE TRIGGER randomizations_no_truncate BEFORE TRUNCATE ON randomizations "
                   "FOR EACH STATEMENT EXECUTE FUNCTION randomizations_refuse()"),
};

QStringList enrollmentTables()
{
    return {
        // Everyone assessed. answers: JSON object criterion -> true/false; failed_criteria: codes
        // joined by commas; protocol_version: the checklist's protocol.
        QStringLiteral("CREATE TABLE screenings (id {{ID}}, site_code TEXT NOT NULL, site_number INTEGER NOT NULL, "
                       "screening_number TEXT NOT NULL UNIQUE, screened_on TEXT NOT NULL, age INTEGER NOT NULL, "
                       "sex TEXT NOT NULL, answers TEXT NOT NULL, outcome TEXT NOT NULL, "
                       "failed_criteria TEXT NOT NULL, reason TEXT NULL, protocol_version INTEGER NOT NULL, "
                       "recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, UNIQUE (site_code, site_number))"),
        QStringLiteral("CREATE INDEX screenings_by_outcome ON screenings (outcome, id)"),
        // stratum_values: "factor=level" in the protocol's factor order, joined by commas.
        QStringLiteral("CREATE TABLE participants (id {{ID}}, study_id TEXT NOT NULL UNIQUE, "
                       "site_code TEXT NOT NULL, site_number INTEGER NOT NULL, "
                       "screening_id INTEGER NOT NULL UNIQUE REFERENCES screenings (id), "
                       "status TEXT NOT NULL, stratum_values TEXT NOT NULL, registered_at TEXT NOT NULL, "
                       "registered_by TEXT NOT NULL, UNIQUE (site_code, site_number))"),
        QStringLiteral("CREATE INDEX participants_by_site ON participants (site_code, id)"),
        QStringLiteral("CREATE INDEX participants_by_status ON participants (status, id)"),
        // Identity apart from study data; the *_key columns are folded (upper case, no accents)
        // for prefix search.
        QStringLiteral("CREATE TABLE participant_identities (participant_id INTEGER PRIMARY KEY "
                       "REFERENCES participants (id), last_name TEXT NOT NULL, first_name TEXT NOT NULL, "
                       "date_of_birth TEXT NOT NULL, ramq TEXT NULL UNIQUE, phone TEXT NULL, email TEXT NULL, "
                       "language TEXT NOT NULL, last_name_key TEXT NOT NULL, first_name_key TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX participant_identities_by_last_name ON participant_identities "
                       "(last_name_key, participant_id)"),
        QStringLiteral("CREATE INDEX participant_identities_by_first_name ON participant_identities "
                       "(first_name_key, participant_id)"),
        QStringLiteral(
            "CREATE TABLE consents (id {{ID}}, participant_id INTEGER NOT NULL REFERENCES participants (id), "
            "form_version TEXT NOT NULL, consented_on TEXT NOT NULL, obtained_by TEXT NOT NULL, "
            "recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX consents_by_participant ON consents (participant_id, id)"),
        QStringLiteral("CREATE TABLE randomizations (id {{ID}}, "
                       "participant_id INTEGER NOT NULL UNIQUE REFERENCES participants (id), "
                       "design_version INTEGER NOT NULL, stratum_values TEXT NOT NULL, "
                       "stratum_index INTEGER NOT NULL, sequence INTEGER NOT NULL, block_number INTEGER NOT NULL, "
                       "block_size INTEGER NOT NULL, position_in_block INTEGER NOT NULL, arm TEXT NOT NULL, "
                       "randomized_at TEXT NOT NULL, randomized_by TEXT NOT NULL, "
                       "UNIQUE (design_version, stratum_index, sequence))"),
        QStringLiteral("CREATE INDEX randomizations_by_arm ON randomizations (arm, participant_id)"),
        // event_type: randomized-in-error, stratum-misclassification, withdrawal, lost-to-follow-up,
        // protocol-deviation, adverse-event.
        QStringLiteral("CREATE TABLE participant_events (id {{ID}}, "
                       "participant_id INTEGER NOT NULL REFERENCES participants (id), event_type TEXT NOT NULL, "
                       "event_date TEXT NOT NULL, reason TEXT NOT NULL, detail TEXT NOT NULL, "
                       "serious INTEGER NOT NULL DEFAULT 0, end_date TEXT NULL, recorded_by TEXT NOT NULL, "
                       "recorded_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX participant_events_by_participant ON participant_events (participant_id, id)"),
    };
}

} // namespace

Migrations::Migration migration003Enrollment()
{
    return { 3,
             QStringLiteral("enrollment: screening log, participants, identities, consents, randomizations, "
                            "participant events"),
             enrollmentTables() + kRandomizationTriggersSqlite, enrollmentTables() + kRandomizationTriggersPostgresql };
}

} // namespace trialdesk::core
