// Randomization designs on a trial server (core/server/designs.sql), on a real PostgreSQL 15
// started by the test: workstations read a fingerprint in place of each seed, so lineages compare as
// before and nothing can be drawn; a new site keeps the seed (the stratum positions continue); a new
// seed is made by the server, never by the workstation that asked for it; the block multiples reach
// only the roles that may see the concealed design; only administrators and statisticians may add a
// version; the seed cannot be shown, nor the allocation list computed, on a workstation.
#include "core/design/DesignService.h"
#include "core/design/DesignStore.h"
#include "core/enrollment/RandomizationLogService.h"
#include "core/services/SiteService.h"
#include "core/workspace/TrialSession.h"
#include "tests/support/PgCluster.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace trialdesk;
using namespace trialdesk::core;
using trialdesk::test::PgCluster;
using trialdesk::test::TestWorkspace;

class TestServerDesigns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workstationsSeeAFingerprintNeverTheSeed();
    void aNewSiteKeepsTheSeedAndTheStreams();
    void aNewSeedIsMadeByTheServer();
    void theConcealedPartReachesOnlyItsRoles();
    void onlyDesignRolesAddAVersion();
    void theSeedStaysOnTheServer();
    void theServerChecksTheLog();
    void cleanupTestCase();

private:
    // The seeds as stored, oldest version first (the owner's psql).
    QStringList storedSeeds()
    {
        QString out;
        if (!m_cluster->psql(QStringLiteral("SELECT string_agg(seed, ',' ORDER BY version) FROM randomization_designs"),
                             &out, QStringLiteral("pilot")))
            return {};
        return out.trimmed().split(QLatin1Char(','));
    }

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<TestWorkspace> m_workspace;
    TestWorkspace::Team m_team;
};

void TestServerDesigns::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    m_workspace = std::make_unique<TestWorkspace>(*m_cluster, QStringLiteral("pilot"));
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    m_team = m_workspace->team({ Role::Coordinator, Role::Statistician, Role::OutcomeAssessor, Role::Monitor });
    QVERIFY(m_team.ok);
}

void TestServerDesigns::workstationsSeeAFingerprintNeverTheSeed()
{
    const QStringList seeds = storedSeeds();
    QCOMPARE(seeds.size(), 1);
    QCOMPARE(seeds.first().size(), 64);
    for (TrialSession *session : { m_team.admin.get(), m_team.statistician.get(), m_team.coordinator.get() }) {
        auto stored = DesignStore::current(session->database());
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
        QCOMPARE(stored->version, 1);
        QVERIFY(!stored->design.seed.toHex().isEmpty());
        QVERIFY(stored->design.seed.toHex() != seeds.first());
    }
}

void TestServerDesigns::aNewSiteKeepsTheSeedAndTheStreams()
{
    // A participant randomized first: the design is locked, a new site may still be added.
    auto outcome = test::randomizeEligible(*m_team.coordinator, m_workspace->today());
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    const Status added = SiteService(*m_team.admin)
                             .add({ QStringLiteral("CHUM"), QStringLiteral("CHUM"), QStringLiteral("CHUM"),
                                    QStringLiteral("America/Toronto"), true },
                                  QStringLiteral("second site"));
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    const QStringList seeds = storedSeeds();
    QCOMPARE(seeds.size(), 2);
    QCOMPARE(seeds.at(1), seeds.at(0));
    auto history = DesignStore::history(m_team.admin->database());
    QVERIFY(history.ok());
    const QList<StreamLineage> lineages = DesignStore::lineages(history.value());
    QCOMPARE(lineages.size(), 1);
    QCOMPARE(lineages.first().versions, (QList<int> { 1, 2 }));
    QVERIFY(history->last().locked);
    // The next randomization at the first site continues its stratum under version 2.
    auto next = test::randomizeEligible(*m_team.coordinator, m_workspace->today());
    QVERIFY2(next.ok(), next.ok() ? "" : qPrintable(next.error().message));
    QString version;
    QVERIFY(m_cluster->psql(QStringLiteral("SELECT design_version || '/' || stream_lineage || '/' || sequence FROM "
                                           "randomizations ORDER BY id DESC LIMIT 1"),
                            &version, QStringLiteral("pilot")));
    QCOMPARE(version.trimmed(), QStringLiteral("2/1/2"));
}

void TestServerDesigns::aNewSeedIsMadeByTheServer()
{
    // A fresh workspace's design is not locked yet: the statistician asks for a new seed.
    PgCluster &cluster = *m_cluster;
    TestWorkspace fresh(cluster, QStringLiteral("fresh"));
    QVERIFY2(fresh.ok(), qPrintable(fresh.error()));
    auto statistician = fresh.addUserAndSignIn(QStringLiteral("stat2"), Role::Statistician);
    QVERIFY(statistician);
    auto before = DesignService(*statistician).full();
    QVERIFY2(before.ok(), before.ok() ? "" : qPrintable(before.error().message));
    const Status updated = DesignService(*statistician).update(before->design, true, QStringLiteral("reseeded"));
    QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
    QString out;
    QVERIFY(cluster.psql(QStringLiteral("SELECT string_agg(seed, ',' ORDER BY version) FROM randomization_designs"),
                         &out, QStringLiteral("fresh")));
    const QStringList seeds = out.trimmed().split(QLatin1Char(','));
    QCOMPARE(seeds.size(), 2);
    QVERIFY(seeds.at(0) != seeds.at(1));
    QCOMPARE(seeds.at(1).size(), 64);
    // Two lineages now, and the workstation still holds only fingerprints.
    auto history = DesignStore::history(statistician->database());
    QVERIFY(history.ok());
    QCOMPARE(DesignStore::lineages(history.value()).size(), 2);
    QVERIFY(!seeds.contains(history->last().design.seed.toHex()));
}

