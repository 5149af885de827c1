#pragma once

#include "forms/FormDefinition.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace trialdesk::forms {

// One item's answer: a canonical value (see FormValue.h) or a missing-data code, or neither.
struct Answer
{
    QString value;
    QString missingCode; // "not_done", "unknown", "refused" or empty

    bool isEmpty() const { return value.isEmpty() && missingCode.isEmpty(); }
    bool hasValue() const { return !value.isEmpty(); }
    bool operator==(const Answer &other) const = default;
};

using Answers = QMap<QString, Answer>; // by item code

struct ItemProblem
{
    QString itemCode; // empty for a problem with the entry as a whole
    QString message; // translated, precise: "Enter a whole number from 0 to 27."
    bool operator==(const ItemProblem &other) const = default;
};

// Applies a definition to answers: show-if, computed scores, validation.
class FormEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::forms::FormEvaluator)

public:
    // False when the item's show-if condition does not hold (a condition on an unanswered item
    // does not hold). Computed items referring to hidden items see them as unanswered.
    static bool isShown(const FormDefinition &definition, const Item &item, const Answers &answers);

    // The answers with every computed item (re)computed from the others, in dependency order; a
    // score that cannot be computed (too few answers, hidden) is removed.
    static Answers withComputedScores(const FormDefinition &definition, const Answers &answers);

    // complete=false (draft): required items may be empty, but values present must be valid.
    // Checks: unknown items, values of the item's type, ranges, choices, missing codes allowed for
    // the item, hidden items left empty, computed values equal to their formula, the rules.
    static QList<ItemProblem> validate(const FormDefinition &definition, const Answers &answers, bool complete);
};

} // namespace trialdesk::forms
