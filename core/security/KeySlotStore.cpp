#include "core/security/KeySlotStore.h"

#include "core/platform/PrivateFile.h"
#include "core/security/RecoveryCode.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <utility>

namespace trialdesk::core {

namespace {

const QString kUserPrefix = QStringLiteral("user-");
const QString kSlotSuffix = QStringLiteral(".slot");
const QString kRecoveryFile = QStringLiteral("recovery.slot");

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty()) {
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    }
    secret.clear();
}

Error invalidUserName(const QString &user)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("KeySlotStore",
                                                 "\"%1\" is not a valid user name: use 1 to 64 "
                                                 "lower-case letters, digits, dots, dashes or "
                                                 "underscores, starting with a letter or a digit.")
                         .arg(user));
}

Error noUserSlot(const QString &user, const QString &directory)
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("KeySlotStore",
                                                 "There is no key slot for user %1 in %2. Check the "
                                                 "user name, or ask the administrator to add you.")
                         .arg(user, QDir::toNativeSeparators(directory)));
}

} // namespace

KeySlotStore::KeySlotStore(QString directory)
    : KeySlotStore(std::move(directory), Clock::system())
{
}

KeySlotStore::KeySlotStore(QString directory, const Clock &clock)
    : m_directory(std::move(directory))
    , m_clock(&clock)
{
}

bool KeySlotStore::isValidUserName(const QString &name)
{
    return KeySlot::isValidUserName(name);
}

Status KeySlotStore::checkUserName(const QString &name)
{
    if (isValidUserName(name))
        return {};
    return invalidUserName(name);
}

Status KeySlotStore::checkPassword(const QByteArray &password)
{
    // Counted in code points straight from the UTF-8 bytes (continuation bytes are 10xxxxxx), so the
    // password is never copied into a QString that could not be wiped.
    int characters = 0;
    for (const char byte : password) {
        if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80) {
            ++characters;
        }
    }
    if (characters < kMinimumPasswordLength) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("KeySlotStore",
                                                     "The password is too short: it must have at "
                                                     "least %1 characters. A few unrelated words make "
                                                     "a long password that is easy to remember.")
                             .arg(kMinimumPasswordLength));
    }
    return {};
}

QString KeySlotStore::userSlotPath(const QString &user) const
{
    return QDir(m_directory).filePath(kUserPrefix + user + kSlotSuffix);
}

QString KeySlotStore::recoverySlotPath() const
{
    return QDir(m_directory).filePath(kRecoveryFile);
}

Status KeySlotStore::setKdfCost(KeySlot::KdfCost cost)
{
    if (cost.opsLimit < KeySlot::kMinimumOpsLimit || cost.memLimit < KeySlot::kMinimumMemLimit
        || cost.opsLimit > KeySlot::kMaximumOpsLimit || cost.memLimit > KeySlot::kMaximumMemLimit) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("KeySlotStore",
                                                     "The Argon2id cost must be %1 to %2 passes over "
                                                     "%3 to %4 MiB.")
                             .arg(KeySlot::kMinimumOpsLimit)
                             .arg(KeySlot::kMaximumOpsLimit)
                             .arg(KeySlot::kMinimumMemLimit / (1024 * 1024))
                             .arg(KeySlot::kMaximumMemLimit / (1024 * 1024)));
    }
    m_cost = cost;
    return {};
}

Status KeySlotStore::writeUserSlot(const QString &user, const QByteArray &password, const SecretKey &dbKey)
{
    if (!isValidUserName(user)) {
        return invalidUserName(user);
    }
    if (Status strong = checkPassword(password); !strong) {
        return strong;
    }
    Result<KeySlot> slot = KeySlot::seal(KeySlot::Kind::User, user, password, dbKey, m_cost, now());
    if (!slot) {
        return slot.error();
    }
    return writeSlot(userSlotPath(user), slot.value());
}

Result<SecretKey> KeySlotStore::openUserSlot(const QString &user, const QByteArray &password) const
{
    if (!isValidUserName(user)) {
        return invalidUserName(user);
    }
    const QString path = userSlotPath(user);
    Result<KeySlot> slot = readSlot(path, KeySlot::Kind::User, user);
    if (!slot) {
        return slot.error();
    }
    return slot->open(password, QDir::toNativeSeparators(path));
}

Status KeySlotStore::changePassword(const QString &user, const QByteArray &oldPassword, const QByteArray &newPassword)
{
    // Checked first, so a refused new password costs no key derivation and changes nothing.
    if (Status strong = checkPassword(newPassword); !strong) {
        return strong;
    }
    Result<SecretKey> key = openUserSlot(user, oldPassword);
    if (!key) {
        return key.error();
    }
    return writeUserSlot(user, newPassword, key.value());
}

