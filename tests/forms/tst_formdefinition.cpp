#include "forms/FormDefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace trialdesk::forms;

namespace {

QJsonObject text(const QString &fr, const QString &en)
{
    return QJsonObject { { QStringLiteral("fr"), fr }, { QStringLiteral("en"), en } };
}

QJsonObject item(const QString &code, const QString &type, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("code"), code);
    extra.insert(QStringLiteral("type"), type);
    extra.insert(QStringLiteral("label"), text(QStringLiteral("Libellé ") + code, QStringLiteral("Label ") + code));
    return extra;
}

QJsonArray choices(const QStringList &codes)
{
    QJsonArray result;
    for (const QString &code : codes)
        result.append(QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("label"), text(code, code) } });
    return result;
}

QJsonObject form(const QJsonArray &items, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("format"), QStringLiteral("trialdesk-form"));
    extra.insert(QStringLiteral("formatVersion"), 1);
    if (!extra.contains(QStringLiteral("code")))
        extra.insert(QStringLiteral("code"), QStringLiteral("TEST"));
    extra.insert(QStringLiteral("version"), 2);
    extra.insert(QStringLiteral("title"), text(QStringLiteral("Essai"), QStringLiteral("Test")));
    if (!extra.contains(QStringLiteral("category")))
        extra.insert(QStringLiteral("category"), QStringLiteral("outcome"));
    extra.insert(QStringLiteral("items"), items);
    return extra;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// One item of every type, with the attributes each type takes.
QJsonArray everyType()
{
    return {
        item(QStringLiteral("episodes"), QStringLiteral("integer"),
             { { QStringLiteral("minimum"), 0 },
               { QStringLiteral("maximum"), 27 },
               { QStringLiteral("required"), true } }),
        item(QStringLiteral("weight"), QStringLiteral("decimal"),
             { { QStringLiteral("precision"), 1 },
               { QStringLiteral("unit"), QStringLiteral("kg") },
               { QStringLiteral("missingCodes"),
                 QJsonArray { QStringLiteral("not_done"), QStringLiteral("refused") } } }),
        item(QStringLiteral("note"), QStringLiteral("text"), { { QStringLiteral("maximum"), 200 } }),
        item(QStringLiteral("when"), QStringLiteral("date")),
        item(QStringLiteral("smoker"), QStringLiteral("yes_no")),
        item(QStringLiteral("mode"), QStringLiteral("single_choice"),
             { { QStringLiteral("choices"), choices({ QStringLiteral("phone"), QStringLiteral("video") }) } }),
        item(
            QStringLiteral("topics"), QStringLiteral("multiple_choice"),
            { { QStringLiteral("choices"), choices({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }) },
              { QStringLiteral("showIf"), QStringLiteral("mode = 'video' or smoker = 1") } }),
        item(QStringLiteral("confidence"), QStringLiteral("scale"),
             { { QStringLiteral("scaleMin"), 1 },
               { QStringLiteral("scaleMax"), 10 },
               { QStringLiteral("scaleMinLabel"), text(QStringLiteral("Pas"), QStringLiteral("Not")) } }),
        item(QStringLiteral("total"), QStringLiteral("computed"),
             { { QStringLiteral("formula"), QStringLiteral("sum(episodes, confidence)") },
               { QStringLiteral("outcome"), true },
               { QStringLiteral("minimum"), 0 },
               { QStringLiteral("maximum"), 37 } }),
        item(QStringLiteral("band"), QStringLiteral("computed"),
             { { QStringLiteral("formula"), QStringLiteral("total") },
               { QStringLiteral("bands"),
                 QJsonArray {
                     QJsonObject { { QStringLiteral("minimum"), 0 },
                                   { QStringLiteral("maximum"), 9 },
                                   { QStringLiteral("code"), QStringLiteral("low") },
                                   { QStringLiteral("label"), text(QStringLiteral("Bas"), QStringLiteral("Low")) } },
                     QJsonObject {
                         { QStringLiteral("minimum"), 10 },
                         { QStringLiteral("maximum"), 37 },
                         { QStringLiteral("code"), QStringLiteral("high") },
                         { QStringLiteral("label"), text(QStringLiteral("Haut"), QStringLiteral("High")) } } } } }),
    };
}

