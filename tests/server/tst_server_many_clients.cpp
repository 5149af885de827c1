// Sixteen workstations randomize 2,000 participants of four sites at once on one trial server, a
// real PostgreSQL 15 started by the test, and the server is stopped dead (pg_ctl stop -m immediate)
// in the middle and started again. Each workstation is a process of its own (randomize_client:
// core's RandomizationService over its own session), which reports the lost connection, signs in
// again and retries. Afterwards: every participant randomized exactly once, no committed
// randomization lost, each stratum's positions 1..n without a gap, each stratum's arms equal to its
// spec v1 stream computed by the C++ engine, and the audit chain verifies.
#include "core/audit/AuditTrail.h"
#include "core/design/DesignStore.h"
#include "core/enrollment/RandomizationLogService.h"
#include "core/protocol/Protocol.h"
#include "core/services/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "randomization/StratumStream.h"
#include "tests/support/PgCluster.h"
#include "tests/support/TestPasswords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace trialdesk;
using namespace trialdesk::core;
using trialdesk::test::PgCluster;

namespace {
constexpr int kClients = 16;
constexpr int kParticipants = 2000;
const QStringList kSites
    = { QStringLiteral("ICM"), QStringLiteral("CHUM"), QStringLiteral("HSJ"), QStringLiteral("JGH") };
const QStringList kConditions
    = { QStringLiteral("HF"), QStringLiteral("CAD"), QStringLiteral("AF"), QStringLiteral("OTHER") };
} // namespace

class TestServerManyClients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sixteenClientsAndAnImmediateStop();
    void cleanupTestCase();

