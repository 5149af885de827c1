// Randomization by the server (core/server/randomize.sql), on a real PostgreSQL 15 started by the
// test. A coordinator's login role calls trialdesk.randomize(study_id) and nothing else: the server
// checks the caller, the site, eligibility and consent, computes the stratum from the registration,
// hands out the stratum's next allocation of spec v1 (the same as the C++ engine's), records it,
// locks the design and audits under the caller's role, all in the caller's transaction. Refusals
// write nothing; a rolled-back randomization consumes no position; concurrent coordinators never
// share a position; a stream that disagrees with the recorded allocations is refused.
#include "core/audit/AuditTrail.h"
#include "core/design/DesignStore.h"
#include "core/schema/Migrations.h"
#include "core/server/ServerAccounts.h"
#include "core/util/Clock.h"
#include "randomization/Design.h"
#include "randomization/Seed.h"
#include "randomization/StratumStream.h"
#include "tests/support/PgCluster.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>
#include <set>

using namespace trialdesk;
using namespace trialdesk::core;
using trialdesk::test::PgCluster;

namespace {

const QByteArray kPassword = "A password for the randomize test 1";
const QByteArray kNewPassword = "Reset by the administrator 22";
const QString kDatabase = QStringLiteral("pilot");

// Consent form v1 and v2 (current, no re-consent needed after v1).
const QString kProtocolV1 = QStringLiteral(
    R"({"consent_forms": [{"version": "v1", "approved": "2026-01-05"},
                          {"version": "v2", "approved": "2026-06-01", "current": true}]})");
// Amendment: consent form v3 is current and requires re-consent.
const QString kProtocolV2 = QStringLiteral(
    R"({"consent_forms": [{"version": "v1", "approved": "2026-01-05"}, {"version": "v2", "approved": "2026-06-01"},
                          {"version": "v3", "approved": "2026-11-01", "current": true, "reconsent_required": true}]})");

// The pilot's arms in blocks of 2 and 4, stratified by site (first) and condition.
randomization::Design pilotDesign(randomization::Method method = randomization::Method::Blocks)
{
    randomization::Design design;
    design.method = method;
    design.seed = randomization::Seed::fromHex(
                      QStringLiteral("5eed0f1e2d3c4b5a69788796a5b4c3d2e1f00123456789abcdeffedcba987654"))
                      .value();
    design.arms = randomization::Design::parseArms(QStringLiteral("PP:1,UC:1")).value();
    design.multiples = randomization::Design::parseMultiples(QStringLiteral("1,2")).value();
    design.factors = { { QStringLiteral("site"), { QStringLiteral("ICM"), QStringLiteral("CHUM") }, 1, true },
                       { QStringLiteral("condition"), { QStringLiteral("COPD"), QStringLiteral("DIAB") }, 1, false } };
    return design;
}

// What a call returned, or the SQLSTATE it was refused with.
struct Outcome
{
    QString sqlState; // empty: randomized
    QString message;
    QString arm;
    int designVersion = 0;
    int lineage = 0;
    int stratum = -1;
    qint64 sequence = 0;
};

Outcome randomize(QSqlDatabase &db, const QString &studyId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT arm, randomized_at, randomized_by, design_version, stream_lineage, "
                                 "stratum_index, sequence FROM trialdesk.randomize(?)"));
    query.addBindValue(studyId);
    Outcome outcome;
    if (!query.exec() || !query.next()) {
        outcome.sqlState = query.lastError().nativeErrorCode();
        outcome.message = query.lastError().text();
        if (outcome.sqlState.isEmpty())
            outcome.sqlState = QStringLiteral("no row");
        return outcome;
    }
    outcome.arm = query.value(0).toString();
    outcome.designVersion = query.value(3).toInt();
    outcome.lineage = query.value(4).toInt();
    outcome.stratum = query.value(5).toInt();
    outcome.sequence = query.value(6).toLongLong();
    return outcome;
}

} // namespace

class TestServerRandomize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCoordinatorRandomizesAndTheServerRecordsIt();
    void eachStratumFollowsTheEnginesStream();
    void refusals_data();
    void refusals();
    void aRolledBackRandomizationConsumesNoPosition();
    void concurrentCoordinatorsNeverShareAPosition();
    void reconsentIsRequiredWhenTheProtocolSaysSo();
    void aStreamBehindTheRecordedAllocationsIsRefused();
    void aUserWhosePasswordWasResetMustChooseTheirOwnFirst();
    void minimizationIsRefused();
    void cleanupTestCase();

