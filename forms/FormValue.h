#pragma once

#include "forms/FormDefinition.h"
#include "forms/Parsed.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::forms {

enum class MissingCode { NotDone, Unknown, Refused };

// The canonical text of each item type's value, as stored in item_values.value and exported:
// - Integer: "-12"; Scale: the integer, "7";
// - Decimal and Computed: C locale, fixed with the item's precision ("72.5" for precision 1,
//   "3" for precision 0); a Computed item with bands stores its band code ("mild");
// - Date: "YYYY-MM-DD"; YesNo: "1" / "0";
// - SingleChoice: the choice code; MultipleChoice: the codes joined by "|" in definition order
//   ("" = none selected is not a value: leave the item empty);
// - Text: as typed (trimmed).
// An empty string always means "no value".
class FormValue
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::forms::FormValue)

public:
    static QString missingCodeName(MissingCode code); // "not_done", "unknown", "refused"
    static std::optional<MissingCode> missingCodeFromName(const QString &name);
    static QStringList missingCodeNames();
    static QString missingCodeLabel(MissingCode code); // translated: "Not done"...
    static QString missingCodeLabel(const QString &name); // the name itself when unknown

    // Checks that `text` is a canonical value of the item's type and, for choices, a known code;
    // accepts non-canonical but unambiguous C-locale forms ("72.50", "+3", "b|a") and returns the
    // canonical text. Ranges are not checked here (see FormEvaluator::validate).
    static Parsed<QString> normalize(const Item &item, const QString &text);
    // As typed by a user in `locale` (decimal comma in French, the locale's short date format or
    // ISO); falls back to the C locale.
    static Parsed<QString> fromInput(const Item &item, const QString &text, const QLocale &locale = QLocale());
    // From a JSON value (the CLI's --values file): numbers, strings, booleans for yes/no, arrays of
    // codes for multiple choice, null = no value.
    static Parsed<QString> fromJson(const Item &item, const QJsonValue &value);

    static QString formatInteger(qint64 value);
    static QString formatDecimal(const Item &item, double value);
    static QString formatDate(const QDate &date);
    static QString formatYesNo(bool value);
    static QString formatChoices(const Item &item, const QStringList &codes); // definition order

    // Reading canonical values back. Empty optional / invalid date / empty list when the text is not
    // a value of that type.
    static std::optional<double> toNumber(const Item &item, const QString &canonical);
    static QDate toDate(const QString &canonical);
    static std::optional<bool> toYesNo(const QString &canonical);
    static QStringList toCodes(const QString &canonical);

    // For people: numbers in the locale with the unit, dates in the locale's short format, "Yes"/
    // "No", choice and band labels in the current language, multiple choices joined by ", ".
    static QString display(const Item &item, const QString &canonical, const QLocale &locale = QLocale());
};

} // namespace trialdesk::forms
