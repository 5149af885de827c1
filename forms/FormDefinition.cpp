#include "forms/FormDefinition.h"

#include "forms/Expression.h"
#include "forms/FormValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace trialdesk::forms {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::forms::FormDefinition)
};

constexpr int currentFormatVersion = 1;
constexpr int maxPrecision = 6;
constexpr qsizetype maxItems = 500;
constexpr qsizetype maxChoices = 200;
constexpr double maxScaleBound = 1000;
constexpr int maxTextLength = 10000; // as FormValue accepts
// Far beyond any clinical value, small enough that doubles hold every integer exactly.
constexpr double maxMagnitude = 1e12;

const QStringList &reservedWords()
{
    static const QStringList words { QStringLiteral("and"),      QStringLiteral("or"),
                                     QStringLiteral("not"),      QStringLiteral("in"),
                                     QStringLiteral("true"),     QStringLiteral("false"),
                                     QStringLiteral("sum"),      QStringLiteral("mean"),
                                     QStringLiteral("count"),    QStringLiteral("min"),
                                     QStringLiteral("max"),      QStringLiteral("answered"),
                                     QStringLiteral("selected"), QStringLiteral("selected_count") };
    return words;
}

bool isFormCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9_]{0,39}$"));
    return pattern.match(code).hasMatch();
}

bool isItemCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return pattern.match(code).hasMatch() && !reservedWords().contains(code);
}

bool isChoiceCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return pattern.match(code).hasMatch();
}

// Reads one JSON object's members, refusing unknown ones (a misspelt "requried" must not silently
// make an item optional) and wrongly typed ones. The first problem wins.
class Reader
{
public:
    Reader(const QJsonObject &object, QStringList known)
        : m_object(object)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                m_error
                    = Tr::tr("unknown attribute \"%1\" (allowed: %2)").arg(it.key(), known.join(QStringLiteral(", ")));
                break;
            }
        }
    }

    bool has(const QString &key) const { return m_object.contains(key); }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    QString string(const QString &key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(Tr::tr("\"%1\" is missing").arg(key));
            return {};
        }
        if (!value.isString()) {
            fail(Tr::tr("\"%1\" must be a text").arg(key));
            return {};
        }
        return value.toString();
    }

    bool boolean(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return false;
        if (!value.isBool()) {
            fail(Tr::tr("\"%1\" must be true or false").arg(key));
            return false;
        }
        return value.toBool();
    }

    std::optional<double> number(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isDouble() || !std::isfinite(value.toDouble()) || std::abs(value.toDouble()) > maxMagnitude) {
            fail(Tr::tr("\"%1\" must be a number between -%2 and %2").arg(key).arg(maxMagnitude, 0, 'g', 13));
            return std::nullopt;
        }
        return value.toDouble();
    }

    std::optional<int> integer(const QString &key)
    {
        const auto value = number(key);
        if (!value)
            return std::nullopt;
        if (std::floor(*value) != *value || std::abs(*value) > 1e9) {
            fail(Tr::tr("\"%1\" must be a whole number").arg(key));
            return std::nullopt;
        }
        return static_cast<int>(*value);
    }

    i18n::LocalizedText text(const QString &key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(Tr::tr("\"%1\" is missing").arg(key));
            return {};
        }
        const QString problem = Tr::tr("\"%1\" must be an object with non-empty \"fr\" and \"en\" texts").arg(key);
        if (!value.isObject()) {
            fail(problem);
            return {};
        }
        const QJsonObject object = value.toObject();
        if (object.size() != 2 || !object.value(QStringLiteral("fr")).isString()
            || !object.value(QStringLiteral("en")).isString()) {
            fail(problem);
            return {};
        }
        i18n::LocalizedText text { object.value(QStringLiteral("fr")).toString().trimmed(),
                                   object.value(QStringLiteral("en")).toString().trimmed() };
        if (text.fr.isEmpty() || text.en.isEmpty())
            fail(problem);
        return text;
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray()) {
            fail(Tr::tr("\"%1\" must be a list").arg(key));
            return {};
        }
        return value.toArray();
    }

private:
    const QJsonObject &m_object;
    QString m_error;
};