private:
    QSqlDatabase as(const QString &user, const QByteArray &password = kPassword)
    {
        if (QSqlDatabase::contains(user)) {
            QSqlDatabase db = QSqlDatabase::database(user, false);
            if (db.isOpen())
                return db;
            QSqlDatabase::removeDatabase(user);
        }
        return m_cluster->connect(user, user, password, kDatabase);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(m_owner);
        if (!query.exec(sql) || !query.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.value(0);
    }
    void ownerRuns(const QString &sql)
    {
        QSqlQuery query(m_owner);
        QVERIFY2(query.exec(sql), qPrintable(sql + QStringLiteral(": ") + query.lastError().text()));
    }
    // Screens, registers and (unless `consent` is empty) records the consent of a participant, as
    // the owner. Returns the study ID "SITE-NNNN".
    QString registerParticipant(const QString &site, const QString &condition,
                                const QString &consent = QStringLiteral("v2"),
                                const QString &outcome = QStringLiteral("eligible"))
    {
        const int number = ++m_numbers[site];
        const QString studyId = QStringLiteral("%1-%2").arg(site).arg(number, 4, 10, QLatin1Char('0'));
        const QString at = QStringLiteral("'2026-12-06T09:00:00.000Z'");
        ownerRuns(
            QStringLiteral("INSERT INTO screenings (site_code, site_number, screening_number, screened_on, age, sex, "
                           "answers, outcome, failed_criteria, protocol_version, recorded_by, recorded_at) VALUES "
                           "('%1', %2, 'S-%3', '2026-12-01', 60, 'F', '{}', '%4', '', 1, 'cora', %5)")
                .arg(site)
                .arg(number)
                .arg(studyId, outcome, at));
        ownerRuns(QStringLiteral("INSERT INTO participants (study_id, site_code, site_number, screening_id, status, "
                                 "stratum_values, registered_at, registered_by) VALUES ('%1', '%2', %3, (SELECT id "
                                 "FROM screenings WHERE screening_number = 'S-%1'), 'registered', "
                                 "'site=%2,condition=%4', %5, 'cora')")
                      .arg(studyId, site)
                      .arg(number)
                      .arg(condition, at));
        if (!consent.isEmpty())
            recordConsent(studyId, consent);
        return studyId;
    }
    void recordConsent(const QString &studyId, const QString &form)
    {
        ownerRuns(
            QStringLiteral("INSERT INTO consents (participant_id, form_version, consented_on, obtained_by, "
                           "recorded_by, recorded_at) VALUES ((SELECT id FROM participants WHERE study_id = '%1'), "
                           "'%2', '2026-12-02', 'cora', 'cora', '2026-12-06T09:00:00.000Z')")
                .arg(studyId, form));
    }
    // The C++ engine's arm of entry `sequence` of `stratum` under the stored current design.
    QString engineArm(int stratum, qint64 sequence)
    {
        auto stored = DesignStore::current(m_owner);
        if (!stored)
            return QStringLiteral("(no design: %1)").arg(stored.error().message);
        randomization::StratumStream stream(stored->design, stratum);
        return stream.armCode(stream.entry(sequence).armIndex);
    }
    qint64 count(const QString &table) { return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong(); }

    std::unique_ptr<PgCluster> m_cluster;
    QSqlDatabase m_owner;
    QHash<QString, int> m_numbers;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 6), QTime(9, 0), QTimeZone::utc()) };
};

