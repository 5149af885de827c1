#pragma once

#include "forms/Parsed.h"
#include "translations/LocalizedText.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::forms {

enum class ItemType { Integer, Decimal, Text, Date, YesNo, SingleChoice, MultipleChoice, Scale, Computed };

// Intervention: intervention-only forms (the patient-partner contact log), never shown to blinded roles.
enum class FormCategory { Eligibility, Baseline, Outcome, Intervention, Safety, Administrative };

struct Choice
{
    QString code;
    i18n::LocalizedText label;
};

// A band of a computed score (PHQ-9 severity...): the score falls in [minimum, maximum].
struct Band
{
    double minimum = 0;
    double maximum = 0;
    QString code;
    i18n::LocalizedText label;
};

// A cross-item check: when the condition `when` holds, the entry is invalid and `message` is shown
// on `itemCode` (JSON: {"if": "...", "item": "...", "message": {"fr": ..., "en": ...}}).
struct Rule
{
    QString when;
    QString itemCode;
    i18n::LocalizedText message;
};

struct Item
{
    QString code;
    i18n::LocalizedText label;
    i18n::LocalizedText help;
    ItemType type = ItemType::Text;
    bool required = false;
    // Integer, Decimal, Computed (without bands): inclusive range; Text: minimum/maximum length.
    std::optional<double> minimum;
    std::optional<double> maximum;
    int precision = 0; // decimal places of Decimal (default 1) and Computed (default 0) values
    QString unit;
    QList<Choice> choices; // SingleChoice, MultipleChoice
    int scaleMin = 0; // Scale
    int scaleMax = 10;
    i18n::LocalizedText scaleMinLabel; // anchors of the scale's ends
    i18n::LocalizedText scaleMaxLabel;
    QString showIf; // expression; empty = always shown
    // Computed: an expression over numeric, yes/no (1/0), numeric-coded single-choice and
    // multiple-choice (selected_count) items, e.g. "sum(phq9_1, phq9_2)". The aggregates sum()
    // and mean() give no value unless at least `minAnswered` of their arguments are answered
    // (default: all of them); count() is the number answered.
    QString formula;
    std::optional<int> minAnswered;
    // Computed with bands: the stored value is the code of the band the formula's result falls
    // in (PHQ-9 severity "mild"), not the number.
    QList<Band> bands;
    QStringList missingCodes; // allowed among "not_done", "unknown", "refused"
    bool outcome = false; // summarized by arm in the outcome report

    bool isComputed() const { return type == ItemType::Computed; }
    bool isNumeric() const; // Integer, Decimal, Scale, Computed without bands
    // A single choice whose codes are numbers ("0".."3" in PHQ-9): formulas may add them up.
    bool hasNumericChoices() const;
    const Choice *choice(const QString &code) const;
    const Band *band(const QString &code) const;
};

struct FormDefinition
{
    QString code;
    int version = 0;
    i18n::LocalizedText title;
    FormCategory category = FormCategory::Outcome;
    // Repeating forms (adverse events, contact log) may have several instances per participant.
    bool repeating = false;
    QList<Item> items;
    QList<Rule> rules;
    QByteArray json; // the definition as loaded, stored in form_definitions

    // Intervention-only: hidden from blinded roles (form_entries.arm_specific).
    bool armSpecific() const { return category == FormCategory::Intervention; }
    const Item *item(const QString &code) const;
    QList<const Item *> outcomeItems() const;

    // The definition in `json`, fully checked: format and version, every item's type and attributes,
    // codes, ranges, expressions (syntax, unknown items, cycles between computed items). The error
    // names the source, the item and the problem: `forms/phq9.json, item "phq9_3": ...`.
    static Parsed<FormDefinition> parse(const QByteArray &json, const QString &sourceName);

    // The "format" value definitions must carry.
    static QString formatName();
    static int formatVersion();
};

// Stable text names ("integer", "multiple_choice", "outcome"...), as in the JSON definitions.
QString itemTypeName(ItemType type);
std::optional<ItemType> itemTypeFromName(const QString &name);
QString categoryName(FormCategory category);
std::optional<FormCategory> categoryFromName(const QString &name);

} // namespace trialdesk::forms
