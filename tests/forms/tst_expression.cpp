#include "forms/Expression.h"

#include <QHash>
#include <QTest>

using trialdesk::forms::Expression;
using trialdesk::forms::ExpressionValue;

namespace {

// Item values as the evaluator would pass them: numbers for numeric items, texts otherwise.
ExpressionValue evaluate(const QString &text, const QHash<QString, ExpressionValue> &values = {}, int minAnswered = -1)
{
    const auto expression = Expression::parse(text);
    if (!expression) {
        qWarning() << expression.error();
        return ExpressionValue::fromText(QStringLiteral("<parse error>"));
    }
    return expression->evaluate([&](const QString &code) { return values.value(code); }, minAnswered);
}

ExpressionValue num(double value)
{
    return ExpressionValue::fromNumber(value);
}

ExpressionValue text(const QString &value)
{
    return ExpressionValue::fromText(value);
}

} // namespace

class TestExpression : public QObject
{
    Q_OBJECT

private slots:
    void arithmeticAndPrecedence()
    {
        QCOMPARE(evaluate(QStringLiteral("1 + 2 * 3")).number, 7.0);
        QCOMPARE(evaluate(QStringLiteral("(1 + 2) * 3")).number, 9.0);
        QCOMPARE(evaluate(QStringLiteral("10 - 4 - 3")).number, 3.0);
        QCOMPARE(evaluate(QStringLiteral("-2 * -3")).number, 6.0);
        QCOMPARE(evaluate(QStringLiteral("7 / 2")).number, 3.5);
        QVERIFY(evaluate(QStringLiteral("1 / 0")).isNull());
        QCOMPARE(evaluate(QStringLiteral("0.5 + .25")).number, 0.75);
    }

