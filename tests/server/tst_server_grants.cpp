// Who may read and change what on a trial server (core/server/grants.sql), on a real PostgreSQL 15
// started by the test. Each role's user signs in with psql-like freedom (plain SQL over its own
// connection) and tries every privilege on every table: the server grants exactly what the
// permission matrix (core/security/Permissions) allows, no role reads the seed or the streams, a
// user of one site sees and writes only that site, an outcome assessor sees no arm and no
// intervention data, and nobody can lift the policies.
#include "core/audit/AuditTrail.h"
#include "core/schema/Migrations.h"
#include "core/security/Permissions.h"
#include "core/server/ServerAccounts.h"
#include "core/util/Clock.h"
#include "tests/support/PgCluster.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace trialdesk::core;
using trialdesk::test::PgCluster;

namespace {

const QByteArray kPassword = "A password for the grants test 1";

// A TrialDesk user of each role (and a second coordinator, of one site).
struct Member
{
    QString username;
    Role role;
    QString site; // empty: every site
};
const QList<Member> kMembers = {
    { QStringLiteral("alice"), Role::Administrator, {} },
    { QStringLiteral("cora"), Role::Coordinator, QStringLiteral("ICM") },
    { QStringLiteral("ivan"), Role::Investigator, {} },
    { QStringLiteral("asha"), Role::OutcomeAssessor, {} },
    { QStringLiteral("stan"), Role::Statistician, {} },
    { QStringLiteral("mona"), Role::Monitor, {} },
};

enum class Privilege { Select, Insert, Update, Delete, Truncate };

QString privilegeName(Privilege privilege)
{
    switch (privilege) {
    case Privilege::Select:
        return QStringLiteral("SELECT");
    case Privilege::Insert:
        return QStringLiteral("INSERT");
    case Privilege::Update:
        return QStringLiteral("UPDATE");
    case Privilege::Delete:
        return QStringLiteral("DELETE");
    case Privilege::Truncate:
        return QStringLiteral("TRUNCATE");
    }
    return {};
}

// What the server must grant: on `table` (its `column`), `privilege` to the roles that may do any
// of `actions`; no action: to nobody. Every privilege of every table not listed is granted to
// nobody.
struct Rule
{
    QString table;
    QString column;
    Privilege privilege;
    QList<Action> actions;
};

QList<Rule> expectedRules()
{
    using A = Action;
    using P = Privilege;
    QList<Rule> rules;
    // Read by every role (participant.view, visit.view, protocol.view are everyone's).
    for (const char *table : { "trial", "settings", "sites", "users", "protocol_versions", "form_definitions",
                               "schema_version", "screenings", "participants", "consents", "participant_events",
                               "visits", "form_entries", "item_values", "data_queries" })
        rules.append({ QString::fromLatin1(table), QStringLiteral("*"), P::Select, { A::ParticipantView } });
    for (const char *column : { "id", "version", "method", "created_at", "created_by", "reason", "locked_at" })
        rules.append(
            { QStringLiteral("randomization_designs"), QString::fromLatin1(column), P::Select, { A::ProtocolView } });
    rules += {
        { QStringLiteral("randomization_designs"),
          QStringLiteral("definition"),
          P::Select,
          { A::DesignViewConcealed } },
        { QStringLiteral("randomization_designs"), QStringLiteral("seed"), P::Select, {} },
        // Written only by the server's functions, which make the seeds (designs.sql).
        { QStringLiteral("randomization_designs"), QStringLiteral("seed"), P::Insert, {} },
        { QStringLiteral("randomization_designs"), QStringLiteral("locked_at"), P::Update, {} },
        { QStringLiteral("participant_identities"),
          QStringLiteral("*"),
          P::Select,
          { A::IdentityView, A::DataExportIdentifying } },
        { QStringLiteral("randomizations"), QStringLiteral("*"), P::Select, { A::ArmView } },
        { QStringLiteral("randomizations"), QStringLiteral("arm"), P::Select, { A::ArmView } },
        { QStringLiteral("randomizations"), QStringLiteral("position_in_block"), P::Select, { A::ArmView } },
        { QStringLiteral("randomizations"), QStringLiteral("randomized_at"), P::Select, { A::ParticipantView } },
        { QStringLiteral("audit_log"), QStringLiteral("*"), P::Select, { A::AuditView, A::AuditVerify } },
        { QStringLiteral("settings"), QStringLiteral("*"), P::Insert, { A::UserManage, A::WorkspaceBackup } },
        { QStringLiteral("settings"), QStringLiteral("*"), P::Update, { A::UserManage, A::WorkspaceBackup } },
        { QStringLiteral("settings"), QStringLiteral("*"), P::Delete, { A::UserManage, A::WorkspaceBackup } },
        { QStringLiteral("sites"), QStringLiteral("*"), P::Insert, { A::SiteManage } },
        { QStringLiteral("sites"), QStringLiteral("*"), P::Update, { A::SiteManage } },
        { QStringLiteral("protocol_versions"), QStringLiteral("*"), P::Insert, { A::ProtocolAmend } },
        { QStringLiteral("form_definitions"),
          QStringLiteral("*"),
          P::Insert,
          { A::FormEnter, A::FormLock, A::DemoPopulate } },
        { QStringLiteral("screenings"), QStringLiteral("*"), P::Insert, { A::ScreeningRecord } },
        { QStringLiteral("consents"), QStringLiteral("*"), P::Insert, { A::ConsentRecord } },
        { QStringLiteral("participants"), QStringLiteral("*"), P::Insert, { A::ParticipantRegister } },
        { QStringLiteral("participants"),
          QStringLiteral("*"),
          P::Update,
          { A::ParticipantStatusChange, A::Randomize } },
        { QStringLiteral("participant_identities"), QStringLiteral("*"), P::Insert, { A::ParticipantRegister } },
        { QStringLiteral("participant_identities"), QStringLiteral("*"), P::Update, { A::ParticipantRegister } },
        { QStringLiteral("participant_identities"), QStringLiteral("*"), P::Delete, { A::ParticipantRegister } },
        { QStringLiteral("participant_events"), QStringLiteral("*"), P::Insert, { A::ParticipantStatusChange } },
        { QStringLiteral("visits"), QStringLiteral("*"), P::Insert, { A::VisitManage, A::Randomize } },
        { QStringLiteral("visits"), QStringLiteral("*"), P::Update, { A::VisitManage } },
        { QStringLiteral("form_entries"), QStringLiteral("*"), P::Insert, { A::FormEnter } },
        { QStringLiteral("form_entries"),
          QStringLiteral("*"),
          P::Update,
          { A::FormEnter, A::FormVerify, A::FormLock } },
        { QStringLiteral("item_values"), QStringLiteral("*"), P::Insert, { A::FormEnter } },
        { QStringLiteral("item_values"), QStringLiteral("*"), P::Update, { A::FormEnter } },
        { QStringLiteral("item_values"), QStringLiteral("*"), P::Delete, { A::FormEnter } },
        { QStringLiteral("data_queries"), QStringLiteral("*"), P::Insert, { A::QueryRaise } },
        { QStringLiteral("data_queries"), QStringLiteral("*"), P::Update, { A::QueryRaise, A::QueryAnswer } },
    };
    return rules;
}

// The tables the rules speak of (every table of the trial must be among them).
QStringList coveredTables()
{
    QStringList tables
        = { QStringLiteral("audit_log"), QStringLiteral("randomizations"), QStringLiteral("randomization_designs"),
            QStringLiteral("participant_identities"), QStringLiteral("trialdesk.stream_state") };
    for (const Rule &rule : expectedRules())
        if (!tables.contains(rule.table))
            tables.append(rule.table);
    return tables;
}

bool allowed(Role role, const QList<Action> &actions)
{
    for (Action action : actions)
        if (Permissions::allows(role, action))
            return true;
    return false;
}

// A column of `table` that is not its generated id, to write in a probe.
QString someColumn(const QString &table)
{
    static const QHash<QString, QString> columns = {
        { QStringLiteral("trial"), QStringLiteral("name") },
        { QStringLiteral("settings"), QStringLiteral("value") },
        { QStringLiteral("sites"), QStringLiteral("name_en") },
        { QStringLiteral("users"), QStringLiteral("role") },
        { QStringLiteral("protocol_versions"), QStringLiteral("definition") },
        { QStringLiteral("form_definitions"), QStringLiteral("definition") },
        { QStringLiteral("schema_version"), QStringLiteral("description") },
        { QStringLiteral("consents"), QStringLiteral("form_version") },
        { QStringLiteral("participant_events"), QStringLiteral("detail") },
        { QStringLiteral("item_values"), QStringLiteral("value") },
        { QStringLiteral("participant_identities"), QStringLiteral("phone") },
        { QStringLiteral("randomizations"), QStringLiteral("arm") },
        { QStringLiteral("randomization_designs"), QStringLiteral("reason") },
        { QStringLiteral("audit_log"), QStringLiteral("reason") },
        { QStringLiteral("trialdesk.stream_state"), QStringLiteral("block") },
    };
    return columns.value(table, QStringLiteral("site_code"));
}

// A statement that needs exactly `privilege` on `table` (on `column`; "*": the table) and changes
// nothing.
QString probe(const QString &table, const QString &column, Privilege privilege)
{
    const QString target = table.contains(QLatin1Char('.')) ? table : QStringLiteral("public.") + table;
    const QString written = column == QLatin1String("*") ? someColumn(table) : column;
    switch (privilege) {
    case Privilege::Select:
        return QStringLiteral("SELECT %1 FROM %2 LIMIT 0")
            .arg(column == QLatin1String("*") ? QStringLiteral("*") : column, target);
    case Privilege::Insert:
        return QStringLiteral("INSERT INTO %1 (%2) SELECT NULL WHERE false").arg(target, written);
    case Privilege::Update:
        return QStringLiteral("UPDATE %1 SET %2 = NULL WHERE false").arg(target, written);
    case Privilege::Delete:
        return QStringLiteral("DELETE FROM %1 WHERE false").arg(target);
    case Privilege::Truncate:
        return QStringLiteral("TRUNCATE %1").arg(target);
    }
    return {};
}

} // namespace

