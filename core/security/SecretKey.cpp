#include "core/security/SecretKey.h"

#include "core/security/SodiumRuntime.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>
#include <new>
#include <stdexcept>
#include <utility>

namespace trialdesk::core {

template <typename Fill> SecretKey SecretKey::make(int size, Fill fill)
{
    if (!SodiumRuntime::initialize()) {
        throw std::runtime_error("libsodium could not be initialised");
    }
    // sodium_malloc surrounds the region with guard pages and locks it with sodium_mlock (kept out of swap);
    // sodium_free wipes it.
    auto *memory = static_cast<unsigned char *>(sodium_malloc(size_t(size)));
    if (memory == nullptr) {
        throw std::bad_alloc();
    }
    fill(memory);
    // Nothing writes a key after it is filled: a stray write now faults instead of corrupting it.
    sodium_mprotect_readonly(memory);
    SecretKey key;
    key.m_data = memory;
    key.m_size = size;
    return key;
}

SecretKey SecretKey::random()
{
    return make(kSize, [](unsigned char *memory) { randombytes_buf(memory, kSize); });
}

Result<SecretKey> SecretKey::fromBytes(const QByteArray &bytes)
{
    return fromBytes(reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size());
}

Result<SecretKey> SecretKey::fromBytes(const unsigned char *bytes, qsizetype size)
{
    if (size != kSize) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("SecretKey", "A key must be exactly %1 bytes long, not %2 bytes.")
                             .arg(kSize)
                             .arg(size));
    }
    return make(kSize, [bytes](unsigned char *memory) { memcpy(memory, bytes, kSize); });
}

Result<SecretKey> SecretKey::holding(const QByteArray &secret)
{
    if (secret.isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("SecretKey", "The secret is empty."));
    const int size = int(secret.size());
    return make(size, [&secret, size](unsigned char *memory) { memcpy(memory, secret.constData(), size_t(size)); });
}

SecretKey::SecretKey(SecretKey &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretKey::~SecretKey()
{
    release();
}

void SecretKey::release() noexcept
{
    if (m_data != nullptr) {
        // sodium_free makes the pages writable, zeroes them, unlocks and frees them.
        sodium_free(m_data);
        m_data = nullptr;
        m_size = 0;
    }
}

QByteArray SecretKey::toByteArray() const
{
    if (m_data == nullptr) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(m_data), m_size);
}

bool SecretKey::equals(const SecretKey &other) const
{
    if (m_data == nullptr || other.m_data == nullptr) {
        return m_data == other.m_data;
    }
    return m_size == other.m_size && sodium_memcmp(m_data, other.m_data, size_t(m_size)) == 0;
}

} // namespace trialdesk::core