Status KeySlotStore::removeUserSlot(const QString &user)
{
    if (!isValidUserName(user)) {
        return invalidUserName(user);
    }
    const QString path = userSlotPath(user);
    if (!QFileInfo::exists(path)) {
        return noUserSlot(user, m_directory);
    }
    QFile file(path);
    if (!file.remove()) {
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("KeySlotStore",
                                                     "Could not remove the key slot file %1: %2. Check "
                                                     "the folder's permissions and try again.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return platform::syncDirectory(m_directory);
}

bool KeySlotStore::hasUserSlot(const QString &user) const
{
    return isValidUserName(user) && QFileInfo(userSlotPath(user)).isFile();
}

QStringList KeySlotStore::userSlots() const
{
    QStringList users;
    const QStringList files
        = QDir(m_directory).entryList({ kUserPrefix + QLatin1Char('*') + kSlotSuffix }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString user = file.mid(kUserPrefix.size(), file.size() - kUserPrefix.size() - kSlotSuffix.size());
        if (isValidUserName(user)) {
            users.append(user);
        }
    }
    return users;
}

Result<QString> KeySlotStore::createRecoverySlot(const SecretKey &dbKey)
{
    const QString code = RecoveryCode::generate();
    Result<QByteArray> normalized = RecoveryCode::normalize(code);
    if (!normalized) {
        return normalized.error();
    }
    Result<KeySlot> slot = KeySlot::seal(KeySlot::Kind::Recovery, QString(), normalized.value(), dbKey, m_cost, now());
    wipe(normalized.value());
    if (!slot) {
        return slot.error();
    }
    if (Status written = writeSlot(recoverySlotPath(), slot.value()); !written) {
        return written.error();
    }
    return code;
}

Result<SecretKey> KeySlotStore::openRecoverySlot(const QString &recoveryCode) const
{
    Result<QByteArray> normalized = RecoveryCode::normalize(recoveryCode);
    if (!normalized) {
        return normalized.error();
    }
    const QString path = recoverySlotPath();
    Result<KeySlot> slot = readSlot(path, KeySlot::Kind::Recovery, QString());
    if (!slot) {
        wipe(normalized.value());
        return slot.error();
    }
    Result<SecretKey> key = slot->open(normalized.value(), QDir::toNativeSeparators(path));
    wipe(normalized.value());
    return key;
}

Status KeySlotStore::installUserSlotFrom(const KeySlotStore &staged, const QString &user)
{
    if (!isValidUserName(user)) {
        return invalidUserName(user);
    }
    Result<KeySlot> slot = staged.readSlot(staged.userSlotPath(user), KeySlot::Kind::User, user);
    if (!slot) {
        return slot.error();
    }
    return writeSlot(userSlotPath(user), slot.value());
}

Status KeySlotStore::installRecoverySlotFrom(const KeySlotStore &staged)
{
    Result<KeySlot> slot = staged.readSlot(staged.recoverySlotPath(), KeySlot::Kind::Recovery, QString());
    if (!slot) {
        return slot.error();
    }
    return writeSlot(recoverySlotPath(), slot.value());
}

bool KeySlotStore::hasRecoverySlot() const
{
    return QFileInfo(recoverySlotPath()).isFile();
}

Result<QByteArray> KeySlotStore::keyId(const QString &user) const
{
    if (!isValidUserName(user)) {
        return invalidUserName(user);
    }
    Result<KeySlot> slot = readSlot(userSlotPath(user), KeySlot::Kind::User, user);
    if (!slot) {
        return slot.error();
    }
    return slot->keyId();
}

Result<QByteArray> KeySlotStore::recoveryKeyId() const
{
    Result<KeySlot> slot = readSlot(recoverySlotPath(), KeySlot::Kind::Recovery, QString());
    if (!slot) {
        return slot.error();
    }
    return slot->keyId();
}

QByteArray KeySlotStore::keyIdOf(const SecretKey &dbKey) const
{
    return KeySlot::keyIdOf(dbKey);
}

Result<KeySlot> KeySlotStore::readSlot(const QString &path, KeySlot::Kind kind, const QString &user) const
{
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists()) {
        if (kind == KeySlot::Kind::User) {
            return noUserSlot(user, m_directory);
        }
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("KeySlotStore",
                                                     "There is no recovery key slot (%1). Restore it "
                                                     "from a backup; without it the recovery code "
                                                     "cannot open the trial.")
                             .arg(shownPath));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("KeySlotStore",
                                                     "Could not read the key slot file %1: %2. Check "
                                                     "the file's permissions and try again.")
                             .arg(shownPath, file.errorString()));
    }
    // One byte over the limit is enough for parse() to refuse an oversized file without reading it all.
    const QByteArray content = file.read(KeySlot::kMaximumFileSize + 1);
    Result<KeySlot> slot = KeySlot::parse(content, shownPath);
    if (!slot) {
        return slot;
    }
    // The header is bound to the ciphertext, but a slot copied under another name would still decrypt
    // with its own password: refuse it before asking for any.
    if (slot->kind() != kind || slot->user() != user) {
        const QString owner = slot->kind() == KeySlot::Kind::Recovery
            ? QCoreApplication::translate("KeySlotStore", "the recovery slot")
            : QCoreApplication::translate("KeySlotStore", "user %1").arg(slot->user());
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("KeySlotStore",
                                                     "The key slot file %1 belongs to %2: it was "
                                                     "renamed or copied. Restore the right file from a "
                                                     "backup, or ask the administrator to set up the "
                                                     "key slot again.")
                             .arg(shownPath, owner));
    }
    return slot;
}

Status KeySlotStore::writeSlot(const QString &path, const KeySlot &slot) const
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!QDir().mkpath(m_directory)) {
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("KeySlotStore",
                                                     "Could not create the key slot folder %1. Check "
                                                     "that the disk is writable and try again.")
                             .arg(QDir::toNativeSeparators(m_directory)));
    }
    // Written to a new owner-only temporary file in the same folder, flushed, renamed over the old slot
    // and the folder flushed: a crash leaves either the old slot or the new one, never none or half of one.
    PrivateFileWriter file(path);
    Status written = file.open();
    if (written && !file.write(slot.toJson()))
        written = makeError(ErrorCode::Storage, file.errorString());
    if (written)
        written = file.commit();
    if (!written) {
        file.cancel();
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("KeySlotStore",
                                                     "Could not write the key slot file %1: %2. "
                                                     "Nothing was changed; check the disk space and "
                                                     "the folder's permissions, then try again.")
                             .arg(shownPath, written.error().message));
    }
    return {};
}

QString KeySlotStore::now() const
{
    return Clock::format(m_clock->nowUtc());
}

} // namespace trialdesk::core
