#include "core/workspace/TrialSession.h"

#include "core/audit/AuditTrail.h"
#include "core/security/KeySlotStore.h"
#include "core/server/ServerRefusal.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/workspace/LoginGuard.h"
#include "core/workspace/Workspace.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <optional>

namespace trialdesk::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::TrialSession)
};
} // namespace

TrialSession::TrialSession(QSqlDatabase db, SecretKey key, const Clock &clock, QString workspaceDirectory)
    : m_db(std::make_unique<QSqlDatabase>(std::move(db)))
    , m_key(std::move(key))
    , m_connectionName(m_db->connectionName())
    , m_clock(clock)
    , m_workspaceDirectory(std::move(workspaceDirectory))
{
}

TrialSession::ThreadClone::ThreadClone(QString databasePath, SecretKey key, const Clock &clock,
                                       QString workspaceDirectory, QString username)
    : m_databasePath(std::move(databasePath))
    , m_key(std::move(key))
    , m_clock(&clock)
    , m_workspaceDirectory(std::move(workspaceDirectory))
    , m_username(std::move(username))
{
}

Result<TrialSession::ThreadClone> TrialSession::cloneForThread() const
{
    QByteArray raw = m_key.toByteArray();
    auto key = SecretKey::holding(raw);
    sodium_memzero(raw.data(), size_t(raw.size()));
    if (!key)
        return key.error();
    ThreadClone clone(m_db->databaseName(), std::move(key).value(), m_clock, m_workspaceDirectory, m_user.username);
    clone.m_server = m_server;
    return clone;
}

Result<std::unique_ptr<TrialSession>> TrialSession::connectServer(const ServerAddress &server, const QString &username,
                                                                  const QByteArray &password, const Clock &clock,
                                                                  const QString &workspaceDirectory)
{
    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("trialdesk-server-session-%1").arg(counter.fetchAndAddRelaxed(1));
    auto held = SecretKey::holding(password);
    if (!held)
        return held.error();
    auto db = server.open(connection, username, password);
    if (!db)
        return db.error();
    std::unique_ptr<TrialSession> session(
        new TrialSession(std::move(db).value(), std::move(held).value(), clock, workspaceDirectory));
    session->m_server = server;
    return session;
}

Result<std::unique_ptr<TrialSession>> TrialSession::connect(const QString &databasePath, const SecretKey &key,
                                                            const Clock &clock, const QString &workspaceDirectory)
{
    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("trialdesk-session-%1").arg(counter.fetchAndAddRelaxed(1));
    QByteArray raw = key.toByteArray();
    auto db = openEncryptedDatabase(databasePath, raw, connection, false);
    sodium_memzero(raw.data(), size_t(raw.size()));
    if (!db) {
        QSqlDatabase::removeDatabase(connection);
        return db.error();
    }
    auto sessionKey = SecretKey::fromBytes(key.data(), key.size());
    if (!sessionKey) {
        db.value().close();
        db.value() = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return sessionKey.error();
    }
    return std::unique_ptr<TrialSession>(
        new TrialSession(std::move(db.value()), std::move(sessionKey).value(), clock, workspaceDirectory));
}

Result<std::unique_ptr<TrialSession>> TrialSession::ThreadClone::open() const
{
    QByteArray password = m_server ? m_key.toByteArray() : QByteArray();
    auto session = m_server ? connectServer(*m_server, m_username, password, *m_clock, m_workspaceDirectory)
                            : connect(m_databasePath, m_key, *m_clock, m_workspaceDirectory);
    sodium_memzero(password.data(), size_t(password.size()));
    if (!session)
        return session.error();
    if (Status loaded = session.value()->loadUser(m_username); !loaded)
        return loaded.error();
    return std::move(session).value();
}

TrialSession::~TrialSession()
{
    m_db->close();
    *m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool TrialSession::connectionLost() const
{
    return m_server && serverConnectionLost(*m_db);
}

Status TrialSession::reconnect()
{
    if (!m_server)
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("A local workspace has no connection to a trial server to open again."));
    if (m_db->isOpen() && !serverConnectionLost(*m_db))
        return {};
    // The same connection, opened again: every copy of it (queries, models) works on afterwards.
    m_db->close();
    QByteArray password = m_key.toByteArray();
    QString text = QString::fromUtf8(password);
    sodium_memzero(password.data(), size_t(password.size()));
    // Qt passes the password to libpq without keeping it in the connection's settings.
    const bool opened = m_db->open(m_db->userName(), text);
    sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    if (!opened)
        return serverConnectionLostError(m_db->lastError().text());
    return {};
}

