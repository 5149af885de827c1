// The command line with a trial server, on the real trialdesk-cli and a real PostgreSQL 15 started by
// the test: `server init` sets the trial up as the database owner (both passwords on standard
// input), `connect` makes a workspace folder that names the server and holds no secret, and then the
// usual commands (user add, enroll, randomize, audit verify) work unchanged with --workspace DIR
// --user NAME --password-stdin, each user signing in with their own server role.
#include "tests/support/CliTrial.h"
#include "tests/support/PgCluster.h"

#include <QDir>
#include <QtTest>

#include <memory>

using namespace trialdesk::test;

class TestCliServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverInitSetsTheTrialUp();
    void serverInitRefusesBadInput();
    void connectWritesNoSecret();
    void theUsualCommandsWorkOnTheServer();
    void aWrongPasswordIsRefusedByTheServer();
    void whatTheServerDoesNotHaveIsExplained();
    void serverUpgradeSaysTheSchemaIsCurrent();
    void cleanupTestCase();

private:
    CliTrial::Server server(const QString &database) const
    {
        return { m_cluster->conninfo(PgCluster::kOwner, database), PgCluster::kOwnerPassword,
                 m_cluster->conninfo({}, database) };
    }

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<CliTrial> m_trial;
};

void TestCliServer::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    QVERIFY2(m_cluster->psql(QStringLiteral("CREATE DATABASE pilot")), qPrintable(m_cluster->error()));
    QVERIFY2(m_cluster->psql(QStringLiteral("CREATE DATABASE spare")), qPrintable(m_cluster->error()));
}

void TestCliServer::serverInitSetsTheTrialUp()
{
    m_trial = std::make_unique<CliTrial>(server(QStringLiteral("pilot")), QStringLiteral("Pilot on a server"));
    QVERIFY2(m_trial->ok(), qPrintable(m_trial->error()));
    // Twice is refused: the database holds a trial.
    const CliTextRun again = asText(
        runCli({ QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"),
                 server(QStringLiteral("pilot")).ownerConninfo, QStringLiteral("--trial-name"), QStringLiteral("Again"),
                 QStringLiteral("--admin"), QStringLiteral("admin2"), QStringLiteral("--password-stdin") },
               PgCluster::kOwnerPassword + '\n' + kAdminPassword + '\n'));
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already holds the trial")), qPrintable(again.err));
}

void TestCliServer::serverInitRefusesBadInput()
{
    const QStringList base { QStringLiteral("server"),           QStringLiteral("init"),
                             QStringLiteral("--trial-name"),     QStringLiteral("Spare"),
                             QStringLiteral("--admin"),          QStringLiteral("admin"),
                             QStringLiteral("--password-stdin"), QStringLiteral("--server") };
    const QByteArray secrets = PgCluster::kOwnerPassword + '\n' + kAdminPassword + '\n';
    // Only one line on standard input.
    CliTextRun run = asText(
        runCli(base + QStringList { server(QStringLiteral("spare")).ownerConninfo }, PgCluster::kOwnerPassword + '\n'));
    QCOMPARE(run.code, 2);
    // No owner named.
    run = asText(runCli(base + QStringList { server(QStringLiteral("spare")).conninfo }, secrets));
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("user=NAME")), qPrintable(run.err));
    // A connection that would not check the server's certificate.
    QString weak = server(QStringLiteral("spare")).ownerConninfo;
    weak.replace(QStringLiteral("sslmode=verify-full"), QStringLiteral("sslmode=require"));
    run = asText(runCli(base + QStringList { weak }, secrets));
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("verify-full")), qPrintable(run.err));
    // A wrong owner password: refused by the server, nothing made.
    run = asText(runCli(base + QStringList { server(QStringLiteral("spare")).ownerConninfo },
                        "not the owner password\n" + kAdminPassword + '\n'));
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("refused")), qPrintable(run.err));
    QString tables;
    QVERIFY(m_cluster->psql(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"), &tables,
                            QStringLiteral("spare")));
    QCOMPARE(tables.trimmed(), QStringLiteral("0"));
}

void TestCliServer::connectWritesNoSecret()
{
    QVERIFY(m_trial && m_trial->ok());
    const QByteArray manifest = readFile(m_trial->workspace() + QStringLiteral("/workspace.json"));
    QVERIFY2(manifest.contains("dbname='pilot'"), manifest.constData());
    QVERIFY(!manifest.contains(PgCluster::kOwnerPassword));
    QVERIFY(!manifest.contains(kAdminPassword));
    QVERIFY(isOwnerOnlyFile(m_trial->workspace() + QStringLiteral("/workspace.json")));
    // A second connect into the same folder is refused (it is not empty).
    const CliRun again = runCli({ QStringLiteral("connect"), QStringLiteral("--workspace"), m_trial->workspace(),
                                  QStringLiteral("--server"), server(QStringLiteral("pilot")).conninfo });
    QCOMPARE(again.code, 1);
}

