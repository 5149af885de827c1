#pragma once

#include "core/Result.h"
#include "core/audit/AuditRecord.h"
#include "core/security/ElectronicSignature.h"
#include "core/security/Permissions.h"
#include "core/security/SecretKey.h"
#include "core/server/ServerAddress.h"
#include "core/workspace/UserInfo.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

// Declared only: readers of this header need no Qt Sql (trialdesk_core links it privately).
class QSqlDatabase;

namespace trialdesk::core {

class Clock;
class Workspace;

// A signed-in user on an open trial database. Services take a TrialSession& and act as its user;
// they are the only code that runs SQL. Not thread-safe: a worker thread opens its own session
// connection with cloneForThread().
class TrialSession
{
public:
    // What a worker thread needs to open a session of the same user on a connection of its own (a
    // Qt SQL connection belongs to the thread that opened it): made by cloneForThread() in the
    // session's thread, opened with open() in the worker. It carries a copy of the database key in
    // locked memory, wiped with it, so that no other code handles the key.
    class ThreadClone
    {
    public:
        ThreadClone(ThreadClone &&) = default;
        // Opens the connection in the calling thread and reads the user again (refused if the
        // account was deactivated since). The session closes its connection when destroyed, which
        // must happen in the same thread.
        Result<std::unique_ptr<TrialSession>> open() const;

    private:
        friend class TrialSession;
        ThreadClone(QString databasePath, SecretKey key, const Clock &clock, QString workspaceDirectory,
                    QString username);

        QString m_databasePath;
        std::optional<ServerAddress> m_server; // a trial server's session: m_key holds the password
        SecretKey m_key;
        const Clock *m_clock;
        QString m_workspaceDirectory;
        QString m_username;
    };

    ~TrialSession();
    TrialSession(const TrialSession &) = delete;
    TrialSession &operator=(const TrialSession &) = delete;

    // The account as read at sign-in, and again by every require(), sign() and verifyPassword().
    const UserInfo &user() const { return m_user; }
    Role role() const { return m_user.role; }
    bool can(Action action) const { return Permissions::allows(m_user.role, action); }
    // Reads the account again (one read by primary key), so a deactivation, a role change or a
    // password reset made in another session applies from this session's next action; then refuses
    // a deactivated account (PermissionDenied), everything but PasswordChangeOwn while the password
    // must be changed (PasswordChangeRequired), and an action the role may not do
    // (PermissionDenied, naming the action and the role). Services call it before touching data.
    Status require(Action action) const;
    // The same with one read of the account for several actions; refuses at the first action the
    // role may not do (Write::begin() uses it).
    Status require(std::initializer_list<Action> actions) const;

    QString trialName() const { return m_trialName; }
    // On a trial server (PostgreSQL), signed in with the user's own server role; otherwise a local
    // encrypted workspace. Services that differ (accounts, keys, backups, randomization) ask.
    bool isServer() const { return m_server.has_value(); }
    // On a trial server: whether the session's connection is gone (libpq's state; the server
    // stopped, the network failed). Always false for a local workspace.
    bool connectionLost() const;
    // On a trial server, after a lost connection (ErrorCode::ConnectionLost or CommitUnconfirmed):
    // opens the session's connection again as the same user, with the password the session holds
    // (as worker threads' connections do). Nothing to do while the connection is alive. Fails with
    // ConnectionLost while the server does not let the user in (down, unreachable, or the password
    // changed meanwhile); Unsupported on a local workspace. Blocks up to the connection timeout:
    // call it once the server answers (ServerAddress::acceptsConnections, from a worker thread).
    Status reconnect();
    // The trial server of this session; none for a local workspace.
    const std::optional<ServerAddress> &server() const { return m_server; }
    bool isDemo() const { return m_demo; }
    QString workspaceDirectory() const { return m_workspaceDirectory; }
    // True after an administrator reset the password, until the user chooses their own.
    bool mustChangePassword() const { return m_mustChangePassword; }

    // Why the password is typed again during a session; named in the audit trail when it is wrong.
    enum class Reauthentication { Unlock, Signature, PasswordChange, KeyRotation };

