#pragma once

#include "core/Result.h"
#include "core/security/Permissions.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "tests/support/TestPasswords.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <initializer_list>
#include <memory>

namespace trialdesk::test {

class PgCluster;

// A trial workspace in a temporary folder, created through the real Workspace::create, with a
// manual clock so lockouts and timestamps are deterministic. Its administrator is "admin" with
// kAdminPassword; users added through addUser() have kUserPassword unless told otherwise.
class TestWorkspace
{
public:
    static inline const QByteArray kAdminPassword = test::kAdminPassword;

    // The trial starts at `start` (UTC): 26 November 2026, 09:00 unless told otherwise. With the
    // environment variable TRIALDESK_TEST_BACKEND=postgresql (the CTest entries labelled
    // "postgresql" of the suites that run on both backends) the trial is set up on a trial server
    // instead: one throwaway PostgreSQL per test process (sharedCluster()), a new database per
    // workspace; that server's clock follows the workspace's manual clock (PgCluster's
    // followTestClock), so what it records itself bears the test's dates.
    explicit TestWorkspace(const QDateTime &start = defaultStart(),
                           const QString &trialName = QStringLiteral("Test trial"));
    // Whether this process's workspaces are on a trial server (TRIALDESK_TEST_BACKEND=postgresql).
    static bool onServer();
    // The process's PostgreSQL for those workspaces, started on first use and stopped when the
    // application object is destroyed.
    static PgCluster &sharedCluster();

    // The same trial on a trial server: a new database `database` of `cluster`, set up through the
    // real Workspace::createOnServer as the cluster's owner, and the workspace folder connected to it
    // (Workspace::connectToServer). The server keeps its own clock for what it records itself
    // (audit entries, randomizations); the manual clock drives everything else.
    TestWorkspace(PgCluster &cluster, const QString &database, const QDateTime &start = defaultStart(),
                  const QString &trialName = QStringLiteral("Test trial"));

    static QDateTime defaultStart();

    bool ok() const { return m_created; }
    QString error() const { return m_error; }
    QString directory() const { return m_dir.path() + QStringLiteral("/trial"); }
    // A path in the temporary folder, beside the workspace (for exports, backups, copies).
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString recoveryCode() const { return m_recoveryCode; }
    core::ManualClock &clock() { return m_clock; }
    QDate today() const { return m_clock.nowUtc().date(); }

    std::unique_ptr<core::Workspace> open();
    // One workspace object kept open for the test's life (for dialogs and lockout checks that need
    // the same Workspace); null when it cannot be opened.
    core::Workspace *workspace();
    // Signs in; on error, warns with the reason and returns null (callers QVERIFY the pointer).
    std::unique_ptr<core::TrialSession> login(const QString &user, const QByteArray &password);
    std::unique_ptr<core::TrialSession> admin() { return login(QStringLiteral("admin"), kAdminPassword); }
    std::unique_ptr<core::TrialSession> signIn(const QString &user, const QByteArray &password = kUserPassword)
    {
        return login(user, password);
    }

    // Adds an account through the administrator (UserService); the display name is the user name
    // unless given.
    core::Status addUser(const QString &user, core::Role role, const QString &site = {},
                         const QByteArray &password = kUserPassword, const QString &displayName = {});
    // addUser() then signIn(): null (with a warning) when either fails.
    std::unique_ptr<core::TrialSession> addUserAndSignIn(const QString &user, core::Role role, const QString &site = {},
                                                         const QString &displayName = {});

    // The signed-in users most tests start from: the administrator and one user (every site) per
    // role asked for, named "coord", "inv", "assessor", "stat" and "monitor". Members of roles not
    // asked for stay null; ok says whether everyone asked for signed in.
    struct Team
    {
        std::unique_ptr<core::TrialSession> admin;
        std::unique_ptr<core::TrialSession> coordinator;
        std::unique_ptr<core::TrialSession> investigator;
        std::unique_ptr<core::TrialSession> assessor;
        std::unique_ptr<core::TrialSession> statistician;
        std::unique_ptr<core::TrialSession> monitor;
        bool ok = false;
    };
    Team team(std::initializer_list<core::Role> roles);

private:
    void setUpOnServer(PgCluster &cluster, const QString &database, const QString &trialName);

    QTemporaryDir m_dir;
    core::ManualClock m_clock;
    bool m_created = false;
    QString m_error;
    QString m_recoveryCode;
    std::unique_ptr<core::Workspace> m_workspace;
};

} // namespace trialdesk::test
