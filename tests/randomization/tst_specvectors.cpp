// Spec v1 conformance: every published vector in tests/data/vectors/spec-v1 (docs/randomization-spec.md) must be
// reproduced entry for entry, both sequentially and by random access.
#include "randomization/Design.h"
#include "randomization/StratumStream.h"
#include "tests/support/VectorFiles.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

using namespace trialdesk::randomization;

class TestSpecVectors : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void randomAccessMatchesSequential();
};

void TestSpecVectors::vectors_data()
{
    trialdesk::test::addVectorFileRows(QStringLiteral("spec-v1"), QStringLiteral("*.csv"), 5);
}

void TestSpecVectors::vectors()
{
    QFETCH(QString, path);
    const trialdesk::test::VectorFile vector = trialdesk::test::readVectorFile(path);
    QVERIFY2(vector.read, qPrintable(path));
    const QMap<QString, QString> &header = vector.header;
    const QStringList &rows = vector.rows;
    for (const char *key : { "seed", "arms", "multiples", "stratum_index", "blocks" })
        QVERIFY2(header.contains(QLatin1String(key)), key);
    QCOMPARE(vector.columns, QStringLiteral("sequence,block_number,block_size,position_in_block,arm"));

    Design design;
    const auto seed = Seed::fromHex(header.value(QStringLiteral("seed")));
    QVERIFY2(seed.ok(), qPrintable(seed.message()));
    design.seed = seed.value();
    const auto arms = Design::parseArms(header.value(QStringLiteral("arms")));
    QVERIFY(arms.ok());
    design.arms = arms.value();
    const auto multiples = Design::parseMultiples(header.value(QStringLiteral("multiples")));
    QVERIFY(multiples.ok());
    design.multiples = multiples.value();
    QVERIFY(design.validate().isEmpty());
    const int stratum = header.value(QStringLiteral("stratum_index")).toInt();
    const int blocks = header.value(QStringLiteral("blocks")).toInt();
    QVERIFY(blocks > 0);

    StratumStream stream(design, stratum);
    qint64 lastBlock = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Allocation a = stream.entry(i + 1);
        const QString got = QStringLiteral("%1,%2,%3,%4,%5")
                                .arg(a.sequence)
                                .arg(a.blockNumber)
                                .arg(a.blockSize)
                                .arg(a.positionInBlock)
                                .arg(stream.armCode(a.armIndex));
        QCOMPARE(got, rows.at(i));
        lastBlock = a.blockNumber;
    }
    QCOMPARE(lastBlock, qint64(blocks));
    // The vector holds whole blocks: the next entry opens block blocks + 1.
    QCOMPARE(stream.entry(rows.size() + 1).blockNumber, qint64(blocks + 1));
    QCOMPARE(stream.entry(rows.size() + 1).positionInBlock, 1);
}

void TestSpecVectors::randomAccessMatchesSequential()
{
    Design design;
    design.arms = { { QStringLiteral("A"), 2 }, { QStringLiteral("B"), 1 }, { QStringLiteral("C"), 1 } };
    design.multiples = { 1, 2, 3 };
    design.seed = Seed::fromHex(QString(64, QLatin1Char('7'))).value();
    StratumStream sequential(design, 4);
    std::vector<Allocation> expected;
    for (qint64 k = 1; k <= 5000; ++k)
        expected.push_back(sequential.entry(k));
    StratumStream jumping(design, 4);
    for (qint64 k : { 4999, 1, 2500, 17, 5000, 3 })
        QCOMPARE(jumping.entry(k), expected[std::size_t(k - 1)]);
    // Every block holds its arms in the design's ratio.
    std::vector<int> counts(3, 0);
    for (const Allocation &a : expected) {
        if (a.positionInBlock == 1)
            std::fill(counts.begin(), counts.end(), 0);
        ++counts[std::size_t(a.armIndex)];
        if (a.positionInBlock == a.blockSize) {
            const int m = a.blockSize / 4;
            QCOMPARE(counts[0], 2 * m);
            QCOMPARE(counts[1], m);
            QCOMPARE(counts[2], m);
        }
    }
}

QTEST_GUILESS_MAIN(TestSpecVectors)
#include "tst_specvectors.moc"
