#include "core/security/RecoveryCode.h"

#include "core/security/SodiumRuntime.h"

#include <QCoreApplication>

#include <sodium.h>

#include <stdexcept>

namespace trialdesk::core {

namespace {

// The symbol a typed character stands for, or 0 when it is not one. Separators are handled by the caller.
char symbolFor(QChar typed)
{
    const char16_t c = typed.toUpper().unicode();
    switch (c) {
    case u'O':
        return '0';
    case u'I':
    case u'L':
        return '1';
    default:
        break;
    }
    if (c < 0x80) {
        for (const char symbol : RecoveryCode::kAlphabet) {
            if (symbol != '\0' && c == static_cast<char16_t>(symbol)) {
                return symbol;
            }
        }
    }
    return 0;
}

bool isSeparator(QChar typed)
{
    // Word processors and mail clients turn "-" into other dashes and insert non-breaking spaces.
    return typed.isSpace() || typed.category() == QChar::Punctuation_Dash;
}

} // namespace

QString RecoveryCode::generate()
{
    if (!SodiumRuntime::initialize()) {
        throw std::runtime_error("libsodium could not be initialised");
    }
    QByteArray symbols(kSymbols, '\0');
    for (int i = 0; i < kSymbols; ++i) {
        // randombytes_uniform is unbiased; 32 divides 2^32 anyway.
        symbols[i] = kAlphabet[randombytes_uniform(32)];
    }
    const QString code = format(symbols);
    sodium_memzero(symbols.data(), static_cast<size_t>(symbols.size()));
    return code;
}

Result<QByteArray> RecoveryCode::normalize(const QString &typed)
{
    QByteArray symbols;
    symbols.reserve(kSymbols);
    int position = 0;
    for (const QChar ch : typed) {
        ++position;
        if (isSeparator(ch)) {
            continue;
        }
        const char symbol = symbolFor(ch);
        if (symbol == 0 || symbols.size() >= kSymbols) {
            sodium_memzero(symbols.data(), static_cast<size_t>(symbols.size()));
            if (symbol == 0) {
                // The position, not the character: the message may end up in a log and the code is a secret.
                return makeError(ErrorCode::InvalidInput,
                                 QCoreApplication::translate(
                                     "RecoveryCode",
                                     "Character %1 of the recovery code is not one of its letters or digits. "
                                     "Check the code as written down and type it again.")
                                     .arg(position));
            }
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "RecoveryCode",
                                 "The recovery code typed is too long: a recovery code has %1 letters and digits "
                                 "in groups of %2. Check the code as written down and type it again.")
                                 .arg(kSymbols)
                                 .arg(kGroupSize));
        }
        symbols.append(symbol);
    }
    if (symbols.size() != kSymbols) {
        const qsizetype found = symbols.size();
        sodium_memzero(symbols.data(), static_cast<size_t>(symbols.size()));
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "RecoveryCode",
                             "The recovery code typed has %1 letters and digits, but a recovery code has %2 in "
                             "groups of %3. Check the code as written down and type it again.")
                             .arg(found)
                             .arg(kSymbols)
                             .arg(kGroupSize));
    }
    return symbols;
}

QString RecoveryCode::format(const QByteArray &normalized)
{
    QString code;
    code.reserve(normalized.size() + normalized.size() / kGroupSize);
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        if (i > 0 && i % kGroupSize == 0) {
            code.append(u'-');
        }
        code.append(QLatin1Char(normalized.at(i)));
    }
    return code;
}

} // namespace trialdesk::core
