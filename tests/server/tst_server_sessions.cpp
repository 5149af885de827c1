// Core's sessions and services on a trial server, on a real PostgreSQL 15 started by the test: the
// trial is set up by Workspace::createOnServer as the database's owner, a workspace folder is
// connected to it (server.json-style manifest, no secret), and from then on users sign in with their
// own server roles through the same Workspace::login the local workspace uses. Accounts, screening,
// registration, randomization (by the server), visits and the audit chain work through the same
// services; what a server does not have (a database key, local backups, a recovery code) is refused
// with a clear reason.
#include "core/audit/AuditTrail.h"
#include "core/enrollment/ParticipantService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/services/AuditService.h"
#include "core/services/BackupService.h"
#include "core/services/KeyService.h"
#include "core/services/UserService.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "tests/support/PgCluster.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace trialdesk;
using namespace trialdesk::core;
using trialdesk::test::PgCluster;
using trialdesk::test::TestWorkspace;

class TestServerSessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theWorkspaceFolderHoldsNoSecret();
    void theAdministratorSignsInWithTheirServerRole();
    void aWrongPasswordIsRefusedAndCounted();
    void accountsAreTheServers();
    void aCoordinatorEnrollsAndTheServerRandomizes();
    void signaturesReauthenticateAgainstTheServer();
    void aResetPasswordMustBeChangedThenWorks();
    void workerThreadsConnectAsTheSameUser();
    void whatAServerDoesNotHaveIsRefused();
    void aSecondTrialCannotBeSetUpInTheSameDatabase();
    void theAuditChainVerifies();
    void aLostConnectionIsSaidAndTheSessionReconnects();
    void cleanupTestCase();

private:
    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<TestWorkspace> m_workspace;
};

void TestServerSessions::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    m_workspace = std::make_unique<TestWorkspace>(*m_cluster, QStringLiteral("pilot"));
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
}

