// A stratum's position in its stream continues across every design version of one stream lineage
// (docs/randomization-spec.md): adding a site or amending the protocol appends a design version
// with the same seed, and the next participant of an existing stratum must get the next entry of
// that stratum's list, never entry 1 again. A workspace that already holds a repeat (made before the
// fix) is reported by the log's verification, and the database refuses a second allocation of one
// (lineage, stratum, sequence) whatever the code above it does.
#include "core/audit/AuditTrail.h"
#include "core/design/DesignStore.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/RandomizationLogService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/protocol/Protocol.h"
#include "core/protocol/ProtocolService.h"
#include "core/services/SiteService.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "randomization/StratumStream.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace trialdesk;
using namespace trialdesk::core;

namespace {
using test::kAdminPassword;
using test::kUserPassword;

struct Allocated
{
    QString studyId;
    int designVersion = 0;
    int stratumIndex = 0;
    qint64 sequence = 0;
    QString arm;
    QVariant lineage;
};

Allocated allocationOf(TrialSession &session, const QString &studyId)
{
    auto query = exec(session.database(),
                      QStringLiteral("SELECT r.design_version, r.stratum_index, r.sequence, r.arm, r.stream_lineage "
                                     "FROM randomizations r JOIN participants p ON p.id = r.participant_id "
                                     "WHERE p.study_id = ?"),
                      { studyId });
    Allocated allocated;
    allocated.studyId = studyId;
    if (query && query->next()) {
        allocated.designVersion = query->value(0).toInt();
        allocated.stratumIndex = query->value(1).toInt();
        allocated.sequence = query->value(2).toLongLong();
        allocated.arm = query->value(3).toString();
        allocated.lineage = query->value(4);
    }
    return allocated;
}

// The arm spec v1 gives at (stratum, sequence) under the design.
QString streamArm(const randomization::Design &design, int stratum, qint64 sequence)
{
    randomization::StratumStream stream(design, stratum);
    return design.arms.at(stream.entry(sequence).armIndex).code;
}

// The bundled protocol with the condition factor first and the site factor second: an amendment
// may then append condition levels to a locked design (mixed radix keeps every stratum's index).
QByteArray conditionFirstProtocol(const QStringList &extraConditionLevels = {})
{
    auto protocol = Protocol::bundledDefault();
    QJsonObject root = QJsonDocument::fromJson(protocol->json).object();
    QJsonArray factors = root.value(QStringLiteral("stratification")).toArray();
    QJsonObject site = factors.at(0).toObject();
    QJsonObject condition = factors.at(1).toObject();
    QJsonArray levels = condition.value(QStringLiteral("levels")).toArray();
    for (const QString &code : extraConditionLevels)
        levels.append(
            QJsonObject { { QStringLiteral("code"), code },
                          { QStringLiteral("name"),
                            QJsonObject { { QStringLiteral("fr"), code }, { QStringLiteral("en"), code } } } });
    condition.insert(QStringLiteral("levels"), levels);
    root.insert(QStringLiteral("stratification"), QJsonArray { condition, site });
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// A new workspace with its administrator and one coordinator signed in.
struct Trial
{
    test::TestWorkspace workspace;
    std::unique_ptr<TrialSession> admin;
    std::unique_ptr<TrialSession> coordinator;

    bool open()
    {
        if (!workspace.ok() || !(admin = workspace.admin()))
            return false;
        if (!UserService(*admin).add(QStringLiteral("coord"), QStringLiteral("Coord"), Role::Coordinator, QString(),
                                     kUserPassword))
            return false;
        coordinator = workspace.login(QStringLiteral("coord"), kUserPassword);
        return coordinator != nullptr;
    }
};

} // namespace

class TestStreamLineage : public QObject
{
    Q_OBJECT

private slots:
    void lineagesOfAHistory();
    void newSiteContinuesEveryStratum();
    void amendmentContinuesEveryStratum();
    void repeatInTheLogIsReported();
    void databaseRefusesARepeatedPosition();

private:
    // Enrolls and randomizes n participants of one condition at one site; returns their study IDs.
    QStringList randomizeSome(TrialSession &coordinator, const QString &site, const QString &condition, int n);
};

QStringList TestStreamLineage::randomizeSome(TrialSession &coordinator, const QString &site, const QString &condition,
                                             int n)
{
    QStringList ids;
    const QDate today = coordinator.clock().nowUtc().date();
    for (int i = 0; i < n; ++i) {
        auto registered = EnrollmentService(coordinator)
                              .enroll(test::eligibleScreening(today, site), test::enrollmentInput(today, condition));
        if (!registered) {
            qWarning("enroll: %s", qPrintable(registered.error().message));
            return {};
        }
        auto outcome = RandomizationService(coordinator).randomize(registered->studyId, kUserPassword);
        if (!outcome) {
            qWarning("randomize: %s", qPrintable(outcome.error().message));
            return {};
        }
        ids.append(registered->studyId);
    }
    return ids;
}

void TestStreamLineage::lineagesOfAHistory()
{
    randomization::Design a;
    a.arms = { { QStringLiteral("PP"), 1 }, { QStringLiteral("UC"), 1 } };
    a.multiples = { 2, 3 };
    a.seed = randomization::Seed::fromHex(QStringLiteral("000102030405060708090a0b0c0d0e0f"
                                                         "101112131415161718191a1b1c1d1e1f"))
                 .value();
    a.factors = { { QStringLiteral("site"), { QStringLiteral("ICM") }, 1, true } };
    randomization::Design withSite = a; // a new site: same streams
    withSite.factors[0].levels.append(QStringLiteral("JGH"));
    randomization::Design newMultiples = withSite; // concealed parameters changed: new streams
    newMultiples.multiples = { 2 };
    randomization::Design back = withSite; // the first parameters again: the first lineage again
    back.factors[0].levels.append(QStringLiteral("CHUM"));
    QList<StoredDesign> history;
    int version = 0;
    for (const randomization::Design &design : { a, withSite, newMultiples, back }) {
        StoredDesign stored;
        stored.version = ++version;
        stored.design = design;
        history.append(stored);
    }
    const QList<StreamLineage> lineages = DesignStore::lineages(history);
    QCOMPARE(lineages.size(), 2);
    QCOMPARE(lineages.at(0).firstVersion, 1);
    QCOMPARE(lineages.at(0).versions, QList<int>({ 1, 2, 4 }));
    QVERIFY(lineages.at(0).changedFromPrevious.isEmpty());
    QCOMPARE(lineages.at(1).firstVersion, 3);
    QCOMPARE(lineages.at(1).versions, QList<int>({ 3 }));
    QCOMPARE(lineages.at(1).changedFromPrevious, QStringList({ QStringLiteral("multiples") }));
    QCOMPARE(DesignStore::lineageOf(lineages, 4)->firstVersion, 1);
    QVERIFY(!DesignStore::lineageOf(lineages, 5));
}

void TestStreamLineage::newSiteContinuesEveryStratum()
{
    Trial trial;
    QVERIFY2(trial.open(), qPrintable(trial.workspace.error()));
    TrialSession *admin = trial.admin.get();
    TrialSession *coordinator = trial.coordinator.get();

    constexpr int k = 5;
    const QStringList before = randomizeSome(*coordinator, QStringLiteral("ICM"), QStringLiteral("HF"), k);
    QCOMPARE(before.size(), k);
    const QStringList otherStratum = randomizeSome(*coordinator, QStringLiteral("ICM"), QStringLiteral("CAD"), 2);
    QCOMPARE(otherStratum.size(), 2);
    auto designBefore = DesignStore::current(admin->database());
    QVERIFY(designBefore.ok());
    QCOMPARE(designBefore->version, 1);

    Site jgh;
    jgh.code = QStringLiteral("JGH");
    jgh.nameFr = QStringLiteral("Hôpital général juif");
    jgh.nameEn = QStringLiteral("Jewish General Hospital");
    const Status added = SiteService(*admin).add(jgh);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    auto designAfter = DesignStore::current(admin->database());
    QVERIFY(designAfter.ok());
    QCOMPARE(designAfter->version, 2);
    QVERIFY(designAfter->design.seed == designBefore->design.seed);

    // The next participants of the existing strata continue at k+1, k+2, ... and 3, with spec v1's arms.
    const QStringList after = randomizeSome(*coordinator, QStringLiteral("ICM"), QStringLiteral("HF"), 3);
    QCOMPARE(after.size(), 3);
    const int stratum = allocationOf(*coordinator, before.first()).stratumIndex;
    for (int i = 0; i < after.size(); ++i) {
        const Allocated allocated = allocationOf(*coordinator, after.at(i));
        QCOMPARE(allocated.designVersion, 2);
        QCOMPARE(allocated.stratumIndex, stratum);
        QCOMPARE(allocated.sequence, qint64(k + 1 + i));
        QCOMPARE(allocated.arm, streamArm(designAfter->design, stratum, k + 1 + i));
        QCOMPARE(allocated.lineage.toInt(), 1);
    }
    const QStringList cad = randomizeSome(*coordinator, QStringLiteral("ICM"), QStringLiteral("CAD"), 1);
    QCOMPARE(cad.size(), 1);
    QCOMPARE(allocationOf(*coordinator, cad.first()).sequence, qint64(3));
    // The new site's strata are new indexes of the same lineage: they start at 1.
    const QStringList atJgh = randomizeSome(*coordinator, QStringLiteral("JGH"), QStringLiteral("HF"), 1);
    QCOMPARE(atJgh.size(), 1);
    const Allocated first = allocationOf(*coordinator, atJgh.first());
    QCOMPARE(first.sequence, qint64(1));
    QVERIFY(first.stratumIndex != stratum);

    auto log = RandomizationLogService(*admin).report();
    QVERIFY(log.ok());
    QVERIFY(log->clean());
    QCOMPARE(log->lineages.size(), 1);
    QCOMPARE(log->lineages.at(0).versions, QList<int>({ 1, 2 }));
    QCOMPARE(log->lineages.at(0).entries, qint64(k + 2 + 3 + 1 + 1));
    QVERIFY(log->lineages.at(0).note.isEmpty());
    QVERIFY(AuditTrail::verify(admin->database()).ok);
}

void TestStreamLineage::amendmentContinuesEveryStratum()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString protocolPath = dir.filePath(QStringLiteral("protocol.json"));
    {
        QFile file(protocolPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(conditionFirstProtocol());
    }
    ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
    NewTrial trial;
    trial.directory = dir.filePath(QStringLiteral("trial"));
    trial.trialName = QStringLiteral("Condition first");
    trial.adminUsername = QStringLiteral("admin");
    trial.adminDisplayName = QStringLiteral("Ada Admin");
    trial.adminPassword = kAdminPassword;
    trial.protocolFile = protocolPath;
    auto created = Workspace::create(trial, clock);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    auto open = [&](const QString &user, const QByteArray &password) -> std::unique_ptr<TrialSession> {
        auto workspace = Workspace::open(trial.directory, clock);
        if (!workspace)
            return nullptr;
        auto session = workspace.value()->login(user, password);
        return session ? std::move(session.value()) : nullptr;
    };
    auto admin = open(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(admin);
    QVERIFY(UserService(*admin).add(QStringLiteral("coord"), QStringLiteral("Coord"), Role::Coordinator, QString(),
                                    kUserPassword));
    auto coordinator = open(QStringLiteral("coord"), kUserPassword);
    QVERIFY(coordinator);

    constexpr int k = 4;
    const QStringList before = randomizeSome(*coordinator, QStringLiteral("ICM"), QStringLiteral("AF"), k);
    QCOMPARE(before.size(), k);
    auto designBefore = DesignStore::current(admin->database());
    QVERIFY(designBefore->locked);

    auto amended = ProtocolService(*admin).amend(conditionFirstProtocol({ QStringLiteral("CKD") }),
                                                 QStringLiteral("amended.json"), QStringLiteral("kidney disease"));
    QVERIFY2(amended.ok(), amended.ok() ? "" : qPrintable(amended.error().message));
    auto designAfter = DesignStore::current(admin->database());
    QCOMPARE(designAfter->version, 2);
    QVERIFY(designAfter->design.seed == designBefore->design.seed);
    QVERIFY(designAfter->design.factors.at(0).levels.contains(QStringLiteral("CKD")));

    const QStringList after = randomizeSome(*coordinator, QStringLiteral("ICM"), QStringLiteral("AF"), 3);
    QCOMPARE(after.size(), 3);
    const int stratum = allocationOf(*coordinator, before.first()).stratumIndex;
    for (int i = 0; i < after.size(); ++i) {
        const Allocated allocated = allocationOf(*coordinator, after.at(i));
        QCOMPARE(allocated.designVersion, 2);
        QCOMPARE(allocated.stratumIndex, stratum);
        QCOMPARE(allocated.sequence, qint64(k + 1 + i));
        QCOMPARE(allocated.arm, streamArm(designAfter->design, stratum, k + 1 + i));
    }
    auto log = RandomizationLogService(*admin).report();
    QVERIFY(log.ok());
    QVERIFY(log->clean());
}

void TestStreamLineage::repeatInTheLogIsReported()
{
    // A workspace randomized by the old code: after a new site, a participant of an existing stratum
    // got sequence 1 of the new design version again (no lineage recorded).
    Trial trial;
    QVERIFY2(trial.open(), qPrintable(trial.workspace.error()));
    TrialSession *admin = trial.admin.get();
    TrialSession *coordinator = trial.coordinator.get();
    const QStringList first = randomizeSome(*coordinator, QStringLiteral("ICM"), QStringLiteral("HF"), 2);
    QCOMPARE(first.size(), 2);
    Site jgh { QStringLiteral("JGH"), QStringLiteral("HGJ"), QStringLiteral("JGH") };
    QVERIFY(SiteService(*admin).add(jgh).ok());
    const QDate today = coordinator->clock().nowUtc().date();
    auto registered
        = EnrollmentService(*coordinator).enroll(test::eligibleScreening(today), test::enrollmentInput(today));
    QVERIFY(registered.ok());
    const Allocated original = allocationOf(*coordinator, first.first());
    auto design = DesignStore::current(admin->database());
    randomization::StratumStream stream(design->design, original.stratumIndex);
    const randomization::Allocation repeated = stream.entry(1);
    QVERIFY(exec(admin->database(),
                 QStringLiteral("INSERT INTO randomizations (participant_id, design_version, stratum_values, "
                                "stratum_index, sequence, block_number, block_size, position_in_block, arm, "
                                "randomized_at, randomized_by) SELECT id, 2, stratum_values, ?, 1, ?, ?, ?, ?, "
                                "'2026-11-26T10:00:00.000Z', 'coord' FROM participants WHERE study_id = ?"),
                 { original.stratumIndex, repeated.blockNumber, repeated.blockSize, repeated.positionInBlock,
                   design->design.arms.at(repeated.armIndex).code, registered->studyId })
                .ok());

    auto log = RandomizationLogService(*admin).report();
    QVERIFY(log.ok());
    QVERIFY(!log->clean());
    QCOMPARE(log->duplicates, qint64(1));
    bool flagged = false;
    for (const RandomizationLogEntry &entry : log->entries)
        if (entry.studyId == registered->studyId) {
            flagged = entry.duplicate && entry.streamLineage == 1 && !entry.problem.isEmpty();
            QVERIFY2(entry.problem.contains(QStringLiteral("more than once")), qPrintable(entry.problem));
        }
    QVERIFY(flagged);
    // The arm is the stream's, so only the lineage-wide check finds it: per design version it was clean.
    QCOMPARE(log->mismatches, qint64(0));
}

void TestStreamLineage::databaseRefusesARepeatedPosition()
{
    Trial trial;
    QVERIFY2(trial.open(), qPrintable(trial.workspace.error()));
    TrialSession *admin = trial.admin.get();
    TrialSession *coordinator = trial.coordinator.get();
    const QStringList first = randomizeSome(*coordinator, QStringLiteral("ICM"), QStringLiteral("HF"), 1);
    QCOMPARE(first.size(), 1);
    const Allocated original = allocationOf(*coordinator, first.first());
    QCOMPARE(original.lineage.toInt(), 1);
    Site jgh { QStringLiteral("JGH"), QStringLiteral("HGJ"), QStringLiteral("JGH") };
    QVERIFY(SiteService(*admin).add(jgh).ok());
    const QDate today = coordinator->clock().nowUtc().date();
    auto registered
        = EnrollmentService(*coordinator).enroll(test::eligibleScreening(today), test::enrollmentInput(today));
    QVERIFY(registered.ok());
    // The same (lineage, stratum, sequence) under the new design version: the unique index refuses it.
    auto inserted = exec(admin->database(),
                         QStringLiteral("INSERT INTO randomizations (participant_id, design_version, stratum_values, "
                                        "stratum_index, sequence, block_number, block_size, position_in_block, arm, "
                                        "randomized_at, randomized_by, stream_lineage) SELECT id, 2, stratum_values, "
                                        "?, 1, 1, 4, 1, 'PP', '2026-11-26T10:00:00.000Z', 'coord', 1 "
                                        "FROM participants WHERE study_id = ?"),
                         { original.stratumIndex, registered->studyId });
    QVERIFY(!inserted.ok());
    // The service gives the participant the next position instead.
    auto outcome = RandomizationService(*coordinator).randomize(registered->studyId, kUserPassword);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    QCOMPARE(allocationOf(*coordinator, registered->studyId).sequence, qint64(2));
}

QTEST_GUILESS_MAIN(TestStreamLineage)
#include "tst_streamlineage.moc"