class TestServerGrants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTableOfTheTrialIsCovered();
    void eachRoleHasExactlyThePrivilegesOfItsPermissions();
    void noRoleReadsTheSeedOrTheStreams();
    void aSiteUserSeesAndWritesOnlyTheirSite();
    void theAssessorSeesNoArmAndNoInterventionData();
    void theBlindedRolesAreThoseWithoutArmView();
    void nobodyLiftsThePolicies();
    void everyRoleAuditsAndLearnsTheChainHead();
    void cleanupTestCase();

private:
    QSqlDatabase as(const QString &user)
    {
        if (QSqlDatabase::contains(user)) {
            QSqlDatabase db = QSqlDatabase::database(user, false);
            if (db.isOpen())
                return db;
        }
        return m_cluster->connect(user, user, kPassword, QStringLiteral("pilot"));
    }
    // The first value of `sql` as `user` (the owner when empty), or an invalid QVariant.
    QVariant scalar(const QString &sql, const QString &user = {})
    {
        QSqlQuery query(user.isEmpty() ? m_owner : as(user));
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.next() ? query.value(0) : QVariant();
    }
    // Runs `sql` as `user`: true when the server accepts it, false when it refuses it for lack of
    // privilege (SQLSTATE 42501); any other error fails the test through `error`.
    bool permitted(const QString &user, const QString &sql, QString *error)
    {
        QSqlDatabase db = as(user);
        QSqlQuery begin(db);
        begin.exec(QStringLiteral("BEGIN"));
        QSqlQuery query(db);
        const bool ok = query.exec(sql);
        const QSqlError failure = query.lastError();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        if (ok)
            return true;
        if (failure.nativeErrorCode() != QLatin1String("42501"))
            *error = QStringLiteral("%1 as %2: %3").arg(sql, user, failure.text());
        return false;
    }
    void ownerRuns(const QString &sql)
    {
        QSqlQuery query(m_owner);
        QVERIFY2(query.exec(sql), qPrintable(sql + QStringLiteral(": ") + query.lastError().text()));
    }

    std::unique_ptr<PgCluster> m_cluster;
    QSqlDatabase m_owner;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 6), QTime(9, 0), QTimeZone::utc()) };
};

