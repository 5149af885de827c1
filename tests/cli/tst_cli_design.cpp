// The command-line contract of design seed, design stream and simulate, on the real executable.
#include "tests/support/CliProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

using trialdesk::test::runCli;
using Run = trialdesk::test::CliRun;

const QString kSeed = QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

QStringList simulateArguments(const QString &threads)
{
    return { QStringLiteral("simulate"),
             QStringLiteral("--arms"),
             QStringLiteral("A:1,B:1"),
             QStringLiteral("--multiples"),
             QStringLiteral("2,3"),
             QStringLiteral("--strata"),
             QStringLiteral("2,4"),
             QStringLiteral("--participants"),
             QStringLiteral("200"),
             QStringLiteral("--trials"),
             QStringLiteral("300"),
             QStringLiteral("--seed"),
             kSeed,
             QStringLiteral("--threads"),
             threads,
             QStringLiteral("--json") };
}

} // namespace

class TestCliDesign : public QObject
{
    Q_OBJECT

private slots:
    void seedIsFreshHex();
    void streamMatchesVector();
    void streamReadsTheSeedFromStandardInput();
    void streamRefusesBadDesign();
    void streamUsageErrors();
    void simulateJson();
    void simulateRefusesBadInput();
};

void TestCliDesign::seedIsFreshHex()
{
    const Run first = runCli({ QStringLiteral("design"), QStringLiteral("seed") });
    const Run second = runCli({ QStringLiteral("design"), QStringLiteral("seed") });
    QCOMPARE(first.code, 0);
    QCOMPARE(second.code, 0);
    const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}\\n$"));
    QVERIFY2(hex.match(QString::fromLatin1(first.out)).hasMatch(), first.out.constData());
    QVERIFY(hex.match(QString::fromLatin1(second.out)).hasMatch());
    QVERIFY(first.out != second.out);
}

void TestCliDesign::streamMatchesVector()
{
    QFile vector(QStringLiteral(TRIALDESK_TEST_DATA_DIR "/vectors/spec-v1/pp1-uc1_m2-3_s5.csv"));
    QVERIFY(vector.open(QIODevice::ReadOnly | QIODevice::Text));
    QByteArray expected;
    while (!vector.atEnd()) {
        const QByteArray line = vector.readLine();
        if (!line.startsWith('#'))
            expected += line;
    }
    const Run run = runCli({ QStringLiteral("design"), QStringLiteral("stream"), QStringLiteral("--seed"), kSeed,
                             QStringLiteral("--arms"), QStringLiteral("PP:1,UC:1"), QStringLiteral("--multiples"),
                             QStringLiteral("2,3"), QStringLiteral("--stratum-index"), QStringLiteral("5"),
                             QStringLiteral("--blocks"), QStringLiteral("10") });
    QCOMPARE(run.code, 0);
    QVERIFY(run.err.isEmpty());
    QCOMPARE(run.out, expected);
}

void TestCliDesign::streamReadsTheSeedFromStandardInput()
{
    const QStringList design = { QStringLiteral("--arms"),          QStringLiteral("PP:1,UC:1"),
                                 QStringLiteral("--multiples"),     QStringLiteral("2,3"),
                                 QStringLiteral("--stratum-index"), QStringLiteral("5"),
                                 QStringLiteral("--blocks"),        QStringLiteral("10") };
    const Run fromArgument = runCli(
        QStringList { QStringLiteral("design"), QStringLiteral("stream"), QStringLiteral("--seed"), kSeed } + design);
    const Run fromStdin = runCli(
        QStringList { QStringLiteral("design"), QStringLiteral("stream"), QStringLiteral("--seed-stdin") } + design,
        kSeed.toLatin1() + '\n');
    QCOMPARE(fromStdin.code, 0);
    QCOMPARE(fromStdin.out, fromArgument.out);
    // Exactly one source of the seed.
    const Run both = runCli(QStringList { QStringLiteral("design"), QStringLiteral("stream"), QStringLiteral("--seed"),
                                          kSeed, QStringLiteral("--seed-stdin") }
                                + design,
                            kSeed.toLatin1() + '\n');
    QCOMPARE(both.code, 2);
    QVERIFY(both.out.isEmpty());
    const Run none = runCli(
        QStringList { QStringLiteral("design"), QStringLiteral("stream"), QStringLiteral("--seed-stdin") } + design);
    QCOMPARE(none.code, 2);
}

