#include "core/audit/AuditTrail.h"
#include "core/design/DesignStore.h"
#include "core/protocol/Protocol.h"
#include "core/schema/Migrations.h"
#include "core/security/KeySlotStore.h"
#include "core/services/AuditService.h"
#include "core/services/SiteService.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "core/storage/Database.h"
#include "tests/support/TestWorkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace trialdesk::core;
using trialdesk::test::TestWorkspace;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QStringList actions(TrialSession &session)
{
    QStringList list;
    for (const AuditEntry &entry : AuditTrail::entries(session.database(), {}).value())
        list << entry.action;
    return list;
}

} // namespace

class TestWorkspaceLifecycle : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->ok(), qPrintable(m_ws->error()));
    }

    void createLaysOutTheWorkspace()
    {
        const QDir dir(m_ws->directory());
        QVERIFY(dir.exists(QStringLiteral("workspace.json")));
        QVERIFY(dir.exists(QStringLiteral("trial.db")));
        QVERIFY(dir.exists(QStringLiteral("keys/user-admin.slot")));
        QVERIFY(dir.exists(QStringLiteral("keys/recovery.slot")));
        QVERIFY(dir.exists(QStringLiteral("backups")));
        QVERIFY(!m_ws->recoveryCode().isEmpty());
        // Nothing secret or identifying in the plain-text manifest.
        QFile manifest(dir.filePath(QStringLiteral("workspace.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray text = manifest.readAll();
        QVERIFY(!text.contains(TestWorkspace::kAdminPassword));
        QVERIFY(!text.contains("Test trial"));
    }

    void createRecordsTheFoundationAndAuditsIt()
    {
        auto admin = m_ws->admin();
        QVERIFY(admin);
        QCOMPARE(admin->trialName(), QStringLiteral("Test trial"));
        QCOMPARE(admin->role(), Role::Administrator);
        QCOMPARE(admin->user().displayName, QStringLiteral("Ada Admin"));
        const QStringList logged = actions(*admin);
        QVERIFY(logged.contains(QStringLiteral("trial.create")));
        QVERIFY(logged.contains(QStringLiteral("protocol.load")));
        QVERIFY(logged.contains(QStringLiteral("site.add")));
        QVERIFY(logged.contains(QStringLiteral("user.add")));
        QCOMPARE(logged.last(), QStringLiteral("login"));
        QVERIFY(AuditTrail::verify(admin->database()).ok);
        auto sites = SiteService(*admin).list();
        QVERIFY(sites.ok());
        QCOMPARE(sites->size(), 1);
        QCOMPARE(sites->first().code, QStringLiteral("ICM"));
        QCOMPARE(Migrations::currentVersion(admin->database()).value(), Migrations::latestVersion());
    }

    void createRefusesBadInputAndLeavesNothing()
    {
        QTemporaryDir dir;
        NewTrial trial;
        trial.directory = dir.filePath(QStringLiteral("t"));
        trial.trialName = QStringLiteral("T");
        trial.adminUsername = QStringLiteral("admin");
        trial.adminPassword = QByteArrayLiteral("short");
        auto refused = Workspace::create(trial, m_ws->clock());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("12")));
        QVERIFY(!QDir(trial.directory).exists());

        trial.adminPassword = TestWorkspace::kAdminPassword;
        trial.adminUsername = QStringLiteral("Bad Name");
        QVERIFY(!Workspace::create(trial, m_ws->clock()).ok());

        trial.adminUsername = QStringLiteral("admin");
        trial.protocolFile = dir.filePath(QStringLiteral("protocol.json"));
        QFile bad(trial.protocolFile);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format": "trialdesk-protocol", "format_version": 1, "protocol_version": "1", "trial": 3})");
        bad.close();
        refused = Workspace::create(trial, m_ws->clock());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(trial.protocolFile), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("\"trial\"")));
        QVERIFY(!QDir(trial.directory).exists());

        // A non-empty folder is never taken over.
        trial.protocolFile.clear();
        trial.directory = m_ws->directory();
        refused = Workspace::create(trial, m_ws->clock());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
    }

    void openRefusesWhatIsNotAWorkspace()
    {
        QTemporaryDir dir;
        auto notOurs = Workspace::open(dir.path(), m_ws->clock());
        QVERIFY(!notOurs.ok());
        QCOMPARE(notOurs.error().code, ErrorCode::NotFound);
        QFile manifest(dir.filePath(QStringLiteral("workspace.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("{ not json");
        manifest.close();
        QCOMPARE(Workspace::open(dir.path(), m_ws->clock()).error().code, ErrorCode::Corrupt);
    }

    void wrongPasswordAndUnknownUserAreRefused()
    {
        auto workspace = m_ws->open();
        auto wrong = workspace->login(QStringLiteral("admin"), QByteArrayLiteral("not the password"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::AuthenticationFailed);
        auto unknown = workspace->login(QStringLiteral("nobody"), TestWorkspace::kAdminPassword);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        // Both failures reach the audit trail at the next successful login.
        auto admin = m_ws->admin();
        QVERIFY(admin);
        AuditTrail::Filter filter;
        filter.action = QStringLiteral("login.failed");
        const auto failed = AuditTrail::entries(admin->database(), filter).value();
        QVERIFY(failed.size() >= 2);
        QCOMPARE(failed.at(failed.size() - 2).username, QStringLiteral("admin"));
        QCOMPARE(failed.last().username, QStringLiteral("nobody"));
    }

    void lockoutAfterFiveFailures()
    {
        auto admin = m_ws->admin();
        QVERIFY(UserService(*admin)
                    .add(QStringLiteral("carol"), QStringLiteral("Carol"), Role::Coordinator, QStringLiteral("ICM"),
                         QByteArrayLiteral("carol's long password"))
                    .ok());
        admin.reset();
        auto workspace = m_ws->open();
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(workspace->login(QStringLiteral("carol"), QByteArrayLiteral("guess guess guess")).error().code,
                     ErrorCode::AuthenticationFailed);
        auto fifth = workspace->login(QStringLiteral("carol"), QByteArrayLiteral("guess guess guess"));
        QCOMPARE(fifth.error().code, ErrorCode::LockedOut);
        // Even the right password is refused while locked out ...
        auto locked = workspace->login(QStringLiteral("carol"), QByteArrayLiteral("carol's long password"));
        QCOMPARE(locked.error().code, ErrorCode::LockedOut);
        QVERIFY(locked.error().message.contains(QStringLiteral("15")));
        QVERIFY(workspace->lockoutRemainingSeconds(QStringLiteral("carol")) > 0);
        // ... and accepted once the lockout has passed.
        m_ws->clock().advanceMs(16 * 60 * 1000);
        auto session = workspace->login(QStringLiteral("carol"), QByteArrayLiteral("carol's long password"));
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
        AuditTrail::Filter filter;
        filter.action = QStringLiteral("login.lockout");
        filter.entityId = QStringLiteral("carol");
        QCOMPARE(AuditTrail::count(session.value()->database(), filter).value(), 1);
    }

    // A worker thread's session: cloned here, opened and closed in the worker, usable after the
    // session it came from is gone; an account deactivated in between is refused.
    void cloneForThreadOpensTheSameUserInAWorker()
    {
        auto admin = m_ws->admin();
        QVERIFY(admin);
        auto clone = admin->cloneForThread();
        QVERIFY(clone);
        {
            UserService users(*admin);
            QVERIFY(users
                        .add(QStringLiteral("wendy"), QStringLiteral("Wendy Worker"), Role::Monitor, QString(),
                             QByteArrayLiteral("wendy's long password"))
                        .ok());
        }
        auto wendy = m_ws->login(QStringLiteral("wendy"), QByteArrayLiteral("wendy's long password"));
        QVERIFY(wendy);
        auto wendyClone = wendy->cloneForThread();
        QVERIFY(wendyClone);
        wendy.reset();
        admin.reset();

        QString username, trialName, errorText;
        Role role = Role::Coordinator;
        bool sameThread = true;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto session = clone.value().open();
            if (!session) {
                errorText = session.error().message;
                return;
            }
            username = session.value()->user().username;
            role = session.value()->role();
            auto trial = exec(session.value()->database(), QStringLiteral("SELECT name FROM trial WHERE id = 1"));
            if (trial && trial->next())
                trialName = trial->value(0).toString();
            sameThread = session.value()->database().driver()->thread() == QThread::currentThread();
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY2(errorText.isEmpty(), qPrintable(errorText));
        QCOMPARE(username, QStringLiteral("admin"));
        QCOMPARE(role, Role::Administrator);
        QCOMPARE(trialName, QStringLiteral("Test trial"));
        QVERIFY(sameThread);

        {
            auto again = m_ws->admin();
            QVERIFY(again);
            UserService users(*again);
            QVERIFY(users.deactivate(QStringLiteral("wendy"), QStringLiteral("left the trial")).ok());
        }
        auto refused = wendyClone.value().open();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    }

    void userManagementIsAuditedWithReasons()
    {
        auto admin = m_ws->admin();
        UserService users(*admin);
        QVERIFY(users
                    .add(QStringLiteral("dave"), QStringLiteral("Dave"), Role::Monitor, QString(),
                         QByteArrayLiteral("dave's long password"))
                    .ok());
        QCOMPARE(users
                     .add(QStringLiteral("dave"), QStringLiteral("Dave"), Role::Monitor, QString(),
                          QByteArrayLiteral("dave's long password"))
                     .error()
                     .code,
                 ErrorCode::Conflict);
        QCOMPARE(users.changeRole(QStringLiteral("dave"), Role::Statistician, QString()).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(users.changeRole(QStringLiteral("dave"), Role::Statistician, QStringLiteral("new duties")).ok());
        AuditTrail::Filter filter;
        filter.action = QStringLiteral("user.role");
        const auto changes = AuditTrail::entries(admin->database(), filter).value();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().oldValue, std::optional<QString>(QStringLiteral("monitor")));
        QCOMPARE(changes.first().newValue, std::optional<QString>(QStringLiteral("statistician")));
        QCOMPARE(changes.first().reason, std::optional<QString>(QStringLiteral("new duties")));

        QVERIFY(users
                    .resetPassword(QStringLiteral("dave"), QByteArrayLiteral("dave's newer password"),
                                   QStringLiteral("forgotten"))
                    .ok());
        admin.reset();
        QVERIFY(!m_ws->login(QStringLiteral("dave"), QByteArrayLiteral("dave's long password")));
        auto dave = m_ws->login(QStringLiteral("dave"), QByteArrayLiteral("dave's newer password"));
        QVERIFY(dave);
        QCOMPARE(dave->role(), Role::Statistician);
        // After the reset, dave chooses his own password before anything else (tst_sessions).
        QVERIFY(UserService(*dave)
                    .changeOwnPassword(QByteArrayLiteral("dave's newer password"),
                                       QByteArrayLiteral("dave's newest password"))
                    .ok());
        // A statistician may not manage users: the service refuses, whatever the caller.
        QCOMPARE(UserService(*dave)
                     .add(QStringLiteral("eve"), QString(), Role::Administrator, QString(),
                          QByteArrayLiteral("eve's long password"))
                     .error()
                     .code,
                 ErrorCode::PermissionDenied);
        QCOMPARE(UserService(*dave).list().error().code, ErrorCode::PermissionDenied);
        dave.reset();
        QVERIFY(m_ws->login(QStringLiteral("dave"), QByteArrayLiteral("dave's newest password")));
    }

    void deactivatedUserCannotOpen()
    {
        auto admin = m_ws->admin();
        UserService users(*admin);
        QVERIFY(users
                    .add(QStringLiteral("frank"), QStringLiteral("Frank"), Role::Investigator, QString(),
                         QByteArrayLiteral("frank's long password"))
                    .ok());
        QCOMPARE(users.deactivate(QStringLiteral("frank"), QString()).error().code, ErrorCode::InvalidInput);
        QVERIFY(users.deactivate(QStringLiteral("frank"), QStringLiteral("left the study team")).ok());
        QVERIFY(!users.find(QStringLiteral("frank"))->active);
        QCOMPARE(users.deactivate(QStringLiteral("admin"), QStringLiteral("x")).error().code, ErrorCode::Conflict);
        admin.reset();
        auto refused = m_ws->open()->login(QStringLiteral("frank"), QByteArrayLiteral("frank's long password"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
    }

    void recoveryCodeOpensAndSetsANewPassword()
    {
        auto workspace = m_ws->open();
        QString typed = m_ws->recoveryCode().toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        auto recovered = workspace->recover(typed, QStringLiteral("admin"), QByteArrayLiteral("brand new admin pass"));
        QVERIFY2(recovered.ok(), recovered.ok() ? "" : qPrintable(recovered.error().message));
        QCOMPARE(recovered.value()->role(), Role::Administrator);
        recovered.value().reset();
        QVERIFY(!m_ws->login(QStringLiteral("admin"), TestWorkspace::kAdminPassword));
        auto admin = m_ws->login(QStringLiteral("admin"), QByteArrayLiteral("brand new admin pass"));
        QVERIFY(admin);
        AuditTrail::Filter filter;
        filter.action = QStringLiteral("recovery.use");
        QCOMPARE(AuditTrail::count(admin->database(), filter).value(), 1);
        // Put the usual password back for the other tests.
        QVERIFY(UserService(*admin)
                    .changeOwnPassword(QByteArrayLiteral("brand new admin pass"), TestWorkspace::kAdminPassword)
                    .ok());
        // The recovery code does not make anyone an administrator.
        QCOMPARE(m_ws->open()
                     ->recover(m_ws->recoveryCode(), QStringLiteral("carol"), QByteArrayLiteral("carol's new password"))
                     .error()
                     .code,
                 ErrorCode::PermissionDenied);
    }

    void corruptSlotGivesAClearErrorAndModifiesNothing()
    {
        const QString slot = QDir(m_ws->directory()).filePath(QStringLiteral("keys/user-carol.slot"));
        QFile file(slot);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(original.left(original.size() / 2));
        file.close();
        const QByteArray before = fileHash(slot);
        const QByteArray dbBefore = fileHash(QDir(m_ws->directory()).filePath(QStringLiteral("trial.db")));
        auto refused = m_ws->open()->login(QStringLiteral("carol"), QByteArrayLiteral("carol's long password"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Corrupt);
        QVERIFY(refused.error().message.contains(QStringLiteral("user-carol.slot")));
        QCOMPARE(fileHash(slot), before);
        QCOMPARE(fileHash(QDir(m_ws->directory()).filePath(QStringLiteral("trial.db"))), dbBefore);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(original);
        file.close();
        QVERIFY(m_ws->login(QStringLiteral("carol"), QByteArrayLiteral("carol's long password")));
    }

    void addingASiteExtendsTheStratifiedDesign()
    {
        auto admin = m_ws->admin();
        QVERIFY(admin);
        SiteService sites(*admin);
        QCOMPARE(sites.add({ QStringLiteral("bad code"), QStringLiteral("x"), QStringLiteral("x") }).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(sites
                    .add({ QStringLiteral("CHUM"), QStringLiteral("Centre hospitalier de l'Université de Montréal"),
                           QStringLiteral("University of Montreal Hospital Centre") })
                    .ok());
        auto design = DesignStore::current(admin->database());
        QVERIFY(design.ok());
        const int site = design->design.siteFactor();
        QCOMPARE(site, 0);
        QCOMPARE(design->design.factors.at(site).levels,
                 QStringList({ QStringLiteral("ICM"), QStringLiteral("CHUM") }));
        QCOMPARE(sites.list()->size(), 2);
        // A coordinator may not add sites.
        QVERIFY(UserService(*admin)
                    .add(QStringLiteral("gil"), QString(), Role::Coordinator, QString(),
                         QByteArrayLiteral("gil's long password"))
                    .ok());
        admin.reset();
        auto gil = m_ws->login(QStringLiteral("gil"), QByteArrayLiteral("gil's long password"));
        QCOMPARE(
            SiteService(*gil).add({ QStringLiteral("MUHC"), QStringLiteral("x"), QStringLiteral("y") }).error().code,
            ErrorCode::PermissionDenied);
    }

    void aDatabaseThatIsNotOursIsRefused()
    {
        TestWorkspace other;
        QVERIFY(other.ok());
        const QString db = QDir(other.directory()).filePath(QStringLiteral("trial.db"));
        QVERIFY(QFile::remove(db));
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), { db });
        sqlite.write("CREATE TABLE t (x); INSERT INTO t VALUES ('plain');\n");
        sqlite.closeWriteChannel();
        QVERIFY(sqlite.waitForFinished());
        const QByteArray before = fileHash(db);
        auto refused = other.open()->login(QStringLiteral("admin"), TestWorkspace::kAdminPassword);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Corrupt);
        QVERIFY2(refused.error().message.contains(QStringLiteral("not encrypted")),
                 qPrintable(refused.error().message));
        QCOMPARE(fileHash(db), before);
    }

    void migrationsRerunAndNewerSchemaIsRefused()
    {
        {
            auto admin = m_ws->admin();
            QVERIFY(Migrations::migrate(admin->database(), m_ws->clock()).ok());
            QCOMPARE(Migrations::currentVersion(admin->database()).value(), Migrations::latestVersion());
            auto count = exec(admin->database(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
            QVERIFY(count->next());
            QCOMPARE(count->value(0).toInt(), Migrations::latestVersion());
            QVERIFY(exec(admin->database(),
                         QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                        "VALUES (?, 'from the future', '2030-01-01T00:00:00.000Z')"),
                         { Migrations::latestVersion() + 1 })
                        .ok());
        }
        const QString db = QDir(m_ws->directory()).filePath(QStringLiteral("trial.db"));
        auto refused = m_ws->open()->login(QStringLiteral("admin"), TestWorkspace::kAdminPassword);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unsupported);
        QVERIFY(refused.error().message.contains(QString::number(Migrations::latestVersion() + 1)));
    }

    void bundledProtocolIsValid()
    {
        auto protocol = Protocol::bundledDefault();
        QVERIFY2(protocol.ok(), protocol.ok() ? "" : qPrintable(protocol.error().message));
        QCOMPARE(protocol->arms.size(), 2);
        QCOMPARE(protocol->arms.at(0).code, QStringLiteral("PP"));
        QCOMPARE(protocol->arms.at(1).code, QStringLiteral("UC"));
        QCOMPARE(protocol->blockMultiples, QList<int>({ 2, 3 }));
        QCOMPARE(protocol->factors.size(), 2);
        QVERIFY(protocol->factors.at(0).isSite);
        QCOMPARE(protocol->factors.at(1).levels.size(), 4);
        QCOMPARE(protocol->inclusion.size(), 4);
        QCOMPARE(protocol->exclusion.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceLifecycle)
#include "tst_workspace.moc"
