#include "forms/FormValue.h"

#include <QJsonArray>
#include <QTest>

using namespace trialdesk::forms;

namespace {

Item makeItem(ItemType type, int precision = 0)
{
    Item item;
    item.code = QStringLiteral("x");
    item.type = type;
    item.precision = precision;
    if (type == ItemType::SingleChoice || type == ItemType::MultipleChoice) {
        item.choices = { Choice { QStringLiteral("a"), { QStringLiteral("Alpha fr"), QStringLiteral("Alpha") } },
                         Choice { QStringLiteral("b"), { QStringLiteral("Bêta"), QStringLiteral("Beta") } },
                         Choice { QStringLiteral("c"), { QStringLiteral("Gamma fr"), QStringLiteral("Gamma") } } };
    }
    if (type == ItemType::Scale) {
        item.scaleMin = 1;
        item.scaleMax = 10;
    }
    return item;
}

} // namespace

class TestFormValue : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    // Canonical text in, the same text out, for every type; and normalization of accepted variants.
    void normalizeRoundTrips_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        auto row = [](const char *name, ItemType type, int precision, const QString &input, const QString &canonical) {
            QTest::newRow(name) << int(type) << precision << input << canonical;
        };
        row("integer", ItemType::Integer, 0, QStringLiteral("-12"), QStringLiteral("-12"));
        row("integer plus", ItemType::Integer, 0, QStringLiteral("+7"), QStringLiteral("7"));
        row("integer zeros", ItemType::Integer, 0, QStringLiteral("007"), QStringLiteral("7"));
        row("decimal", ItemType::Decimal, 1, QStringLiteral("72.5"), QStringLiteral("72.5"));
        row("decimal padded", ItemType::Decimal, 2, QStringLiteral("72.5"), QStringLiteral("72.50"));
        row("decimal trailing zero", ItemType::Decimal, 1, QStringLiteral("72.50"), QStringLiteral("72.5"));
        row("decimal whole", ItemType::Decimal, 1, QStringLiteral("72"), QStringLiteral("72.0"));
        row("decimal negative zero", ItemType::Decimal, 1, QStringLiteral("-0.0"), QStringLiteral("0.0"));
        row("decimal negative", ItemType::Decimal, 3, QStringLiteral("-0.148"), QStringLiteral("-0.148"));
        row("text", ItemType::Text, 0, QStringLiteral("  Café, 2 x/jour "), QStringLiteral("Café, 2 x/jour"));
        row("date", ItemType::Date, 0, QStringLiteral("2026-02-28"), QStringLiteral("2026-02-28"));
        row("yes", ItemType::YesNo, 0, QStringLiteral("1"), QStringLiteral("1"));
        row("no", ItemType::YesNo, 0, QStringLiteral("0"), QStringLiteral("0"));
        row("yes as true", ItemType::YesNo, 0, QStringLiteral("true"), QStringLiteral("1"));
        row("single choice", ItemType::SingleChoice, 0, QStringLiteral("b"), QStringLiteral("b"));
        row("multiple choice", ItemType::MultipleChoice, 0, QStringLiteral("a|c"), QStringLiteral("a|c"));
        row("multiple choice reordered", ItemType::MultipleChoice, 0, QStringLiteral("c|a"), QStringLiteral("a|c"));
        row("scale", ItemType::Scale, 0, QStringLiteral("7"), QStringLiteral("7"));
        row("computed", ItemType::Computed, 2, QStringLiteral("3.5"), QStringLiteral("3.50"));
        row("empty is no value", ItemType::Integer, 0, QStringLiteral("  "), QString());
    }

    void normalizeRoundTrips()
    {
        QFETCH(int, type);
        QFETCH(int, precision);
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        const Item item = makeItem(ItemType(type), precision);
        const auto normalized = FormValue::normalize(item, input);
        QVERIFY2(normalized.ok(), qPrintable(normalized.ok() ? QString() : normalized.error()));
        QCOMPARE(normalized.value(), canonical);
        const auto again = FormValue::normalize(item, canonical);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), canonical);
    }

    void normalizeRefuses_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, ItemType type, int precision, const QString &input, const QString &message) {
            QTest::newRow(name) << int(type) << precision << input << message;
        };
        row("integer with decimals", ItemType::Integer, 0, QStringLiteral("1.5"),
            QStringLiteral("Enter a whole number."));
        row("integer words", ItemType::Integer, 0, QStringLiteral("twelve"), QStringLiteral("Enter a whole number."));
        row("integer huge", ItemType::Integer, 0, QStringLiteral("9999999999999"),
            QStringLiteral("The number is too large."));
        row("decimal too precise", ItemType::Decimal, 1, QStringLiteral("72.55"),
            QStringLiteral("Enter a number with at most 1 decimal place(s)."));
        row("decimal comma in canonical", ItemType::Decimal, 1, QStringLiteral("72,5"),
            QStringLiteral("Enter a number with at most 1 decimal place(s)."));
        row("decimal exponent", ItemType::Decimal, 1, QStringLiteral("1e3"),
            QStringLiteral("Enter a number with at most 1 decimal place(s)."));
        row("date invalid day", ItemType::Date, 0, QStringLiteral("2026-02-30"),
            QStringLiteral("Enter a date as YYYY-MM-DD."));
        row("date format", ItemType::Date, 0, QStringLiteral("28/02/2026"),
            QStringLiteral("Enter a date as YYYY-MM-DD."));
        row("yes no", ItemType::YesNo, 0, QStringLiteral("2"), QStringLiteral("Answer yes (1) or no (0)."));
        row("unknown choice", ItemType::SingleChoice, 0, QStringLiteral("d"),
            QStringLiteral("\"d\" is not one of the choices."));
        row("unknown in multiple", ItemType::MultipleChoice, 0, QStringLiteral("a|d"),
            QStringLiteral("\"d\" is not one of the choices."));
        row("twice in multiple", ItemType::MultipleChoice, 0, QStringLiteral("a|a"),
            QStringLiteral("\"a\" is selected twice."));
        row("scale decimal", ItemType::Scale, 0, QStringLiteral("7.5"), QStringLiteral("Enter a whole number."));
    }

    void normalizeRefuses()
    {
        QFETCH(int, type);
        QFETCH(int, precision);
        QFETCH(QString, input);
        QFETCH(QString, message);
        const auto normalized = FormValue::normalize(makeItem(ItemType(type), precision), input);
        QVERIFY(!normalized.ok());
        QCOMPARE(normalized.error(), message);
    }

    void computedWithBandsStoresTheBandCode()
    {
        Item item = makeItem(ItemType::Computed);
        item.bands
            = { Band { 0, 4, QStringLiteral("minimal"), { QStringLiteral("Minimale"), QStringLiteral("Minimal") } } };
        QCOMPARE(FormValue::normalize(item, QStringLiteral("minimal")).value(), QStringLiteral("minimal"));
        QVERIFY(!FormValue::normalize(item, QStringLiteral("3")).ok());
        QCOMPARE(FormValue::display(item, QStringLiteral("minimal")), QStringLiteral("Minimal"));
    }

    void userInputInTheLocale()
    {
        const QLocale french(QLocale::French, QLocale::Canada);
        const QLocale english(QLocale::English, QLocale::Canada);
        QCOMPARE(FormValue::fromInput(makeItem(ItemType::Decimal, 1), QStringLiteral("72,5"), french).value(),
                 QStringLiteral("72.5"));
        QCOMPARE(FormValue::fromInput(makeItem(ItemType::Decimal, 1), QStringLiteral("72.5"), english).value(),
                 QStringLiteral("72.5"));
        QCOMPARE(FormValue::fromInput(makeItem(ItemType::Integer), QStringLiteral("1 200"), french).value(),
                 QStringLiteral("1200"));
        QCOMPARE(FormValue::fromInput(makeItem(ItemType::Date), QStringLiteral("2026-03-01"), french).value(),
                 QStringLiteral("2026-03-01"));
        QCOMPARE(FormValue::fromInput(makeItem(ItemType::YesNo), QStringLiteral("oui"), french).value(),
                 QStringLiteral("1"));
        QCOMPARE(FormValue::fromInput(makeItem(ItemType::YesNo), QStringLiteral("No"), english).value(),
                 QStringLiteral("0"));
        QCOMPARE(FormValue::fromInput(makeItem(ItemType::SingleChoice), QStringLiteral("beta"), english).value(),
                 QStringLiteral("b"));
        QCOMPARE(FormValue::fromInput(makeItem(ItemType::MultipleChoice), QStringLiteral("Gamma, a"), english).value(),
                 QStringLiteral("a|c"));
        QVERIFY(!FormValue::fromInput(makeItem(ItemType::Decimal, 1), QStringLiteral("72,55"), french).ok());
    }

    void fromJsonValues()
    {
        QCOMPARE(FormValue::fromJson(makeItem(ItemType::Integer), QJsonValue(12)).value(), QStringLiteral("12"));
        QVERIFY(!FormValue::fromJson(makeItem(ItemType::Integer), QJsonValue(1.5)).ok());
        QCOMPARE(FormValue::fromJson(makeItem(ItemType::Decimal, 1), QJsonValue(72.5)).value(), QStringLiteral("72.5"));
        QVERIFY(!FormValue::fromJson(makeItem(ItemType::Decimal, 1), QJsonValue(72.55)).ok());
        QCOMPARE(FormValue::fromJson(makeItem(ItemType::YesNo), QJsonValue(true)).value(), QStringLiteral("1"));
        QVERIFY(!FormValue::fromJson(makeItem(ItemType::Integer), QJsonValue(true)).ok());
        QCOMPARE(FormValue::fromJson(makeItem(ItemType::MultipleChoice),
                                     QJsonArray { QStringLiteral("c"), QStringLiteral("b") })
                     .value(),
                 QStringLiteral("b|c"));
        QVERIFY(!FormValue::fromJson(makeItem(ItemType::SingleChoice), QJsonArray { QStringLiteral("a") }).ok());
        QCOMPARE(FormValue::fromJson(makeItem(ItemType::Date), QJsonValue(QStringLiteral("2026-01-05"))).value(),
                 QStringLiteral("2026-01-05"));
        QCOMPARE(FormValue::fromJson(makeItem(ItemType::Text), QJsonValue(QJsonValue::Null)).value(), QString());
        Item numericChoice = makeItem(ItemType::SingleChoice);
        numericChoice.choices = { Choice { QStringLiteral("0"), {} }, Choice { QStringLiteral("3"), {} } };
        QCOMPARE(FormValue::fromJson(numericChoice, QJsonValue(3)).value(), QStringLiteral("3"));
        QVERIFY(!FormValue::fromJson(numericChoice, QJsonValue(2)).ok());
    }

    void displayInTheLocale()
    {
        Item weight = makeItem(ItemType::Decimal, 1);
        weight.unit = QStringLiteral("kg");
        const QLocale french(QLocale::French, QLocale::Canada);
        QCOMPARE(FormValue::display(weight, QStringLiteral("72.5"), french), QStringLiteral("72,5 kg"));
        QCOMPARE(FormValue::display(weight, QStringLiteral("1072.5"), QLocale(QLocale::English, QLocale::Canada)),
                 QStringLiteral("1072.5 kg"));
        QCOMPARE(FormValue::display(makeItem(ItemType::SingleChoice), QStringLiteral("b")), QStringLiteral("Beta"));
        QCOMPARE(FormValue::display(makeItem(ItemType::MultipleChoice), QStringLiteral("a|c")),
                 QStringLiteral("Alpha, Gamma"));
        QCOMPARE(FormValue::display(makeItem(ItemType::YesNo), QStringLiteral("1")), QStringLiteral("Yes"));
        QCOMPARE(FormValue::display(makeItem(ItemType::Date), QStringLiteral("2026-03-01"), QLocale(QLocale::C)),
                 QLocale(QLocale::C).toString(QDate(2026, 3, 1), QLocale::ShortFormat));
        QCOMPARE(FormValue::display(makeItem(ItemType::Integer), QString()), QString());
        QLocale::setDefault(french);
        QCOMPARE(FormValue::display(makeItem(ItemType::SingleChoice), QStringLiteral("b")), QStringLiteral("Bêta"));
    }

    void readingBack()
    {
        QCOMPARE(FormValue::toNumber(makeItem(ItemType::Decimal, 1), QStringLiteral("72.5")),
                 std::optional<double>(72.5));
        QVERIFY(!FormValue::toNumber(makeItem(ItemType::Text), QStringLiteral("72.5")));
        QCOMPARE(FormValue::toDate(QStringLiteral("2026-03-01")), QDate(2026, 3, 1));
        QCOMPARE(FormValue::toYesNo(QStringLiteral("0")), std::optional<bool>(false));
        QCOMPARE(FormValue::toCodes(QStringLiteral("a|c")), (QStringList { QStringLiteral("a"), QStringLiteral("c") }));
        QVERIFY(FormValue::toCodes(QString()).isEmpty());
        QCOMPARE(FormValue::formatChoices(makeItem(ItemType::MultipleChoice),
                                          { QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("z") }),
                 QStringLiteral("b|c"));
    }

    void missingCodes()
    {
        QCOMPARE(FormValue::missingCodeNames(),
                 (QStringList { QStringLiteral("not_done"), QStringLiteral("unknown"), QStringLiteral("refused") }));
        for (MissingCode code : { MissingCode::NotDone, MissingCode::Unknown, MissingCode::Refused })
            QCOMPARE(FormValue::missingCodeFromName(FormValue::missingCodeName(code)),
                     std::optional<MissingCode>(code));
        QVERIFY(!FormValue::missingCodeFromName(QStringLiteral("n/a")));
        QCOMPARE(FormValue::missingCodeLabel(MissingCode::NotDone), QStringLiteral("Not done"));
        QCOMPARE(FormValue::missingCodeLabel(QStringLiteral("refused")), QStringLiteral("Refused"));
    }
};

QTEST_GUILESS_MAIN(TestFormValue)
#include "tst_formvalue.moc"