void TestServerRandomize::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    m_owner = m_cluster->createDatabase(kDatabase, QStringLiteral("owner"));
    QVERIFY2(m_owner.isOpen(), qPrintable(m_cluster->error()));
    const Status migrated = Migrations::migrate(m_owner, m_clock);
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
    ownerRuns(QStringLiteral("INSERT INTO sites (code, name_fr, name_en, time_zone, created_at) VALUES "
                             "('ICM', 'ICM', 'ICM', 'America/Toronto', 'x'), ('CHUM', 'CHUM', 'CHUM', "
                             "'America/Toronto', 'x')"));
    QSqlQuery protocol(m_owner);
    protocol.prepare(QStringLiteral("INSERT INTO protocol_versions (version, definition, sha256, reason, created_at, "
                                    "created_by) VALUES (1, ?, 'x', 'initial', 'x', 'stan')"));
    protocol.addBindValue(kProtocolV1);
    QVERIFY2(protocol.exec(), qPrintable(protocol.lastError().text()));
    const auto appended = DesignStore::append(m_owner, pilotDesign(), m_clock, QStringLiteral("stan"),
                                              QStringLiteral("initial design"));
    QVERIFY2(appended.ok(), appended.ok() ? "" : qPrintable(appended.error().message));

    const Status admin = ServerAccounts::add(m_owner, QStringLiteral("alice"), {}, Role::Administrator, {}, kPassword);
    QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
    QSqlDatabase alice = as(QStringLiteral("alice"));
    QVERIFY2(alice.isOpen(), qPrintable(alice.lastError().text()));
    for (const auto &[user, role, site] :
         { std::tuple { QStringLiteral("cora"), Role::Coordinator, QStringLiteral("ICM") },
           std::tuple { QStringLiteral("ivan"), Role::Investigator, QString() },
           std::tuple { QStringLiteral("asha"), Role::OutcomeAssessor, QString() },
           std::tuple { QStringLiteral("stan"), Role::Statistician, QString() },
           std::tuple { QStringLiteral("mona"), Role::Monitor, QString() } }) {
        const Status added = ServerAccounts::add(alice, user, user, role, site, kPassword);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    }
}

