#include "core/services/KeyService.h"

#include "core/platform/PrivateFile.h"
#include "core/security/KeySlotStore.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/storage/Database.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <sodium.h>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::KeyService)
};

const QString kKeys = QStringLiteral("keys");
const QString kStaging = QStringLiteral("keys.next");

KeyService::FaultHook &faultHook()
{
    static KeyService::FaultHook hook;
    return hook;
}

Status fault(KeyService::Step step)
{
    const KeyService::FaultHook &hook = faultHook();
    return hook ? hook(step) : Status();
}

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

// Whether key opens the database file, tested on a connection of its own.
bool opens(const QString &path, const SecretKey &key)
{
    QByteArray raw = key.toByteArray();
    const Result<bool> opened = keyOpensDatabase(path, raw);
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    return opened && opened.value();
}

} // namespace

void KeyService::setFaultHook(FaultHook hook)
{
    faultHook() = std::move(hook);
}

QString KeyService::keysDirectory() const
{
    return QDir(m_session.workspaceDirectory()).filePath(kKeys);
}

QString KeyService::stagingDirectory() const
{
    return QDir(m_session.workspaceDirectory()).filePath(kStaging);
}

bool KeyService::stagingWraps(const QByteArray &keyId) const
{
    const KeySlotStore staged(stagingDirectory());
    for (const QString &user : staged.userSlots())
        if (auto id = staged.keyId(user); id && id.value() == keyId)
            return true;
    auto id = staged.recoveryKeyId();
    return id && id.value() == keyId;
}

Status KeyService::discardStaging() const
{
    if (QFileInfo::exists(stagingDirectory()) && !QDir(stagingDirectory()).removeRecursively())
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not remove the folder %1. Check its permissions, then remove it by hand: it "
                                "holds no key in force.")
                             .arg(QDir::toNativeSeparators(stagingDirectory())));
    return platform::syncDirectory(m_session.workspaceDirectory());
}

QStringList KeyService::removeStaleUserSlots(const QByteArray &keyId) const
{
    KeySlotStore current(keysDirectory());
    QStringList stale;
    for (const QString &user : current.userSlots()) {
        auto id = current.keyId(user);
        if (!id || id.value() != keyId) {
            stale << user;
            (void)current.removeUserSlot(user);
        }
    }
    return stale;
}

Result<QStringList> KeyService::usersWithoutValidSlot() const
{
    if (Status allowed = m_session.require(Action::UserManage); !allowed)
        return allowed.error();
    // A trial server has no key slots: every user signs in with their own server password.
    if (m_session.isServer())
        return QStringList();
    auto users = activeUsers(m_session.database());
    if (!users)
        return users.error();
    const KeySlotStore store(keysDirectory());
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
    if (m_session.isServer())
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("A trial server has no database key of TrialDesk's to rotate: each user signs in with "
                                "their own server password, and the server's disks are encrypted by its operating "
                                "system (docs/server.md)."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A reason is required to rotate the database key."));
    if (Status signedIn = m_session.verifyPassword(adminPassword, TrialSession::Reauthentication::KeyRotation);
        !signedIn)
        return signedIn.error();

    const QString nextDir = stagingDirectory();
    const QString admin = m_session.user().username;
    const QString databasePath = QDir(m_session.workspaceDirectory()).filePath(QStringLiteral("trial.db"));
    // A staging folder that wraps the key in force belongs to a rotation whose recovery code was not
    // confirmed as shown: it must be finished (sign in again), not overwritten.
    if (QFileInfo::exists(nextDir) && stagingWraps(KeySlot::keyIdOf(m_session.databaseKey())))
        return makeError(ErrorCode::Conflict,
                         Tr::tr("The previous key rotation is not finished: its new recovery code was not confirmed "
                                "as shown. Sign out and sign in again to finish it, then rotate the key."));
    if (Status cleared = discardStaging(); !cleared)
        return cleared.error();
    if (!QDir().mkpath(nextDir))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Cannot create %1. Check the workspace folder's permissions and the disk space.")
                             .arg(QDir::toNativeSeparators(nextDir)));

    // 1. The new key's slots, staged and flushed. Until the rekey the old key is in force and keys.next/
    //    opens nothing, so any failure simply discards it.
    SecretKey newKey = SecretKey::random();
    KeySlotStore staged(nextDir);
    Result<QString> recoveryCode = QString();
    Status done = platform::syncDirectory(m_session.workspaceDirectory());
    if (done)
        done = fault(Step::StagingFolderCreated);
    if (done)
        done = staged.writeUserSlot(admin, adminPassword, newKey);
    if (done)
        done = fault(Step::AdminSlotStaged);
    if (done) {
        recoveryCode = staged.createRecoverySlot(newKey);
        if (!recoveryCode)
            done = recoveryCode.error();
    }
    if (done)
        done = fault(Step::RecoverySlotStaged);
    if (!done) {
        (void)discardStaging();
        return done.error();
    }

    // 2. Re-encrypt (atomic in SQLCipher). A reported failure may still have changed the key: test which key
    //    opens the file before discarding the only slots that wrap the new one.
    QByteArray raw = newKey.toByteArray();
    Status rekeyed = rekeyDatabase(m_session.database(), raw);
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    if (rekeyed)
        rekeyed = fault(Step::Rekeyed);
    if (!rekeyed && !opens(databasePath, newKey)) {
        if (opens(databasePath, m_session.databaseKey())) {
            (void)discardStaging();
            return rekeyed.error();
        }
        return makeError(ErrorCode::Storage,
                         Tr::tr("%1 Neither the old nor the new key could be tested on the database. Do not delete "
                                "the folder %2: signing in again finds the key in force and finishes or undoes the "
                                "rotation.")
                             .arg(rekeyed.error().message, QDir::toNativeSeparators(nextDir)));
    }
    m_session.replaceDatabaseKey(std::move(newKey));
    const QByteArray newId = KeySlot::keyIdOf(m_session.databaseKey());

    // 3. Install the staged slots (atomic replace each), remove those that wrap the dead key, audit.
    auto unfinished = [&nextDir](const Error &error) {
        return makeError(error.code,
                         Tr::tr("The database key was changed but the rotation could not be completed: %1 Sign out "
                                "and sign in again: that finishes it and shows a new recovery code. Do not delete "
                                "the folder %2.")
                             .arg(error.message, QDir::toNativeSeparators(nextDir)));
    };
    KeySlotStore current(keysDirectory());
    Rotation rotation;
    rotation.recoveryCode = recoveryCode.value();
    done = current.installUserSlotFrom(staged, admin);
    if (done)
        done = fault(Step::AdminSlotInstalled);
    if (done)
        done = current.installRecoverySlotFrom(staged);
    if (done)
        done = fault(Step::RecoverySlotInstalled);
    if (!done)
        return unfinished(done.error());
    rotation.resetUsers = removeStaleUserSlots(newId);
    if (done = fault(Step::StaleSlotsRemoved); !done)
        return unfinished(done.error());

    auto write = beginWrite(m_session, Action::KeyRotate);
    done = write ? Status() : Status(write.error());
    if (done)
        done = write->audit({ QStringLiteral("key.rotate"), QStringLiteral("workspace"), QStringLiteral("key"),
                              QStringLiteral("reset_users"), std::nullopt, rotation.resetUsers.join(QLatin1Char(',')),
                              reason.trimmed() });
    if (done)
        done = write->commit();
    if (done)
        done = fault(Step::Audited);
    if (!done)
        return unfinished(done.error());
    return rotation;
}