void TestServerSessions::theWorkspaceFolderHoldsNoSecret()
{
    QFile manifest(m_workspace->directory() + QStringLiteral("/workspace.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray text = manifest.readAll();
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    const QString conninfo
        = object.value(QStringLiteral("server")).toObject().value(QStringLiteral("conninfo")).toString();
    QVERIFY2(conninfo.contains(QStringLiteral("dbname='pilot'")), qPrintable(conninfo));
    QVERIFY2(conninfo.contains(QStringLiteral("sslmode='verify-full'")), qPrintable(conninfo));
    QVERIFY(!text.contains(PgCluster::kOwnerPassword));
    QVERIFY(!text.contains(test::kAdminPassword));
    QVERIFY(!conninfo.contains(QStringLiteral("user")));
    QVERIFY(!QFile::exists(m_workspace->directory() + QStringLiteral("/trial.db")));
    QVERIFY(!QFile::exists(m_workspace->directory() + QStringLiteral("/keys")));
    QCOMPARE(QFile::permissions(manifest.fileName()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestServerSessions::theAdministratorSignsInWithTheirServerRole()
{
    auto admin = m_workspace->admin();
    QVERIFY(admin);
    QVERIFY(admin->isServer());
    QCOMPARE(admin->role(), Role::Administrator);
    QCOMPARE(admin->trialName(), QStringLiteral("Test trial"));
    QSqlQuery query(admin->database());
    QVERIFY(query.exec(QStringLiteral("SELECT session_user")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("admin"));
    // The trial was created by the owner, the login audited by the server under the admin's role.
    AuditTrail::Filter logins;
    logins.action = QStringLiteral("login");
    const auto entries = AuditTrail::entries(admin->database(), logins);
    QVERIFY(entries.ok());
    QVERIFY(!entries->isEmpty());
    QCOMPARE(entries->last().username, QStringLiteral("admin"));
}

void TestServerSessions::aWrongPasswordIsRefusedAndCounted()
{
    auto workspace = m_workspace->open();
    QVERIFY(workspace);
    auto refused = workspace->login(QStringLiteral("admin"), "not the password at all");
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::AuthenticationFailed);
    auto unknown = workspace->login(QStringLiteral("nobody-here"), "not the password at all");
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::AuthenticationFailed);
    // A good password still works (one failure is below the lockout).
    QVERIFY(m_workspace->admin());
}

void TestServerSessions::accountsAreTheServers()
{
    auto admin = m_workspace->admin();
    QVERIFY(admin);
    const Status added = UserService(*admin).add(QStringLiteral("coord"), QStringLiteral("Cora Coordinator"),
                                                 Role::Coordinator, QStringLiteral("ICM"), test::kUserPassword);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    QVERIFY(m_workspace->addUser(QStringLiteral("assessor"), Role::OutcomeAssessor).ok());
    QVERIFY(m_workspace->addUser(QStringLiteral("leaver"), Role::Monitor).ok());
    // No key slot anywhere: the server holds the account.
    QVERIFY(!QFile::exists(m_workspace->directory() + QStringLiteral("/keys")));
    auto coord = m_workspace->signIn(QStringLiteral("coord"));
    QVERIFY(coord);
    QCOMPARE(coord->role(), Role::Coordinator);
    QCOMPARE(coord->user().siteCode, QStringLiteral("ICM"));
    // Core refuses a coordinator's account management, and so would the server.
    QCOMPARE(UserService(*coord)
                 .add(QStringLiteral("mallory"), {}, Role::Administrator, {}, test::kUserPassword)
                 .error()
                 .code,
             ErrorCode::PermissionDenied);
    // Deactivation ends the access.
    QVERIFY(UserService(*admin).deactivate(QStringLiteral("leaver"), QStringLiteral("Left the team")).ok());
    auto workspace = m_workspace->open();
    auto gone = workspace->login(QStringLiteral("leaver"), test::kUserPassword);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::AuthenticationFailed);
}

void TestServerSessions::aCoordinatorEnrollsAndTheServerRandomizes()
{
    auto coord = m_workspace->signIn(QStringLiteral("coord"));
    QVERIFY(coord);
    auto outcome = test::randomizeEligible(*coord, m_workspace->today().addDays(-1));
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    QVERIFY(!outcome->armCode.isEmpty());
    QCOMPARE(outcome->randomizedBy, QStringLiteral("coord"));
    // The server recorded it, and core planned the visits in the same transaction.
    auto visits = VisitService(*coord).timeline(outcome->studyId);
    QVERIFY2(visits.ok(), visits.ok() ? "" : qPrintable(visits.error().message));
    QVERIFY(!visits->isEmpty());
    auto details = ParticipantService(*coord).details(outcome->studyId);
    QVERIFY2(details.ok(), details.ok() ? "" : qPrintable(details.error().message));
    QCOMPARE(details->summary.armCode, outcome->armCode);
    // Twice is refused, by core before the server would.
    auto again = RandomizationService(*coord).randomize(outcome->studyId, test::kUserPassword);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    // The assessor sees the participant, never the arm.
    auto assessor = m_workspace->signIn(QStringLiteral("assessor"));
    QVERIFY(assessor);
    auto blinded = ParticipantService(*assessor).details(outcome->studyId);
    QVERIFY2(blinded.ok(), blinded.ok() ? "" : qPrintable(blinded.error().message));
    QVERIFY(blinded->summary.armCode.isEmpty());
}

void TestServerSessions::signaturesReauthenticateAgainstTheServer()
{
    auto coord = m_workspace->signIn(QStringLiteral("coord"));
    QVERIFY(coord);
    auto wrong = coord->sign("a wrong password 12345", SignatureMeaning::EligibilityConsentConfirmed);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::AuthenticationFailed);
    auto right = coord->sign(test::kUserPassword, SignatureMeaning::EligibilityConsentConfirmed);
    QVERIFY2(right.ok(), right.ok() ? "" : qPrintable(right.error().message));
    // The refusal went into the server's audit trail.
    auto admin = m_workspace->admin();
    AuditTrail::Filter filter;
    filter.entityId = QStringLiteral("coord");
    const auto entries = AuditTrail::entries(admin->database(), filter);
    QVERIFY(entries.ok());
    bool found = false;
    for (const AuditEntry &entry : *entries)
        found = found || entry.reason.value_or(QString()).contains(QStringLiteral("electronic signature"));
    QVERIFY(found);
}

void TestServerSessions::aResetPasswordMustBeChangedThenWorks()
{
    const QByteArray reset = "given by the administrator 1";
    const QByteArray chosen = "chosen by the coordinator 22";
    auto admin = m_workspace->admin();
    QVERIFY(UserService(*admin).resetPassword(QStringLiteral("coord"), reset, QStringLiteral("Forgot it")).ok());
    auto workspace = m_workspace->open();
    QVERIFY(!workspace->login(QStringLiteral("coord"), test::kUserPassword));
    auto coord = m_workspace->login(QStringLiteral("coord"), reset);
    QVERIFY(coord);
    QVERIFY(coord->mustChangePassword());
    QCOMPARE(coord->require(Action::VisitView).error().code, ErrorCode::PasswordChangeRequired);
    const Status changed = UserService(*coord).changeOwnPassword(reset, chosen);
    QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().message));
    QVERIFY(coord->require(Action::VisitView).ok());
    QVERIFY(!m_workspace->open()->login(QStringLiteral("coord"), reset));
    auto again = m_workspace->login(QStringLiteral("coord"), chosen);
    QVERIFY(again);
    QVERIFY(!again->mustChangePassword());
    // Back to the common password for the tests after this one.
    QVERIFY(UserService(*again).changeOwnPassword(chosen, test::kUserPassword).ok());
}

