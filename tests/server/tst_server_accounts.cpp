// A trial's accounts on a PostgreSQL server (core/server/users.sql, core/server/ServerAccounts), on
// a real PostgreSQL 15 started by the test: each user is a SCRAM login role in the trial's group
// role for their role; the database owner adds the first administrator, then only administrators
// manage accounts, whatever the client tries; passwords never reach the server or its log; a
// deactivated user's open session ends and they cannot connect again; every change is audited by
// the server under the caller's login role.
#include "core/audit/AuditTrail.h"
#include "core/schema/Migrations.h"
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

const QByteArray kAlicePassword = "Alice's server password 1";
const QByteArray kBobPassword = "Bob's first password 22";
const QByteArray kBobNewPassword = "Bob's reset password 333";

} // namespace

class TestServerAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theTrialHasItsGroupRoles();
    void theOwnerAddsTheFirstAdministrator();
    void anAdministratorAddsACoordinator();
    void passwordsNeverReachTheServer();
    void onlyAdministratorsManageAccounts();
    void changeRoleMovesTheUserToAnotherGroup();
    void resetPasswordReplacesTheOldOne();
    void deactivationEndsTheSessionAndTheAccess();
    void everyChangeIsAuditedByTheServer();
    void cleanupTestCase();

private:
    // A connection as `user`, named `name` (the user's name by default), replacing any before it.
    QSqlDatabase connectAs(const QString &user, const QByteArray &password, const QString &name = {})
    {
        const QString connection = name.isEmpty() ? user : name;
        if (QSqlDatabase::contains(connection))
            QSqlDatabase::removeDatabase(connection);
        return m_cluster->connect(connection, user, password, QStringLiteral("pilot"));
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(m_owner);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

    std::unique_ptr<PgCluster> m_cluster;
    QSqlDatabase m_owner;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::utc()) };
};

void TestServerAccounts::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    // Every statement the server runs goes to its log, to look for passwords there.
    QVERIFY2(m_cluster->psql(QStringLiteral("ALTER SYSTEM SET log_statement = 'all'")), qPrintable(m_cluster->error()));
    QVERIFY2(m_cluster->psql(QStringLiteral("SELECT pg_reload_conf()")), qPrintable(m_cluster->error()));
    m_owner = m_cluster->createDatabase(QStringLiteral("pilot"), QStringLiteral("owner"));
    QVERIFY2(m_owner.isOpen(), qPrintable(m_cluster->error()));
    const Status migrated = Migrations::migrate(m_owner, m_clock);
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
    QSqlQuery site(m_owner);
    QVERIFY2(site.exec(QStringLiteral("INSERT INTO sites (code, name_fr, name_en, time_zone, created_at) VALUES "
                                      "('ICM', 'Institut de cardiologie', 'Heart Institute', 'America/Toronto', "
                                      "'2026-12-05T09:00:00.000Z')")),
             qPrintable(site.lastError().text()));
}

void TestServerAccounts::theTrialHasItsGroupRoles()
{
    for (const Role role : allRoles()) {
        const QString group
            = QStringLiteral("trialdesk_pilot_") + roleCode(role).replace(QLatin1Char('-'), QLatin1Char('_'));
        QCOMPARE(scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(group)),
                 QVariant(false));
    }
    // PUBLIC may not connect to the trial's database: only its groups (and the owner) may.
    QCOMPARE(scalar(QStringLiteral("SELECT has_database_privilege('public', 'pilot', 'CONNECT')")), QVariant(false));
}

void TestServerAccounts::theOwnerAddsTheFirstAdministrator()
{
    const Status added = ServerAccounts::add(m_owner, QStringLiteral("alice"), QStringLiteral("Alice Roy"),
                                             Role::Administrator, {}, kAlicePassword);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'alice'")),
             QVariant(true));
    QCOMPARE(scalar(QStringLiteral("SELECT pg_has_role('alice', 'trialdesk_pilot_administrator', 'MEMBER')")),
             QVariant(true));
    QCOMPARE(scalar(QStringLiteral("SELECT display_name || '/' || role || '/' || active FROM users "
                                   "WHERE username = 'alice'")),
             QVariant(QStringLiteral("Alice Roy/administrator/1")));
    // Twice is refused, by the server.
    const Status again = ServerAccounts::add(m_owner, QStringLiteral("alice"), {}, Role::Monitor, {}, kAlicePassword);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
}

