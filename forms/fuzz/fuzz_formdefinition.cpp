// libFuzzer target: form definitions (JSON, item attributes, expressions) must be refused with a
// message or accepted, never crash, hang or read out of bounds; an accepted definition must then
// evaluate and validate answers of every item without crashing.
#include "forms/Expression.h"
#include "forms/FormDefinition.h"
#include "forms/FormEvaluator.h"
#include "forms/FormValue.h"

#include <QByteArray>
#include <QLocale>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace trialdesk::forms;

namespace {

QString sampleValue(const Item &item, bool low)
{
    switch (item.type) {
    case ItemType::Integer:
        return FormValue::formatInteger(low ? static_cast<qint64>(item.minimum.value_or(0)) : 3);
    case ItemType::Decimal:
        return FormValue::formatDecimal(item, low ? item.minimum.value_or(0) : 1.5);
    case ItemType::Text:
        return QStringLiteral("x");
    case ItemType::Date:
        return low ? QStringLiteral("2026-01-01") : QStringLiteral("2026-12-31");
    case ItemType::YesNo:
        return FormValue::formatYesNo(!low);
    case ItemType::SingleChoice:
        return low ? item.choices.first().code : item.choices.last().code;
    case ItemType::MultipleChoice: {
        QStringList codes;
        for (const Choice &choice : item.choices)
            codes << choice.code;
        return low ? item.choices.first().code : FormValue::formatChoices(item, codes);
    }
    case ItemType::Scale:
        return FormValue::formatInteger(low ? item.scaleMin : item.scaleMax);
    case ItemType::Computed:
        return {};
    }
    return {};
}

void exercise(const FormDefinition &definition)
{
    for (bool low : { true, false }) {
        Answers answers;
        for (const Item &item : definition.items) {
            const QString value = sampleValue(item, low);
            if (!value.isEmpty())
                answers.insert(item.code, Answer { value, {} });
            else if (!item.missingCodes.isEmpty())
                answers.insert(item.code, Answer { {}, item.missingCodes.first() });
        }
        const Answers scored = FormEvaluator::withComputedScores(definition, answers);
        const QList<ItemProblem> problems = FormEvaluator::validate(definition, scored, true);
        for (const Item &item : definition.items) {
            FormEvaluator::isShown(definition, item, scored);
            const QString display = FormValue::display(item, scored.value(item.code).value, QLocale::c());
            if (!scored.value(item.code).value.isEmpty() && display.isEmpty())
                std::abort(); // a stored value must always display as something
            // A stored value typed back in either locale gives itself again.
            const QString value = scored.value(item.code).value;
            if (!value.isEmpty() && !item.isComputed()) {
                const Parsed<QString> typed
                    = FormValue::fromInput(item, value, QLocale(QLocale::French, QLocale::Canada));
                if (!typed || typed.value() != value)
                    std::abort();
            }
        }
        for (const ItemProblem &problem : problems) {
            if (problem.message.isEmpty())
                std::abort(); // every problem tells what is wrong
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Parsed<FormDefinition> definition = FormDefinition::parse(bytes, QStringLiteral("fuzz.json"));
    if (definition) {
        exercise(definition.value());
    } else if (!definition.error().startsWith(QLatin1String("fuzz.json"))) {
        std::abort(); // every refusal names its source
    }
    // The expression language on its own, for inputs that are not JSON at all.
    if (size <= 512) {
        const Parsed<Expression> expression = Expression::parse(QString::fromUtf8(bytes));
        if (expression) {
            expression->evaluate([](const QString &code) {
                return code.size() % 2 ? ExpressionValue::fromNumber(code.size()) : ExpressionValue::fromText(code);
            });
        }
    }
    return 0;
}