void TestCliDesign::streamRefusesBadDesign()
{
    const Run run = runCli({ QStringLiteral("design"), QStringLiteral("stream"), QStringLiteral("--seed"),
                             QStringLiteral("abc"), QStringLiteral("--arms"), QStringLiteral("PP:1,PP:0"),
                             QStringLiteral("--multiples"), QStringLiteral("2"), QStringLiteral("--stratum-index"),
                             QStringLiteral("0"), QStringLiteral("--blocks"), QStringLiteral("3") });
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.isEmpty());
    // Every problem is reported, each naming its field.
    QVERIFY2(run.err.contains("seed: ") && run.err.contains("64 hexadecimal digits"), run.err.constData());
    QVERIFY(run.err.contains("used twice"));
    QVERIFY(run.err.contains("weight of arm"));
}

void TestCliDesign::streamUsageErrors()
{
    QCOMPARE(runCli({ QStringLiteral("design"), QStringLiteral("stream"), QStringLiteral("--arms"),
                      QStringLiteral("A:1,B:1") })
                 .code,
             2);
    QCOMPARE(runCli({ QStringLiteral("design"), QStringLiteral("stream"), QStringLiteral("--no-such-option") }).code,
             2);
}

void TestCliDesign::simulateJson()
{
    const Run one = runCli(simulateArguments(QStringLiteral("1")));
    QCOMPARE(one.code, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(one.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const double guess = json.value(QStringLiteral("correct_guess_rate")).toDouble(-1);
    QVERIFY2(guess > 0.5 && guess < 1.0, one.out.constData());
    QVERIFY(json.value(QStringLiteral("deterministic_rate")).toDouble(-1) >= 0);
    for (const char *key : { "final_imbalance", "max_within_trial_imbalance" }) {
        const QJsonObject summary = json.value(QLatin1String(key)).toObject();
        for (const char *field : { "mean_abs", "p95_abs", "max_abs" })
            QVERIFY2(summary.contains(QLatin1String(field)), field);
        QVERIFY(summary.value(QStringLiteral("mean_abs")).toDouble()
                <= summary.value(QStringLiteral("max_abs")).toDouble());
    }
    // The thread count never changes the result.
    const Run two = runCli(simulateArguments(QStringLiteral("2")));
    QCOMPARE(two.code, 0);
    QCOMPARE(two.out, one.out);

    QStringList minimization = simulateArguments(QStringLiteral("2"));
    minimization << QStringLiteral("--method") << QStringLiteral("minimization") << QStringLiteral("--minimization-p")
                 << QStringLiteral("1");
    const Run minimized = runCli(minimization);
    QCOMPARE(minimized.code, 0);
    const QJsonObject m = QJsonDocument::fromJson(minimized.out).object();
    QCOMPARE(m.value(QStringLiteral("method")).toString(), QStringLiteral("minimization"));
    QVERIFY(m.value(QStringLiteral("deterministic_rate")).toDouble() > 0.3);
}

void TestCliDesign::simulateRefusesBadInput()
{
    QStringList badWeights = simulateArguments(QStringLiteral("1"));
    badWeights << QStringLiteral("--weights") << QStringLiteral("1,2,3");
    const Run weights = runCli(badWeights);
    QCOMPARE(weights.code, 1);
    QVERIFY2(weights.err.contains("weights: "), weights.err.constData());
    QVERIFY(weights.out.isEmpty());

    QStringList badMethod = simulateArguments(QStringLiteral("1"));
    badMethod << QStringLiteral("--method") << QStringLiteral("coin");
    QCOMPARE(runCli(badMethod).code, 2);
    QCOMPARE(runCli({ QStringLiteral("simulate"), QStringLiteral("--arms"), QStringLiteral("A:1,B:1") }).code, 2);
}

QTEST_GUILESS_MAIN(TestCliDesign)
#include "tst_cli_design.moc"