void TestCliServer::theUsualCommandsWorkOnTheServer()
{
    QVERIFY(m_trial && m_trial->ok());
    const CliRun added
        = m_trial->addUser(QStringLiteral("coord"), QStringLiteral("coordinator"), QStringLiteral("ICM"));
    QVERIFY2(added.code == 0, added.err.constData());
    const CliRun enrolled = m_trial->enroll(QStringLiteral("coord"));
    QVERIFY2(enrolled.code == 0, enrolled.err.constData());
    const QString studyId = QString::fromUtf8(enrolled.out.trimmed());
    QVERIFY2(studyId.startsWith(QStringLiteral("ICM-")), qPrintable(studyId));
    const CliRun randomized = m_trial->randomize(QStringLiteral("coord"), studyId);
    QVERIFY2(randomized.code == 0, randomized.err.constData());
    const QString arm = QString::fromUtf8(randomized.out.trimmed());
    QVERIFY2(arm == QLatin1String("PP") || arm == QLatin1String("UC"), qPrintable(arm));
    // Randomized once only.
    QCOMPARE(m_trial->randomize(QStringLiteral("coord"), studyId).code, 1);
    // The chain the server computed verifies, as a local workspace's would.
    const CliTextRun verified = asText(m_trial->admin({ QStringLiteral("audit"), QStringLiteral("verify") }));
    QVERIFY2(verified.code == 0, qPrintable(verified.err));
    // A monitor's log check runs where the seed is, and passes.
    QVERIFY(m_trial->addUser(QStringLiteral("mona"), QStringLiteral("monitor")).code == 0);
    const CliTextRun logChecked
        = asText(m_trial->as(QStringLiteral("mona"), { QStringLiteral("log"), QStringLiteral("verify") }));
    QVERIFY2(logChecked.code == 0, qPrintable(logChecked.err + logChecked.out));
    // The user list comes from the server.
    const CliTextRun users = asText(m_trial->admin({ QStringLiteral("user"), QStringLiteral("list") }));
    QVERIFY2(users.code == 0, qPrintable(users.err));
    QVERIFY2(users.out.contains(QStringLiteral("coord")), qPrintable(users.out));
}

void TestCliServer::aWrongPasswordIsRefusedByTheServer()
{
    QVERIFY(m_trial && m_trial->ok());
    const CliTextRun refused = asText(runCliAs(m_trial->workspace(), QStringLiteral("coord"), "a wrong password 123\n",
                                               { QStringLiteral("user"), QStringLiteral("list") }));
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("refused the user name or password")), qPrintable(refused.err));
}

void TestCliServer::whatTheServerDoesNotHaveIsExplained()
{
    QVERIFY(m_trial && m_trial->ok());
    const CliTextRun backup = asText(m_trial->admin(
        { QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--reason"), QStringLiteral("weekly") }));
    QCOMPARE(backup.code, 1);
    QVERIFY2(backup.err.contains(QStringLiteral("pg_basebackup")), qPrintable(backup.err));
}

void TestCliServer::serverUpgradeSaysTheSchemaIsCurrent()
{
    const CliTextRun upgraded
        = asText(runCli({ QStringLiteral("server"), QStringLiteral("upgrade"), QStringLiteral("--server"),
                          server(QStringLiteral("pilot")).ownerConninfo, QStringLiteral("--password-stdin") },
                        PgCluster::kOwnerPassword + '\n'));
    QVERIFY2(upgraded.code == 0, qPrintable(upgraded.err));
    QVERIFY2(upgraded.out.contains(QStringLiteral("up to date")), qPrintable(upgraded.out));
    // A database without a trial is not upgraded into one.
    const CliTextRun empty
        = asText(runCli({ QStringLiteral("server"), QStringLiteral("upgrade"), QStringLiteral("--server"),
                          server(QStringLiteral("spare")).ownerConninfo, QStringLiteral("--password-stdin") },
                        PgCluster::kOwnerPassword + '\n'));
    QCOMPARE(empty.code, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("server init")), qPrintable(empty.err));
}

void TestCliServer::cleanupTestCase()
{
    m_trial.reset();
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
