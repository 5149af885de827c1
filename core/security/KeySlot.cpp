#include "core/security/KeySlot.h"

#include "core/security/SodiumRuntime.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <sodium.h>

#include <memory>

namespace trialdesk::core {

namespace {

constexpr char kKdfAlgorithm[] = "argon2id13";
constexpr char kAeadAlgorithm[] = "xchacha20poly1305-ietf";
constexpr char kKeyIdMessage[] = "trialdesk key id v1";
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kCiphertextBytes = SecretKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kHashBytes = 32;

static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == SecretKey::kSize);

// Locked, guarded memory for short-lived secrets (derived keys, the key while decrypted); wiped on release.
struct SodiumFree
{
    void operator()(unsigned char *memory) const { sodium_free(memory); }
};
using LockedBuffer = std::unique_ptr<unsigned char, SodiumFree>;

LockedBuffer lockedBuffer(size_t size)
{
    return LockedBuffer(static_cast<unsigned char *>(sodium_malloc(size)));
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

QString kindText(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::User ? QStringLiteral("user") : QStringLiteral("recovery");
}

Error cryptoUnavailable()
{
    return makeError(ErrorCode::Storage,
                     QCoreApplication::translate("KeySlot",
                                                 "The cryptographic library (libsodium) could not start. "
                                                 "Reinstall TrialDesk or ask your IT support for help."));
}

Error outOfMemory(quint64 memLimit)
{
    return makeError(ErrorCode::Storage,
                     QCoreApplication::translate("KeySlot",
                                                 "Not enough memory to derive the key from the password "
                                                 "(%1 MiB needed). Close other programs and try again.")
                         .arg(memLimit / (1024 * 1024)));
}

// Damage found while reading: names the file and what is wrong, and says what to do.
Error corrupt(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Corrupt,
                     QCoreApplication::translate("KeySlot",
                                                 "The key slot file %1 is damaged or is not a TrialDesk key "
                                                 "slot: %2. Restore it from a backup, or ask the "
                                                 "administrator to set up your key slot again.")
                         .arg(path, detail));
}

// Lower-case hexadecimal of exactly size bytes; anything else is refused so the file has one spelling.
bool readHex(const QJsonValue &value, int size, QByteArray *out)
{
    if (!value.isString()) {
        return false;
    }
    const QString text = value.toString();
    if (text.size() != size * 2) {
        return false;
    }
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    *out = QByteArray::fromHex(text.toLatin1());
    return out->size() == size;
}

// A positive JSON integer (JSON numbers are doubles: 3.5 or 1e300 are refused).
bool readCount(const QJsonValue &value, quint64 *out)
{
    if (!value.isDouble()) {
        return false;
    }
    const double number = value.toDouble();
    if (!(number >= 1 && number <= 9007199254740992.0)) { // 2^53: exact in a double
        return false;
    }
    const auto integer = static_cast<quint64>(number);
    if (static_cast<double>(integer) != number) {
        return false;
    }
    *out = integer;
    return true;
}

// Argon2id over secret into locked memory; null when memory ran out.
LockedBuffer deriveKey(const QByteArray &secret, const QByteArray &salt, KeySlot::KdfCost cost)
{
    LockedBuffer derived = lockedBuffer(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!derived) {
        return derived;
    }
    if (crypto_pwhash(derived.get(), crypto_aead_xchacha20poly1305_ietf_KEYBYTES, secret.constData(),
                      static_cast<unsigned long long>(secret.size()), bytes(salt), cost.opsLimit,
                      static_cast<size_t>(cost.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        derived.reset();
    }
    return derived;
}

} // namespace

Result<KeySlot> KeySlot::seal(Kind kind, const QString &user, const QByteArray &secret, const SecretKey &dbKey,
                              KdfCost cost, const QString &created)
{
    if (!SodiumRuntime::initialize()) {
        return cryptoUnavailable();
    }
    if (dbKey.isNull() || (kind == Kind::User) != !user.isEmpty()
        || (kind == Kind::User && !KeySlot::isValidUserName(user)) || cost.opsLimit < kMinimumOpsLimit
        || cost.memLimit < kMinimumMemLimit || cost.opsLimit > kMaximumOpsLimit || cost.memLimit > kMaximumMemLimit
        || !Clock::parse(created).isValid()) {
        // Callers validate what users type; reaching this is a programming error, still refused cleanly.
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("KeySlot",
                                                     "A key slot cannot be made from these settings "
                                                     "(user name, key or Argon2id cost out of range)."));
    }

    KeySlot slot;
    slot.m_kind = kind;
    slot.m_user = user;
    slot.m_created = created;
    slot.m_keyId = keyIdOf(dbKey);
    slot.m_cost = cost;
    slot.m_salt.resize(kSaltBytes);
    randombytes_buf(slot.m_salt.data(), kSaltBytes);
    slot.m_nonce.resize(kNonceBytes);
    randombytes_buf(slot.m_nonce.data(), kNonceBytes);

    const LockedBuffer wrappingKey = deriveKey(secret, slot.m_salt, cost);
    if (!wrappingKey) {
        return outOfMemory(cost.memLimit);
    }
    const QByteArray aad = slot.additionalData();
    slot.m_ciphertext.resize(kCiphertextBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(slot.m_ciphertext.data()), &written, dbKey.data(), SecretKey::kSize,
        bytes(aad), static_cast<unsigned long long>(aad.size()), nullptr, bytes(slot.m_nonce), wrappingKey.get());
    Q_ASSERT(written == kCiphertextBytes);
    return slot;
}

Result<KeySlot> KeySlot::parse(const QByteArray &fileBytes, const QString &path)
{
    if (!SodiumRuntime::initialize()) {
        return cryptoUnavailable();
    }
    if (fileBytes.size() > kMaximumFileSize) {
        return corrupt(path, QCoreApplication::translate("KeySlot", "the file is far too large"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(fileBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return corrupt(path, QCoreApplication::translate("KeySlot", "it is not valid JSON (truncated or edited?)"));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName)) {
        return corrupt(path, QCoreApplication::translate("KeySlot", "its format is not \"%1\"").arg(kFormatName));
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    quint64 versionNumber = 0;
    if (!readCount(version, &versionNumber)) {
        return corrupt(path, QCoreApplication::translate("KeySlot", "its version is missing or not a number"));
    }
    if (versionNumber != kVersion) {
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("KeySlot",
                                                     "The key slot file %1 has format version %2, but this "
                                                     "program reads version %3 only. Open the workspace "
                                                     "with the TrialDesk version that wrote it, or newer.")
                             .arg(path)
                             .arg(versionNumber)
                             .arg(kVersion));
    }

    KeySlot slot;
    const QString kind = root.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("user")) {
        slot.m_kind = Kind::User;
    } else if (kind == QLatin1String("recovery")) {
        slot.m_kind = Kind::Recovery;
    } else {
        return corrupt(path, QCoreApplication::translate("KeySlot", "its kind is neither \"user\" nor \"recovery\""));
    }
    const QJsonValue user = root.value(QStringLiteral("user"));
    slot.m_user = user.toString();
    const bool userOk = user.isString()
        && (slot.m_kind == Kind::User ? KeySlot::isValidUserName(slot.m_user) : slot.m_user.isEmpty());
    if (!userOk) {
        return corrupt(path, QCoreApplication::translate("KeySlot", "its user name is missing or not valid"));
    }
    slot.m_created = root.value(QStringLiteral("created")).toString();
    if (!Clock::parse(slot.m_created).isValid()) {
        return corrupt(path, QCoreApplication::translate("KeySlot", "its creation time is missing or not valid"));
    }
    if (!readHex(root.value(QStringLiteral("keyId")), kHashBytes, &slot.m_keyId)) {
        return corrupt(path, QCoreApplication::translate("KeySlot", "its key identifier is missing or not valid"));
    }

    const QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
    if (kdf.value(QStringLiteral("algorithm")).toString() != QLatin1String(kKdfAlgorithm)) {
        return corrupt(path, QCoreApplication::translate("KeySlot", "its key derivation is not %1").arg(kKdfAlgorithm));
    }
    if (!readCount(kdf.value(QStringLiteral("opsLimit")), &slot.m_cost.opsLimit)
        || !readCount(kdf.value(QStringLiteral("memLimit")), &slot.m_cost.memLimit)
        || !readHex(kdf.value(QStringLiteral("salt")), kSaltBytes, &slot.m_salt)) {
        return corrupt(
            path, QCoreApplication::translate("KeySlot", "its key derivation parameters are missing or not valid"));
    }
    const QJsonObject aead = root.value(QStringLiteral("aead")).toObject();
    if (aead.value(QStringLiteral("algorithm")).toString() != QLatin1String(kAeadAlgorithm)) {
        return corrupt(path, QCoreApplication::translate("KeySlot", "its encryption is not %1").arg(kAeadAlgorithm));
    }
    if (!readHex(aead.value(QStringLiteral("nonce")), kNonceBytes, &slot.m_nonce)
        || !readHex(aead.value(QStringLiteral("ciphertext")), kCiphertextBytes, &slot.m_ciphertext)) {
        return corrupt(path,
                       QCoreApplication::translate("KeySlot", "its nonce or wrapped key is missing or not valid"));
    }
    QByteArray storedChecksum;
    if (!readHex(root.value(QStringLiteral("checksum")), kHashBytes, &storedChecksum)) {
        return corrupt(path, QCoreApplication::translate("KeySlot", "its checksum is missing or not valid"));
    }
    if (storedChecksum != slot.checksum()) {
        return corrupt(path, QCoreApplication::translate("KeySlot", "its checksum does not match its contents"));
    }
    // After the checksum: a slot whose cost was lowered on purpose (with a recomputed checksum) is still refused.
    if (slot.m_cost.opsLimit < kMinimumOpsLimit || slot.m_cost.memLimit < kMinimumMemLimit) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("KeySlot",
                                                     "The key slot file %1 asks for Argon2id with %2 passes "
                                                     "over %3 MiB, below the minimum of %4 passes over %5 "
                                                     "MiB: it was not written by TrialDesk and may have "
                                                     "been forged. Restore it from a backup, or ask the "
                                                     "administrator to set up your key slot again.")
                             .arg(path)
                             .arg(slot.m_cost.opsLimit)
                             .arg(slot.m_cost.memLimit / (1024 * 1024))
                             .arg(kMinimumOpsLimit)
                             .arg(kMinimumMemLimit / (1024 * 1024)));
    }
    if (slot.m_cost.opsLimit > kMaximumOpsLimit || slot.m_cost.memLimit > kMaximumMemLimit) {
        return makeError(ErrorCode::Unsupported,
                         QCoreApplication::translate("KeySlot",
                                                     "The key slot file %1 asks for Argon2id with %2 passes "
                                                     "over %3 MiB, more than this program allows (%4 passes, "
                                                     "%5 MiB). Open the workspace with the TrialDesk version "
                                                     "that wrote it, or restore the file from a backup.")
                             .arg(path)
                             .arg(slot.m_cost.opsLimit)
                             .arg(slot.m_cost.memLimit / (1024 * 1024))
                             .arg(kMaximumOpsLimit)
                             .arg(kMaximumMemLimit / (1024 * 1024)));
    }
    return slot;
}

