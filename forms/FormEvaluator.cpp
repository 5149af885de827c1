#include "forms/FormEvaluator.h"

#include "forms/Expression.h"
#include "forms/FormValue.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace trialdesk::forms {

namespace {

// Parse results are cached per expression text: definitions were checked on load, and a form is
// evaluated on every keystroke in the renderer.
const Expression *parsedExpression(const QString &text)
{
    thread_local QHash<QString, std::optional<Expression>> cache;
    auto it = cache.find(text);
    if (it == cache.end()) {
        Parsed<Expression> parsed = Expression::parse(text);
        it = cache.insert(text, parsed ? std::optional<Expression>(std::move(parsed).value()) : std::nullopt);
    }
    return it->has_value() ? &**it : nullptr;
}

// Definitions are acyclic once parsed; this guards hand-built ones.
constexpr int maxDepth = 200;

class Context
{
public:
    Context(const FormDefinition &definition, const Answers &answers)
        : m_definition(definition)
        , m_answers(answers)
    {
    }

    bool shown(const Item &item, int depth = 0)
    {
        if (item.showIf.isEmpty())
            return true;
        if (depth > maxDepth)
            return false;
        const auto known = m_shown.constFind(item.code);
        if (known != m_shown.constEnd())
            return *known;
        const Expression *expression = parsedExpression(item.showIf);
        const bool result = expression
            && expression->evaluate([&](const QString &code) { return storedValue(code, depth + 1); }).isTrue();
        m_shown.insert(item.code, result);
        return result;
    }

    // The computed item's canonical value from the other answers; empty when it cannot be computed.
    QString computed(const Item &item, int depth = 0)
    {
        const auto known = m_computed.constFind(item.code);
        if (known != m_computed.constEnd())
            return *known;
        QString result;
        const Expression *expression = parsedExpression(item.formula);
        if (expression && depth <= maxDepth && shown(item, depth + 1)) {
            const ExpressionValue value = expression->evaluate(
                [&](const QString &code) { return computedValue(code, depth + 1); }, item.minAnswered.value_or(-1));
            if (value.kind == ExpressionValue::Kind::Number && std::isfinite(value.number))
                result = canonical(item, value.number);
        }
        m_computed.insert(item.code, result);
        return result;
    }

private:
    static QString canonical(const Item &item, double number)
    {
        if (item.bands.isEmpty())
            return FormValue::formatDecimal(item, number);
        // Bands are closed ranges of the score as stored (rounded to the item's precision).
        const double rounded = FormValue::formatDecimal(item, number).toDouble();
        for (const Band &band : item.bands) {
            if (rounded >= band.minimum && rounded <= band.maximum)
                return band.code;
        }
        return {};
    }

    static ExpressionValue typed(const Item &item, const QString &value)
    {
        if (value.isEmpty())
            return ExpressionValue::null();
        if (item.isNumeric() || item.type == ItemType::YesNo) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            return ok ? ExpressionValue::fromNumber(number) : ExpressionValue::null();
        }
        return ExpressionValue::fromText(value);
    }

    // As stored in the answers (show-if conditions and rules see what was entered).
    ExpressionValue storedValue(const QString &code, int depth)
    {
        const Item *item = m_definition.item(code);
        if (!item || !shown(*item, depth))
            return ExpressionValue::null();
        return typed(*item, m_answers.value(code).value);
    }

    // Formulas see computed items recomputed, never a stale stored score.
    ExpressionValue computedValue(const QString &code, int depth)
    {
        const Item *item = m_definition.item(code);
        if (!item || !shown(*item, depth))
            return ExpressionValue::null();
        if (item->isComputed())
            return typed(*item, computed(*item, depth));
        return typed(*item, m_answers.value(code).value);
    }

    const FormDefinition &m_definition;
    const Answers &m_answers;
    QHash<QString, bool> m_shown;
    QHash<QString, QString> m_computed;
};

// Bounds are shown as written in the definition ("0 to 27", "-0.6 to 1"), in the user's locale.
QString number(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 15);
}

QString rangeMessage(const Item &item)
{
    const bool whole = item.type == ItemType::Integer;
    const QString low = item.minimum ? number(*item.minimum) : QString();
    const QString high = item.maximum ? number(*item.maximum) : QString();
    if (item.minimum && item.maximum)
        return whole ? FormEvaluator::tr("Enter a whole number from %1 to %2.").arg(low, high)
                     : FormEvaluator::tr("Enter a number from %1 to %2.").arg(low, high);
    if (item.minimum)
        return whole ? FormEvaluator::tr("Enter a whole number of at least %1.").arg(low)
                     : FormEvaluator::tr("Enter a number of at least %1.").arg(low);
    return whole ? FormEvaluator::tr("Enter a whole number of at most %1.").arg(high)
                 : FormEvaluator::tr("Enter a number of at most %1.").arg(high);
}