void TestServerAccounts::anAdministratorAddsACoordinator()
{
    QSqlDatabase alice = connectAs(QStringLiteral("alice"), kAlicePassword);
    QVERIFY2(alice.isOpen(), qPrintable(alice.lastError().text()));
    const Status added = ServerAccounts::add(alice, QStringLiteral("bob"), QStringLiteral("Bob Martin"),
                                             Role::Coordinator, QStringLiteral("ICM"), kBobPassword);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    // Unknown site, weak password, bad name: refused, nothing created.
    const Status unknownSite = ServerAccounts::add(alice, QStringLiteral("carl"), {}, Role::Coordinator,
                                                   QStringLiteral("NOPE"), kBobPassword);
    QCOMPARE(unknownSite.error().code, ErrorCode::NotFound);
    QCOMPARE(ServerAccounts::add(alice, QStringLiteral("carl"), {}, Role::Monitor, {}, "short").error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(ServerAccounts::add(alice, QStringLiteral("Carl!"), {}, Role::Monitor, {}, kBobPassword).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'carl'")).toInt(), 0);

    QSqlDatabase bob = connectAs(QStringLiteral("bob"), kBobPassword);
    QVERIFY2(bob.isOpen(), qPrintable(bob.lastError().text()));
    QSqlQuery query(bob);
    QVERIFY(query.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && query.next());
    QVERIFY(query.value(0).toBool());
}

void TestServerAccounts::passwordsNeverReachTheServer()
{
    const QByteArray log = m_cluster->serverLog();
    QVERIFY2(log.contains("trialdesk.user_add"), "the server logs every statement in this test");
    for (const QByteArray &password : { kAlicePassword, kBobPassword })
        QVERIFY(!log.contains(password));
}

void TestServerAccounts::onlyAdministratorsManageAccounts()
{
    QSqlDatabase bob = connectAs(QStringLiteral("bob"), kBobPassword);
    QVERIFY(bob.isOpen());
    const Status added = ServerAccounts::add(bob, QStringLiteral("mallory"), {}, Role::Administrator, {}, kBobPassword);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(ServerAccounts::changeRole(bob, QStringLiteral("bob"), Role::Administrator, QStringLiteral("promotion"))
                 .error()
                 .code,
             ErrorCode::PermissionDenied);
    // Nor around the functions: no role creation, no group membership, no write to the users table.
    QSqlQuery attempt(bob);
    for (const QString &sql : { QStringLiteral("CREATE ROLE mallory LOGIN PASSWORD 'x'"),
                                QStringLiteral("GRANT trialdesk_pilot_administrator TO bob"),
                                QStringLiteral("UPDATE users SET role = 'administrator' WHERE username = 'bob'"),
                                QStringLiteral("SELECT trialdesk.require_administrator()") }) {
        QVERIFY2(!attempt.exec(sql), qPrintable(sql));
        QVERIFY2(attempt.lastError().nativeErrorCode() == QLatin1String("42501"), // insufficient_privilege
                 qPrintable(attempt.lastError().text()));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'mallory'")).toInt(), 0);
}

void TestServerAccounts::changeRoleMovesTheUserToAnotherGroup()
{
    QSqlDatabase alice = connectAs(QStringLiteral("alice"), kAlicePassword);
    QVERIFY(!ServerAccounts::changeRole(alice, QStringLiteral("bob"), Role::Monitor, QStringLiteral(" ")).ok());
    const Status changed = ServerAccounts::changeRole(alice, QStringLiteral("bob"), Role::Monitor,
                                                      QStringLiteral("Now reviews the data"));
    QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT pg_has_role('bob', 'trialdesk_pilot_monitor', 'MEMBER')")), QVariant(true));
    QCOMPARE(scalar(QStringLiteral("SELECT pg_has_role('bob', 'trialdesk_pilot_coordinator', 'MEMBER')")),
             QVariant(false));
    QCOMPARE(scalar(QStringLiteral("SELECT role FROM users WHERE username = 'bob'")),
             QVariant(QStringLiteral("monitor")));
    const Status self = ServerAccounts::changeRole(alice, QStringLiteral("alice"), Role::Monitor, QStringLiteral("x"));
    QCOMPARE(self.error().code, ErrorCode::InvalidInput);
}

void TestServerAccounts::resetPasswordReplacesTheOldOne()
{
    QSqlDatabase alice = connectAs(QStringLiteral("alice"), kAlicePassword);
    const Status reset
        = ServerAccounts::resetPassword(alice, QStringLiteral("bob"), kBobNewPassword, QStringLiteral("Forgot it"));
    QVERIFY2(reset.ok(), reset.ok() ? "" : qPrintable(reset.error().message));
    QVERIFY(!connectAs(QStringLiteral("bob"), kBobPassword).isOpen());
    QVERIFY(connectAs(QStringLiteral("bob"), kBobNewPassword).isOpen());
    QCOMPARE(scalar(QStringLiteral("SELECT must_change_password FROM users WHERE username = 'bob'")).toInt(), 1);
    QVERIFY(!m_cluster->serverLog().contains(kBobNewPassword));
}

void TestServerAccounts::deactivationEndsTheSessionAndTheAccess()
{
    QSqlDatabase bob = connectAs(QStringLiteral("bob"), kBobNewPassword);
    QVERIFY(bob.isOpen());
    QSqlDatabase alice = connectAs(QStringLiteral("alice"), kAlicePassword);
    QCOMPARE(ServerAccounts::deactivate(alice, QStringLiteral("alice"), QStringLiteral("leaving")).error().code,
             ErrorCode::InvalidInput);
    const Status deactivated
        = ServerAccounts::deactivate(alice, QStringLiteral("bob"), QStringLiteral("Left the study team"));
    QVERIFY2(deactivated.ok(), deactivated.ok() ? "" : qPrintable(deactivated.error().message));
    // Bob's open session is over.
    QSqlQuery query(bob);
    QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
    // And he cannot come back, even with the right password.
    QSqlDatabase again = connectAs(QStringLiteral("bob"), kBobNewPassword, QStringLiteral("bob-again"));
    QVERIFY(!again.isOpen());
    QVERIFY2(again.lastError().text().contains(QStringLiteral("permission denied for database")),
             qPrintable(again.lastError().text()));
    QCOMPARE(scalar(QStringLiteral("SELECT active FROM users WHERE username = 'bob'")).toInt(), 0);
    QCOMPARE(ServerAccounts::deactivate(alice, QStringLiteral("bob"), QStringLiteral("again")).error().code,
             ErrorCode::InvalidInput);
}

void TestServerAccounts::everyChangeIsAuditedByTheServer()
{
    AuditTrail::Filter users;
    users.entity = QStringLiteral("user");
    const auto entries = AuditTrail::entries(m_owner, users);
    QVERIFY(entries.ok());
    QStringList seen;
    for (const AuditEntry &entry : *entries)
        seen.append(QStringLiteral("%1 %2 %3 %4").arg(entry.username, entry.action, entry.entityId, entry.field));
    const QStringList expected = {
        QStringLiteral("trialdesk_owner user.add alice role"),
        QStringLiteral("trialdesk_owner user.add alice display_name"),
        QStringLiteral("trialdesk_owner user.add alice site_code"),
        QStringLiteral("alice user.add bob role"),
        QStringLiteral("alice user.add bob display_name"),
        QStringLiteral("alice user.add bob site_code"),
        QStringLiteral("alice user.role bob role"),
        QStringLiteral("alice user.password-reset bob password"),
        QStringLiteral("alice user.deactivate bob active"),
    };
    QCOMPARE(seen, expected);
    QCOMPARE(entries->last().reason, std::optional<QString>(QStringLiteral("Left the study team")));
    const AuditTrail::Verification verified = AuditTrail::verify(m_owner);
    QVERIFY2(verified.ok, qPrintable(verified.problem));
}

void TestServerAccounts::cleanupTestCase()
{
    m_owner = QSqlDatabase();
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"