void TestServerSessions::workerThreadsConnectAsTheSameUser()
{
    auto coord = m_workspace->signIn(QStringLiteral("coord"));
    QVERIFY(coord);
    auto clone = coord->cloneForThread();
    QVERIFY(clone.ok());
    QString user;
    QString error;
    QThread *thread = QThread::create([&] {
        auto session = clone->open();
        if (!session) {
            error = session.error().message;
            return;
        }
        QSqlQuery query(session.value()->database());
        if (query.exec(QStringLiteral("SELECT session_user")) && query.next())
            user = query.value(0).toString();
    });
    thread->start();
    QVERIFY(thread->wait(30'000));
    delete thread;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(user, QStringLiteral("coord"));
}

void TestServerSessions::whatAServerDoesNotHaveIsRefused()
{
    auto admin = m_workspace->admin();
    QVERIFY(admin);
    QCOMPARE(KeyService(*admin).rotate(test::kAdminPassword, QStringLiteral("yearly")).error().code,
             ErrorCode::Unsupported);
    QCOMPARE(BackupService(*admin).create(QStringLiteral("weekly")).error().code, ErrorCode::Unsupported);
    QVERIFY(BackupService(*admin).runIfDue().ok());
    // No key slots on a server: nobody is left without one (the Security panel warns of none).
    auto stale = KeyService(*admin).usersWithoutValidSlot();
    QVERIFY(stale.ok());
    QCOMPARE(stale.value(), QStringList());
    auto workspace = m_workspace->open();
    QCOMPARE(workspace->recover(QStringLiteral("ABCD"), QStringLiteral("admin"), "a new password 12345").error().code,
             ErrorCode::Unsupported);
}

void TestServerSessions::aSecondTrialCannotBeSetUpInTheSameDatabase()
{
    NewServerTrial trial;
    trial.conninfo = m_cluster->conninfo(PgCluster::kOwner, QStringLiteral("pilot"));
    trial.ownerRole = PgCluster::kOwner;
    trial.ownerPassword = PgCluster::kOwnerPassword;
    trial.trialName = QStringLiteral("Another");
    trial.adminUsername = QStringLiteral("other-admin");
    trial.adminPassword = test::kAdminPassword;
    const Status refused = Workspace::createOnServer(trial, m_workspace->clock());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    // A wrong owner password is a refused sign-in, not a crash or a half-made trial.
    trial.conninfo = m_cluster->conninfo(PgCluster::kOwner, QStringLiteral("postgres"));
    trial.ownerPassword = "wrong";
    QCOMPARE(Workspace::createOnServer(trial, m_workspace->clock()).error().code, ErrorCode::AuthenticationFailed);
    // And a connection string that would not check the server's certificate is refused outright.
    trial.conninfo = QStringLiteral("host=localhost dbname=pilot sslmode=require");
    QCOMPARE(Workspace::createOnServer(trial, m_workspace->clock()).error().code, ErrorCode::InvalidInput);
    trial.conninfo = QStringLiteral("host=localhost dbname=pilot sslmode=verify-full password=secret");
    QCOMPARE(
        Workspace::connectToServer(m_workspace->filePath(QStringLiteral("other")), trial.conninfo, m_workspace->clock())
            .error()
            .code,
        ErrorCode::InvalidInput);
}

void TestServerSessions::theAuditChainVerifies()
{
    auto admin = m_workspace->admin();
    QVERIFY(admin);
    auto verified = AuditService(*admin).verify();
    QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().message));
    QVERIFY2(verified->ok, qPrintable(verified->problem));
    QVERIFY(verified->entries > 10);
}

void TestServerSessions::aLostConnectionIsSaidAndTheSessionReconnects()
{
    auto admin = m_workspace->admin();
    QVERIFY(admin);
    QVERIFY(!admin->connectionLost());
    QVERIFY(admin->reconnect().ok()); // nothing to do while connected
    QVERIFY2(m_cluster->stopImmediately(), qPrintable(m_cluster->error()));
    // The first statement finds the connection gone: its own error code, not a storage error.
    const Status refused = admin->require(Action::AuditView);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ConnectionLost);
    QVERIFY(admin->connectionLost());
    const Status stillDown = admin->reconnect();
    QVERIFY(!stillDown);
    QCOMPARE(stillDown.error().code, ErrorCode::ConnectionLost);
    QVERIFY(!admin->server()->acceptsConnections());

    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
    QVERIFY(admin->server()->acceptsConnections());
    const Status back = admin->reconnect();
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QVERIFY(!admin->connectionLost());
    // The same user again, on the server: a read and an audited write work.
    QVERIFY(admin->require(Action::AuditView).ok());
    auto users = UserService(*admin).list();
    QVERIFY2(users.ok(), qPrintable(users.ok() ? QString() : users.error().message));
    QVERIFY(!users->isEmpty());
    auto verified = AuditService(*admin).verify();
    QVERIFY(verified.ok());
    QVERIFY2(verified->ok, qPrintable(verified->problem));
}

void TestServerSessions::cleanupTestCase()
{
    m_workspace.reset();
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestServerSessions)
#include "tst_server_sessions.moc"