private:
    bool ownerRuns(const QString &sql)
    {
        QSqlQuery query(m_owner);
        if (query.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    qint64 ownerCount(const QString &sql)
    {
        QSqlQuery query(m_owner);
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    bool reconnectOwner()
    {
        m_owner = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("owner"));
        m_owner = m_cluster->connect(QStringLiteral("owner"), PgCluster::kOwner, PgCluster::kOwnerPassword,
                                     QStringLiteral("pilot"));
        return m_owner.isOpen();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_cluster;
    QSqlDatabase m_owner;
    QString m_workspace;
};

void TestServerManyClients::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    QVERIFY2(m_cluster->psql(QStringLiteral("CREATE DATABASE pilot")), qPrintable(m_cluster->error()));

    // The bundled protocol with four sites.
    auto bundled = Protocol::bundledDefault();
    QVERIFY(bundled.ok());
    QJsonObject protocol = QJsonDocument::fromJson(bundled->json).object();
    QJsonArray sites;
    for (const QString &code : kSites)
        sites.append(QJsonObject {
            { QStringLiteral("code"), code },
            { QStringLiteral("name"), QJsonObject { { QStringLiteral("fr"), code }, { QStringLiteral("en"), code } } },
            { QStringLiteral("time_zone"), QStringLiteral("America/Toronto") } });
    protocol.insert(QStringLiteral("sites"), sites);
    QFile file(m_dir.filePath(QStringLiteral("protocol.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(protocol).toJson());
    file.close();

    NewServerTrial trial;
    trial.conninfo = m_cluster->conninfo(PgCluster::kOwner, QStringLiteral("pilot"));
    trial.ownerRole = PgCluster::kOwner;
    trial.ownerPassword = PgCluster::kOwnerPassword;
    trial.trialName = QStringLiteral("Many clients");
    trial.adminUsername = QStringLiteral("admin");
    trial.adminPassword = test::kAdminPassword;
    trial.protocolFile = file.fileName();
    const Status made = Workspace::createOnServer(trial, Clock::system());
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
    m_workspace = m_dir.filePath(QStringLiteral("workspace"));
    QVERIFY(Workspace::connectToServer(m_workspace, trial.conninfo, Clock::system()).ok());
    {
        auto workspace = Workspace::open(m_workspace, Clock::system());
        QVERIFY(workspace.ok());
        auto admin = workspace.value()->login(QStringLiteral("admin"), test::kAdminPassword);
        QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
        // A coordinator of every site.
        QVERIFY(
            UserService(*admin.value())
                .add(QStringLiteral("coord"), QStringLiteral("Coordinator"), Role::Coordinator, {}, test::kUserPassword)
                .ok());
    }

    // 2,000 eligible, consented participants, registered as an import would (the owner's SQL),
    // spread over the 16 strata.
    QVERIFY(reconnectOwner());
    const QString at = QStringLiteral("'2026-12-06T09:00:00.000Z'");
    QVERIFY(
        ownerRuns(QStringLiteral("INSERT INTO screenings (site_code, site_number, screening_number, screened_on, "
                                 "age, sex, answers, outcome, failed_criteria, protocol_version, recorded_by, "
                                 "recorded_at) SELECT (ARRAY['%1'])[1 + mod(n, 4)], n, 'S-' || n, '2026-12-01', 60, "
                                 "'F', '{}', 'eligible', '', 1, 'coord', %2 FROM generate_series(1, %3) AS n")
                      .arg(kSites.join(QStringLiteral("','")), at)
                      .arg(kParticipants)));
    QVERIFY(
        ownerRuns(QStringLiteral("INSERT INTO participants (study_id, site_code, site_number, screening_id, status, "
                                 "stratum_values, registered_at, registered_by) SELECT s.site_code || '-' || "
                                 "lpad(s.site_number::text, 4, '0'), s.site_code, s.site_number, s.id, "
                                 "'registered', 'site=' || s.site_code || ',condition=' || (ARRAY['%1'])[1 + "
                                 "mod(s.site_number / 4, 4)], %2, 'coord' FROM screenings s")
                      .arg(kConditions.join(QStringLiteral("','")), at)));
    QVERIFY(ownerRuns(QStringLiteral("INSERT INTO consents (participant_id, form_version, consented_on, obtained_by, "
                                     "recorded_by, recorded_at) SELECT id, '1.0', '2026-12-01', 'coord', 'coord', %1 "
                                     "FROM participants")
                          .arg(at)));
    QCOMPARE(ownerCount(QStringLiteral("SELECT COUNT(DISTINCT stratum_values) FROM participants")), qint64(16));
}

void TestServerManyClients::sixteenClientsAndAnImmediateStop()
{
    QStringList studyIds;
    QSqlQuery ids(m_owner);
    QVERIFY(ids.exec(QStringLiteral("SELECT study_id FROM participants ORDER BY id")));
    while (ids.next())
        studyIds.append(ids.value(0).toString());
    QCOMPARE(studyIds.size(), kParticipants);

    // Client k takes every 16th participant: all clients work in every stratum at once.
    std::vector<std::unique_ptr<QProcess>> clients;
    for (int k = 0; k < kClients; ++k) {
        QByteArray input = test::kUserPassword + '\n';
        for (int i = k; i < studyIds.size(); i += kClients)
            input += studyIds.at(i).toUtf8() + '\n';
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(RANDOMIZE_CLIENT_PATH), { m_workspace, QStringLiteral("coord") });
        QVERIFY(process->waitForStarted());
        process->write(input);
        process->closeWriteChannel();
        clients.push_back(std::move(process));
    }

    // Stop the server dead once a good part is done, then start it again.
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 before = 0;
    while ((before = ownerCount(QStringLiteral("SELECT COUNT(*) FROM randomizations"))) < kParticipants / 3
           && elapsed.elapsed() < 120'000)
        QTest::qWait(50);
    QVERIFY2(before < kParticipants, "the clients finished before the server could be stopped");
    QVERIFY2(m_cluster->stopImmediately(), qPrintable(m_cluster->error()));
    QTest::qWait(500);
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
    QVERIFY(reconnectOwner());
    // Nothing committed before the stop was lost.
    QVERIFY(ownerCount(QStringLiteral("SELECT COUNT(*) FROM randomizations")) >= before);

    QStringList lost;
    for (auto &process : clients) {
        QVERIFY(process->waitForFinished(300'000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitCode() == 0, qPrintable(err));
        for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (line.startsWith(QLatin1String("lost ")))
                lost.append(line);
    }
    // Some workstation was cut off mid-randomization and said so clearly.
    QVERIFY2(!lost.isEmpty(), "no client noticed the stop");
    for (const QString &line : lost)
        QVERIFY2(line.contains(QStringLiteral("trial server")), qPrintable(line));

    // Every participant randomized once; each stratum 1..n without a gap, arms as the engine's stream.
    QCOMPARE(ownerCount(QStringLiteral("SELECT COUNT(*) FROM randomizations")), qint64(kParticipants));
    QCOMPARE(ownerCount(QStringLiteral("SELECT COUNT(*) FROM participants WHERE status <> 'randomized'")), qint64(0));
    auto stored = DesignStore::current(m_owner);
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
    QSqlQuery log(m_owner);
    QVERIFY(log.exec(QStringLiteral("SELECT stratum_index, sequence, arm FROM randomizations "
                                    "ORDER BY stratum_index, sequence")));
    int stratum = -1;
    qint64 expected = 0;
    int strata = 0;
    std::unique_ptr<randomization::StratumStream> stream;
    while (log.next()) {
        if (log.value(0).toInt() != stratum) {
            stratum = log.value(0).toInt();
            stream = std::make_unique<randomization::StratumStream>(stored->design, stratum);
            expected = 0;
            ++strata;
        }
        ++expected;
        QCOMPARE(log.value(1).toLongLong(), expected);
        QCOMPARE(log.value(2).toString(), stream->armCode(stream->entry(expected).armIndex));
    }
    QCOMPARE(strata, 16);
    const AuditTrail::Verification verified = AuditTrail::verify(m_owner);
    QVERIFY2(verified.ok, qPrintable(verified.problem));
    // And the server's own check of the log, as a monitor's `log verify` runs it, says the same.
    auto workspace = Workspace::open(m_workspace, Clock::system());
    QVERIFY(workspace.ok());
    auto admin = workspace.value()->login(QStringLiteral("admin"), test::kAdminPassword);
    QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
    auto report = RandomizationLogService(*admin.value()).report();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->entries.size(), kParticipants);
    QVERIFY(report->clean());
}

void TestServerManyClients::cleanupTestCase()
{
    m_owner = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestServerManyClients)
#include "tst_server_many_clients.moc"
