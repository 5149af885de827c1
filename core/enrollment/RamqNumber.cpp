#include "core/enrollment/RamqNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::RamqNumber)
};

// Upper-case ASCII letters only, accents removed: "Côté-Lévesque" -> "COTELEVESQUE".
QString foldedLetters(const QString &name)
{
    QString folded;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        const QChar upper = c.toUpper();
        if (upper >= QLatin1Char('A') && upper <= QLatin1Char('Z'))
            folded.append(upper);
    }
    return folded;
}

} // namespace

QString RamqNumber::normalize(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (!c.isSpace())
            out.append(c.toUpper());
    return out;
}

Status RamqNumber::validate(const QString &number, const QDate &dateOfBirth, const QString &sex,
                            const QString &lastName, const QString &firstName)
{
    static const QRegularExpression format(QStringLiteral("^[A-Z]{4}[0-9]{8}$"));
    const QString n = normalize(number);
    if (!format.match(n).hasMatch())
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("\"%1\" is not a RAMQ number: it has 4 letters then 8 digits, e.g. TREM 6401 0112.").arg(number));
    const int yy = n.mid(4, 2).toInt();
    const int mmCoded = n.mid(6, 2).toInt();
    const int dd = n.mid(8, 2).toInt();
    const bool female = mmCoded > 50;
    const int mm = female ? mmCoded - 50 : mmCoded;
    // The century is not coded: any century gives a valid day except for 29 February.
    if (mm < 1 || mm > 12 || (!QDate(2000 + yy, mm, dd).isValid() && !QDate(1900 + yy, mm, dd).isValid()))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The RAMQ number %1 does not hold a valid birth date (digits 5 to 10 are YYMMDD, "
                                "with 50 added to the month for women). Check the card.")
                             .arg(n));
    if (dateOfBirth.isValid()
        && (dateOfBirth.year() % 100 != yy || dateOfBirth.month() != mm || dateOfBirth.day() != dd))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The RAMQ number %1 does not match the date of birth %2. Check both on the card.")
                             .arg(n, dateOfBirth.toString(Qt::ISODate)));
    if ((sex == QLatin1String("F") && !female) || (sex == QLatin1String("M") && female))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The RAMQ number %1 codes the other sex than the one recorded at screening (the month "
                                "has 50 added for women). Check the card and the screening.")
                             .arg(n));
    if (!lastName.trimmed().isEmpty() && !firstName.trimmed().isEmpty()) {
        const QString last = foldedLetters(lastName);
        const QString first = foldedLetters(firstName);
        // Compound or changed names often differ from the card after the first letter: only a
        // different initial refuses.
        if (!last.isEmpty() && !first.isEmpty() && (n.at(0) != last.at(0) || n.at(3) != first.at(0)))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The RAMQ number %1 does not start with the initials of %2 %3 (3 letters of the "
                                    "last name, then the first name's initial). Check the card and the names.")
                                 .arg(n, firstName.trimmed(), lastName.trimmed()));
    }
    return {};
}

} // namespace trialdesk::core
