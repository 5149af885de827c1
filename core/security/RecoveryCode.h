#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace trialdesk::core {

// The recovery code opens the recovery key slot when every password is lost. It is shown once, written
// down by hand and typed back years later, so it uses Crockford's base32 alphabet (no I, L, O, U) in
// groups of four: 28 symbols, 140 random bits, e.g. "7K3M-XQ2P-...". Typing is forgiving: case, spaces,
// dashes and the look-alikes O/o (zero) and I/i/L/l (one) are normalized away.
class RecoveryCode
{
public:
    static constexpr int kSymbols = 28; // 5 bits each: 140 bits
    static constexpr int kGroupSize = 4;
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    // A fresh code, formatted for display (groups of four joined by dashes).
    static QString generate();
    // The code as the key derivation uses it: exactly kSymbols upper-case alphabet bytes, no separators.
    // The caller wipes the returned array (sodium_memzero) once used.
    static Result<QByteArray> normalize(const QString &typed);
    // Groups of four joined by dashes, from a normalized code.
    static QString format(const QByteArray &normalized);
};

} // namespace trialdesk::core