QJsonArray withItem(QJsonArray items, qsizetype index, const QString &key, const QJsonValue &value)
{
    QJsonObject object = items.at(index).toObject();
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    items.replace(index, object);
    return items;
}

} // namespace

class TestFormDefinition : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryItemType()
    {
        const QByteArray bytes = json(form(everyType(), { { QStringLiteral("repeating"), true } }));
        const auto parsed = FormDefinition::parse(bytes, QStringLiteral("test.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
        const FormDefinition &definition = parsed.value();
        QCOMPARE(definition.code, QStringLiteral("TEST"));
        QCOMPARE(definition.version, 2);
        QCOMPARE(definition.title.en, QStringLiteral("Test"));
        QCOMPARE(definition.category, FormCategory::Outcome);
        QVERIFY(definition.repeating);
        QVERIFY(!definition.armSpecific());
        QCOMPARE(definition.json, bytes);
        QCOMPARE(definition.items.size(), 10);
        const QList<ItemType> types { ItemType::Integer,        ItemType::Decimal, ItemType::Text,
                                      ItemType::Date,           ItemType::YesNo,   ItemType::SingleChoice,
                                      ItemType::MultipleChoice, ItemType::Scale,   ItemType::Computed,
                                      ItemType::Computed };
        for (qsizetype i = 0; i < types.size(); ++i)
            QCOMPARE(definition.items.at(i).type, types.at(i));

        const Item *episodes = definition.item(QStringLiteral("episodes"));
        QVERIFY(episodes);
        QVERIFY(episodes->required);
        QCOMPARE(episodes->minimum, std::optional<double>(0));
        QCOMPARE(episodes->maximum, std::optional<double>(27));
        const Item *weight = definition.item(QStringLiteral("weight"));
        QCOMPARE(weight->precision, 1);
        QCOMPARE(weight->unit, QStringLiteral("kg"));
        QCOMPARE(weight->missingCodes, (QStringList { QStringLiteral("not_done"), QStringLiteral("refused") }));
        QVERIFY(!weight->required);
        QCOMPARE(definition.item(QStringLiteral("topics"))->choices.size(), 3);
        QCOMPARE(definition.item(QStringLiteral("topics"))->showIf, QStringLiteral("mode = 'video' or smoker = 1"));
        const Item *scale = definition.item(QStringLiteral("confidence"));
        QCOMPARE(scale->scaleMin, 1);
        QCOMPARE(scale->scaleMax, 10);
        QCOMPARE(scale->scaleMinLabel.fr, QStringLiteral("Pas"));
        QCOMPARE(definition.item(QStringLiteral("total"))->formula, QStringLiteral("sum(episodes, confidence)"));
        QCOMPARE(definition.item(QStringLiteral("band"))->bands.size(), 2);
        QVERIFY(!definition.item(QStringLiteral("nope")));
        QCOMPARE(definition.outcomeItems().size(), 1);
        QCOMPARE(definition.outcomeItems().first()->code, QStringLiteral("total"));
    }

    void interventionFormsAreArmSpecific()
    {
        const auto parsed = FormDefinition::parse(
            json(form(everyType(), { { QStringLiteral("category"), QStringLiteral("intervention") } })),
            QStringLiteral("x.json"));
        QVERIFY(parsed.ok());
        QVERIFY(parsed->armSpecific());
        QCOMPARE(parsed->category, FormCategory::Intervention);
    }

    void parsesRules()
    {
        QJsonObject object = form(everyType());
        object.insert(QStringLiteral("rules"),
                      QJsonArray { QJsonObject {
                          { QStringLiteral("if"), QStringLiteral("episodes > 0 and smoker = 0") },
                          { QStringLiteral("item"), QStringLiteral("episodes") },
                          { QStringLiteral("message"), text(QStringLiteral("Non"), QStringLiteral("No")) } } });
        const auto parsed = FormDefinition::parse(json(object), QStringLiteral("x.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
        QCOMPARE(parsed->rules.size(), 1);
        QCOMPARE(parsed->rules.first().itemCode, QStringLiteral("episodes"));
        QCOMPARE(parsed->rules.first().message.en, QStringLiteral("No"));
    }

    void refusesBadDefinitions_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QJsonArray items = everyType();
        auto row = [](const char *name, const QJsonObject &object, const QString &expected) {
            QTest::newRow(name) << json(object) << expected;
        };

        QTest::newRow("not json") << QByteArray("{\"format\": ")
                                  << QStringLiteral("forms/x.json: not valid JSON at byte");
        QTest::newRow("not an object") << QByteArray("[1]")
                                       << QStringLiteral("forms/x.json: a form definition must be");
        QJsonObject wrongFormat = form(items);
        wrongFormat.insert(QStringLiteral("format"), QStringLiteral("other"));
        row("wrong format", wrongFormat, QStringLiteral("forms/x.json: \"format\" must be \"trialdesk-form\""));
        QJsonObject newer = form(items);
        newer.insert(QStringLiteral("formatVersion"), 2);
        row("newer format", newer, QStringLiteral("format version 2 is newer than this TrialDesk understands"));
        QJsonObject unknownKey = form(items);
        unknownKey.insert(QStringLiteral("titel"), 1);
        row("unknown form attribute", unknownKey, QStringLiteral("unknown attribute \"titel\""));
        row("bad form code", form(items, { { QStringLiteral("code"), QStringLiteral("phq-9") } }),
            QStringLiteral("the form code \"phq-9\""));
        row("unknown category", form(items, { { QStringLiteral("category"), QStringLiteral("misc") } }),
            QStringLiteral("unknown category \"misc\""));
        row("no items", form({}), QStringLiteral("\"items\" must be a non-empty list"));

        row("duplicate code", form(QJsonArray(items) << item(QStringLiteral("episodes"), QStringLiteral("text"))),
            QStringLiteral("forms/x.json, item \"episodes\": the code appears twice in the form"));
        row("unknown type", form(withItem(items, 0, QStringLiteral("type"), QStringLiteral("number"))),
            QStringLiteral("forms/x.json, item \"episodes\": unknown type \"number\""));
        row("misspelt attribute", form(withItem(items, 0, QStringLiteral("requried"), true)),
            QStringLiteral("forms/x.json, item \"episodes\": unknown attribute \"requried\""));
        row("wrongly typed attribute", form(withItem(items, 0, QStringLiteral("required"), QStringLiteral("yes"))),
            QStringLiteral("item \"episodes\": \"required\" must be true or false"));
        row("bad item code", form(withItem(items, 0, QStringLiteral("code"), QStringLiteral("Count"))),
            QStringLiteral("forms/x.json, item \"Count\": the code must be lower-case"));
        row("reserved item code", form(withItem(items, 0, QStringLiteral("code"), QStringLiteral("and"))),
            QStringLiteral("item \"and\": the code must be"));
        row("missing label", form(withItem(items, 3, QStringLiteral("label"), QJsonValue::Undefined)),
            QStringLiteral("item \"when\": \"label\" is missing"));
        row("label without english",
            form(withItem(items, 3, QStringLiteral("label"),
                          QJsonObject { { QStringLiteral("fr"), QStringLiteral("Date") } })),
            QStringLiteral("item \"when\": \"label\" must be an object with non-empty \"fr\" and \"en\""));
        row("min greater than max", form(withItem(items, 0, QStringLiteral("minimum"), 30)),
            QStringLiteral("item \"episodes\": the minimum 30 is greater than the maximum 27"));
        row("fractional integer range", form(withItem(items, 0, QStringLiteral("maximum"), 2.5)),
            QStringLiteral("item \"episodes\": the range of a integer item must be whole numbers"));
        row("choices on a non-choice item",
            form(withItem(items, 0, QStringLiteral("choices"), choices({ QStringLiteral("a") }))),
            QStringLiteral(
                "item \"episodes\": \"choices\" are only allowed on single_choice and multiple_choice items"));
        row("choice item without choices", form(withItem(items, 5, QStringLiteral("choices"), QJsonValue::Undefined)),
            QStringLiteral("item \"mode\": a single_choice item needs a non-empty \"choices\" list"));
        row("duplicate choice",
            form(withItem(items, 5, QStringLiteral("choices"), choices({ QStringLiteral("a"), QStringLiteral("a") }))),
            QStringLiteral("item \"mode\": the choice code \"a\" appears twice"));
        row("choice code with separator",
            form(withItem(items, 6, QStringLiteral("choices"), choices({ QStringLiteral("a|b") }))),
            QStringLiteral("item \"topics\": choice 1: the code \"a|b\""));
        row("bad precision", form(withItem(items, 1, QStringLiteral("precision"), 9)),
            QStringLiteral("item \"weight\": the precision must be from 0 to 6 decimal places"));
        row("precision on integer", form(withItem(items, 0, QStringLiteral("precision"), 1)),
            QStringLiteral("item \"episodes\": \"precision\" is only allowed on decimal and computed items"));
        row("range empty at precision",
            form(withItem(withItem(items, 1, QStringLiteral("minimum"), 0.51), 1, QStringLiteral("maximum"), 0.54)),
            QStringLiteral("item \"weight\": no value with 1 decimal places lies between 0.51 and 0.54"));
        row("unit on text", form(withItem(items, 2, QStringLiteral("unit"), QStringLiteral("kg"))),
            QStringLiteral("item \"note\": \"unit\" is only allowed on numeric items"));
        row("scale without end", form(withItem(items, 7, QStringLiteral("scaleMax"), QJsonValue::Undefined)),
            QStringLiteral("item \"confidence\": a scale item needs \"scaleMin\" and \"scaleMax\""));
        row("scale reversed", form(withItem(items, 7, QStringLiteral("scaleMax"), 1)),
            QStringLiteral("item \"confidence\": \"scaleMin\" 1 must be less than \"scaleMax\" 1"));
        row("scale attribute elsewhere", form(withItem(items, 0, QStringLiteral("scaleMin"), 1)),
            QStringLiteral(
                "item \"episodes\": \"scaleMin\", \"scaleMax\" and their labels are only allowed on scale items"));
        row("unknown missing code",
            form(withItem(items, 1, QStringLiteral("missingCodes"), QJsonArray { QStringLiteral("na") })),
            QStringLiteral("item \"weight\": unknown missing-data code \"na\" (allowed: not_done, unknown, refused)"));
        row("show-if syntax", form(withItem(items, 6, QStringLiteral("showIf"), QStringLiteral("mode = "))),
            QStringLiteral("item \"topics\": showIf \"mode =\": at character 7: a value is missing at the end"));
        row("show-if unknown item",
            form(withItem(items, 6, QStringLiteral("showIf"), QStringLiteral("moed = 'video'"))),
            QStringLiteral("item \"topics\": showIf \"moed = 'video'\" refers to the unknown item \"moed\""));
        row("show-if on itself",
            form(withItem(items, 6, QStringLiteral("showIf"), QStringLiteral("selected(topics, 'a')"))),
            QStringLiteral("item \"topics\": the show-if condition refers to the item itself"));
        row("selected on single choice",
            form(withItem(items, 6, QStringLiteral("showIf"), QStringLiteral("selected(mode, 'a')"))),
            QStringLiteral("selected() needs a multiple-choice item, and \"mode\" is not one"));
        row("formula unknown item",
            form(withItem(items, 8, QStringLiteral("formula"), QStringLiteral("sum(episodes, conf)"))),
            QStringLiteral("item \"total\": formula \"sum(episodes, conf)\" refers to the unknown item \"conf\""));
        row("formula on text",
            form(withItem(items, 8, QStringLiteral("formula"), QStringLiteral("sum(episodes, note)"))),
            QStringLiteral("item \"total\": the formula uses \"note\", which is not a number"));
        row("computed without formula", form(withItem(items, 8, QStringLiteral("formula"), QJsonValue::Undefined)),
            QStringLiteral("item \"total\": a computed item needs a \"formula\""));
        row("formula on non-computed", form(withItem(items, 0, QStringLiteral("formula"), QStringLiteral("1"))),
            QStringLiteral("item \"episodes\": \"formula\" is only allowed on computed items"));
        row("required computed", form(withItem(items, 8, QStringLiteral("required"), true)),
            QStringLiteral("item \"total\": a computed item cannot be \"required\""));
        row("formula cycle",
            form(withItem(withItem(withItem(items, 9, QStringLiteral("bands"), QJsonValue::Undefined), 9,
                                   QStringLiteral("formula"), QStringLiteral("total + 1")),
                          8, QStringLiteral("formula"), QStringLiteral("band"))),
            QStringLiteral("forms/x.json: show-if conditions and formulas depend on themselves in a cycle: total -> "
                           "band -> total"));
        row("show-if cycle",
            form(withItem(withItem(items, 4, QStringLiteral("showIf"), QStringLiteral("mode = 'phone'")), 5,
                          QStringLiteral("showIf"), QStringLiteral("smoker = 1"))),
            QStringLiteral("cycle: smoker -> mode -> smoker"));
        row("overlapping bands",
            form(withItem(
                items, 9, QStringLiteral("bands"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("minimum"), 0 },
                                  { QStringLiteral("maximum"), 9 },
                                  { QStringLiteral("code"), QStringLiteral("low") },
                                  { QStringLiteral("label"), text(QStringLiteral("B"), QStringLiteral("L")) } },
                    QJsonObject { { QStringLiteral("minimum"), 9 },
                                  { QStringLiteral("maximum"), 37 },
                                  { QStringLiteral("code"), QStringLiteral("high") },
                                  { QStringLiteral("label"), text(QStringLiteral("H"), QStringLiteral("H")) } } })),
            QStringLiteral("item \"band\": the bands \"low\" and \"high\" overlap"));
        row("outcome on text", form(withItem(items, 2, QStringLiteral("outcome"), true)),
            QStringLiteral("item \"note\": only numeric items can be summarized as outcomes"));
        QJsonObject badRule = form(items);
        badRule.insert(QStringLiteral("rules"),
                       QJsonArray { QJsonObject {
                           { QStringLiteral("if"), QStringLiteral("cnt > 0") },
                           { QStringLiteral("item"), QStringLiteral("episodes") },
                           { QStringLiteral("message"), text(QStringLiteral("a"), QStringLiteral("b")) } } });
        row("rule unknown item", badRule,
            QStringLiteral("forms/x.json, rule 1: if \"cnt > 0\" refers to the unknown item \"cnt\""));
    }

    void refusesBadDefinitions()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto parsed = FormDefinition::parse(bytes, QStringLiteral("forms/x.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
    }

    void namesRoundTrip()
    {
        for (ItemType type : { ItemType::Integer, ItemType::Decimal, ItemType::Text, ItemType::Date, ItemType::YesNo,
                               ItemType::SingleChoice, ItemType::MultipleChoice, ItemType::Scale, ItemType::Computed })
            QCOMPARE(itemTypeFromName(itemTypeName(type)), std::optional<ItemType>(type));
        for (FormCategory category : { FormCategory::Eligibility, FormCategory::Baseline, FormCategory::Outcome,
                                       FormCategory::Intervention, FormCategory::Safety, FormCategory::Administrative })
            QCOMPARE(categoryFromName(categoryName(category)), std::optional<FormCategory>(category));
        QVERIFY(!itemTypeFromName(QStringLiteral("Integer")));
    }
};

QTEST_GUILESS_MAIN(TestFormDefinition)
#include "tst_formdefinition.moc"
