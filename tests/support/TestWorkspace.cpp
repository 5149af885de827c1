#include "tests/support/TestWorkspace.h"

#include "core/services/UserService.h"
#include "tests/support/PgCluster.h"

#include <QTimeZone>
#include <QtTest>

namespace trialdesk::test {

QDateTime TestWorkspace::defaultStart()
{
    return QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc());
}

namespace {
std::unique_ptr<PgCluster> &clusterSlot()
{
    static std::unique_ptr<PgCluster> cluster;
    return cluster;
}

QString nextDatabaseName()
{
    static int counter = 0;
    return QStringLiteral("trial_%1").arg(++counter);
}
} // namespace

bool TestWorkspace::onServer()
{
    return qEnvironmentVariable("TRIALDESK_TEST_BACKEND") == QLatin1String("postgresql");
}

PgCluster &TestWorkspace::sharedCluster()
{
    std::unique_ptr<PgCluster> &cluster = clusterSlot();
    if (!cluster) {
        // The server's clock follows each workspace's manual clock: what the server records itself
        // (randomizations, audit entries) bears the test's dates, as on a local workspace.
        cluster = std::make_unique<PgCluster>(PgCluster::Options { .followTestClock = true });
        // Stopped with the application object, while Qt can still run pg_ctl.
        qAddPostRoutine([] { clusterSlot().reset(); });
    }
    return *cluster;
}

TestWorkspace::TestWorkspace(const QDateTime &start, const QString &trialName)
    : m_clock(start)
{
    if (onServer()) {
        setUpOnServer(sharedCluster(), nextDatabaseName(), trialName);
        return;
    }
    core::NewTrial trial;
    trial.directory = directory();
    trial.trialName = trialName;
    trial.adminUsername = QStringLiteral("admin");
    trial.adminDisplayName = QStringLiteral("Ada Admin");
    trial.adminPassword = kAdminPassword;
    auto created = core::Workspace::create(trial, m_clock);
    m_created = created.ok();
    if (created)
        m_recoveryCode = created.value();
    else
        m_error = created.error().message;
}

TestWorkspace::TestWorkspace(PgCluster &cluster, const QString &database, const QDateTime &start,
                             const QString &trialName)
    : m_clock(start)
{
    setUpOnServer(cluster, database, trialName);
}

void TestWorkspace::setUpOnServer(PgCluster &cluster, const QString &database, const QString &trialName)
{
    if (!cluster.ok() || !cluster.psql(QStringLiteral("CREATE DATABASE %1").arg(database))) {
        m_error = cluster.error();
        return;
    }
    if (cluster.followsTestClock()) {
        cluster.setServerTime(m_clock.nowUtc());
        m_clock.onChange([&cluster](const QDateTime &utc) { cluster.setServerTime(utc); });
    }
    core::NewServerTrial trial;
    trial.conninfo = cluster.conninfo(PgCluster::kOwner, database);
    trial.ownerRole = PgCluster::kOwner;
    trial.ownerPassword = PgCluster::kOwnerPassword;
    trial.trialName = trialName;
    trial.adminUsername = QStringLiteral("admin");
    trial.adminDisplayName = QStringLiteral("Ada Admin");
    trial.adminPassword = kAdminPassword;
    core::Status made = core::Workspace::createOnServer(trial, m_clock);
    if (made)
        made = core::Workspace::connectToServer(directory(), trial.conninfo, m_clock);
    m_created = made.ok();
    if (!made)
        m_error = made.error().message;
}

std::unique_ptr<core::Workspace> TestWorkspace::open()
{
    auto workspace = core::Workspace::open(directory(), m_clock);
    if (!workspace) {
        qWarning("open: %s", qPrintable(workspace.error().message));
        return nullptr;
    }
    return std::move(workspace.value());
}

core::Workspace *TestWorkspace::workspace()
{
    if (!m_workspace)
        m_workspace = open();
    return m_workspace.get();
}

std::unique_ptr<core::TrialSession> TestWorkspace::login(const QString &user, const QByteArray &password)
{
    auto workspace = open();
    if (!workspace)
        return nullptr;
    auto session = workspace->login(user, password);
    if (!session) {
        qWarning("login %s: %s", qPrintable(user), qPrintable(session.error().message));
        return nullptr;
    }
    return std::move(session.value());
}

core::Status TestWorkspace::addUser(const QString &user, core::Role role, const QString &site,
                                    const QByteArray &password, const QString &displayName)
{
    auto administrator = admin();
    if (!administrator)
        return core::Error { core::ErrorCode::InvalidInput, QStringLiteral("the administrator could not sign in") };
    return core::UserService(*administrator)
        .add(user, displayName.isEmpty() ? user : displayName, role, site, password);
}

std::unique_ptr<core::TrialSession> TestWorkspace::addUserAndSignIn(const QString &user, core::Role role,
                                                                    const QString &site, const QString &displayName)
{
    const core::Status added = addUser(user, role, site, kUserPassword, displayName);
    if (!added) {
        qWarning("add user %s: %s", qPrintable(user), qPrintable(added.error().message));
        return nullptr;
    }
    return signIn(user);
}

TestWorkspace::Team TestWorkspace::team(std::initializer_list<core::Role> roles)
{
    Team team;
    team.admin = admin();
    team.ok = team.admin != nullptr;
    for (core::Role role : roles) {
        std::unique_ptr<core::TrialSession> *member = nullptr;
        QString name;
        switch (role) {
        case core::Role::Coordinator:
            member = &team.coordinator;
            name = QStringLiteral("coord");
            break;
        case core::Role::Investigator:
            member = &team.investigator;
            name = QStringLiteral("inv");
            break;
        case core::Role::OutcomeAssessor:
            member = &team.assessor;
            name = QStringLiteral("assessor");
            break;
        case core::Role::Statistician:
            member = &team.statistician;
            name = QStringLiteral("stat");
            break;
        case core::Role::Monitor:
            member = &team.monitor;
            name = QStringLiteral("monitor");
            break;
        case core::Role::Administrator:
            continue; // always signed in
        }
        *member = addUserAndSignIn(name, role);
        team.ok = team.ok && *member;
    }
    return team;
}

} // namespace trialdesk::test