void TestServerGrants::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    m_owner = m_cluster->createDatabase(QStringLiteral("pilot"), QStringLiteral("owner"));
    QVERIFY2(m_owner.isOpen(), qPrintable(m_cluster->error()));
    const Status migrated = Migrations::migrate(m_owner, m_clock);
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));

    // Two sites, a participant at each, each with an identity, a consent, a randomization, a common
    // visit and an arm-specific one, a common form entry and an intervention one (each with a value
    // and a query), and one form definition of each kind. Written as the owner, as an import would.
    const QString at = QStringLiteral("'2026-12-06T09:00:00.000Z'");
    ownerRuns(QStringLiteral("INSERT INTO sites (code, name_fr, name_en, time_zone, created_at) VALUES "
                             "('ICM', 'Institut de cardiologie', 'Heart Institute', 'America/Toronto', %1), "
                             "('CHUM', 'CHUM', 'CHUM', 'America/Toronto', %1)")
                  .arg(at));
    ownerRuns(QStringLiteral("INSERT INTO randomization_designs (version, method, definition, seed, created_at, "
                             "created_by, reason) VALUES (1, 'blocks', '{}', 'c0ffee', %1, 'stan', 'first')")
                  .arg(at));
    ownerRuns(
        QStringLiteral("INSERT INTO form_definitions (code, version, definition, sha256, installed_at, "
                       "installed_by) VALUES ('PP_CONTACT', 1, '{\"category\": \"intervention\"}', 'x', %1, 'a'), "
                       "('PHQ9', 1, '{\"category\": \"outcome\"}', 'y', %1, 'a')")
            .arg(at));
    int number = 0;
    for (const QString &site : { QStringLiteral("ICM"), QStringLiteral("CHUM") }) {
        ++number;
        const QString id = QString::number(number);
        ownerRuns(QStringLiteral("INSERT INTO screenings (site_code, site_number, screening_number, screened_on, age, "
                                 "sex, answers, outcome, failed_criteria, protocol_version, recorded_by, recorded_at) "
                                 "VALUES ('%1', 1, 'S-%1-1', '2026-12-01', 60, 'F', '{}', "
                                 "'eligible', '', 1, 'cora', %2)")
                      .arg(site, at));
        ownerRuns(
            QStringLiteral("INSERT INTO participants (id, study_id, site_code, site_number, screening_id, status, "
                           "stratum_values, registered_at, registered_by) OVERRIDING SYSTEM VALUE VALUES "
                           "(%1, '%2-0001', '%2', 1, (SELECT id FROM screenings WHERE site_code = '%2'), "
                           "'randomized', '', %3, 'cora')")
                .arg(id, site, at));
        ownerRuns(QStringLiteral("INSERT INTO participant_identities (participant_id, last_name, first_name, "
                                 "date_of_birth, language, last_name_key, first_name_key) VALUES "
                                 "(%1, 'Tremblay', 'Marie', '1960-01-01', 'fr', 'TREMBLAY', 'MARIE')")
                      .arg(id));
        ownerRuns(QStringLiteral("INSERT INTO consents (participant_id, form_version, consented_on, obtained_by, "
                                 "recorded_by, recorded_at) VALUES (%1, 'v1', '2026-12-01', 'cora', 'cora', %2)")
                      .arg(id, at));
        ownerRuns(QStringLiteral("INSERT INTO randomizations (participant_id, design_version, stratum_values, "
                                 "stratum_index, sequence, block_number, block_size, position_in_block, arm, "
                                 "randomized_at, randomized_by) VALUES (%1, 1, '', 0, %1, 1, 2, %1, 'partner', %2, "
                                 "'cora')")
                      .arg(id, at));
        for (const int armSpecific : { 0, 1 }) {
            ownerRuns(QStringLiteral("INSERT INTO visits (participant_id, site_code, visit_code, visit_order, "
                                     "protocol_version, arm_specific, target_date, window_start, window_end, status, "
                                     "created_at, updated_at, updated_by) VALUES (%1, '%2', 'V%3', %3, 1, %3, "
                                     "'2027-01-01', '2026-12-25', '2027-01-08', 'planned', %4, %4, 'cora')")
                          .arg(id, site)
                          .arg(armSpecific)
                          .arg(at));
            ownerRuns(QStringLiteral("INSERT INTO form_entries (participant_id, site_code, form_code, form_version, "
                                     "state, arm_specific, created_at, created_by, updated_at, updated_by) VALUES "
                                     "(%1, '%2', '%3', 1, 'complete', %4, %5, 'cora', %5, 'cora')")
                          .arg(id, site, armSpecific ? QStringLiteral("PP_CONTACT") : QStringLiteral("PHQ9"))
                          .arg(armSpecific)
                          .arg(at));
            ownerRuns(QStringLiteral("INSERT INTO item_values (entry_id, item_code, value, updated_at, updated_by) "
                                     "VALUES (currval(pg_get_serial_sequence('form_entries', 'id')), 'q1', '3', %1, "
                                     "'cora')")
                          .arg(at));
            ownerRuns(QStringLiteral("INSERT INTO data_queries (entry_id, item_code, site_code, status, question, "
                                     "raised_by, raised_at) VALUES (currval(pg_get_serial_sequence('form_entries', "
                                     "'id')), 'q1', '%1', 'open', 'Sure?', 'mona', %2)")
                          .arg(site, at));
        }
    }

    // One user of each role: the owner adds the administrator, who adds the others.
    const Member &admin = kMembers.first();
    const Status first
        = ServerAccounts::add(m_owner, admin.username, admin.username, admin.role, admin.site, kPassword);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QSqlDatabase alice = as(admin.username);
    QVERIFY2(alice.isOpen(), qPrintable(alice.lastError().text()));
    for (const Member &member : kMembers.mid(1)) {
        const Status added
            = ServerAccounts::add(alice, member.username, member.username, member.role, member.site, kPassword);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QVERIFY2(as(member.username).isOpen(), qPrintable(member.username));
    }
}