QString itemPrefix(const QString &sourceName, const QString &itemCode)
{
    return Tr::tr("%1, item \"%2\": ").arg(sourceName, itemCode);
}

QString checkExpression(const QString &attribute, const QString &text, const QSet<QString> &codes,
                        const QHash<QString, const Item *> &items, QStringList *references)
{
    const Parsed<Expression> expression = Expression::parse(text);
    if (!expression)
        return Tr::tr("%1 \"%2\": %3").arg(attribute, text, expression.error());
    const QStringList referenced = expression->references();
    for (const QString &code : referenced) {
        if (!codes.contains(code))
            return Tr::tr("%1 \"%2\" refers to the unknown item \"%3\"").arg(attribute, text, code);
    }
    for (const QString &code : expression->selectedItems()) {
        if (items.value(code)->type != ItemType::MultipleChoice)
            return Tr::tr("%1 \"%2\": selected() needs a multiple-choice item, and \"%3\" is not one")
                .arg(attribute, text, code);
    }
    if (references)
        *references = referenced;
    return {};
}

Parsed<Item> parseItem(const QJsonValue &value, qsizetype index, const QString &sourceName)
{
    const QString unnamed = Tr::tr("%1, item %2: ").arg(sourceName).arg(index + 1);
    if (!value.isObject())
        return Parsed<Item>::failure(unnamed + Tr::tr("an item must be a JSON object"));
    const QJsonObject object = value.toObject();
    Reader reader(object,
                  { QStringLiteral("code"),          QStringLiteral("type"),          QStringLiteral("label"),
                    QStringLiteral("help"),          QStringLiteral("required"),      QStringLiteral("minimum"),
                    QStringLiteral("maximum"),       QStringLiteral("precision"),     QStringLiteral("unit"),
                    QStringLiteral("choices"),       QStringLiteral("scaleMin"),      QStringLiteral("scaleMax"),
                    QStringLiteral("scaleMinLabel"), QStringLiteral("scaleMaxLabel"), QStringLiteral("showIf"),
                    QStringLiteral("formula"),       QStringLiteral("minAnswered"),   QStringLiteral("bands"),
                    QStringLiteral("missingCodes"),  QStringLiteral("outcome") });
    Item item;
    item.code = reader.string(QStringLiteral("code"), false);
    const QString prefix = item.code.isEmpty() ? unnamed : itemPrefix(sourceName, item.code);
    auto failure = [&](const QString &message) { return Parsed<Item>::failure(prefix + message); };
    if (!object.contains(QStringLiteral("code")))
        return failure(Tr::tr("\"code\" is missing"));
    if (!isItemCode(item.code))
        return failure(Tr::tr("the code must be lower-case letters, digits and _, start with a letter, be at most 64 "
                              "characters and not be a word of the expression language"));
    if (reader.failed())
        return failure(reader.error());

    const QString typeName = reader.string(QStringLiteral("type"), true);
    item.label = reader.text(QStringLiteral("label"), true);
    item.help = reader.text(QStringLiteral("help"), false);
    item.required = reader.boolean(QStringLiteral("required"));
    item.minimum = reader.number(QStringLiteral("minimum"));
    item.maximum = reader.number(QStringLiteral("maximum"));
    const std::optional<int> precision = reader.integer(QStringLiteral("precision"));
    item.unit = reader.string(QStringLiteral("unit"), false).trimmed();
    const QJsonArray choices = reader.array(QStringLiteral("choices"));
    const std::optional<int> scaleMin = reader.integer(QStringLiteral("scaleMin"));
    const std::optional<int> scaleMax = reader.integer(QStringLiteral("scaleMax"));
    item.scaleMinLabel = reader.text(QStringLiteral("scaleMinLabel"), false);
    item.scaleMaxLabel = reader.text(QStringLiteral("scaleMaxLabel"), false);
    item.showIf = reader.string(QStringLiteral("showIf"), false).trimmed();
    item.formula = reader.string(QStringLiteral("formula"), false).trimmed();
    item.minAnswered = reader.integer(QStringLiteral("minAnswered"));
    const QJsonArray bands = reader.array(QStringLiteral("bands"));
    const QJsonArray missing = reader.array(QStringLiteral("missingCodes"));
    item.outcome = reader.boolean(QStringLiteral("outcome"));
    if (reader.failed())
        return failure(reader.error());

    const auto type = itemTypeFromName(typeName);
    if (!type)
        return failure(Tr::tr("unknown type \"%1\" (known: integer, decimal, text, date, yes_no, single_choice, "
                              "multiple_choice, scale, computed)")
                           .arg(typeName));
    item.type = *type;
    const bool isChoice = item.type == ItemType::SingleChoice || item.type == ItemType::MultipleChoice;
    const bool hasRange = item.type == ItemType::Integer || item.type == ItemType::Decimal
        || item.type == ItemType::Text || (item.type == ItemType::Computed && bands.isEmpty());
    const bool hasPrecision = item.type == ItemType::Decimal || item.type == ItemType::Computed;

    if (item.label.fr.size() > 2000 || item.label.en.size() > 2000)
        return failure(Tr::tr("the label is longer than 2000 characters"));
    if (!choices.isEmpty() && !isChoice)
        return failure(Tr::tr("\"choices\" are only allowed on single_choice and multiple_choice items"));
    if (isChoice && choices.isEmpty())
        return failure(Tr::tr("a %1 item needs a non-empty \"choices\" list").arg(typeName));
    if (choices.size() > maxChoices)
        return failure(Tr::tr("more than %1 choices").arg(maxChoices));
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (!choices.at(i).isObject())
            return failure(Tr::tr("choice %1 must be an object with \"code\" and \"label\"").arg(i + 1));
        const QJsonObject choiceObject = choices.at(i).toObject();
        Reader choiceReader(choiceObject, { QStringLiteral("code"), QStringLiteral("label") });
        Choice choice;
        choice.code = choiceReader.string(QStringLiteral("code"), true);
        choice.label = choiceReader.text(QStringLiteral("label"), true);
        if (choiceReader.failed())
            return failure(Tr::tr("choice %1: %2").arg(i + 1).arg(choiceReader.error()));
        if (!isChoiceCode(choice.code))
            return failure(Tr::tr("choice %1: the code \"%2\" must be 1 to 64 letters, digits, '_', '.' or '-'")
                               .arg(i + 1)
                               .arg(choice.code));
        if (item.choice(choice.code))
            return failure(Tr::tr("the choice code \"%1\" appears twice").arg(choice.code));
        item.choices.append(choice);
    }

    if ((item.minimum || item.maximum) && !hasRange)
        return failure(Tr::tr("\"minimum\" and \"maximum\" are only allowed on integer, decimal, text and computed "
                              "items without bands"));
    if (item.minimum && item.maximum && *item.minimum > *item.maximum)
        return failure(Tr::tr("the minimum %1 is greater than the maximum %2").arg(*item.minimum).arg(*item.maximum));
    if (item.type == ItemType::Integer || item.type == ItemType::Text) {
        for (const auto &bound : { item.minimum, item.maximum }) {
            if (bound && std::floor(*bound) != *bound)
                return failure(Tr::tr("the range of a %1 item must be whole numbers").arg(typeName));
        }
        if (item.type == ItemType::Text && item.minimum && *item.minimum < 0)
            return failure(Tr::tr("the minimum length of a text cannot be negative"));
        if (item.type == ItemType::Text && item.maximum && *item.maximum > maxTextLength)
            return failure(Tr::tr("a text holds at most %1 characters").arg(maxTextLength));
        if (item.type == ItemType::Text && item.minimum && *item.minimum > maxTextLength)
            return failure(Tr::tr("a text holds at most %1 characters").arg(maxTextLength));
    }

    if (precision && !hasPrecision)
        return failure(Tr::tr("\"precision\" is only allowed on decimal and computed items"));
    if (precision && (*precision < 0 || *precision > maxPrecision))
        return failure(Tr::tr("the precision must be from 0 to %1 decimal places").arg(maxPrecision));
    item.precision = precision.value_or(item.type == ItemType::Decimal ? 1 : 0);
    if (hasPrecision && item.minimum && item.maximum) {
        // The range must hold at least one value written with the item's precision.
        const double step = std::pow(10.0, -item.precision);
        if (std::ceil(*item.minimum / step - 1e-9) > std::floor(*item.maximum / step + 1e-9))
            return failure(Tr::tr("no value with %1 decimal places lies between %2 and %3")
                               .arg(item.precision)
                               .arg(*item.minimum)
                               .arg(*item.maximum));
    }
    if (!item.unit.isEmpty()
        && !(item.type == ItemType::Integer || item.type == ItemType::Decimal || item.type == ItemType::Computed
             || item.type == ItemType::Scale))
        return failure(Tr::tr("\"unit\" is only allowed on numeric items"));
    if (item.unit.size() > 32)
        return failure(Tr::tr("the unit is longer than 32 characters"));

    const bool scaleAttributes
        = scaleMin || scaleMax || !item.scaleMinLabel.fr.isEmpty() || !item.scaleMaxLabel.fr.isEmpty();
    if (scaleAttributes && item.type != ItemType::Scale)
        return failure(Tr::tr("\"scaleMin\", \"scaleMax\" and their labels are only allowed on scale items"));
    if (item.type == ItemType::Scale) {
        if (!scaleMin || !scaleMax)
            return failure(Tr::tr("a scale item needs \"scaleMin\" and \"scaleMax\""));
        item.scaleMin = *scaleMin;
        item.scaleMax = *scaleMax;
        if (item.scaleMin >= item.scaleMax)
            return failure(
                Tr::tr("\"scaleMin\" %1 must be less than \"scaleMax\" %2").arg(item.scaleMin).arg(item.scaleMax));
        if (std::abs(item.scaleMin) > maxScaleBound || std::abs(item.scaleMax) > maxScaleBound)
            return failure(Tr::tr("the scale's ends must lie between -%1 and %1").arg(maxScaleBound));
    }

    if (item.type == ItemType::Computed) {
        if (item.formula.isEmpty())
            return failure(Tr::tr("a computed item needs a \"formula\""));
        if (item.required)
            return failure(Tr::tr("a computed item cannot be \"required\": its value comes from its formula"));
        if (!missing.isEmpty())
            return failure(Tr::tr("a computed item cannot take missing-data codes"));
    } else {
        if (!item.formula.isEmpty())
            return failure(Tr::tr("\"formula\" is only allowed on computed items"));
        if (item.minAnswered)
            return failure(Tr::tr("\"minAnswered\" is only allowed on computed items"));
        if (!bands.isEmpty())
            return failure(Tr::tr("\"bands\" are only allowed on computed items"));
    }
    if (item.minAnswered && *item.minAnswered < 1)
        return failure(Tr::tr("\"minAnswered\" must be at least 1"));

    for (qsizetype i = 0; i < bands.size(); ++i) {
        if (!bands.at(i).isObject())
            return failure(
                Tr::tr("band %1 must be an object with \"minimum\", \"maximum\", \"code\" and \"label\"").arg(i + 1));
        const QJsonObject bandObject = bands.at(i).toObject();
        Reader bandReader(
            bandObject,
            { QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("code"), QStringLiteral("label") });
        Band band;
        const auto minimum = bandReader.number(QStringLiteral("minimum"));
        const auto maximum = bandReader.number(QStringLiteral("maximum"));
        band.code = bandReader.string(QStringLiteral("code"), true);
        band.label = bandReader.text(QStringLiteral("label"), true);
        if (!bandReader.failed() && (!minimum || !maximum))
            bandReader.fail(Tr::tr("\"minimum\" and \"maximum\" are required"));
        if (bandReader.failed())
            return failure(Tr::tr("band %1: %2").arg(i + 1).arg(bandReader.error()));
        band.minimum = *minimum;
        band.maximum = *maximum;
        if (!isChoiceCode(band.code))
            return failure(Tr::tr("band %1: the code \"%2\" must be 1 to 64 letters, digits, '_', '.' or '-'")
                               .arg(i + 1)
                               .arg(band.code));
        if (band.minimum > band.maximum)
            return failure(Tr::tr("band \"%1\": the minimum %2 is greater than the maximum %3")
                               .arg(band.code)
                               .arg(band.minimum)
                               .arg(band.maximum));
        for (const Band &other : std::as_const(item.bands)) {
            if (other.code == band.code)
                return failure(Tr::tr("the band code \"%1\" appears twice").arg(band.code));
            if (band.minimum <= other.maximum && other.minimum <= band.maximum)
                return failure(Tr::tr("the bands \"%1\" and \"%2\" overlap").arg(other.code, band.code));
        }
        item.bands.append(band);
    }

    for (const QJsonValue &code : missing) {
        const QString name = code.toString();
        if (!code.isString() || !FormValue::missingCodeFromName(name))
            return failure(Tr::tr("unknown missing-data code \"%1\" (allowed: %2)")
                               .arg(name, FormValue::missingCodeNames().join(QStringLiteral(", "))));
        if (item.missingCodes.contains(name))
            return failure(Tr::tr("the missing-data code \"%1\" appears twice").arg(name));
        item.missingCodes.append(name);
    }
    if (item.outcome && !item.isNumeric())
        return failure(Tr::tr("only numeric items can be summarized as outcomes"));
    return item;
}

