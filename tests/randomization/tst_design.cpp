// Design values: validation names every problem and its field; seeds, arms, multiples and
// probabilities parse exactly; stratum indexes follow the spec's mixed radix.
#include "randomization/Design.h"

#include <QTest>

using namespace trialdesk::randomization;

namespace {

QStringList fields(const QList<Problem> &problems)
{
    QStringList names;
    for (const Problem &problem : problems) {
        names.append(problem.field);
        if (problem.message.isEmpty())
            names.append(QStringLiteral("<no message>"));
    }
    return names;
}

Design validDesign()
{
    Design design;
    design.arms = { { QStringLiteral("PP"), 1 }, { QStringLiteral("UC"), 1 } };
    design.multiples = { 2, 3 };
    design.factors
        = { { QStringLiteral("site"), { QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3") }, 1, true },
            { QStringLiteral("sex"), { QStringLiteral("F"), QStringLiteral("M") }, 1, false } };
    return design;
}

} // namespace

class TestDesign : public QObject
{
    Q_OBJECT

private slots:
    void validDesignHasNoProblem();
    void everyProblemIsReported();
    void tooManyStrata();
    void minimizationRules();
    void seedParsing();
    void armsAndMultiplesParsing();
    void probabilityParsing_data();
    void probabilityParsing();
    void stratumIndexIsMixedRadix();
};

void TestDesign::validDesignHasNoProblem()
{
    QVERIFY(validDesign().validate().isEmpty());
    QCOMPARE(validDesign().weightSum(), 2);
    QCOMPARE(validDesign().siteFactor(), 0);
}

void TestDesign::everyProblemIsReported()
{
    Design design;
    design.arms = { { QStringLiteral("A"), 0 }, { QStringLiteral("A"), 1 }, { QStringLiteral("bad code!"), 1 } };
    design.multiples = { 0, 2, 2 };
    design.factors = { { QStringLiteral("f"), {}, 1, true },
                       { QStringLiteral("f"), { QStringLiteral("x"), QStringLiteral("x") }, 0, true } };
    const QList<Problem> problems = design.validate();
    QCOMPARE(
        fields(problems),
        (QStringList { QStringLiteral("arms[1]"), QStringLiteral("arms[2]"), QStringLiteral("arms[3]"),
                       QStringLiteral("multiples"), QStringLiteral("multiples"), QStringLiteral("factors[1].levels"),
                       QStringLiteral("factors[2]"), QStringLiteral("factors[2].levels"),
                       QStringLiteral("factors[2].weight"), QStringLiteral("factors") }));
    QVERIFY(problems.at(0).message.contains(QLatin1String("weight of arm \"A\" is 0")));
    QVERIFY(problems.at(1).message.contains(QLatin1String("used twice")));
    QVERIFY(problems.at(3).message.contains(QLatin1String("multiple 0")));
    QVERIFY(problems.at(4).message.contains(QLatin1String("listed twice")));

    Design empty;
    empty.multiples.clear();
    QCOMPARE(fields(empty.validate()), (QStringList { QStringLiteral("arms"), QStringLiteral("multiples") }));
}

void TestDesign::tooManyStrata()
{
    Design design = validDesign();
    QStringList hundred;
    for (int i = 0; i < 100; ++i)
        hundred.append(QStringLiteral("L%1").arg(i));
    design.factors = { { QStringLiteral("a"), hundred, 1, false }, { QStringLiteral("b"), hundred, 1, false } };
    QVERIFY(design.validate().isEmpty()); // exactly 10,000
    design.factors.append({ QStringLiteral("c"), { QStringLiteral("x"), QStringLiteral("y") }, 1, false });
    const QList<Problem> problems = design.validate();
    QCOMPARE(fields(problems), QStringList { QStringLiteral("factors") });
    QVERIFY(problems.first().message.contains(QLatin1String("10000")));
}

void TestDesign::minimizationRules()
{
    Design design = validDesign();
    design.method = Method::Minimization;
    QVERIFY(design.validate().isEmpty());
    design.factors.clear();
    design.minimization.probabilityMillionths = 0;
    QCOMPARE(fields(design.validate()),
             (QStringList { QStringLiteral("factors"), QStringLiteral("minimization.probability") }));
}

void TestDesign::seedParsing()
{
    const auto seed
        = Seed::fromHex(QStringLiteral(" FFFFFFFF00000000ffffffff00000000deadbeefcafebabe0123456789abcdef "));
    QVERIFY(seed.ok());
    QCOMPARE(seed->words()[0], 0xFFFFFFFFu);
    QCOMPARE(seed->words()[4], 0xDEADBEEFu);
    QCOMPARE(seed->words()[7], 0x89ABCDEFu);
    QCOMPARE(seed->toHex(), QStringLiteral("ffffffff00000000ffffffff00000000deadbeefcafebabe0123456789abcdef"));

    const auto tooShort = Seed::fromHex(QString(63, QLatin1Char('a')));
    QVERIFY(!tooShort.ok());
    QCOMPARE(tooShort.problems().first().field, QStringLiteral("seed"));
    QVERIFY(tooShort.message().contains(QLatin1String("63")));
    const auto notHex = Seed::fromHex(QString(10, QLatin1Char('a')) + QLatin1Char('g') + QString(53, QLatin1Char('a')));
    QVERIFY(!notHex.ok());
    QVERIFY(notHex.message().contains(QLatin1String("character 11")));
}

void TestDesign::armsAndMultiplesParsing()
{
    const auto arms = Design::parseArms(QStringLiteral("A:2, B"));
    QVERIFY(arms.ok());
    QCOMPARE(arms->size(), 2);
    QCOMPARE(arms->at(0).weight, 2);
    QCOMPARE(arms->at(1).code, QStringLiteral("B"));
    QCOMPARE(arms->at(1).weight, 1);
    QVERIFY(!Design::parseArms(QStringLiteral("A:x,B:1")).ok());
    QVERIFY(!Design::parseArms(QStringLiteral("A:1:2")).ok());
    const auto multiples = Design::parseMultiples(QStringLiteral("2, 3"));
    QVERIFY(multiples.ok());
    QCOMPARE(multiples.value(), (QList<int> { 2, 3 }));
    QVERIFY(!Design::parseMultiples(QStringLiteral("2,,3")).ok());
}

void TestDesign::probabilityParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("millionths"); // -1: refused
    QTest::newRow("0.8") << "0.8" << 800000;
    QTest::newRow(".75") << ".75" << 750000;
    QTest::newRow("1") << "1" << 1000000;
    QTest::newRow("1.0") << "1.0" << 1000000;
    QTest::newRow("0.000001") << "0.000001" << 1;
    QTest::newRow("seven decimals") << "0.1234567" << -1;
    QTest::newRow("zero") << "0" << -1;
    QTest::newRow("above one") << "1.000001" << -1;
    QTest::newRow("negative") << "-0.5" << -1;
    QTest::newRow("exponent") << "8e-1" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestDesign::probabilityParsing()
{
    QFETCH(QString, text);
    QFETCH(int, millionths);
    const auto parsed = Design::parseProbability(text);
    QCOMPARE(parsed.ok(), millionths >= 0);
    if (millionths >= 0)
        QCOMPARE(parsed.value(), millionths);
}

void TestDesign::stratumIndexIsMixedRadix()
{
    Design design = validDesign();
    design.factors.append({ QStringLiteral("age"),
                            { QStringLiteral("Y"), QStringLiteral("M"), QStringLiteral("O"), QStringLiteral("X") },
                            1,
                            false });
    QCOMPARE(design.stratumCount(), qint64(24));
    // index = ((l1 * n2) + l2) * n3 + l3 with n = (3, 2, 4)
    const std::vector<int> levels { 2, 1, 3 };
    QCOMPARE(design.stratumIndex(levels), std::optional<int>((2 * 2 + 1) * 4 + 3));
    for (int s = 0; s < 24; ++s)
        QCOMPARE(design.stratumIndex(design.levelIndexes(s)), std::optional<int>(s));
    QCOMPARE(design.levelCodes(23), (QStringList { QStringLiteral("S3"), QStringLiteral("M"), QStringLiteral("X") }));
    const std::vector<int> outOfRange { 3, 0, 0 };
    QVERIFY(!design.stratumIndex(outOfRange).has_value());
    const std::vector<int> tooFew { 0, 0 };
    QVERIFY(!design.stratumIndex(tooFew).has_value());
    Design none;
    QCOMPARE(none.stratumCount(), qint64(1));
    QCOMPARE(none.stratumIndex(std::vector<int> {}), std::optional<int>(0));
}

QTEST_GUILESS_MAIN(TestDesign)
#include "tst_design.moc"