bool KeySlot::isValidUserName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64) {
        return false;
    }
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'.' && c != u'_' && c != u'-'))) {
            return false;
        }
    }
    return true;
}

QByteArray KeySlot::keyIdOf(const SecretKey &dbKey)
{
    if (!SodiumRuntime::initialize() || dbKey.isNull()) {
        return {};
    }
    QByteArray id(kHashBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(id.data()), kHashBytes,
                       reinterpret_cast<const unsigned char *>(kKeyIdMessage), sizeof(kKeyIdMessage) - 1, dbKey.data(),
                       SecretKey::kSize);
    return id;
}

Result<SecretKey> KeySlot::open(const QByteArray &secret, const QString &path) const
{
    if (!SodiumRuntime::initialize()) {
        return cryptoUnavailable();
    }
    const LockedBuffer wrappingKey = deriveKey(secret, m_salt, m_cost);
    if (!wrappingKey) {
        return outOfMemory(m_cost.memLimit);
    }
    const LockedBuffer plain = lockedBuffer(SecretKey::kSize);
    if (!plain) {
        return outOfMemory(m_cost.memLimit);
    }
    const QByteArray aad = additionalData();
    unsigned long long plainSize = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        plain.get(), &plainSize, nullptr, bytes(m_ciphertext), static_cast<unsigned long long>(m_ciphertext.size()),
        bytes(aad), static_cast<unsigned long long>(aad.size()), bytes(m_nonce), wrappingKey.get());
    if (rc != 0 || plainSize != SecretKey::kSize) {
        if (m_kind == Kind::Recovery) {
            return makeError(ErrorCode::AuthenticationFailed,
                             QCoreApplication::translate("KeySlot",
                                                         "The recovery code is wrong. Compare it with the "
                                                         "copy written down when the trial was created and "
                                                         "type it again."));
        }
        return makeError(ErrorCode::AuthenticationFailed,
                         QCoreApplication::translate("KeySlot",
                                                     "The password for user %1 is wrong. Check Caps Lock "
                                                     "and the keyboard layout, then try again.")
                             .arg(m_user));
    }
    Result<SecretKey> key = SecretKey::fromBytes(plain.get(), SecretKey::kSize);
    if (key.ok() && keyIdOf(key.value()) != m_keyId) {
        // The tag verified, so the key identifier was bound too: only a broken writer gets here.
        return corrupt(path, QCoreApplication::translate("KeySlot", "its key identifier does not match the key"));
    }
    return key;
}

