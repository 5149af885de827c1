#pragma once

#include "core/Result.h"
#include "core/security/SecretKey.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace trialdesk::core {

// One key slot: the 32-byte database key wrapped (XChaCha20-Poly1305) under a key derived (Argon2id) from
// a user's password or from the recovery code, with the header bound to the ciphertext as additional data.
// docs/key-slots.md is the normative description of the file and of every byte fed to the primitives:
// the trial must stay readable for 15 years with or without TrialDesk, so change both together.
class KeySlot
{
public:
    enum class Kind { User, Recovery };

    // Argon2id cost: opsLimit passes over memLimit bytes (libsodium's crypto_pwhash limits).
    struct KdfCost
    {
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
    };

    static constexpr const char *kFormatName = "trialdesk-key-slot";
    static constexpr int kVersion = 1;
    // The floor set by the trial's security plan; a slot below it is refused, so a forged cheap slot
    // cannot replace a real one unnoticed.
    static constexpr quint64 kMinimumOpsLimit = 3;
    static constexpr quint64 kMinimumMemLimit = quint64(64) * 1024 * 1024;
    // A ceiling, so a tampered slot cannot make a login allocate unbounded memory or spin for hours.
    static constexpr quint64 kMaximumOpsLimit = 64;
    static constexpr quint64 kMaximumMemLimit = quint64(4) * 1024 * 1024 * 1024;
    // RFC 9106's second recommended option (the first needs 2 GiB, too much for clinic workstations).
    static constexpr KdfCost kDefaultCost { 3, quint64(64) * 1024 * 1024 };
    // A real slot is under 1 KiB; anything far bigger is not one and is not read whole.
    static constexpr qint64 kMaximumFileSize = 64 * 1024;

    // Wraps dbKey under a key derived from secret (a password's UTF-8 bytes, or a normalized recovery
    // code). user is empty for the recovery slot; created is an ISO 8601 UTC time (Clock::format).
    static Result<KeySlot> seal(Kind kind, const QString &user, const QByteArray &secret, const SecretKey &dbKey,
                                KdfCost cost, const QString &created);
    // Reads a slot file's bytes; path only names the file in error messages. Checks format, version,
    // every field, the cost limits and the checksum, so damage is reported as such, not as a wrong password.
    static Result<KeySlot> parse(const QByteArray &fileBytes, const QString &path);
    // BLAKE2b-256 keyed with the database key over a fixed string: tells which key a slot wraps without
    // revealing anything about it, so slots left stale by a key rotation are recognised.
    static QByteArray keyIdOf(const SecretKey &dbKey);
    // [a-z0-9._-]{1,64}, starting with a letter or a digit: safe in a file name and in the header lines.
    static bool isValidUserName(const QString &name);

    // The database key, or AuthenticationFailed when secret is not the one the slot was sealed with.
    Result<SecretKey> open(const QByteArray &secret, const QString &path) const;

    // The file's bytes (indented JSON).
    QByteArray toJson() const;
    // The AEAD additional data: the header as "name=value\n" lines (see docs/key-slots.md).
    QByteArray additionalData() const;

    Kind kind() const { return m_kind; }
    QString user() const { return m_user; }
    QString created() const { return m_created; }
    QByteArray keyId() const { return m_keyId; }
    KdfCost cost() const { return m_cost; }

private:
    KeySlot() = default;

    // Unkeyed BLAKE2b-256 of additionalData() || nonce || ciphertext: catches accidental damage
    // (the AEAD tag alone cannot tell damage from a wrong password).
    QByteArray checksum() const;

    Kind m_kind = Kind::User;
    QString m_user;
    QString m_created;
    QByteArray m_keyId;
    KdfCost m_cost;
    QByteArray m_salt;
    QByteArray m_nonce;
    QByteArray m_ciphertext;
};

} // namespace trialdesk::core