Status TrialSession::loadUser(const QString &username)
{
    if (Status account = readAccount(username); !account)
        return account;
    auto trial = exec(*m_db, QStringLiteral("SELECT name, demo FROM trial WHERE id = 1"));
    if (!trial)
        return trial.error();
    if (!trial->next())
        return makeError(ErrorCode::Corrupt, Tr::tr("The database holds no trial: it is not a TrialDesk database."));
    m_trialName = trial->value(0).toString();
    m_demo = trial->value(1).toBool();
    return {};
}

Status TrialSession::readAccount(const QString &username) const
{
    // By primary key once signed in: one indexed read per action.
    QSqlDatabase db = *m_db;
    const bool byId = m_user.id > 0;
    auto query = exec(db,
                      QStringLiteral("SELECT id, username, display_name, role, site_code, active, created_at, "
                                     "must_change_password FROM users WHERE ")
                          + (byId ? QStringLiteral("id = ?") : QStringLiteral("username = ?")),
                      { byId ? QVariant(m_user.id) : QVariant(username) });
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(
            ErrorCode::NotFound,
            Tr::tr("There is no account %1 in this trial. Ask the administrator to add you.").arg(username));
    if (!query->value(5).toBool())
        return makeError(
            ErrorCode::PermissionDenied,
            Tr::tr("The account %1 is deactivated. Ask the administrator if you need access again.").arg(username));
    const auto role = roleFromCode(query->value(3).toString());
    if (!role)
        return makeError(
            ErrorCode::Corrupt,
            Tr::tr("The account %1 has an unknown role \"%2\".").arg(username, query->value(3).toString()));
    m_user.id = query->value(0).toLongLong();
    m_user.username = query->value(1).toString();
    m_user.displayName = query->value(2).toString();
    m_user.role = *role;
    m_user.siteCode = query->value(4).toString();
    m_user.active = true;
    m_user.createdAt = Clock::parse(query->value(6).toString());
    m_mustChangePassword = query->value(7).toBool();
    return {};
}

namespace {
Error passwordChangeRequired(const QString &what)
{
    return makeError(ErrorCode::PasswordChangeRequired,
                     Tr::tr("An administrator reset your password: choose your own before you can %1.").arg(what));
}
// Stable English, as every reason the login guard audits.
QString purposeText(TrialSession::Reauthentication purpose)
{
    switch (purpose) {
    case TrialSession::Reauthentication::Unlock:
        return QStringLiteral("unlock");
    case TrialSession::Reauthentication::Signature:
        return QStringLiteral("electronic signature");
    case TrialSession::Reauthentication::PasswordChange:
        return QStringLiteral("password change");
    case TrialSession::Reauthentication::KeyRotation:
        return QStringLiteral("key rotation");
    }
    return {};
}
} // namespace

Status TrialSession::require(Action action) const
{
    return require({ action });
}

Status TrialSession::require(std::initializer_list<Action> actions) const
{
    if (Status account = readAccount(m_user.username); !account)
        return account;
    for (Action action : actions) {
        if (m_mustChangePassword && action != Action::PasswordChangeOwn)
            return passwordChangeRequired(actionDisplayName(action));
        if (!can(action))
            return makeError(
                ErrorCode::PermissionDenied,
                Tr::tr("Your role (%1) may not %2.").arg(roleDisplayName(m_user.role), actionDisplayName(action)));
    }
    return {};
}

Status TrialSession::verifyPassword(const QByteArray &password, Reauthentication purpose)
{
    if (Status account = readAccount(m_user.username); !account)
        return account;
    return checkPassword(password, purpose);
}

Result<ElectronicSignature> TrialSession::sign(const QByteArray &password, SignatureMeaning meaning)
{
    if (Status account = readAccount(m_user.username); !account)
        return account.error();
    if (m_mustChangePassword)
        return passwordChangeRequired(Tr::tr("sign electronically"));
    if (Status checked = checkPassword(password, Reauthentication::Signature); !checked)
        return checked.error();
    const QString printedName = m_user.displayName.trimmed().isEmpty() ? m_user.username : m_user.displayName.trimmed();
    ElectronicSignature signature(m_user.username, printedName, m_clock.nowUtc(), meaning);
    signature.m_executed = true;
    return signature;
}

