#pragma once

#include "randomization/Checked.h"

#include <QString>

#include <array>
#include <cstdint>

namespace trialdesk::randomization {

// The 256-bit trial seed of spec v1: eight 32-bit words w0..w7, each read big-endian from
// 8 of the 64 hexadecimal digits, in order.
class Seed
{
public:
    using Words = std::array<std::uint32_t, 8>;

    Seed() = default;
    explicit Seed(const Words &words)
        : m_words(words)
    {
    }

    // Exactly 64 hexadecimal digits (either case, surrounding spaces ignored).
    static Checked<Seed> fromHex(const QString &text, const QString &field = QStringLiteral("seed"));

    // 64 lower-case hexadecimal digits.
    QString toHex() const;
    const Words &words() const { return m_words; }

    bool operator==(const Seed &other) const = default;

private:
    Words m_words {};
};

} // namespace trialdesk::randomization