    // Checks the user's password again, without changing the session: the idle lock, password
    // changes and key rotation use it. The account is read again first (a deactivated account is
    // refused); then the password must open the user's own key slot and that slot must hold this
    // session's database key (compared in constant time). Refusals go through the login guard like
    // a sign-in: counted towards the lockout, audited at once, refused while locked out.
    Status verifyPassword(const QByteArray &password, Reauthentication purpose = Reauthentication::Unlock);

    // An electronic signature (21 CFR Part 11 §11.50, §11.200): the password checked as by
    // verifyPassword(), refused while the password must be changed. The caller records the returned
    // signature in the transaction of the record it signs (audit(signature.auditRecord(...))).
    Result<ElectronicSignature> sign(const QByteArray &password, SignatureMeaning meaning);

    // Minutes of inactivity before the GUI locks itself (setting "idle_lock_minutes", default 10).
    int idleLockMinutes() const;

    // For services.
    QSqlDatabase &database() { return *m_db; }
    const Clock &clock() const { return m_clock; }
    // Appends an audit entry as this user; call inside the service's transaction.
    Status audit(const AuditRecord &record);
    // The database key, in locked memory for the session's life: key-management services use it to
    // write key slots. Nothing else may read it (a worker thread uses cloneForThread()). A trial
    // server's session has none (isServer()): key services refuse before asking.
    const SecretKey &databaseKey() const { return m_key; }

    // A key rotation interrupted by a crash is finished when its administrator signs in again, under a
    // new recovery code (the one the rotation made was never shown). The caller shows it once, with the
    // users who need a new password, then calls KeyService::confirmRecoveryCodeShown(). Empty code:
    // nothing to show.
    struct FinishedRotation
    {
        QString recoveryCode;
        QStringList resetUsers;
    };
    FinishedRotation takeFinishedRotation() { return std::exchange(m_finishedRotation, {}); }

    // For a worker thread: see ThreadClone.
    Result<ThreadClone> cloneForThread() const;

private:
    // Not friends between services: Workspace makes sessions (sign-in, recovery) and KeyService
    // rekeys the database, after which the session must hold the new key (replaceDatabaseKey()).
    // Both are the session's own life cycle, which no other code may drive.
    friend class Workspace;
    friend class KeyService;
    // On a trial server the session holds the user's password for worker threads' connections:
    // UserService replaces it when the user changes it.
    friend class UserService;
    void replaceDatabaseKey(SecretKey key) { m_key = std::move(key); }
    TrialSession(QSqlDatabase db, SecretKey key, const Clock &clock, QString workspaceDirectory);
    // Opens a connection of its own to the database at databasePath with key (the session keeps a
    // copy in locked memory); the user is not read yet. Sign-in and thread clones both start here.
    static Result<std::unique_ptr<TrialSession>> connect(const QString &databasePath, const SecretKey &key,
                                                         const Clock &clock, const QString &workspaceDirectory);
    // Opens a connection to a trial server as `username` with `password` (kept in locked memory for
    // worker threads' connections); the user is not read yet.
    static Result<std::unique_ptr<TrialSession>> connectServer(const ServerAddress &server, const QString &username,
                                                               const QByteArray &password, const Clock &clock,
                                                               const QString &workspaceDirectory);
    // Reads the account and the trial; refuses an unknown or deactivated account.
    Status loadUser(const QString &username);
    // Reads the account (by user name at sign-in, by id afterwards) into m_user; refuses an unknown
    // or deactivated one.
    Status readAccount(const QString &username) const;
    // The password check behind verifyPassword() and sign(), after the account was read.
    Status checkPassword(const QByteArray &password, Reauthentication purpose);

    std::unique_ptr<QSqlDatabase> m_db; // out of the header: readers of TrialSession.h need no Qt Sql
    // The database key; on a trial server, the user's password (to open worker threads' connections).
    SecretKey m_key;
    std::optional<ServerAddress> m_server;
    QString m_connectionName;
    // Read again by require(), which is const for its callers.
    mutable UserInfo m_user;
    const Clock &m_clock;
    QString m_workspaceDirectory;
    QString m_trialName;
    bool m_demo = false;
    mutable bool m_mustChangePassword = false;
    FinishedRotation m_finishedRotation;
};

} // namespace trialdesk::core