void TestServerRandomize::aCoordinatorRandomizesAndTheServerRecordsIt()
{
    const QString studyId = registerParticipant(QStringLiteral("ICM"), QStringLiteral("DIAB"));
    QSqlDatabase cora = as(QStringLiteral("cora"));
    const Outcome outcome = randomize(cora, studyId);
    QVERIFY2(outcome.sqlState.isEmpty(), qPrintable(outcome.message));
    // site=ICM (0), condition=DIAB (1): stratum 0 * 2 + 1.
    QCOMPARE(outcome.stratum, 1);
    QCOMPARE(outcome.sequence, qint64(1));
    QCOMPARE(outcome.designVersion, 1);
    QCOMPARE(outcome.lineage, 1);
    QCOMPARE(outcome.arm, engineArm(1, 1));

    QSqlQuery row(m_owner);
    QVERIFY(row.exec(QStringLiteral("SELECT r.arm, r.randomized_by, r.stratum_values, r.block_number, r.block_size, "
                                    "r.position_in_block, r.stream_lineage, p.status FROM randomizations r JOIN "
                                    "participants p ON p.id = r.participant_id WHERE p.study_id = '%1'")
                         .arg(studyId)));
    QVERIFY(row.next());
    auto stored = DesignStore::current(m_owner);
    QVERIFY(stored.ok());
    randomization::StratumStream stream(stored->design, 1);
    const randomization::Allocation expected = stream.entry(1);
    QCOMPARE(row.value(0).toString(), outcome.arm);
    QCOMPARE(row.value(1).toString(), QStringLiteral("cora"));
    QCOMPARE(row.value(2).toString(), QStringLiteral("site=ICM,condition=DIAB"));
    QCOMPARE(row.value(3).toLongLong(), expected.blockNumber);
    QCOMPARE(row.value(4).toInt(), expected.blockSize);
    QCOMPARE(row.value(5).toInt(), expected.positionInBlock);
    QCOMPARE(row.value(6).toInt(), 1);
    QCOMPARE(row.value(7).toString(), QStringLiteral("randomized"));
    // The first randomization locked the design.
    QVERIFY(stored->locked);
    QCOMPARE(scalar(QStringLiteral("SELECT locked_by FROM randomization_designs WHERE version = 1")),
             QVariant(QStringLiteral("cora")));

    // Audited by the server under Cora's role, in core's words.
    AuditTrail::Filter filter;
    filter.username = QStringLiteral("cora");
    const auto entries = AuditTrail::entries(m_owner, filter);
    QVERIFY(entries.ok());
    // TrialDesk's own entries, in order; the server's row entries (row_audit.sql) beside them.
    QStringList seen;
    QStringList rows;
    for (const AuditEntry &entry : *entries)
        if (entry.action.startsWith(QLatin1String("row.")))
            rows.append(QStringLiteral("%1 %2 %3").arg(entry.action, entry.entity, entry.field));
        else
            seen.append(
                QStringLiteral("%1 %2 %3 %4=%5")
                    .arg(entry.action, entry.entity, entry.entityId, entry.field, entry.newValue.value_or(QString())));
    QCOMPARE(seen,
             (QStringList {
                 QStringLiteral("participant.randomize participant %1 arm=%2").arg(studyId, outcome.arm),
                 QStringLiteral("participant.randomize participant %1 allocation=design_version=1;"
                                "stream_lineage=1;stratum_index=1;sequence=1")
                     .arg(studyId),
                 QStringLiteral("design.lock design 1 locked=yes"),
             }));
    QVERIFY2(rows.contains(QStringLiteral("row.insert randomizations ")), qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(rows.contains(QStringLiteral("row.update participants status")), qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(AuditTrail::verify(m_owner).ok);
}

void TestServerRandomize::eachStratumFollowsTheEnginesStream()
{
    // Ivan, of no site, randomizes at both sites, strata interleaved.
    QSqlDatabase ivan = as(QStringLiteral("ivan"));
    QHash<int, qint64> sequences { { 1, 1 } };
    for (int i = 0; i < 12; ++i) {
        const QString site = i % 3 == 0 ? QStringLiteral("CHUM") : QStringLiteral("ICM");
        const QString condition = i % 2 == 0 ? QStringLiteral("COPD") : QStringLiteral("DIAB");
        const int stratum = (site == QLatin1String("CHUM") ? 2 : 0) + (condition == QLatin1String("DIAB") ? 1 : 0);
        const Outcome outcome = randomize(ivan, registerParticipant(site, condition));
        QVERIFY2(outcome.sqlState.isEmpty(), qPrintable(outcome.message));
        const qint64 sequence = ++sequences[stratum];
        QCOMPARE(outcome.stratum, stratum);
        QCOMPARE(outcome.sequence, sequence);
        QCOMPARE(outcome.arm, engineArm(stratum, sequence));
    }
}

void TestServerRandomize::refusals_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("participant");
    QTest::addColumn<QString>("sqlState");
    // Participants made in refusals() by key.
    QTest::newRow("assessor") << "asha"
                              << "ready"
                              << "42501";
    QTest::newRow("statistician") << "stan"
                                  << "ready"
                                  << "42501";
    QTest::newRow("monitor") << "mona"
                             << "ready"
                             << "42501";
    QTest::newRow("administrator") << "alice"
                                   << "ready"
                                   << "42501";
    QTest::newRow("other site") << "cora"
                                << "chum"
                                << "P0002";
    QTest::newRow("unknown") << "cora"
                             << "unknown"
                             << "P0002";
    QTest::newRow("already randomized") << "cora"
                                        << "randomized"
                                        << "23505";
    QTest::newRow("not eligible") << "cora"
                                  << "ineligible"
                                  << "22023";
    QTest::newRow("no consent") << "cora"
                                << "unconsented"
                                << "22023";
}

void TestServerRandomize::refusals()
{
    QFETCH(QString, user);
    QFETCH(QString, participant);
    QFETCH(QString, sqlState);
    static QHash<QString, QString> participants;
    if (participants.isEmpty()) {
        participants[QStringLiteral("ready")] = registerParticipant(QStringLiteral("ICM"), QStringLiteral("COPD"));
        participants[QStringLiteral("chum")] = registerParticipant(QStringLiteral("CHUM"), QStringLiteral("COPD"));
        participants[QStringLiteral("unknown")] = QStringLiteral("ICM-9999");
        participants[QStringLiteral("randomized")] = QStringLiteral("ICM-0001");
        participants[QStringLiteral("ineligible")] = registerParticipant(
            QStringLiteral("ICM"), QStringLiteral("COPD"), QStringLiteral("v2"), QStringLiteral("ineligible"));
        participants[QStringLiteral("unconsented")]
            = registerParticipant(QStringLiteral("ICM"), QStringLiteral("COPD"), QString());
    }
    const qint64 randomizations = count(QStringLiteral("randomizations"));
    const qint64 audited = count(QStringLiteral("audit_log"));
    const QVariant streams = scalar(QStringLiteral("SELECT string_agg(lineage || '/' || stratum_index || '/' || "
                                                   "block_number || '/' || array_length(block, 1), ',' ORDER BY "
                                                   "lineage, stratum_index) FROM trialdesk.stream_state"));
    QSqlDatabase db = as(user);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    const Outcome outcome = randomize(db, participants.value(participant));
    QVERIFY2(outcome.sqlState == sqlState, qPrintable(outcome.sqlState + QStringLiteral(": ") + outcome.message));
    QCOMPARE(count(QStringLiteral("randomizations")), randomizations);
    QCOMPARE(count(QStringLiteral("audit_log")), audited);
    QCOMPARE(scalar(QStringLiteral("SELECT string_agg(lineage || '/' || stratum_index || '/' || block_number || '/' "
                                   "|| array_length(block, 1), ',' ORDER BY lineage, stratum_index) FROM "
                                   "trialdesk.stream_state")),
             streams);
}

void TestServerRandomize::aRolledBackRandomizationConsumesNoPosition()
{
    QSqlDatabase cora = as(QStringLiteral("cora"));
    const QString first = registerParticipant(QStringLiteral("ICM"), QStringLiteral("DIAB"));
    const QString second = registerParticipant(QStringLiteral("ICM"), QStringLiteral("DIAB"));
    QVERIFY(cora.transaction());
    const Outcome undone = randomize(cora, first);
    QVERIFY2(undone.sqlState.isEmpty(), qPrintable(undone.message));
    QVERIFY(cora.rollback());
    const Outcome done = randomize(cora, second);
    QVERIFY2(done.sqlState.isEmpty(), qPrintable(done.message));
    QCOMPARE(done.sequence, undone.sequence);
    QCOMPARE(done.arm, undone.arm);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM participants WHERE study_id = '%1'").arg(first)),
             QVariant(QStringLiteral("registered")));
}

