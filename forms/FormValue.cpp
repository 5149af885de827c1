#include "forms/FormValue.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace trialdesk::forms {

namespace {

// Far beyond any clinical value, small enough that a double holds every such integer exactly.
constexpr double maxMagnitude = 1e12;
constexpr qsizetype maxTextLength = 10000;

bool isIntegerText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?[0-9]{1,13}$"));
    return pattern.match(text).hasMatch();
}

bool isDecimalText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?([0-9]{1,13}(\\.[0-9]{0,12})?|\\.[0-9]{1,12})$"));
    return pattern.match(text).hasMatch();
}

// Decimal places actually used ("72.50" uses 1).
int decimalPlaces(const QString &text)
{
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    if (point < 0)
        return 0;
    qsizetype end = text.size();
    while (end > point + 1 && text.at(end - 1) == QLatin1Char('0'))
        --end;
    return static_cast<int>(end - point - 1);
}

bool isNumberType(const Item &item)
{
    return item.isNumeric();
}

QString expectedNumber(const Item &item)
{
    if (item.type == ItemType::Integer || item.type == ItemType::Scale)
        return FormValue::tr("Enter a whole number.");
    if (item.precision == 0)
        return FormValue::tr("Enter a whole number.");
    return FormValue::tr("Enter a number with at most %n decimal place(s).", nullptr, item.precision);
}

Parsed<QString> normalizeNumber(const Item &item, const QString &text)
{
    const bool whole = item.type == ItemType::Integer || item.type == ItemType::Scale;
    if (whole) {
        if (!isIntegerText(text))
            return Parsed<QString>::failure(expectedNumber(item));
        const qint64 value = text.toLongLong();
        if (std::abs(static_cast<double>(value)) > maxMagnitude)
            return Parsed<QString>::failure(FormValue::tr("The number is too large."));
        return FormValue::formatInteger(value);
    }
    if (!isDecimalText(text) || decimalPlaces(text) > item.precision)
        return Parsed<QString>::failure(expectedNumber(item));
    const double value = text.toDouble();
    if (std::abs(value) > maxMagnitude)
        return Parsed<QString>::failure(FormValue::tr("The number is too large."));
    return FormValue::formatDecimal(item, value);
}

} // namespace