void TestServerGrants::everyTableOfTheTrialIsCovered()
{
    // A table added by a later migration must be given its privileges here and in grants.sql.
    QSqlQuery tables(m_owner);
    QVERIFY(tables.exec(QStringLiteral("SELECT CASE WHEN schemaname = 'public' THEN tablename ELSE schemaname || '.' "
                                       "|| tablename END FROM pg_tables WHERE schemaname IN ('public', 'trialdesk') "
                                       "ORDER BY 1")));
    QStringList found;
    while (tables.next())
        found.append(tables.value(0).toString());
    QStringList covered = coveredTables();
    covered.sort();
    QCOMPARE(found, covered);
}

void TestServerGrants::eachRoleHasExactlyThePrivilegesOfItsPermissions()
{
    const QList<Rule> rules = expectedRules();
    QStringList wrong;
    for (const Member &member : kMembers) {
        for (const QString &table : coveredTables()) {
            for (const Privilege privilege :
                 { Privilege::Select, Privilege::Insert, Privilege::Update, Privilege::Delete, Privilege::Truncate }) {
                // The rules of this table and privilege, each on its own column; none: nobody may.
                QList<Rule> relevant;
                for (const Rule &rule : rules)
                    if (rule.table == table && rule.privilege == privilege)
                        relevant.append(rule);
                if (relevant.isEmpty())
                    relevant.append({ table, QStringLiteral("*"), privilege, {} });
                for (const Rule &rule : relevant) {
                    QString error;
                    const bool granted = permitted(member.username, probe(table, rule.column, privilege), &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    if (granted != allowed(member.role, rule.actions))
                        wrong.append(QStringLiteral("%1 (%2) %3 %4 on %5.%6")
                                         .arg(member.username, roleCode(member.role),
                                              granted ? QStringLiteral("may") : QStringLiteral("may not"),
                                              privilegeName(privilege), table, rule.column));
                }
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestServerGrants::noRoleReadsTheSeedOrTheStreams()
{
    for (const Member &member : kMembers) {
        QString error;
        QVERIFY(!permitted(member.username, QStringLiteral("SELECT seed FROM randomization_designs"), &error));
        QVERIFY(!permitted(member.username, QStringLiteral("SELECT * FROM randomization_designs"), &error));
        QVERIFY(!permitted(member.username, QStringLiteral("SELECT * FROM trialdesk.stream_state"), &error));
        QVERIFY(!permitted(member.username, QStringLiteral("SELECT * FROM trialdesk.next_allocation(1, 0)"), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT method FROM randomization_designs WHERE version = 1"), member.username),
                 QVariant(QStringLiteral("blocks")));
    }
}

void TestServerGrants::aSiteUserSeesAndWritesOnlyTheirSite()
{
    // Cora works at ICM only; Ivan, an investigator of no site, sees both sites.
    for (const char *table : { "screenings", "participants", "participant_identities", "consents", "randomizations",
                               "visits", "form_entries", "item_values", "data_queries" }) {
        const QString count = QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table));
        const int all = scalar(count).toInt();
        QVERIFY2(all >= 2, table);
        QCOMPARE(scalar(count, QStringLiteral("ivan")).toInt(), all);
        QCOMPARE(scalar(count, QStringLiteral("cora")).toInt() * 2, all);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT string_agg(study_id, ',') FROM participants"), QStringLiteral("cora")),
             QVariant(QStringLiteral("ICM-0001")));
    // Nothing of the other site can be changed, or written there.
    QSqlDatabase cora = as(QStringLiteral("cora"));
    QSqlQuery query(cora);
    QVERIFY(query.exec(QStringLiteral("UPDATE participants SET status = 'withdrawn' WHERE study_id = 'CHUM-0001'")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("UPDATE participant_identities SET phone = '514' WHERE participant_id = 2")));
    QCOMPARE(query.numRowsAffected(), 0);
    const QString screening = QStringLiteral(
        "INSERT INTO screenings (site_code, site_number, screening_number, screened_on, age, sex, answers, outcome, "
        "failed_criteria, protocol_version, recorded_by, recorded_at) VALUES ('%1', 2, 'S-%1-2', '2026-12-02', 61, "
        "'M', '{}', 'eligible', '', 1, 'cora', '2026-12-06T10:00:00.000Z')");
    QString error;
    QVERIFY(!permitted(QStringLiteral("cora"), screening.arg(QStringLiteral("CHUM")), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(permitted(QStringLiteral("cora"), screening.arg(QStringLiteral("ICM")), &error));
    QVERIFY(permitted(QStringLiteral("ivan"), screening.arg(QStringLiteral("CHUM")), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Moving a participant of her site to the other one would hide it from her: refused too.
    QVERIFY(!permitted(QStringLiteral("cora"),
                       QStringLiteral("UPDATE participants SET site_code = 'CHUM' WHERE study_id = 'ICM-0001'"),
                       &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestServerGrants::theAssessorSeesNoArmAndNoInterventionData()
{
    QString error;
    QVERIFY(!permitted(QStringLiteral("asha"), QStringLiteral("SELECT arm FROM randomizations"), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString asha = QStringLiteral("asha");
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM visits WHERE arm_specific = 1"), asha).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM visits"), asha).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries WHERE arm_specific = 1"), asha).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries"), asha).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM item_values"), asha).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM data_queries"), asha).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT string_agg(code, ',') FROM form_definitions"), asha),
             QVariant(QStringLiteral("PHQ9")));
    // Nor by way of an arm-specific row written by the assessor.
    QVERIFY(!permitted(asha,
                       QStringLiteral("INSERT INTO form_entries (participant_id, site_code, form_code, form_version, "
                                      "state, arm_specific, created_at, created_by, updated_at, updated_by) VALUES "
                                      "(1, 'ICM', 'PP_CONTACT', 1, 'draft', 1, 'x', 'asha', 'x', 'asha')"),
                       &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The unblinded roles see it all.
    for (const QString &user : { QStringLiteral("ivan"), QStringLiteral("stan"), QStringLiteral("mona") }) {
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM visits WHERE arm_specific = 1"), user).toInt(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM form_definitions"), user).toInt(), 2);
    }
}

void TestServerGrants::theBlindedRolesAreThoseWithoutArmView()
{
    QStringList withoutArmView;
    for (const Role role : allRoles())
        if (!Permissions::allows(role, Action::ArmView))
            withoutArmView.append(roleCode(role));
    QCOMPARE(scalar(QStringLiteral("SELECT array_to_string(trialdesk.blinded_roles(), ',')")).toString(),
             withoutArmView.join(QLatin1Char(',')));
    for (const Member &member : kMembers)
        QCOMPARE(scalar(QStringLiteral("SELECT trialdesk.session_blinded()"), member.username).toBool(),
                 !Permissions::allows(member.role, Action::ArmView));
}

void TestServerGrants::nobodyLiftsThePolicies()
{
    QSqlQuery query(as(QStringLiteral("cora")));
    // Row security cannot be switched off by a user: the query is refused rather than unfiltered.
    QVERIFY(query.exec(QStringLiteral("SET row_security = off")));
    QVERIFY(!query.exec(QStringLiteral("SELECT COUNT(*) FROM participants")));
    QVERIFY(query.exec(QStringLiteral("SET row_security = on")));
    for (const QString &sql : { QStringLiteral("ALTER TABLE participants DISABLE ROW LEVEL SECURITY"),
                                QStringLiteral("DROP POLICY by_site ON participants"),
                                QStringLiteral("SET ROLE trialdesk_pilot_administrator"),
                                QStringLiteral("GRANT SELECT ON audit_log TO cora"),
                                QStringLiteral("CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'") }) {
        QVERIFY2(!query.exec(sql), qPrintable(sql));
        QVERIFY2(query.lastError().nativeErrorCode() == QLatin1String("42501"), qPrintable(query.lastError().text()));
    }
}

void TestServerGrants::everyRoleAuditsAndLearnsTheChainHead()
{
    for (const Member &member : kMembers) {
        QSqlDatabase db = as(member.username);
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        const Status appended = AuditTrail::append(
            db, m_clock, member.username,
            { QStringLiteral("probe"), QStringLiteral("grants-test"), member.username, {}, {}, {}, {} });
        QVERIFY2(appended.ok(), appended.ok() ? "" : qPrintable(appended.error().message));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("COMMIT")));
        const auto theirs = AuditTrail::checkpoint(db);
        QVERIFY2(theirs.ok(), theirs.ok() ? "" : qPrintable(theirs.error().message));
        const auto owners = AuditTrail::checkpoint(m_owner);
        QVERIFY(owners.ok());
        QCOMPARE(theirs->entries, owners->entries);
        QCOMPARE(theirs->head, owners->head);
        QCOMPARE(scalar(QStringLiteral("SELECT username FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QVariant(member.username));
    }
    const AuditTrail::Verification verified = AuditTrail::verify(m_owner);
    QVERIFY2(verified.ok, qPrintable(verified.problem));
}

void TestServerGrants::cleanupTestCase()
{
    m_owner = QSqlDatabase();
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestServerGrants)
#include "tst_server_grants.moc"
