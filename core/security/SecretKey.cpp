#include "core/security/SecretKey.h"

#include "core/security/SodiumRuntime.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstring>
#include <new>
#include <stdexcept>
#include <utility>

namespace trialdesk::core {

template <typename Fill> SecretKey SecretKey::make(Fill fill)
{
    if (!SodiumRuntime::initialize()) {
        throw std::runtime_error("libsodium could not be initialised");
    }
    // sodium_malloc surrounds the region with guard pages and locks it with sodium_mlock (kept out of swap);
    // sodium_free wipes it.
    auto *memory = static_cast<unsigned char *>(sodium_malloc(kSize));
    if (memory == nullptr) {
        throw std::bad_alloc();
    }
    fill(memory);
    // Nothing writes a key after it is filled: a stray write now faults instead of corrupting it.
    sodium_mprotect_readonly(memory);
    SecretKey key;
    key.m_data = memory;
    return key;
}

SecretKey SecretKey::random()
{
    return make([](unsigned char *memory) { randombytes_buf(memory, kSize); });
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
    return make([bytes](unsigned char *memory) { memcpy(memory, bytes, kSize); });
}

SecretKey::SecretKey(SecretKey &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
{
}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
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
    }
}

QByteArray SecretKey::toByteArray() const
{
    if (m_data == nullptr) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(m_data), kSize);
}

bool SecretKey::equals(const SecretKey &other) const
{
    if (m_data == nullptr || other.m_data == nullptr) {
        return m_data == other.m_data;
    }
    return sodium_memcmp(m_data, other.m_data, kSize) == 0;
}

} // namespace trialdesk::core
