#pragma once

#include "core/Result.h"
#include "core/security/KeySlot.h"
#include "core/security/SecretKey.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace trialdesk::core {

class Clock;

// The key slots of one workspace: a folder (e.g. <workspace>/keys) with one file per user,
// "user-<name>.slot", and the recovery slot "recovery.slot" (format: docs/key-slots.md).
// Every write is atomic and owner-only (PrivateFileWriter: temporary file, rename, folder flush); every refusal leaves
// the files as they were. Passwords arrive as UTF-8 QByteArrays owned (and wiped) by the caller; copies made here are
// wiped.
class KeySlotStore
{
public:
    static constexpr int kMinimumPasswordLength = 12; // characters (Unicode code points)

    explicit KeySlotStore(QString directory);
    KeySlotStore(QString directory, const Clock &clock);

    // [a-z0-9._-]{1,64}, starting with a letter or a digit.
    static bool isValidUserName(const QString &name);
    // isValidUserName, with the message that tells which names are valid.
    static Status checkUserName(const QString &name);
    // Ok when the password has at least kMinimumPasswordLength characters; otherwise a message naming it.
    static Status checkPassword(const QByteArray &password);

    QString directory() const { return m_directory; }
    QString userSlotPath(const QString &user) const;
    QString recoverySlotPath() const;

    // The Argon2id cost of the slots written from now on (KeySlot::kDefaultCost unless changed).
    // Refused below KeySlot's minimum or above its maximum.
    Status setKdfCost(KeySlot::KdfCost cost);
    KeySlot::KdfCost kdfCost() const { return m_cost; }

    // Creates or replaces the user's slot.
    Status writeUserSlot(const QString &user, const QByteArray &password, const SecretKey &dbKey);
    Result<SecretKey> openUserSlot(const QString &user, const QByteArray &password) const;
    // Opens with the old password and rewraps the same key under the new one.
    Status changePassword(const QString &user, const QByteArray &oldPassword, const QByteArray &newPassword);
    Status removeUserSlot(const QString &user);
    bool hasUserSlot(const QString &user) const;
    // The users that have a slot, sorted.
    QStringList userSlots() const;

    // Creates or replaces the recovery slot under a fresh code, returned to be shown once and never stored.
    Result<QString> createRecoverySlot(const SecretKey &dbKey);
    // Accepts the code as typed (any case, spaces or dashes, O for 0, I or L for 1).
    Result<SecretKey> openRecoverySlot(const QString &recoveryCode) const;
    bool hasRecoverySlot() const;

    // Copies a slot staged in another folder (keys.next/ during a key rotation) over this folder's
    // slot of the same name, atomically: the target is the old slot or the staged one, never missing.
    // The staged slot is checked (format, owner) first and stays where it is.
    Status installUserSlotFrom(const KeySlotStore &staged, const QString &user);
    Status installRecoverySlotFrom(const KeySlotStore &staged);

    // The key identifier a slot records (not a secret: readable without the password). Compare with
    // keyIdOf(current key) to find slots left stale by a key rotation.
    Result<QByteArray> keyId(const QString &user) const;
    Result<QByteArray> recoveryKeyId() const;
    QByteArray keyIdOf(const SecretKey &dbKey) const;

private:
    Result<KeySlot> readSlot(const QString &path, KeySlot::Kind kind, const QString &user) const;
    Status writeSlot(const QString &path, const KeySlot &slot) const;
    QString now() const;

    QString m_directory;
    const Clock *m_clock;
    KeySlot::KdfCost m_cost = KeySlot::kDefaultCost;
};

} // namespace trialdesk::core