void TestServerRandomize::concurrentCoordinatorsNeverShareAPosition()
{
    constexpr int kClients = 6;
    constexpr int kEach = 4;
    QStringList studyIds;
    for (int i = 0; i < kClients * kEach; ++i)
        studyIds.append(registerParticipant(QStringLiteral("ICM"), QStringLiteral("COPD")));
    const qint64 before
        = scalar(QStringLiteral("SELECT COUNT(*) FROM randomizations WHERE stratum_index = 0")).toLongLong();
    const PgCluster::ClientsRun run = m_cluster->runClients(
        kClients, kEach, kDatabase,
        [&](QSqlDatabase &db, int client, int call, QString *error) {
            const Outcome outcome = randomize(db, studyIds.at(client * kEach + call));
            *error = outcome.message;
            return outcome.sqlState.isEmpty();
        },
        QStringLiteral("cora"), kPassword);
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    QSqlQuery query(m_owner);
    QVERIFY(query.exec(
        QStringLiteral("SELECT sequence, arm FROM randomizations WHERE stratum_index = 0 ORDER BY sequence")));
    qint64 expected = 0;
    while (query.next()) {
        ++expected;
        QCOMPARE(query.value(0).toLongLong(), expected);
        QCOMPARE(query.value(1).toString(), engineArm(0, expected));
    }
    QCOMPARE(expected, before + kClients * kEach);
}

void TestServerRandomize::reconsentIsRequiredWhenTheProtocolSaysSo()
{
    const QString onV1 = registerParticipant(QStringLiteral("ICM"), QStringLiteral("COPD"), QStringLiteral("v1"));
    const QString onV2 = registerParticipant(QStringLiteral("ICM"), QStringLiteral("COPD"), QStringLiteral("v2"));
    QSqlDatabase cora = as(QStringLiteral("cora"));
    // Under protocol 1 (current form v2, no re-consent), a consent on v1 still holds.
    QVERIFY(cora.transaction());
    const Outcome heldOnV1 = randomize(cora, onV1);
    QVERIFY(cora.rollback());
    QVERIFY2(heldOnV1.sqlState.isEmpty(), qPrintable(heldOnV1.message));
    // The amendment makes v3 current with re-consent: v2 is refused until v3 is recorded.
    QSqlQuery amendment(m_owner);
    amendment.prepare(QStringLiteral("INSERT INTO protocol_versions (version, definition, sha256, reason, created_at, "
                                     "created_by) VALUES (2, ?, 'y', 'amendment', 'x', 'stan')"));
    amendment.addBindValue(kProtocolV2);
    QVERIFY2(amendment.exec(), qPrintable(amendment.lastError().text()));
    const Outcome refused = randomize(cora, onV2);
    QCOMPARE(refused.sqlState, QStringLiteral("22023"));
    QVERIFY2(refused.message.contains(QStringLiteral("re-consent")), qPrintable(refused.message));
    recordConsent(onV2, QStringLiteral("v3"));
    const Outcome accepted = randomize(cora, onV2);
    QVERIFY2(accepted.sqlState.isEmpty(), qPrintable(accepted.message));
}