// Show-if conditions and formulas refer to other items; each item's value or visibility must not
// depend on itself, or evaluation would never end.
QString findCycle(const QList<Item> &items, const QHash<QString, QStringList> &dependencies)
{
    enum class Mark { None, Visiting, Done };
    QHash<QString, Mark> marks;
    QStringList path;
    std::function<QString(const QString &)> visit = [&](const QString &code) -> QString {
        const Mark mark = marks.value(code, Mark::None);
        if (mark == Mark::Done)
            return {};
        if (mark == Mark::Visiting) {
            const QStringList cycle = path.mid(path.indexOf(code)) << code;
            return cycle.join(QStringLiteral(" -> "));
        }
        marks.insert(code, Mark::Visiting);
        path.append(code);
        for (const QString &next : dependencies.value(code)) {
            const QString cycle = visit(next);
            if (!cycle.isEmpty())
                return cycle;
        }
        path.removeLast();
        marks.insert(code, Mark::Done);
        return {};
    };
    for (const Item &item : items) {
        const QString cycle = visit(item.code);
        if (!cycle.isEmpty())
            return cycle;
    }
    return {};
}

} // namespace

bool Item::isNumeric() const
{
    return type == ItemType::Integer || type == ItemType::Decimal || type == ItemType::Scale
        || (type == ItemType::Computed && bands.isEmpty());
}

