#include "randomization/Seed.h"

#include <QCoreApplication>

namespace trialdesk::randomization {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

Checked<Seed> Seed::fromHex(const QString &text, const QString &field)
{
    const QString digits = text.trimmed();
    if (digits.size() != 64) {
        return Problem { field,
                         QCoreApplication::translate("trialdesk::randomization::Seed",
                                                     "The seed must be exactly 64 hexadecimal digits (256 bits); %1 "
                                                     "characters were given. Generate one with \"trialdesk-cli design "
                                                     "seed\".")
                             .arg(digits.size()) };
    }
    Words words {};
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const int value = hexValue(digits.at(i));
        if (value < 0) {
            return Problem { field,
                             QCoreApplication::translate("trialdesk::randomization::Seed",
                                                         "The seed may hold only the hexadecimal digits 0-9 and "
                                                         "a-f; character %1 (\"%2\") is not one.")
                                 .arg(i + 1)
                                 .arg(digits.at(i)) };
        }
        words[static_cast<std::size_t>(i / 8)] = (words[static_cast<std::size_t>(i / 8)] << 4) | std::uint32_t(value);
    }
    return Seed(words);
}

QString Seed::toHex() const
{
    QString text;
    text.reserve(64);
    for (std::uint32_t word : m_words)
        text += QStringLiteral("%1").arg(word, 8, 16, QLatin1Char('0'));
    return text;
}

} // namespace trialdesk::randomization