void TestServerRandomize::aStreamBehindTheRecordedAllocationsIsRefused()
{
    // An allocation recorded around the server's function (as a bad import would) in stratum
    // CHUM/DIAB: the stream still stands where it was, so its next position is already taken.
    const QString chum = registerParticipant(QStringLiteral("CHUM"), QStringLiteral("DIAB"), QStringLiteral("v3"));
    const qint64 recorded
        = scalar(QStringLiteral("SELECT COUNT(*) FROM randomizations WHERE stratum_index = 3")).toLongLong();
    ownerRuns(
        QStringLiteral("INSERT INTO randomizations (participant_id, design_version, stratum_values, stratum_index, "
                       "sequence, block_number, block_size, position_in_block, arm, randomized_at, randomized_by, "
                       "stream_lineage) VALUES ((SELECT id FROM participants WHERE study_id = '%1'), 1, "
                       "'site=CHUM,condition=DIAB', 3, %2, 99, 2, 1, 'PP', 'x', 'import', 1)")
            .arg(chum)
            .arg(recorded + 1));
    const QString next = registerParticipant(QStringLiteral("CHUM"), QStringLiteral("DIAB"), QStringLiteral("v3"));
    const qint64 before = count(QStringLiteral("randomizations"));
    QSqlDatabase ivan = as(QStringLiteral("ivan"));
    const Outcome refused = randomize(ivan, next);
    QCOMPARE(refused.sqlState, QStringLiteral("XX001"));
    QCOMPARE(count(QStringLiteral("randomizations")), before);
}

void TestServerRandomize::aUserWhosePasswordWasResetMustChooseTheirOwnFirst()
{
    QSqlDatabase alice = as(QStringLiteral("alice"));
    const Status reset
        = ServerAccounts::resetPassword(alice, QStringLiteral("ivan"), kNewPassword, QStringLiteral("Forgot it"));
    QVERIFY2(reset.ok(), reset.ok() ? "" : qPrintable(reset.error().message));
    QSqlDatabase::removeDatabase(QStringLiteral("ivan"));
    QSqlDatabase ivan = as(QStringLiteral("ivan"), kNewPassword);
    QVERIFY2(ivan.isOpen(), qPrintable(ivan.lastError().text()));
    const Outcome refused
        = randomize(ivan, registerParticipant(QStringLiteral("ICM"), QStringLiteral("COPD"), QStringLiteral("v3")));
    QCOMPARE(refused.sqlState, QStringLiteral("42501"));
    QVERIFY2(refused.message.contains(QStringLiteral("choose your own")), qPrintable(refused.message));
}

void TestServerRandomize::minimizationIsRefused()
{
    randomization::Design minimization = pilotDesign(randomization::Method::Minimization);
    const auto appended
        = DesignStore::append(m_owner, minimization, m_clock, QStringLiteral("stan"), QStringLiteral("minimization"));
    QVERIFY2(appended.ok(), appended.ok() ? "" : qPrintable(appended.error().message));
    QSqlDatabase cora = as(QStringLiteral("cora"));
    const Outcome refused
        = randomize(cora, registerParticipant(QStringLiteral("ICM"), QStringLiteral("COPD"), QStringLiteral("v3")));
    QCOMPARE(refused.sqlState, QStringLiteral("0A000"));
}

void TestServerRandomize::cleanupTestCase()
{
    m_owner = QSqlDatabase();
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestServerRandomize)
#include "tst_server_randomize.moc"