QByteArray KeySlot::toJson() const
{
    QJsonObject kdf {
        { QStringLiteral("algorithm"), QLatin1String(kKdfAlgorithm) },
        { QStringLiteral("opsLimit"), static_cast<qint64>(m_cost.opsLimit) },
        { QStringLiteral("memLimit"), static_cast<qint64>(m_cost.memLimit) },
        { QStringLiteral("salt"), QString::fromLatin1(m_salt.toHex()) },
    };
    QJsonObject aead {
        { QStringLiteral("algorithm"), QLatin1String(kAeadAlgorithm) },
        { QStringLiteral("nonce"), QString::fromLatin1(m_nonce.toHex()) },
        { QStringLiteral("ciphertext"), QString::fromLatin1(m_ciphertext.toHex()) },
    };
    QJsonObject root {
        { QStringLiteral("format"), QLatin1String(kFormatName) },
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("kind"), kindText(m_kind) },
        { QStringLiteral("user"), m_user },
        { QStringLiteral("created"), m_created },
        { QStringLiteral("keyId"), QString::fromLatin1(m_keyId.toHex()) },
        { QStringLiteral("kdf"), kdf },
        { QStringLiteral("aead"), aead },
        { QStringLiteral("checksum"), QString::fromLatin1(checksum().toHex()) },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray KeySlot::additionalData() const
{
    QByteArray aad;
    auto line = [&aad](const char *name, const QByteArray &value) {
        aad.append(name).append('=').append(value).append('\n');
    };
    line("format", kFormatName);
    line("version", QByteArray::number(kVersion));
    line("kind", kindText(m_kind).toLatin1());
    line("user", m_user.toUtf8());
    line("created", m_created.toUtf8());
    line("key-id", m_keyId.toHex());
    line("kdf", kKdfAlgorithm);
    line("ops-limit", QByteArray::number(m_cost.opsLimit));
    line("mem-limit", QByteArray::number(m_cost.memLimit));
    line("salt", m_salt.toHex());
    line("aead", kAeadAlgorithm);
    return aad;
}

QByteArray KeySlot::checksum() const
{
    const QByteArray aad = additionalData();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kHashBytes);
    crypto_generichash_update(&state, bytes(aad), static_cast<unsigned long long>(aad.size()));
    crypto_generichash_update(&state, bytes(m_nonce), static_cast<unsigned long long>(m_nonce.size()));
    crypto_generichash_update(&state, bytes(m_ciphertext), static_cast<unsigned long long>(m_ciphertext.size()));
    QByteArray digest(kHashBytes, '\0');
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(digest.data()), kHashBytes);
    return digest;
}

} // namespace trialdesk::core