QString FormValue::missingCodeName(MissingCode code)
{
    switch (code) {
    case MissingCode::NotDone:
        return QStringLiteral("not_done");
    case MissingCode::Unknown:
        return QStringLiteral("unknown");
    case MissingCode::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<MissingCode> FormValue::missingCodeFromName(const QString &name)
{
    for (MissingCode code : { MissingCode::NotDone, MissingCode::Unknown, MissingCode::Refused }) {
        if (missingCodeName(code) == name)
            return code;
    }
    return std::nullopt;
}

QStringList FormValue::missingCodeNames()
{
    return { missingCodeName(MissingCode::NotDone), missingCodeName(MissingCode::Unknown),
             missingCodeName(MissingCode::Refused) };
}

QString FormValue::missingCodeLabel(MissingCode code)
{
    switch (code) {
    case MissingCode::NotDone:
        return tr("Not done");
    case MissingCode::Unknown:
        return tr("Unknown");
    case MissingCode::Refused:
        return tr("Refused");
    }
    return {};
}

QString FormValue::missingCodeLabel(const QString &name)
{
    const auto code = missingCodeFromName(name);
    return code ? missingCodeLabel(*code) : name;
}

Parsed<QString> FormValue::normalize(const Item &item, const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QString();
    switch (item.type) {
    case ItemType::Integer:
    case ItemType::Decimal:
    case ItemType::Scale:
        return normalizeNumber(item, text);
    case ItemType::Computed:
        if (!item.bands.isEmpty()) {
            if (!item.band(text))
                return Parsed<QString>::failure(tr("\"%1\" is not one of this score's bands.").arg(text));
            return text;
        }
        return normalizeNumber(item, text);
    case ItemType::Text:
        if (text.size() > maxTextLength)
            return Parsed<QString>::failure(tr("The text is longer than %1 characters.").arg(maxTextLength));
        return text;
    case ItemType::Date: {
        static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!pattern.match(text).hasMatch() || !date.isValid())
            return Parsed<QString>::failure(tr("Enter a date as YYYY-MM-DD."));
        return formatDate(date);
    }
    case ItemType::YesNo:
        if (text == QLatin1String("1") || text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return formatYesNo(true);
        if (text == QLatin1String("0") || text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return formatYesNo(false);
        return Parsed<QString>::failure(tr("Answer yes (1) or no (0)."));
    case ItemType::SingleChoice:
        if (!item.choice(text))
            return Parsed<QString>::failure(tr("\"%1\" is not one of the choices.").arg(text));
        return text;
    case ItemType::MultipleChoice: {
        QStringList codes;
        for (const QString &part : text.split(QLatin1Char('|'))) {
            const QString code = part.trimmed();
            if (!item.choice(code))
                return Parsed<QString>::failure(tr("\"%1\" is not one of the choices.").arg(code));
            if (codes.contains(code))
                return Parsed<QString>::failure(tr("\"%1\" is selected twice.").arg(code));
            codes.append(code);
        }
        return formatChoices(item, codes);
    }
    }
    return Parsed<QString>::failure(tr("Unknown item type."));
}

Parsed<QString> FormValue::fromInput(const Item &item, const QString &input, const QLocale &locale)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QString();
    switch (item.type) {
    case ItemType::Integer:
    case ItemType::Decimal:
    case ItemType::Scale:
    case ItemType::Computed: {
        if (item.type == ItemType::Computed && !item.bands.isEmpty())
            break;
        // Group separators are dropped; the locale's decimal separator becomes '.'.
        QString plain;
        for (QChar c : text) {
            if (c.isSpace() || QString(c) == locale.groupSeparator())
                continue;
            plain += QString(c) == locale.decimalPoint() ? QLatin1Char('.') : c;
        }
        if (locale.negativeSign() != QLatin1String("-"))
            plain.replace(locale.negativeSign(), QStringLiteral("-"));
        return normalize(item, plain);
    }
    case ItemType::Date: {
        if (Parsed<QString> iso = normalize(item, text))
            return iso;
        for (QLocale::FormatType format : { QLocale::ShortFormat, QLocale::LongFormat }) {
            QDate date = locale.toDate(text, format);
            if (date.isValid()) {
                // Two-digit years mean this century and the last, not the 1900s only.
                if (date.year() < 1930 && !text.contains(QString::number(date.year())))
                    date = date.addYears(100);
                return formatDate(date);
            }
        }
        return Parsed<QString>::failure(
            tr("Enter a date as YYYY-MM-DD or as %1.").arg(locale.dateFormat(QLocale::ShortFormat)));
    }
    case ItemType::YesNo: {
        const QStringList yes { tr("Yes"), QStringLiteral("yes"), QStringLiteral("oui"), QStringLiteral("y"),
                                QStringLiteral("o") };
        const QStringList no { tr("No"), QStringLiteral("no"), QStringLiteral("non"), QStringLiteral("n") };
        if (yes.contains(text, Qt::CaseInsensitive))
            return formatYesNo(true);
        if (no.contains(text, Qt::CaseInsensitive))
            return formatYesNo(false);
        break;
    }
    case ItemType::SingleChoice:
        // A code wins over a label that happens to spell another choice's code.
        if (item.choice(text))
            return text;
        for (const Choice &choice : item.choices) {
            if (text.compare(choice.label.current(), Qt::CaseInsensitive) == 0)
                return choice.code;
        }
        break;
    case ItemType::MultipleChoice: {
        QStringList codes;
        for (const QString &part : text.split(QRegularExpression(QStringLiteral("[|,;]")))) {
            const QString code = part.trimmed();
            QString found = item.choice(code) ? code : QString();
            for (qsizetype i = 0; found.isEmpty() && i < item.choices.size(); ++i) {
                if (code.compare(item.choices.at(i).label.current(), Qt::CaseInsensitive) == 0)
                    found = item.choices.at(i).code;
            }
            if (found.isEmpty())
                return Parsed<QString>::failure(tr("\"%1\" is not one of the choices.").arg(code));
            codes.append(found);
        }
        codes.removeDuplicates();
        return formatChoices(item, codes);
    }
    case ItemType::Text:
        break;
    }
    return normalize(item, text);
}

Parsed<QString> FormValue::fromJson(const Item &item, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        if (item.type != ItemType::YesNo)
            return Parsed<QString>::failure(tr("true or false only answers a yes/no question."));
        return formatYesNo(value.toBool());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::abs(number) > maxMagnitude)
            return Parsed<QString>::failure(tr("The number is too large."));
        const bool whole = std::floor(number) == number;
        if (isNumberType(item)) {
            if (item.type == ItemType::Integer || item.type == ItemType::Scale) {
                if (!whole)
                    return Parsed<QString>::failure(expectedNumber(item));
                return formatInteger(static_cast<qint64>(number));
            }
            const QString formatted = formatDecimal(item, number);
            if (std::abs(formatted.toDouble() - number) > 1e-9 * qMax(1.0, std::abs(number)))
                return Parsed<QString>::failure(expectedNumber(item));
            return formatted;
        }
        if (whole && item.type != ItemType::Text)
            return normalize(item, formatInteger(static_cast<qint64>(number)));
        return Parsed<QString>::failure(tr("A number does not answer this question; give a text."));
    }
    case QJsonValue::String:
        return normalize(item, value.toString());
    case QJsonValue::Array: {
        if (item.type != ItemType::MultipleChoice)
            return Parsed<QString>::failure(tr("A list only answers a multiple-choice question."));
        QStringList codes;
        for (const QJsonValue &element : value.toArray()) {
            if (!element.isString())
                return Parsed<QString>::failure(tr("Give the choices as a list of codes."));
            codes.append(element.toString());
        }
        return normalize(item, codes.join(QLatin1Char('|')));
    }
    case QJsonValue::Object:
        break;
    }
    return Parsed<QString>::failure(tr("An object does not answer a question."));
}

