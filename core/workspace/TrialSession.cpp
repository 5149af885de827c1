#include "TrialSession.h"

#include "audit/AuditTrail.h"
#include "security/KeySlotStore.h"
#include "sql/SqlUtil.h"
#include "sql/Transaction.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "workspace/LoginGuard.h"
#include "workspace/Workspace.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

#include <sodium.h>

namespace trialdesk::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::TrialSession)
};
} // namespace

TrialSession::TrialSession(QSqlDatabase db, SecretKey key, const Clock &clock, QString workspaceDirectory)
    : m_db(std::move(db))
    , m_key(std::move(key))
    , m_connectionName(m_db.connectionName())
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
    auto key = SecretKey::fromBytes(m_key.data(), m_key.size());
    if (!key)
        return key.error();
    return ThreadClone(m_db.databaseName(), std::move(key).value(), m_clock, m_workspaceDirectory, m_user.username);
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
    auto session = connect(m_databasePath, m_key, *m_clock, m_workspaceDirectory);
    if (!session)
        return session.error();
    if (Status loaded = session.value()->loadUser(m_username); !loaded)
        return loaded.error();
    return std::move(session).value();
}

TrialSession::~TrialSession()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status TrialSession::loadUser(const QString &username)
{
    auto query = exec(m_db,
                      QStringLiteral("SELECT id, username, display_name, role, site_code, active, created_at, "
                                     "must_change_password FROM users WHERE username = ?"),
                      { username });
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

    auto trial = exec(m_db, QStringLiteral("SELECT name, demo FROM trial WHERE id = 1"));
    if (!trial)
        return trial.error();
    if (!trial->next())
        return makeError(ErrorCode::Corrupt, Tr::tr("The database holds no trial: it is not a TrialDesk database."));
    m_trialName = trial->value(0).toString();
    m_demo = trial->value(1).toBool();
    return {};
}

Status TrialSession::require(Action action) const
{
    if (can(action))
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     Tr::tr("Your role (%1) may not %2.").arg(roleDisplayName(m_user.role), actionDisplayName(action)));
}

Status TrialSession::verifyPassword(const QByteArray &password)
{
    auto workspace = Workspace::open(m_workspaceDirectory, m_clock);
    if (!workspace)
        return workspace.error();
    if (const qint64 wait = workspace.value()->lockoutRemainingSeconds(m_user.username); wait > 0)
        return makeError(ErrorCode::LockedOut,
                         Tr::tr("Too many wrong passwords. Try again in %n minute(s).", nullptr,
                                static_cast<int>((wait + 59) / 60)));
    KeySlotStore store(workspace.value()->keysDirectory());
    auto key = store.openUserSlot(m_user.username, password);
    if (key)
        return {};
    if (key.error().code == ErrorCode::AuthenticationFailed) {
        LoginGuard guard(QDir(m_workspaceDirectory).filePath(QStringLiteral("login-state.json")),
                         workspace.value()->loginPolicy(), m_clock);
        const bool locked = guard.recordFailure(m_user.username, QStringLiteral("wrong password (re-authentication)"));
        // The database is open: move the pending events into the audit trail at once.
        Transaction tx(m_db);
        if (tx.status()) {
            auto appended = guard.appendPendingTo(m_db);
            if (appended && tx.commit())
                guard.clearPending(appended.value());
        }
        if (locked)
            return makeError(ErrorCode::LockedOut,
                             Tr::tr("Wrong password. Too many attempts: try again in %n minute(s).", nullptr,
                                    workspace.value()->loginPolicy().lockoutMinutes));
        return makeError(ErrorCode::AuthenticationFailed, Tr::tr("Wrong password."));
    }
    return key.error();
}

int TrialSession::idleLockMinutes() const
{
    QSqlDatabase db = m_db;
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
    return AuditTrail::append(m_db, m_clock, m_user.username, record);
}

} // namespace trialdesk::core
