#pragma once

#include "core/Result.h"
#include "core/server/ServerAddress.h"
#include "core/workspace/Site.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace trialdesk::core {

class Clock;
class LoginGuard;
class SecretKey;
class TrialSession;

// What it takes to create a trial workspace.
struct NewTrial
{
    QString directory; // created if missing; must be empty
    QString trialName;
    QString adminUsername;
    QString adminDisplayName;
    QByteArray adminPassword; // UTF-8; wiped by the caller
    QString protocolFile; // empty: the bundled default protocol
    QList<Site> sites; // empty: the protocol's sites
    bool demo = false; // the window title says DEMO
};

// What it takes to set up a trial on a PostgreSQL server (trialdesk-cli server init): the database
// exists and its owner (with CREATEROLE) signs in once; the owner's password is not kept.
struct NewServerTrial
{
    QString conninfo; // ServerAddress::parse
    QString ownerRole;
    QByteArray ownerPassword; // wiped by the caller
    QString trialName;
    QString adminUsername;
    QString adminDisplayName;
    QByteArray adminPassword; // wiped by the caller
    QString protocolFile; // empty: the bundled default protocol
    bool demo = false;
};

// Login policy, kept beside the database in workspace.json (it must be known before the key is).
struct LoginPolicy
{
    int maxFailures = 5;
    int lockoutMinutes = 15;
};

// A trial workspace: one folder holding the encrypted database (trial.db), the key slots (keys/),
// backups (backups/) and workspace.json (format, version, login policy; no secret, no trial data).
// Or, connected to a trial server, only workspace.json naming the server (ServerAddress: no user,
// no password); the trial lives on the server and each user signs in with their own server role.
class Workspace
{
public:
    static constexpr int kFormatVersion = 1;

    // Creates the folder, the database key, the administrator's slot and the recovery slot, the
    // schema, the protocol and the sites, all audited. Returns the recovery code, to be shown once.
    // On any error nothing is left behind.
    static Result<QString> create(const NewTrial &trial, const Clock &clock);

    // Creates the schema, the group roles, the policies and the server's functions in the server's
    // database (which must hold no trial yet), then the trial, its protocol, sites and initial design,
    // and the first administrator's login role, in one transaction, as the database's owner.
    static Status createOnServer(const NewServerTrial &trial, const Clock &clock);
    // Brings a trial server's schema up to this program's (as its owner); nothing to do when it is.
    // Returns the schema version it was at.
    static Result<int> upgradeServer(const QString &conninfo, const QString &ownerRole, const QByteArray &ownerPassword,
                                     const Clock &clock);
    // Makes `directory` (new or empty) a workspace of the trial on the server `conninfo`.
    static Status connectToServer(const QString &directory, const QString &conninfo, const Clock &clock);

    // Checks the folder is a TrialDesk workspace this program can read (without any key).
    static Result<std::unique_ptr<Workspace>> open(const QString &directory, const Clock &clock);

    // Replaces the login policy in the workspace's workspace.json (atomically). Services call it
    // (SettingsService::setLoginPolicy), audited there.
    static Status writeLoginPolicy(const QString &directory, const LoginPolicy &policy);

    // True if the folder looks like a workspace (workspace.json present).
    static bool exists(const QString &directory);

    QString directory() const { return m_directory; }
    // The trial server this workspace connects to; none for a local workspace.
    const std::optional<ServerAddress> &server() const { return m_server; }
    QString databasePath() const;
    QString keysDirectory() const;
    QString backupsDirectory() const;
    LoginPolicy loginPolicy() const { return m_policy; }
    const Clock &clock() const { return m_clock; }

    // Signs a user in: opens the user's key slot with the password (keys/, or the slot staged in
    // keys.next/ by an interrupted key rotation), opens the database, checks the account is active,
    // applies pending schema migrations; for an administrator, finishes an interrupted key rotation
    // (TrialSession::takeFinishedRotation then holds a new recovery code to show once). Failures count towards the
    // lockout; failed logins and lockouts are audited (at the next successful login when the database cannot be
    // opened). The password is not kept.
    Result<std::unique_ptr<TrialSession>> login(const QString &username, const QByteArray &password);

    // Opens the database with the recovery code, as the given active administrator, and sets that
    // administrator's new password (a new key slot). Audited. Finishes an interrupted key rotation as
    // login does.
    Result<std::unique_ptr<TrialSession>> recover(const QString &recoveryCode, const QString &adminUsername,
                                                  const QByteArray &newPassword);

    // Seconds until the user may try again, 0 when not locked out.
    qint64 lockoutRemainingSeconds(const QString &username) const;

private:
    Workspace(QString directory, LoginPolicy policy, const Clock &clock);
    Result<std::unique_ptr<TrialSession>> openSession(const QString &username, const SecretKey &key, LoginGuard &guard);
    Result<std::unique_ptr<TrialSession>> loginToServer(const QString &username, const QByteArray &password,
                                                        LoginGuard &guard);
    // Reads the account, moves the login guard's pending events into the audit trail and audits the
    // login, in one transaction.
    Result<std::unique_ptr<TrialSession>> signIn(std::unique_ptr<TrialSession> session, const QString &username,
                                                 LoginGuard &guard);
    // keys.next/: the slots staged by a key rotation (KeyService).
    QString stagingDirectory() const;
    // Whether a failure to open with a slot of keys/ may be overcome with the slot staged in keys.next/.
    static bool mayTryStaged(const Error &error);
    // For an administrator: finishes a rotation interrupted after its rekey (KeyService), keeping the new
    // recovery code in the session for the caller to show (TrialSession::takeFinishedRotation).
    Status finishInterruptedRotation(TrialSession &session);

    QString m_directory;
    LoginPolicy m_policy;
    const Clock &m_clock;
    std::optional<ServerAddress> m_server;
};

} // namespace trialdesk::core