bool Item::hasNumericChoices() const
{
    if (type != ItemType::SingleChoice)
        return false;
    for (const Choice &choice : choices) {
        bool ok = false;
        choice.code.toDouble(&ok);
        if (!ok)
            return false;
    }
    return true;
}

const Choice *Item::choice(const QString &code) const
{
    for (const Choice &choice : choices) {
        if (choice.code == code)
            return &choice;
    }
    return nullptr;
}

const Band *Item::band(const QString &code) const
{
    for (const Band &band : bands) {
        if (band.code == code)
            return &band;
    }
    return nullptr;
}

const Item *FormDefinition::item(const QString &code) const
{
    for (const Item &item : items) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

QList<const Item *> FormDefinition::outcomeItems() const
{
    QList<const Item *> result;
    for (const Item &item : items) {
        if (item.outcome)
            result.append(&item);
    }
    return result;
}

QString FormDefinition::formatName()
{
    return QStringLiteral("trialdesk-form");
}

int FormDefinition::formatVersion()
{
    return currentFormatVersion;
}

Parsed<FormDefinition> FormDefinition::parse(const QByteArray &json, const QString &sourceName)
{
    auto failure = [&](const QString &message) {
        return Parsed<FormDefinition>::failure(Tr::tr("%1: %2").arg(sourceName, message));
    };
    if (json.size() > 4 * 1024 * 1024)
        return failure(Tr::tr("the file is larger than 4 MiB; a form definition is a few kilobytes"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(Tr::tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return failure(Tr::tr("a form definition must be a JSON object"));
    const QJsonObject object = document.object();
    Reader reader(object,
                  { QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("code"),
                    QStringLiteral("version"), QStringLiteral("title"), QStringLiteral("category"),
                    QStringLiteral("repeating"), QStringLiteral("items"), QStringLiteral("rules") });
    const QString format = reader.string(QStringLiteral("format"), true);
    const auto formatVersion = reader.integer(QStringLiteral("formatVersion"));
    if (reader.failed())
        return failure(reader.error());
    if (format != formatName())
        return failure(Tr::tr("\"format\" must be \"%1\", not \"%2\"").arg(formatName(), format));
    if (!formatVersion)
        return failure(Tr::tr("\"formatVersion\" is missing"));
    if (*formatVersion > currentFormatVersion)
        return failure(Tr::tr("format version %1 is newer than this TrialDesk understands (%2); update TrialDesk")
                           .arg(*formatVersion)
                           .arg(currentFormatVersion));
    if (*formatVersion < 1)
        return failure(Tr::tr("\"formatVersion\" must be 1"));

    FormDefinition definition;
    definition.json = json;
    definition.code = reader.string(QStringLiteral("code"), true);
    const auto version = reader.integer(QStringLiteral("version"));
    definition.title = reader.text(QStringLiteral("title"), true);
    const QString category = reader.string(QStringLiteral("category"), true);
    definition.repeating = reader.boolean(QStringLiteral("repeating"));
    const QJsonValue itemsValue = object.value(QStringLiteral("items"));
    const QJsonArray rules = reader.array(QStringLiteral("rules"));
    if (reader.failed())
        return failure(reader.error());
    if (!isFormCode(definition.code))
        return failure(Tr::tr("the form code \"%1\" must be 1 to 40 upper-case letters, digits and _, starting with a "
                              "letter")
                           .arg(definition.code));
    if (!version || *version < 1)
        return failure(Tr::tr("\"version\" must be a whole number from 1"));
    definition.version = *version;
    const auto parsedCategory = categoryFromName(category);
    if (!parsedCategory)
        return failure(Tr::tr("unknown category \"%1\" (known: eligibility, baseline, outcome, intervention, safety, "
                              "administrative)")
                           .arg(category));
    definition.category = *parsedCategory;
    if (!itemsValue.isArray() || itemsValue.toArray().isEmpty())
        return failure(Tr::tr("\"items\" must be a non-empty list"));
    const QJsonArray items = itemsValue.toArray();
    if (items.size() > maxItems)
        return failure(Tr::tr("more than %1 items").arg(maxItems));

    QSet<QString> codes;
    QHash<QString, const Item *> byCode;
    for (qsizetype i = 0; i < items.size(); ++i) {
        Parsed<Item> item = parseItem(items.at(i), i, sourceName);
        if (!item)
            return Parsed<FormDefinition>::failure(item.error());
        if (codes.contains(item->code))
            return Parsed<FormDefinition>::failure(itemPrefix(sourceName, item->code)
                                                   + Tr::tr("the code appears twice in the form"));
        codes.insert(item->code);
        definition.items.append(std::move(item).value());
    }
    for (const Item &item : std::as_const(definition.items))
        byCode.insert(item.code, &item);

    QHash<QString, QStringList> dependencies;
    for (const Item &item : std::as_const(definition.items)) {
        const QString prefix = itemPrefix(sourceName, item.code);
        QStringList references;
        if (!item.showIf.isEmpty()) {
            const QString problem = checkExpression(QStringLiteral("showIf"), item.showIf, codes, byCode, &references);
            if (!problem.isEmpty())
                return Parsed<FormDefinition>::failure(prefix + problem);
            if (references.contains(item.code))
                return Parsed<FormDefinition>::failure(prefix
                                                       + Tr::tr("the show-if condition refers to the item itself"));
            dependencies[item.code] += references;
        }
        if (!item.formula.isEmpty()) {
            const QString problem
                = checkExpression(QStringLiteral("formula"), item.formula, codes, byCode, &references);
            if (!problem.isEmpty())
                return Parsed<FormDefinition>::failure(prefix + problem);
            if (references.contains(item.code))
                return Parsed<FormDefinition>::failure(prefix + Tr::tr("the formula refers to the item itself"));
            for (const QString &reference : std::as_const(references)) {
                const Item *referenced = byCode.value(reference);
                if (!referenced->isNumeric() && referenced->type != ItemType::YesNo
                    && referenced->type != ItemType::MultipleChoice && !referenced->hasNumericChoices())
                    return Parsed<FormDefinition>::failure(
                        prefix + Tr::tr("the formula uses \"%1\", which is not a number").arg(reference));
            }
            dependencies[item.code] += references;
        }
    }
    const QString cycle = findCycle(definition.items, dependencies);
    if (!cycle.isEmpty())
        return failure(Tr::tr("show-if conditions and formulas depend on themselves in a cycle: %1").arg(cycle));

    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString prefix = Tr::tr("%1, rule %2: ").arg(sourceName).arg(i + 1);
        if (!rules.at(i).isObject())
            return Parsed<FormDefinition>::failure(
                prefix + Tr::tr("a rule must be an object with \"if\", \"item\" and \"message\""));
        const QJsonObject ruleObject = rules.at(i).toObject();
        Reader ruleReader(ruleObject, { QStringLiteral("if"), QStringLiteral("item"), QStringLiteral("message") });
        Rule rule;
        rule.when = ruleReader.string(QStringLiteral("if"), true).trimmed();
        rule.itemCode = ruleReader.string(QStringLiteral("item"), true);
        rule.message = ruleReader.text(QStringLiteral("message"), true);
        if (ruleReader.failed())
            return Parsed<FormDefinition>::failure(prefix + ruleReader.error());
        if (!codes.contains(rule.itemCode))
            return Parsed<FormDefinition>::failure(
                prefix + Tr::tr("\"item\" names the unknown item \"%1\"").arg(rule.itemCode));
        const QString problem = checkExpression(QStringLiteral("if"), rule.when, codes, byCode, nullptr);
        if (!problem.isEmpty())
            return Parsed<FormDefinition>::failure(prefix + problem);
        definition.rules.append(rule);
    }
    return definition;
}

QString itemTypeName(ItemType type)
{
    switch (type) {
    case ItemType::Integer:
        return QStringLiteral("integer");
    case ItemType::Decimal:
        return QStringLiteral("decimal");
    case ItemType::Text:
        return QStringLiteral("text");
    case ItemType::Date:
        return QStringLiteral("date");
    case ItemType::YesNo:
        return QStringLiteral("yes_no");
    case ItemType::SingleChoice:
        return QStringLiteral("single_choice");
    case ItemType::MultipleChoice:
        return QStringLiteral("multiple_choice");
    case ItemType::Scale:
        return QStringLiteral("scale");
    case ItemType::Computed:
        return QStringLiteral("computed");
    }
    return {};
}

std::optional<ItemType> itemTypeFromName(const QString &name)
{
    for (ItemType type : { ItemType::Integer, ItemType::Decimal, ItemType::Text, ItemType::Date, ItemType::YesNo,
                           ItemType::SingleChoice, ItemType::MultipleChoice, ItemType::Scale, ItemType::Computed }) {
        if (itemTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

QString categoryName(FormCategory category)
{
    switch (category) {
    case FormCategory::Eligibility:
        return QStringLiteral("eligibility");
    case FormCategory::Baseline:
        return QStringLiteral("baseline");
    case FormCategory::Outcome:
        return QStringLiteral("outcome");
    case FormCategory::Intervention:
        return QStringLiteral("intervention");
    case FormCategory::Safety:
        return QStringLiteral("safety");
    case FormCategory::Administrative:
        return QStringLiteral("administrative");
    }
    return {};
}

std::optional<FormCategory> categoryFromName(const QString &name)
{
    for (FormCategory category : { FormCategory::Eligibility, FormCategory::Baseline, FormCategory::Outcome,
                                   FormCategory::Intervention, FormCategory::Safety, FormCategory::Administrative }) {
        if (categoryName(category) == name)
            return category;
    }
    return std::nullopt;
}

} // namespace trialdesk::forms