QString FormValue::formatInteger(qint64 value)
{
    return QString::number(value);
}

QString FormValue::formatDecimal(const Item &item, double value)
{
    QString text = QString::number(value, 'f', item.precision);
    // "-0.0" would make equal values differ.
    static const QRegularExpression negativeZero(QStringLiteral("^-0(\\.0*)?$"));
    if (negativeZero.match(text).hasMatch())
        text.remove(0, 1);
    return text;
}

QString FormValue::formatDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString FormValue::formatYesNo(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString FormValue::formatChoices(const Item &item, const QStringList &codes)
{
    QStringList ordered;
    for (const Choice &choice : item.choices) {
        if (codes.contains(choice.code))
            ordered.append(choice.code);
    }
    return ordered.join(QLatin1Char('|'));
}

std::optional<double> FormValue::toNumber(const Item &item, const QString &canonical)
{
    if (!item.isNumeric() || canonical.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = canonical.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

QDate FormValue::toDate(const QString &canonical)
{
    return QDate::fromString(canonical, Qt::ISODate);
}

std::optional<bool> FormValue::toYesNo(const QString &canonical)
{
    if (canonical == QLatin1String("1"))
        return true;
    if (canonical == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QStringList FormValue::toCodes(const QString &canonical)
{
    if (canonical.isEmpty())
        return {};
    return canonical.split(QLatin1Char('|'));
}

QString FormValue::display(const Item &item, const QString &canonical, const QLocale &locale)
{
    if (canonical.isEmpty())
        return {};
    auto withUnit
        = [&](const QString &number) { return item.unit.isEmpty() ? number : number + QLatin1Char(' ') + item.unit; };
    switch (item.type) {
    case ItemType::Integer:
    case ItemType::Scale: {
        bool ok = false;
        const qint64 value = canonical.toLongLong(&ok);
        return ok ? withUnit(locale.toString(value)) : canonical;
    }
    case ItemType::Decimal:
    case ItemType::Computed: {
        if (const Band *band = item.band(canonical))
            return band->label.current();
        const auto value = toNumber(item, canonical);
        if (!value)
            return canonical;
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        return withUnit(plain.toString(*value, 'f', item.precision));
    }
    case ItemType::Date: {
        const QDate date = toDate(canonical);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : canonical;
    }
    case ItemType::YesNo:
        if (const auto value = toYesNo(canonical))
            return *value ? tr("Yes") : tr("No");
        return canonical;
    case ItemType::SingleChoice: {
        const Choice *choice = item.choice(canonical);
        return choice ? choice->label.current() : canonical;
    }
    case ItemType::MultipleChoice: {
        QStringList labels;
        for (const QString &code : toCodes(canonical)) {
            const Choice *choice = item.choice(code);
            labels.append(choice ? choice->label.current() : code);
        }
        return labels.join(QStringLiteral(", "));
    }
    case ItemType::Text:
        return canonical;
    }
    return canonical;
}

} // namespace trialdesk::forms