void TestServerDesigns::theConcealedPartReachesOnlyItsRoles()
{
    auto concealed = DesignService(*m_team.statistician).summary();
    QVERIFY2(concealed.ok(), concealed.ok() ? "" : qPrintable(concealed.error().message));
    QVERIFY(concealed->concealed);
    QVERIFY(!concealed->multiples.isEmpty());
    // The coordinator's workstation is not even sent the multiples.
    auto stored = DesignStore::current(m_team.coordinator->database());
    QVERIFY(stored.ok());
    QVERIFY(stored->design.multiples.isEmpty());
    auto summary = DesignService(*m_team.coordinator).summary();
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QVERIFY(!summary->concealed);
    QCOMPARE(summary->arms.size(), 2);
}

void TestServerDesigns::onlyDesignRolesAddAVersion()
{
    for (TrialSession *session : { m_team.coordinator.get(), m_team.assessor.get() }) {
        QSqlQuery sql(session->database());
        QVERIFY(!sql.exec(QStringLiteral("SELECT trialdesk.design_append('blocks', '{\"method\": \"blocks\"}', '', "
                                         "'mine', 'c0ffee')")));
        QCOMPARE(sql.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!sql.exec(QStringLiteral("INSERT INTO randomization_designs (version, method, definition, seed, "
                                         "created_at, created_by, reason) VALUES (99, 'blocks', '{}', 'c0ffee', 'x', "
                                         "'x', 'x')")));
        QCOMPARE(sql.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    // Nor may a statistician store what is not a design, or choose the seed: the one given is
    // ignored and the server makes its own.
    QSqlQuery sql(m_team.statistician->database());
    QVERIFY(!sql.exec(QStringLiteral("SELECT trialdesk.design_append('blocks', '{\"method\": \"blocks\"}', '', "
                                     "'not a design', NULL)")));
    QCOMPARE(sql.lastError().nativeErrorCode(), QStringLiteral("22023"));
    const QString chosen = QString(64, QLatin1Char('a'));
    QVERIFY2(sql.exec(QStringLiteral("SELECT trialdesk.design_append('blocks', (SELECT definition FROM "
                                     "trialdesk.designs() ORDER BY version DESC LIMIT 1), '', 'chosen seed', '%1')")
                          .arg(chosen)),
             qPrintable(sql.lastError().text()));
    QVERIFY(!storedSeeds().contains(chosen));
}

void TestServerDesigns::theSeedStaysOnTheServer()
{
    auto revealed = DesignService(*m_team.statistician).revealSeed();
    QVERIFY(!revealed);
    QCOMPARE(revealed.error().code, ErrorCode::Unsupported);
    QCOMPARE(DesignService(*m_team.coordinator).revealSeed().error().code, ErrorCode::PermissionDenied);
}

void TestServerDesigns::theServerChecksTheLog()
{
    // Two randomizations across the two versions of one lineage (aNewSiteKeepsTheSeedAndTheStreams).
    auto report = RandomizationLogService(*m_team.monitor).report();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->entries.size(), 2);
    QVERIFY2(report->clean(), qPrintable(report->entries.first().problem));
    for (const RandomizationLogEntry &entry : report->entries) {
        QVERIFY(entry.matches);
        QCOMPARE(entry.expectedArm, entry.armCode);
        QCOMPARE(entry.streamLineage, 1);
    }
    // Versions 1 and 2 share the seed; version 3 has the server's new one (onlyDesignRolesAddAVersion).
    QCOMPARE(report->lineages.size(), 2);
    QCOMPARE(report->lineages.first().versions, (QList<int> { 1, 2 }));
    QCOMPARE(report->lineages.last().versions, (QList<int> { 3 }));
    // Only the roles that may view the log may ask the server.
    QCOMPARE(RandomizationLogService(*m_team.coordinator).report().error().code, ErrorCode::PermissionDenied);
    QSqlQuery sql(m_team.coordinator->database());
    QVERIFY(!sql.exec(QStringLiteral("SELECT * FROM trialdesk.log_expected()")));
    QCOMPARE(sql.lastError().nativeErrorCode(), QStringLiteral("42501"));

    // A superuser rewrites an arm behind the triggers: the check finds it, and a gap left by a
    // position taken out.
    QVERIFY(m_cluster->psql(QStringLiteral("ALTER TABLE randomizations DISABLE TRIGGER USER; "
                                           "UPDATE randomizations SET arm = CASE arm WHEN 'PP' THEN 'UC' ELSE 'PP' END "
                                           "WHERE id = (SELECT MIN(id) FROM randomizations); "
                                           "UPDATE randomizations SET sequence = 3 WHERE id = (SELECT MAX(id) FROM "
                                           "randomizations); ALTER TABLE randomizations ENABLE TRIGGER USER"),
                            nullptr, QStringLiteral("pilot")));
    auto tampered = RandomizationLogService(*m_team.monitor).report();
    QVERIFY2(tampered.ok(), tampered.ok() ? "" : qPrintable(tampered.error().message));
    QVERIFY(!tampered->clean());
    QVERIFY(!tampered->entries.first().matches);
    QVERIFY2(tampered->entries.first().problem.contains(QStringLiteral("the log says")),
             qPrintable(tampered->entries.first().problem));
    QCOMPARE(tampered->gaps.size(), 1);
    QCOMPARE(tampered->gaps.first().firstMissing, qint64(2));
    QCOMPARE(tampered->gaps.first().lastMissing, qint64(2));
}

void TestServerDesigns::cleanupTestCase()
{
    m_team = {};
    m_workspace.reset();
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestServerDesigns)
#include "tst_server_designs.moc"