    void comparisonsAndLogic_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("expected");
        QTest::newRow("equal") << "a = 3" << true;
        QTest::newRow("not equal") << "a != 3" << false;
        QTest::newRow("less") << "a < 4" << true;
        QTest::newRow("less equal") << "a <= 3" << true;
        QTest::newRow("greater") << "a > 3" << false;
        QTest::newRow("greater equal") << "a >= 3" << true;
        QTest::newRow("and") << "a = 3 and b = 'x'" << true;
        QTest::newRow("and false") << "a = 3 and b = 'y'" << false;
        QTest::newRow("or") << "a = 4 or b = 'x'" << true;
        QTest::newRow("not") << "not a = 4" << true;
        QTest::newRow("and binds tighter than or") << "a = 4 and b = 'y' or a = 3" << true;
        QTest::newRow("parentheses") << "a = 4 and (b = 'y' or a = 3)" << false;
        QTest::newRow("in numbers") << "a in (1, 2, 3)" << true;
        QTest::newRow("in miss") << "a in (1, 2)" << false;
        QTest::newRow("in texts") << "b in ('w', \"x\")" << true;
        QTest::newRow("text code against number") << "c = 2" << true;
        QTest::newRow("dates order as text") << "d1 < d2" << true;
        QTest::newRow("null compares false") << "missing = 0" << false;
        QTest::newRow("null not equal is false") << "missing != 0" << false;
        QTest::newRow("null ordering false") << "missing < 1" << false;
        QTest::newRow("not null") << "not missing = 0" << true;
        QTest::newRow("answered") << "answered(a) and not answered(missing)" << true;
        QTest::newRow("selected") << "selected(m, 'copd')" << true;
        QTest::newRow("selected absent") << "selected(m, 'asthma')" << false;
        QTest::newRow("selected unanswered") << "selected(missing, 'copd')" << false;
        QTest::newRow("boolean literal") << "true and not false" << true;
        QTest::newRow("arithmetic in comparison") << "a * 2 + 1 = 7" << true;
    }

    void comparisonsAndLogic()
    {
        QFETCH(QString, expression);
        QFETCH(bool, expected);
        const QHash<QString, ExpressionValue> values {
            { QStringLiteral("a"), num(3) },
            { QStringLiteral("b"), text(QStringLiteral("x")) },
            { QStringLiteral("c"), text(QStringLiteral("2")) },
            { QStringLiteral("d1"), text(QStringLiteral("2026-01-31")) },
            { QStringLiteral("d2"), text(QStringLiteral("2026-02-01")) },
            { QStringLiteral("m"), text(QStringLiteral("diabetes|copd")) },
        };
        const ExpressionValue value = evaluate(expression, values);
        QCOMPARE(value.kind, ExpressionValue::Kind::Boolean);
        QCOMPARE(value.isTrue(), expected);
    }

    void aggregatesAndMissingValues()
    {
        const QHash<QString, ExpressionValue> values { { QStringLiteral("a"), num(1) },
                                                       { QStringLiteral("b"), num(2) },
                                                       { QStringLiteral("c"), text(QStringLiteral("3")) } };
        QCOMPARE(evaluate(QStringLiteral("sum(a, b, c)"), values).number, 6.0);
        QCOMPARE(evaluate(QStringLiteral("mean(a, b, c)"), values).number, 2.0);
        QCOMPARE(evaluate(QStringLiteral("min(a, b, c)"), values).number, 1.0);
        QCOMPARE(evaluate(QStringLiteral("max(a, b, c)"), values).number, 3.0);
        // By default every argument of sum() and mean() must be answered.
        QVERIFY(evaluate(QStringLiteral("sum(a, b, x)"), values).isNull());
        QVERIFY(evaluate(QStringLiteral("mean(a, b, x)"), values).isNull());
        QCOMPARE(evaluate(QStringLiteral("count(a, b, x)"), values).number, 2.0);
        // With a minimum of answered arguments, the answered ones count.
        QCOMPARE(evaluate(QStringLiteral("mean(a, b, x)"), values, 2).number, 1.5);
        QVERIFY(evaluate(QStringLiteral("mean(a, x, y)"), values, 2).isNull());
        QCOMPARE(evaluate(QStringLiteral("max(a, x)"), values).number, 1.0);
        QVERIFY(evaluate(QStringLiteral("a + x"), values).isNull());
        QCOMPARE(
            evaluate(QStringLiteral("selected_count(m)"), { { QStringLiteral("m"), text(QStringLiteral("a|b|c")) } })
                .number,
            3.0);
        QVERIFY(evaluate(QStringLiteral("selected_count(m)")).isNull());
    }

    void references()
    {
        const auto expression = Expression::parse(QStringLiteral("a > 1 and selected(m, 'x') or sum(b, a) in (1, 2)"));
        QVERIFY2(expression.ok(), qPrintable(expression.ok() ? QString() : expression.error()));
        QCOMPARE(expression->references(),
                 (QStringList { QStringLiteral("a"), QStringLiteral("m"), QStringLiteral("b") }));
        QCOMPARE(expression->selectedItems(), QStringList { QStringLiteral("m") });
    }

    void syntaxErrorsNamePosition_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << "   "
                               << "at character 4: the expression is empty";
        QTest::newRow("unclosed parenthesis") << "(a = 1"
                                              << "at character 7: expected \")\" but the expression ends";
        QTest::newRow("dangling operator") << "a ="
                                           << "at character 4: a value is missing at the end";
        QTest::newRow("unknown symbol") << "a == 1"
                                        << "at character 4: unexpected \"=\"";
        QTest::newRow("trailing") << "a = 1 b"
                                  << "at character 7: unexpected \"b\"";
        QTest::newRow("unknown function") << "avg(a)"
                                          << "at character 1: unknown function \"avg\"";
        QTest::newRow("unclosed text") << "b = 'x"
                                       << "at character 5: the text is not closed by '";
        QTest::newRow("bad number") << "a = 1.2.3"
                                    << "at character 5: \"1.2.3";
        QTest::newRow("keyword as value") << "a = and"
                                          << "at character 5: \"and\" needs a value before it";
        QTest::newRow("selected arguments") << "selected(m, 1)"
                                            << "selected(item, 'code')";
        QTest::newRow("empty aggregate") << "sum()"
                                         << "sum() needs at least one value";
        QTest::newRow("in without list") << "a in 1"
                                         << "expected \"(\"";
    }

    void syntaxErrorsNamePosition()
    {
        QFETCH(QString, expression);
        QFETCH(QString, fragment);
        const auto parsed = Expression::parse(expression);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(fragment), qPrintable(parsed.error()));
    }

    void deepNestingIsRefusedNotCrashing()
    {
        const QString deep = QString(5000, QLatin1Char('(')) + QStringLiteral("1") + QString(5000, QLatin1Char(')'));
        const auto parsed = Expression::parse(deep);
        QVERIFY(!parsed.ok());
        const QString nots = QString(QStringLiteral("not ")).repeated(500) + QStringLiteral("a");
        QVERIFY(!Expression::parse(nots).ok());
        QVERIFY(Expression::parse(QString(QStringLiteral("not ")).repeated(10) + QStringLiteral("a")).ok());
    }
};

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"
