// Design assessment: the known values for fixed blocks, thread-count invariance, cancellation and
// the observer's inferences on hand-made histories.
#include "randomization/BlockObserver.h"
#include "randomization/Simulator.h"

#include <QTest>

#include <cmath>

using namespace trialdesk::randomization;

namespace {

Design twoArms(QList<int> multiples)
{
    Design design;
    design.arms = { { QStringLiteral("A"), 1 }, { QStringLiteral("B"), 1 } };
    design.multiples = std::move(multiples);
    design.seed
        = Seed::fromHex(QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")).value();
    return design;
}

double binomial(int n, int k)
{
    double value = 1;
    for (int i = 1; i <= k; ++i)
        value = value * (n - k + i) / i;
    return value;
}

bool sameResult(const SimulationResult &a, const SimulationResult &b)
{
    auto same = [](const ImbalanceSummary &x, const ImbalanceSummary &y) {
        return x.meanAbs == y.meanAbs && x.p95Abs == y.p95Abs && x.maxAbs == y.maxAbs;
    };
    return a.correctGuessRate == b.correctGuessRate && a.deterministicRate == b.deterministicRate
        && same(a.finalImbalance, b.finalImbalance) && same(a.maxWithinTrialImbalance, b.maxWithinTrialImbalance)
        && same(a.finalStratumImbalance, b.finalStratumImbalance) && same(a.maxStratumImbalance, b.maxStratumImbalance)
        && a.finalImbalanceByTrial == b.finalImbalanceByTrial && a.maxImbalanceByTrial == b.maxImbalanceByTrial;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void knownValuesForFixedBlocks_data();
    void knownValuesForFixedBlocks();
    void identicalWhateverTheThreadCount();
    void cancelStopsTheRun();
    void refusesBadSettings();
    void observerWithRandomBlockSizes();
    void observerGuessesRelativeToWeight();
};

void TestSimulator::knownValuesForFixedBlocks_data()
{
    QTest::addColumn<int>("m");
    QTest::addColumn<double>("published");
    QTest::newRow("size 2") << 1 << 0.75;
    QTest::newRow("size 4") << 2 << 0.7083;
    QTest::newRow("size 6") << 3 << 0.6833;
    QTest::newRow("size 8") << 4 << 0.6661;
}

void TestSimulator::knownValuesForFixedBlocks()
{
    QFETCH(int, m);
    QFETCH(double, published);
    const double exact = (m + std::pow(2.0, 2 * m - 1) / binomial(2 * m, m) - 0.5) / (2 * m);
    QVERIFY(std::abs(exact - published) < 0.00005);

    SimulationSettings settings;
    settings.design = twoArms({ m });
    settings.participants = 480; // whole blocks for every size
    settings.trials = 5000;
    settings.threads = 2;
    const auto result = Simulator::run(settings);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    // Blocks are independent; a block's credits sum to a value in [0, 2m], so its standard deviation
    // is at most m and the rate's standard error at most m / sqrt(B) / 2m = 1 / (2 sqrt(B)) with
    // B = 5000 * 480 / 2m blocks: 0.00032 to 0.00091. Four times that bound:
    const double blocks = 5000.0 * 480.0 / (2 * m);
    const double tolerance = 4.0 / (2.0 * std::sqrt(blocks));
    QVERIFY2(std::abs(result->correctGuessRate - exact) < tolerance,
             qPrintable(QStringLiteral("%1 vs %2").arg(result->correctGuessRate).arg(exact)));
    // 2m / (m + 1) certain allocations per block of 2m: a rate of 1 / (m + 1). Same bound.
    QVERIFY2(std::abs(result->deterministicRate - 1.0 / (m + 1)) < tolerance,
             qPrintable(QStringLiteral("%1 vs %2").arg(result->deterministicRate).arg(1.0 / (m + 1))));
    // Whole blocks in one stratum: the trial always ends balanced, never more than m apart.
    QCOMPARE(result->finalImbalance.maxAbs, 0.0);
    QCOMPARE(result->maxWithinTrialImbalance.maxAbs, double(m));
}

void TestSimulator::identicalWhateverTheThreadCount()
{
    for (Method method : { Method::Blocks, Method::Minimization }) {
        SimulationSettings settings;
        settings.design = twoArms({ 2, 3 });
        settings.design.method = method;
        settings.design.factors
            = { { QStringLiteral("F1"), { QStringLiteral("a"), QStringLiteral("b") }, 1, false },
                { QStringLiteral("F2"),
                  { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") },
                  1,
                  false } };
        settings.stratumWeights = { 1, 2, 3, 4, 4, 3, 2, 1 };
        settings.participants = 150;
        settings.trials = 301;
        std::vector<SimulationResult> results;
        for (int threads : { 1, 2, 4 }) {
            settings.threads = threads;
            int lastDone = -1;
            const auto result = Simulator::run(settings, [&](int done, int total) {
                QVERIFY(done >= lastDone && done <= total);
                lastDone = done;
            });
            QVERIFY2(result.ok(), qPrintable(result.message()));
            QCOMPARE(lastDone, settings.trials);
            results.push_back(result.value());
        }
        QVERIFY(sameResult(results[0], results[1]));
        QVERIFY(sameResult(results[0], results[2]));
        // A different seed gives a different result: the seed is really used.
        settings.design.seed = Seed::fromHex(QString(64, QLatin1Char('f'))).value();
        settings.threads = 2;
        const auto other = Simulator::run(settings);
        QVERIFY(other.ok());
        QVERIFY(!sameResult(results[0], other.value()));
    }
}

void TestSimulator::cancelStopsTheRun()
{
    SimulationSettings settings;
    settings.design = twoArms({ 2 });
    settings.participants = 100;
    settings.trials = 100000;
    settings.threads = 2;
    std::atomic<bool> cancel { true };
    const auto result = Simulator::run(settings, {}, &cancel);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems().first().field, QStringLiteral("simulation"));
}

void TestSimulator::refusesBadSettings()
{
    SimulationSettings settings;
    settings.design = twoArms({ 2 });
    settings.participants = 0;
    settings.trials = 0;
    settings.stratumWeights = { 1, 1 };
    const QList<Problem> problems = Simulator::validate(settings);
    QStringList fields;
    for (const Problem &problem : problems)
        fields.append(problem.field);
    QCOMPARE(fields,
             (QStringList { QStringLiteral("participants"), QStringLiteral("trials"), QStringLiteral("weights") }));
    QVERIFY(!Simulator::run(settings).ok());
}

void TestSimulator::observerWithRandomBlockSizes()
{
    // 1:1, blocks of 2 or 4 (multiples 1 and 2).
    BlockObserver observer(twoArms({ 1, 2 }));
    QVERIFY(!observer.isCertain()); // first allocation
    observer.observe(0);
    QVERIFY(!observer.isCertain()); // A: a block of 2 forces B, a block of 4 leaves A open
    observer.observe(1);
    QVERIFY(!observer.isCertain()); // A B: may be a whole block of 2, so a new block may start
    observer.observe(0);
    QVERIFY(!observer.isCertain()); // A B A: from 0 a block of 4 forces B; from 2 a block of 4 leaves A open
    observer.observe(0);
    QVERIFY(observer.isCertain()); // A B A A: only a block of 4 from 2 fits: B must follow
    observer.observe(1);
    QVERIFY(observer.isCertain()); // A B A A B: that block still needs one B
    observer.observe(1);
    QVERIFY(!observer.isCertain()); // balanced at a possible boundary: a new block may start
    // Fixed blocks of 4: after A A the block is A A B B, certain twice.
    BlockObserver fixed(twoArms({ 2 }));
    fixed.observe(0);
    fixed.observe(0);
    QVERIFY(fixed.isCertain());
}

void TestSimulator::observerGuessesRelativeToWeight()
{
    Design design = twoArms({ 1 });
    design.arms = { { QStringLiteral("A"), 2 }, { QStringLiteral("B"), 1 } };
    BlockObserver observer(design);
    QCOMPARE(observer.guessCredit(0), 0.5); // 0/2 and 0/1 tie
    QCOMPARE(observer.guessCredit(1), 0.5);
    observer.observe(0); // A: 1/2 against 0/1 -> guess B
    QCOMPARE(observer.guessCredit(1), 1.0);
    QCOMPARE(observer.guessCredit(0), 0.0);
    observer.observe(1); // A B: 1/2 against 1/1 -> guess A, and A is certain
    QCOMPARE(observer.guessCredit(0), 1.0);
    QVERIFY(observer.isCertain());
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
