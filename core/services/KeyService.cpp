#include "KeyService.h"

#include "security/KeySlotStore.h"
#include "sql/SqlUtil.h"
#include "sql/Transaction.h"
#include "storage/Database.h"
#include "workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <sodium.h>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::KeyService)
};

Result<QStringList> activeUsers(QSqlDatabase &db)
{
    auto query = exec(db, QStringLiteral("SELECT username FROM users WHERE active = 1 ORDER BY username"));
    if (!query)
        return query.error();
    QStringList users;
    while (query->next())
        users << query->value(0).toString();
    return users;
}

} // namespace

Result<QStringList> KeyService::usersWithoutValidSlot() const
{
    if (Status allowed = m_session.require(Action::UserManage); !allowed)
        return allowed.error();
    auto users = activeUsers(m_session.database());
    if (!users)
        return users.error();
    const KeySlotStore store(QDir(m_session.workspaceDirectory()).filePath(QStringLiteral("keys")));
    const QByteArray current = store.keyIdOf(m_session.databaseKey());
    QStringList stale;
    for (const QString &user : users.value()) {
        auto id = store.keyId(user);
        if (!id || id.value() != current)
            stale << user;
    }
    return stale;
}

Result<KeyService::Rotation> KeyService::rotate(const QByteArray &adminPassword, const QString &reason)
{
    if (Status allowed = m_session.require(Action::KeyRotate); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A reason is required to rotate the database key."));
    if (Status signedIn = m_session.verifyPassword(adminPassword, TrialSession::Reauthentication::KeyRotation);
        !signedIn)
        return signedIn.error();

    const QDir workspace(m_session.workspaceDirectory());
    const QString keysDir = workspace.filePath(QStringLiteral("keys"));
    const QString nextDir = workspace.filePath(QStringLiteral("keys.next"));
    const QString admin = m_session.user().username;
    QDir(nextDir).removeRecursively();
    if (!QDir().mkpath(nextDir))
        return makeError(ErrorCode::Storage, Tr::tr("Cannot create %1.").arg(QDir::toNativeSeparators(nextDir)));

    // 1. The new key's slots, staged.
    SecretKey newKey = SecretKey::random();
    KeySlotStore staged(nextDir);
    if (Status written = staged.writeUserSlot(admin, adminPassword, newKey); !written) {
        QDir(nextDir).removeRecursively();
        return written.error();
    }
    auto recoveryCode = staged.createRecoverySlot(newKey);
    if (!recoveryCode) {
        QDir(nextDir).removeRecursively();
        return recoveryCode.error();
    }

    // 2. Re-encrypt. Atomic in SQLCipher: on failure the old key still opens the database.
    QByteArray raw = newKey.toByteArray();
    const Status rekeyed = rekeyDatabase(m_session.database(), raw);
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    if (!rekeyed) {
        QDir(nextDir).removeRecursively();
        return rekeyed.error();
    }

    // 3. The staged slots replace the old ones; every other slot now wraps a dead key.
    KeySlotStore current(keysDir);
    Rotation rotation;
    rotation.recoveryCode = recoveryCode.value();
    for (const QString &user : current.userSlots())
        if (user != admin)
            rotation.resetUsers << user;
    for (const QString &file : { QStringLiteral("user-%1.slot").arg(admin), QStringLiteral("recovery.slot") }) {
        const QString target = QDir(keysDir).filePath(file);
        QFile::remove(target);
        if (!QFile::rename(QDir(nextDir).filePath(file), target))
            return makeError(ErrorCode::Storage,
                             Tr::tr("The database key was changed but %1 could not be moved into place. Do not delete "
                                    "%2: signing in again finishes the change.")
                                 .arg(file, QDir::toNativeSeparators(nextDir)));
    }
    QDir(nextDir).removeRecursively();
    for (const QString &user : rotation.resetUsers)
        (void)current.removeUserSlot(user);
    m_session.replaceDatabaseKey(std::move(newKey));

    Transaction tx(m_session.database());
    if (!tx.status())
        return tx.status().error();
    if (Status s = m_session.audit({ QStringLiteral("key.rotate"), QStringLiteral("workspace"), QStringLiteral("key"),
                                     QStringLiteral("reset_users"), std::nullopt,
                                     rotation.resetUsers.join(QLatin1Char(',')), reason.trimmed() });
        !s)
        return s.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return rotation;
}

} // namespace trialdesk::core
