// Pocock-Simon minimization as docs/minimization.md defines it: a hand-worked check of the first
// allocations (from std::mt19937 and std::seed_seq, independent of Boost), the vectors in
// tests/data/vectors/minimization, and the properties the procedure promises.
#include "randomization/Design.h"
#include "randomization/Minimizer.h"
#include "randomization/Verifier.h"
#include "tests/support/VectorFiles.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

#include <random>

using namespace trialdesk::randomization;

namespace {

struct MinimizationVector
{
    Design design;
    QList<QStringList> rows; // level codes..., arm
};

MinimizationVector readVector(const QString &path)
{
    MinimizationVector vector;
    const trialdesk::test::VectorFile file = trialdesk::test::readVectorFile(path);
    for (const QString &line : file.rows)
        vector.rows.append(line.split(QLatin1Char(',')).mid(1));
    const QMap<QString, QString> &header = file.header;
    Design &design = vector.design;
    design.method = Method::Minimization;
    design.seed = Seed::fromHex(header.value(QStringLiteral("seed"))).value();
    design.arms = Design::parseArms(header.value(QStringLiteral("arms"))).value();
    for (const QString &text : header.value(QStringLiteral("factors")).split(QLatin1Char(';'))) {
        // code:weight=level|level...
        const QStringList codeAndLevels = text.split(QLatin1Char('='));
        const QStringList codeAndWeight = codeAndLevels.first().split(QLatin1Char(':'));
        design.factors.append(
            { codeAndWeight.at(0), codeAndLevels.at(1).split(QLatin1Char('|')), codeAndWeight.at(1).toInt(), false });
    }
    design.minimization.measure = header.value(QStringLiteral("measure")) == QLatin1String("variance")
        ? ImbalanceMeasure::Variance
        : ImbalanceMeasure::Range;
    design.minimization.probabilityMillionths
        = Design::parseProbability(header.value(QStringLiteral("probability"))).value();
    return vector;
}

std::vector<int> levelIndexes(const Design &design, const QStringList &codes)
{
    std::vector<int> levels;
    for (qsizetype f = 0; f < design.factors.size(); ++f)
        levels.push_back(int(design.factors.at(f).levels.indexOf(codes.at(f))));
    return levels;
}

QString vectorDir()
{
    return QStringLiteral(TRIALDESK_TEST_DATA_DIR "/vectors/minimization");
}

} // namespace

class TestMinimization : public QObject
{
    Q_OBJECT

private slots:
    void handWorkedFirstAllocations();
    void vectors_data();
    void vectors();
    void varianceScores();
    void armWeightsHonoured();
    void certainWhenProbabilityIsOne();
};

