// docs/randomization-spec.md promises that anyone can rebuild a stratum's list without TrialDesk.
// This test holds it to that: the Python program printed in the document (standard library only) must
// reproduce every spec v1 vector, and must agree with the engine's StratumStream for random seeds,
// arms, weights, multiples and strata.
#include "randomization/Design.h"
#include "randomization/StratumStream.h"
#include "tests/support/VectorFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trialdesk::randomization;

namespace {

const QString kDocPath = QStringLiteral(TRIALDESK_SOURCE_DIR "/docs/randomization-spec.md");

QString pythonBlock()
{
    QFile file(kDocPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString markdown = QString::fromUtf8(file.readAll());
    const QRegularExpression fence(QStringLiteral("```python\\n(.*?)```"),
                                   QRegularExpression::DotMatchesEverythingOption);
    const auto match = fence.match(markdown);
    return match.hasMatch() ? match.captured(1) : QString();
}

// What the document's program prints for a design, or an empty array when it fails.
QByteArray runDocument(const QString &script, const QString &seed, const QString &arms, const QString &multiples,
                       int stratum, int blocks, QString *error)
{
    QProcess python;
    python.start(QStandardPaths::findExecutable(QStringLiteral("python3")),
                 { script, seed, arms, multiples, QString::number(stratum), QString::number(blocks) });
    if (!python.waitForFinished(60'000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return python.readAllStandardOutput();
}

// The same CSV from the engine.
QByteArray runEngine(const QString &seed, const QString &arms, const QString &multiples, int stratum, int blocks)
{
    Design design;
    design.seed = Seed::fromHex(seed).value();
    design.arms = Design::parseArms(arms).value();
    design.multiples = Design::parseMultiples(multiples).value();
    QByteArray out = "sequence,block_number,block_size,position_in_block,arm\n";
    StratumStream stream(design, stratum);
    for (qint64 k = 1;; ++k) {
        const Allocation a = stream.entry(k);
        if (a.blockNumber > blocks)
            break;
        out += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(a.sequence)
                   .arg(a.blockNumber)
                   .arg(a.blockSize)
                   .arg(a.positionInBlock)
                   .arg(stream.armCode(a.armIndex))
                   .toUtf8();
    }
    return out;
}

} // namespace

class TestSpecDoc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vectors_data();
    void vectors();
    void agreesWithTheEngine_data();
    void agreesWithTheEngine();

private:
    QTemporaryDir m_dir;
    QString m_script;
};

void TestSpecDoc::initTestCase()
{
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty());
    const QString code = pythonBlock();
    QVERIFY2(code.contains(QStringLiteral("def seed_seq")), "docs/randomization-spec.md has no Python program");
    QVERIFY(m_dir.isValid());
    m_script = m_dir.filePath(QStringLiteral("spec_v1.py"));
    QFile file(m_script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(code.toUtf8()) > 0);
}

void TestSpecDoc::vectors_data()
{
    trialdesk::test::addVectorFileRows(QStringLiteral("spec-v1"), QStringLiteral("*.csv"), 5);
}

void TestSpecDoc::vectors()
{
    QFETCH(QString, path);
    const trialdesk::test::VectorFile vector = trialdesk::test::readVectorFile(path);
    QVERIFY2(vector.read, qPrintable(path));
    const QMap<QString, QString> &header = vector.header;
    // The document's program prints the table as the file holds it: the column line, then the rows.
    const QByteArray expected = (QStringList { vector.columns } + vector.rows).join(QLatin1Char('\n')).toUtf8() + '\n';
    QString error;
    const QByteArray printed
        = runDocument(m_script, header.value(QStringLiteral("seed")), header.value(QStringLiteral("arms")),
                      header.value(QStringLiteral("multiples")), header.value(QStringLiteral("stratum_index")).toInt(),
                      header.value(QStringLiteral("blocks")).toInt(), &error);
    QVERIFY2(!printed.isEmpty(), qPrintable(error));
    QCOMPARE(printed, expected);
}

void TestSpecDoc::agreesWithTheEngine_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("arms");
    QTest::addColumn<QString>("multiples");
    QTest::addColumn<int>("stratum");
    const QStringList arms = { QStringLiteral("PP:1,UC:1"), QStringLiteral("A:2,B:1"), QStringLiteral("X:1,Y:1,Z:1"),
                               QStringLiteral("T:3,C:2") };
    const QStringList multiples = { QStringLiteral("1"), QStringLiteral("2,3"), QStringLiteral("1,2,4") };
    QRandomGenerator random(20261204); // a fixed draw of cases, so that a failure repeats
    for (int i = 0; i < 12; ++i) {
        QString seed;
        for (int w = 0; w < 8; ++w)
            seed += QStringLiteral("%1").arg(random.generate(), 8, 16, QLatin1Char('0'));
        QTest::newRow(qPrintable(QStringLiteral("case %1").arg(i)))
            << seed << arms.at(i % arms.size()) << multiples.at(i % multiples.size())
            << int(random.bounded(Design::kMaxStrata));
    }
}

void TestSpecDoc::agreesWithTheEngine()
{
    QFETCH(QString, seed);
    QFETCH(QString, arms);
    QFETCH(QString, multiples);
    QFETCH(int, stratum);
    QString error;
    const QByteArray printed = runDocument(m_script, seed, arms, multiples, stratum, 25, &error);
    QVERIFY2(!printed.isEmpty(), qPrintable(error));
    QCOMPARE(printed, runEngine(seed, arms, multiples, stratum, 25));
}

QTEST_GUILESS_MAIN(TestSpecDoc)
#include "tst_specdoc.moc"