Status KeyService::confirmRecoveryCodeShown()
{
    if (Status allowed = m_session.require(Action::KeyRotate); !allowed)
        return allowed;
    // Only a staging folder whose key is in force was waiting for this; any other is stale anyway.
    return discardStaging();
}

Result<KeyService::Rotation> KeyService::finishInterruptedRotation()
{
    if (!m_session.can(Action::KeyRotate) || !QFileInfo::exists(stagingDirectory()))
        return Rotation {};
    const SecretKey &key = m_session.databaseKey();
    const QByteArray keyId = KeySlot::keyIdOf(key);
    // The caller opened the database with this key, so a staging folder that does not wrap it was left
    // before its rekey: it opens nothing.
    if (!stagingWraps(keyId)) {
        if (Status discarded = discardStaging(); !discarded)
            return discarded.error();
        return Rotation {};
    }

    KeySlotStore staged(stagingDirectory());
    KeySlotStore current(keysDirectory());
    for (const QString &user : staged.userSlots()) {
        auto stagedId = staged.keyId(user);
        auto currentId = current.keyId(user);
        if (stagedId && stagedId.value() == keyId && (!currentId || currentId.value() != keyId))
            if (Status installed = current.installUserSlotFrom(staged, user); !installed)
                return installed.error();
    }
    // The staged recovery slot's code was never confirmed as shown: a new one replaces it.
    Result<QString> code = current.createRecoverySlot(key);
    if (!code)
        return code.error();
    if (Status stopped = fault(Step::FinishRecoverySlotWritten); !stopped)
        return stopped.error();
    Rotation rotation;
    rotation.recoveryCode = code.value();
    rotation.resetUsers = removeStaleUserSlots(keyId);

    // Not a Write: this runs inside sign-in and recovery (Workspace), where the account may still have
    // to change its password, which Write::begin() refuses; can(KeyRotate) was checked above.
    Transaction tx(m_session.database());
    if (!tx.status())
        return tx.status().error();
    if (Status s
        = m_session.audit({ QStringLiteral("key.rotate.finish"), QStringLiteral("workspace"), QStringLiteral("key"),
                            QStringLiteral("reset_users"), std::nullopt, rotation.resetUsers.join(QLatin1Char(',')),
                            QStringLiteral("interrupted key rotation finished at sign-in; new recovery code") });
        !s)
        return s.error();
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return rotation;
}

} // namespace trialdesk::core