void TestMinimization::handWorkedFirstAllocations()
{
    // The minimization stream: std::mt19937 seeded by std::seed_seq with w0..w7, 0xFFFFFFFF.
    const std::vector<std::uint32_t> words { 0x01234567, 0x89abcdef, 0xfedcba98, 0x76543210, 0x0f1e2d3c,
                                             0x4b5a6978, 0x8796a5b4, 0xc3d2e1f0, 0xFFFFFFFFu };
    std::seed_seq sequence(words.begin(), words.end());
    std::mt19937 engine(sequence);
    std::vector<std::uint32_t> u;
    for (int i = 0; i < 10; ++i)
        u.push_back(std::uint32_t(engine()));
    // below(2) accepts every output (limit 2^32); below(10^6) accepts u < 4294000000: all ten are.
    for (std::uint32_t value : u)
        QVERIFY(value < 4294000000u);

    // A:1,B:1; factors sex (F,M) and age (Y,O), weight 1; range; p = 0.8 (800000 millionths).
    // Imbalance if the participant joined arm a: for each factor, |A - B| over the participants
    // sharing its level, counting the newcomer in a; G_a is the sum over factors.
    // 1 (M,O): no one yet, G_A = 1 + 1 = G_B: all tie -> below(2) = u1 mod 2 = 0 -> A.
    QCOMPARE(u[0] % 2, 0u);
    // 2 (F,Y): no F, no Y yet: all tie -> below(2) = u2 mod 2 = 0 -> A.
    QCOMPARE(u[1] % 2, 0u);
    // 3 (M,O): M = {A}, O = {A}: G_A = 2 + 2 = 4, G_B = 0 + 0 = 0 -> prefer B;
    //   below(10^6) = u3 mod 10^6 = 488423 < 800000 -> B, then below(1) consumes u4.
    QCOMPARE(u[2] % 1000000, 488423u);
    // 4 (M,O): M = {A,B}, O = {A,B}: G_A = 1 + 1 = G_B: all tie -> below(2) = u5 mod 2 = 0 -> A.
    QCOMPARE(u[4] % 2, 0u);
    // 5 (M,Y): M = {A,B,A}, Y = {A}: G_A = 2 + 2 = 4, G_B = 0 + 0 -> prefer B;
    //   u6 mod 10^6 = 609805 < 800000 -> B (below(1) consumes u7).
    QCOMPARE(u[5] % 1000000, 609805u);
    // 6 (F,O): F = {A}, O = {A,B,A}: G_A = 2 + 2 = 4, G_B = 0 + 0 -> prefer B;
    //   u8 mod 10^6 = 146288 < 800000 -> B (below(1) consumes u9).
    QCOMPARE(u[7] % 1000000, 146288u);
    // 7 (F,O): F = {A,B}, O = {A,B,A,B}: G_A = 1 + 1 = G_B: all tie -> below(2) = u10 mod 2 = 1 -> B.
    QCOMPARE(u[9] % 2, 1u);
    const QStringList expected { QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A"),
                                 QStringLiteral("B"), QStringLiteral("B"), QStringLiteral("B") };
    const QList<QStringList> levels { { "M", "O" }, { "F", "Y" }, { "M", "O" }, { "M", "O" },
                                      { "M", "Y" }, { "F", "O" }, { "F", "O" } };

    // The implementation agrees with the hand-worked steps ...
    const MinimizationVector vector = readVector(vectorDir() + QStringLiteral("/minimization-ab_range_p08.csv"));
    QVERIFY(vector.design.validate().isEmpty());
    QCOMPARE(vector.design.seed.toHex(),
             QStringLiteral("0123456789abcdeffedcba98765432100f1e2d3c4b5a69788796a5b4c3d2e1f0"));
    Minimizer minimizer(vector.design);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(vector.design.arms.at(minimizer.assign(levelIndexes(vector.design, levels.at(i)))).code,
                 expected.at(i));
    // ... and so does the published vector file.
    QVERIFY(vector.rows.size() >= expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(vector.rows.at(i), levels.at(i) + QStringList { expected.at(i) });
}

void TestMinimization::vectors_data()
{
    trialdesk::test::addVectorFileRows(QStringLiteral("minimization"), QStringLiteral("minimization-*.csv"), 3);
}

void TestMinimization::vectors()
{
    QFETCH(QString, path);
    const MinimizationVector vector = readVector(path);
    const QList<Problem> problems = vector.design.validate();
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QVERIFY(vector.rows.size() >= 40);
    Minimizer minimizer(vector.design);
    QList<MinimizationLogEntry> log;
    for (const QStringList &row : vector.rows) {
        const QStringList levels = row.mid(0, row.size() - 1);
        const int arm = minimizer.assign(levelIndexes(vector.design, levels));
        QCOMPARE(vector.design.arms.at(arm).code, row.last());
        log.append({ levels, row.last() });
    }
    // The verifier replays the same procedure: the log is clean; an altered arm is caught, and what
    // came before it still matches (later entries were decided on the true history, so may differ).
    const Verifier verifier(vector.design);
    QVERIFY(verifier.verifyMinimization(log).clean());
    const qsizetype altered = log.size() / 2;
    const int armIndex = vector.design.armIndex(log[altered].arm);
    log[altered].arm = vector.design.arms.at((armIndex + 1) % vector.design.armCount()).code;
    const VerificationReport report = verifier.verifyMinimization(log);
    QVERIFY(!report.clean());
    QCOMPARE(report.entries.at(altered).status, EntryStatus::Mismatch);
    for (qsizetype i = 0; i < altered; ++i)
        QCOMPARE(report.entries.at(i).status, EntryStatus::Match);
}

void TestMinimization::varianceScores()
{
    // Three arms 1:1:1, one factor with one level, variance: after A, A, B the scores are
    // A -> (3,1,0), B -> (2,2,0), C -> (2,1,1). Sum over pairs of squared differences:
    // A: 4 + 9 + 1 = 14, B: 0 + 4 + 4 = 8, C: 1 + 1 + 0 = 2. C is preferred.
    Design design;
    design.method = Method::Minimization;
    design.minimization.measure = ImbalanceMeasure::Variance;
    design.arms = { { QStringLiteral("A"), 1 }, { QStringLiteral("B"), 1 }, { QStringLiteral("C"), 1 } };
    design.factors = { { QStringLiteral("all"), { QStringLiteral("x") }, 1, false } };
    QVERIFY(design.validate().isEmpty());
    Minimizer minimizer(design);
    const std::vector<int> level { 0 };
    minimizer.record(level, 0);
    minimizer.record(level, 0);
    minimizer.record(level, 1);
    Minimizer::Score scores[3];
    minimizer.scores(level, scores);
    QVERIFY(scores[0] == 14 && scores[1] == 8 && scores[2] == 2);
    QCOMPARE(minimizer.preferredArms(level), 4u);
    // Arm weights: 2:1 makes one A worth half an allocation: counts (2,1) read as (1,1).
    design.arms = { { QStringLiteral("A"), 2 }, { QStringLiteral("B"), 1 } };
    Minimizer weighted(design);
    weighted.record(level, 0);
    weighted.record(level, 0);
    weighted.record(level, 1);
    Minimizer::Score two[2];
    weighted.scores(level, two);
    // x = count * L / r with L = 2: A: (3*1, 1*2) -> 1; B: (2*1, 2*2) -> 4; squared: 1 and 4.
    QVERIFY(two[0] == 1 && two[1] == 4);
}

void TestMinimization::armWeightsHonoured()
{
    Design design;
    design.method = Method::Minimization;
    design.arms = { { QStringLiteral("PP"), 2 }, { QStringLiteral("UC"), 1 } };
    design.factors
        = { { QStringLiteral("site"), { QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3") }, 1, true },
            { QStringLiteral("sex"), { QStringLiteral("F"), QStringLiteral("M") }, 1, false } };
    design.seed = Seed::fromHex(QString(64, QLatin1Char('a'))).value();
    QVERIFY(design.validate().isEmpty());
    Minimizer minimizer(design);
    std::mt19937 levels(7);
    int counts[2] = { 0, 0 };
    for (int i = 0; i < 3000; ++i) {
        const std::vector<int> l { int(levels() % 3), int(levels() % 2) };
        ++counts[minimizer.assign(l)];
    }
    // 2:1 overall and within every level: minimization keeps |PP - 2 UC| small (here it would be
    // about 50 for a coin weighted 2:1).
    QVERIFY2(std::abs(counts[0] - 2 * counts[1]) <= 6,
             qPrintable(QStringLiteral("%1 %2").arg(counts[0]).arg(counts[1])));
    for (int level = 0; level < 3; ++level)
        QVERIFY(std::abs(minimizer.count(0, level, 0) - 2 * minimizer.count(0, level, 1)) <= 6);
}

void TestMinimization::certainWhenProbabilityIsOne()
{
    // p = 1: whenever one arm is preferred it is taken, whatever the stream.
    Design design;
    design.method = Method::Minimization;
    design.minimization.probabilityMillionths = 1000000;
    design.arms = { { QStringLiteral("A"), 1 }, { QStringLiteral("B"), 1 } };
    design.factors = { { QStringLiteral("f"), { QStringLiteral("x"), QStringLiteral("y") }, 1, false } };
    for (char c : { '1', '2', '3' }) {
        design.seed = Seed::fromHex(QString(64, QLatin1Char(c))).value();
        Minimizer minimizer(design);
        for (int i = 0; i < 200; ++i) {
            const std::vector<int> level { i % 3 == 0 ? 1 : 0 };
            const std::uint32_t preferred = minimizer.preferredArms(level);
            const int arm = minimizer.assign(level);
            if (preferred != minimizer.allArms())
                QCOMPARE(1u << arm, preferred);
        }
        QVERIFY(std::abs(minimizer.count(0, 0, 0) - minimizer.count(0, 0, 1)) <= 1);
    }
}

QTEST_GUILESS_MAIN(TestMinimization)
#include "tst_minimization.moc"
