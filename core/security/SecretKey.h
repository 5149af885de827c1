#pragma once

#include "core/Result.h"

#include <QByteArray>

namespace trialdesk::core {

// A secret kept out of swap and core dumps: libsodium's guarded allocation (sodium_malloc locks the
// pages), read-only once filled, wiped when destroyed. It can be moved but never copied, so exactly
// one owner wipes it. Usually a 32-byte key (the database key, or a key derived from a password);
// holding() keeps a secret of any length, such as a trial server password a session must present
// again for a worker thread's connection.
class SecretKey
{
public:
    static constexpr int kSize = 32;

    // 32 bytes from libsodium's random source. Throws std::bad_alloc when locked memory cannot be
    // had and std::runtime_error when libsodium cannot start: there is no safe way to continue.
    static SecretKey random();
    // A copy of exactly kSize bytes; the caller still owns (and wipes) its own array.
    static Result<SecretKey> fromBytes(const QByteArray &bytes);
    // The same from raw memory, so a key decrypted into locked memory never passes through a QByteArray.
    static Result<SecretKey> fromBytes(const unsigned char *bytes, qsizetype size);
    // A copy of a secret of any length (at least one byte); the caller still wipes its own array.
    static Result<SecretKey> holding(const QByteArray &secret);

    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;
    ~SecretKey();

    // Null only after being moved from.
    bool isNull() const { return m_data == nullptr; }
    const unsigned char *data() const { return m_data; }
    int size() const { return m_data ? m_size : 0; }

    // A plain copy for APIs that need one (e.g. the SQLCipher key). The caller must sodium_memzero it.
    QByteArray toByteArray() const;
    // Constant-time comparison; two null keys are equal.
    bool equals(const SecretKey &other) const;

private:
    SecretKey() = default;
    // Allocates `size` guarded bytes, lets fill() write them, then makes them read-only.
    template <typename Fill> static SecretKey make(int size, Fill fill);
    void release() noexcept;

    unsigned char *m_data = nullptr;
    int m_size = 0;
};

} // namespace trialdesk::core