Status TrialSession::checkPassword(const QByteArray &password, Reauthentication purpose)
{
    auto workspace = Workspace::open(m_workspaceDirectory, m_clock);
    if (!workspace)
        return workspace.error();
    LoginGuard guard(QDir(m_workspaceDirectory).filePath(QStringLiteral("login-state.json")),
                     workspace.value()->loginPolicy(), m_clock);
    const QString &username = m_user.username;
    if (const qint64 wait = guard.remainingLockoutSeconds(username); wait > 0)
        return makeError(ErrorCode::LockedOut,
                         Tr::tr("Too many wrong passwords. Try again in %n minute(s).", nullptr,
                                static_cast<int>((wait + 59) / 60)));

    // Why the password was refused, and the reason the login guard audits; nothing when it is right.
    std::optional<Error> refusal;
    QString reason;
    if (m_server) {
        // The server checks the password: a connection of its own, closed at once.
        static QAtomicInteger<quint64> counter;
        const QString connection = QStringLiteral("trialdesk-reauthentication-%1").arg(counter.fetchAndAddRelaxed(1));
        auto checked = m_server->open(connection, username, password);
        if (checked) {
            checked.value().close();
            checked.value() = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
        } else if (checked.error().code == ErrorCode::AuthenticationFailed) {
            refusal = makeError(ErrorCode::AuthenticationFailed, Tr::tr("Wrong password."));
            reason = QStringLiteral("wrong password");
        } else {
            return checked.error();
        }
    } else {
        // The user's own slot (the store refuses a slot whose header names another user) must open
        // with the password and hold this session's key: a slot sealed elsewhere, under a key of its
        // own, proves nothing about this user.
        auto key = KeySlotStore(workspace.value()->keysDirectory()).openUserSlot(username, password);
        if (key && !key.value().equals(m_key)) {
            refusal = makeError(ErrorCode::AuthenticationFailed,
                                Tr::tr("Your key slot does not open this trial's database: it was replaced or is left "
                                       "from an old key. Ask the administrator to reset your password."));
            reason = QStringLiteral("key slot holds another database key");
        } else if (!key && key.error().code == ErrorCode::AuthenticationFailed) {
            refusal = makeError(ErrorCode::AuthenticationFailed, Tr::tr("Wrong password."));
            reason = QStringLiteral("wrong password");
        } else if (!key && key.error().code == ErrorCode::Corrupt) {
            refusal = key.error();
            reason = QStringLiteral("key slot refused (damaged, or another user's)");
        } else if (!key) {
            return key.error();
        }
    }
    if (!refusal) {
        guard.recordSuccess(username);
        return {};
    }

    const bool locked = guard.recordFailure(username, QStringLiteral("%1 (%2)").arg(reason, purposeText(purpose)));
    // The database is open: move the pending events into the audit trail at once. Not a Write: the
    // password was just refused, so there is no checked user to begin one for.
    Transaction tx(*m_db);
    if (tx.status()) {
        auto appended = guard.appendPendingTo(*m_db);
        if (appended && tx.commit())
            guard.clearPending(appended.value());
    }
    if (locked)
        return makeError(ErrorCode::LockedOut,
                         Tr::tr("%1 Too many attempts: try again in %n minute(s).", nullptr,
                                workspace.value()->loginPolicy().lockoutMinutes)
                             .arg(refusal->message));
    return *refusal;
}

int TrialSession::idleLockMinutes() const
{
    QSqlDatabase db = *m_db;
    auto query = exec(db, QStringLiteral("SELECT value FROM settings WHERE name = 'idle_lock_minutes'"));
    if (query && query->next()) {
        bool ok = false;
        const int minutes = query->value(0).toInt(&ok);
        if (ok && minutes > 0)
            return minutes;
    }
    return 10;
}

Status TrialSession::audit(const AuditRecord &record)
{
    return AuditTrail::append(*m_db, m_clock, m_user.username, record);
}

} // namespace trialdesk::core