std::optional<QString> checkRange(const Item &item, const QString &value)
{
    if (item.type == ItemType::Text) {
        const qsizetype length = value.size();
        if (item.minimum && length < *item.minimum)
            return FormEvaluator::tr("Enter at least %n character(s).", nullptr, static_cast<int>(*item.minimum));
        if (item.maximum && length > *item.maximum)
            return FormEvaluator::tr("Enter at most %n character(s).", nullptr, static_cast<int>(*item.maximum));
        return std::nullopt;
    }
    if (item.type == ItemType::Scale) {
        const qint64 number = value.toLongLong();
        if (number < item.scaleMin || number > item.scaleMax)
            return FormEvaluator::tr("Choose a whole number from %1 to %2.").arg(item.scaleMin).arg(item.scaleMax);
        return std::nullopt;
    }
    if (!item.isNumeric() || (!item.minimum && !item.maximum))
        return std::nullopt;
    const auto number = FormValue::toNumber(item, value);
    if (!number)
        return std::nullopt;
    if ((item.minimum && *number < *item.minimum) || (item.maximum && *number > *item.maximum)) {
        if (item.isComputed())
            return FormEvaluator::tr("The score %1 is out of its range; check the answers it is computed from.")
                .arg(FormValue::display(item, value));
        return rangeMessage(item);
    }
    return std::nullopt;
}

} // namespace

bool FormEvaluator::isShown(const FormDefinition &definition, const Item &item, const Answers &answers)
{
    return Context(definition, answers).shown(item);
}

Answers FormEvaluator::withComputedScores(const FormDefinition &definition, const Answers &answers)
{
    Context context(definition, answers);
    Answers result = answers;
    for (const Item &item : definition.items) {
        if (!item.isComputed())
            continue;
        const QString value = context.computed(item);
        if (value.isEmpty())
            result.remove(item.code);
        else
            result.insert(item.code, Answer { value, {} });
    }
    return result;
}

QList<ItemProblem> FormEvaluator::validate(const FormDefinition &definition, const Answers &answers, bool complete)
{
    QList<ItemProblem> problems;
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        if (!definition.item(it.key()))
            problems.append({ it.key(), tr("The form %1 has no question \"%2\".").arg(definition.code, it.key()) });
    }
    Context context(definition, answers);
    for (const Item &item : definition.items) {
        const Answer answer = answers.value(item.code);
        auto report = [&](const QString &message) { problems.append({ item.code, message }); };
        if (answer.hasValue() && !answer.missingCode.isEmpty()) {
            report(tr("Give either a value or a missing-data code, not both."));
            continue;
        }
        if (!context.shown(item)) {
            if (!answer.isEmpty())
                report(tr("This question does not apply given the other answers; leave it empty."));
            continue;
        }
        if (!answer.missingCode.isEmpty()) {
            if (!item.missingCodes.contains(answer.missingCode)) {
                if (item.missingCodes.isEmpty())
                    report(tr("This question does not accept a missing-data code."));
                else
                    report(tr("This question accepts only these missing-data codes: %1.")
                               .arg(item.missingCodes.join(QStringLiteral(", "))));
            }
            continue;
        }
        if (item.isComputed()) {
            const QString expected = context.computed(item);
            if (answer.hasValue() && answer.value != expected) {
                report(expected.isEmpty()
                           ? tr("This score cannot be computed from the answers given; leave it empty.")
                           : tr("This score is %1 from the answers, not %2.")
                                 .arg(FormValue::display(item, expected), FormValue::display(item, answer.value)));
                continue;
            }
            if (answer.hasValue()) {
                if (const auto problem = checkRange(item, answer.value))
                    report(*problem);
            }
            continue;
        }
        if (!answer.hasValue()) {
            if (complete && item.required)
                report(item.missingCodes.isEmpty() ? tr("This question must be answered.")
                                                   : tr("Answer this question or give a missing-data code."));
            continue;
        }
        const Parsed<QString> canonical = FormValue::normalize(item, answer.value);
        if (!canonical) {
            report(canonical.error());
            continue;
        }
        if (canonical.value() != answer.value) {
            report(
                tr("The value \"%1\" must be given in its standard form \"%2\".").arg(answer.value, canonical.value()));
            continue;
        }
        if (const auto problem = checkRange(item, answer.value))
            report(*problem);
    }
    const Answers scored = withComputedScores(definition, answers);
    Context scoredContext(definition, scored);
    for (const Rule &rule : definition.rules) {
        const Expression *expression = parsedExpression(rule.when);
        if (!expression)
            continue;
        const ExpressionValue value = expression->evaluate([&](const QString &code) {
            const Item *item = definition.item(code);
            if (!item || !scoredContext.shown(*item))
                return ExpressionValue::null();
            const QString text = scored.value(code).value;
            if (text.isEmpty())
                return ExpressionValue::null();
            if (item->isNumeric() || item->type == ItemType::YesNo)
                return ExpressionValue::fromNumber(text.toDouble());
            return ExpressionValue::fromText(text);
        });
        if (value.isTrue())
            problems.append({ rule.itemCode, rule.message.current() });
    }
    return problems;
}

} // namespace trialdesk::forms
