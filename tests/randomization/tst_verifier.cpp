// Verification of a blocks log against the seed, and the allocation list export (spec CSV and REDCap).
#include "randomization/AllocationListWriter.h"
#include "randomization/StratumStream.h"
#include "randomization/Verifier.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace trialdesk::randomization;

namespace {

Design siteDesign()
{
    Design design;
    design.arms = { { QStringLiteral("1"), 1 }, { QStringLiteral("2"), 1 } };
    design.multiples = { 2, 3 };
    design.factors = {
        { QStringLiteral("sex"), { QStringLiteral("1"), QStringLiteral("2") }, 1, false },
        { QStringLiteral("site"), { QStringLiteral("101"), QStringLiteral("102"), QStringLiteral("103") }, 1, true }
    };
    design.seed
        = Seed::fromHex(QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")).value();
    return design;
}

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT

private slots:
    void cleanLogVerifies();
    void mismatchGapDuplicateInvalid();
    void specExportMatchesStreams();
    void redcapExport();
    void minimizationHasNoList();
};

void TestVerifier::cleanLogVerifies()
{
    const Design design = siteDesign();
    QList<BlocksLogEntry> log;
    for (int stratum : { 0, 5, 3 }) {
        StratumStream stream(design, stratum);
        for (qint64 k = 1; k <= 20; ++k)
            log.append({ stratum, k, stream.armCode(stream.entry(k).armIndex) });
    }
    const VerificationReport report = Verifier(design).verifyBlocks(log);
    QVERIFY(report.clean());
    QCOMPARE(report.count(EntryStatus::Match), log.size());
    QCOMPARE(report.strata.size(), 3);
    QCOMPARE(report.strata.at(0).stratum, 0);
    QCOMPARE(report.strata.at(2).stratum, 5);
    QCOMPARE(report.strata.at(2).maxSequence, qint64(20));
}

void TestVerifier::mismatchGapDuplicateInvalid()
{
    const Design design = siteDesign();
    StratumStream stream(design, 2);
    auto arm = [&](qint64 k) { return stream.armCode(stream.entry(k).armIndex); };
    auto other = [&](qint64 k) { return arm(k) == QLatin1String("1") ? QStringLiteral("2") : QStringLiteral("1"); };
    const QList<BlocksLogEntry> log {
        { 2, 1, arm(1) }, { 2, 2, other(2) }, { 2, 3, arm(3) }, { 2, 6, arm(6) }, { 2, 7, arm(7) },
        { 2, 3, arm(3) }, { 2, 10, arm(10) }, { 6, 1, arm(1) }, { 2, 0, arm(1) }, { 2, 11, QStringLiteral("X") },
    };
    const VerificationReport report = Verifier(design).verifyBlocks(log);
    QVERIFY(!report.clean());
    QCOMPARE(report.entries.at(0).status, EntryStatus::Match);
    QCOMPARE(report.entries.at(1).status, EntryStatus::Mismatch);
    QCOMPARE(report.entries.at(1).expectedArm, arm(2));
    QVERIFY(!report.entries.at(2).duplicate);
    QVERIFY(report.entries.at(5).duplicate);
    QCOMPARE(report.entries.at(5).status, EntryStatus::Match);
    QCOMPARE(report.entries.at(7).status, EntryStatus::Invalid); // stratum 6 of 0..5
    QVERIFY(report.entries.at(7).message.contains(QLatin1String("0 to 5")));
    QCOMPARE(report.entries.at(8).status, EntryStatus::Invalid); // sequence 0
    QCOMPARE(report.entries.at(9).status, EntryStatus::Invalid); // unknown arm
    QCOMPARE(report.strata.size(), 1);
    const StratumCheck &check = report.strata.first();
    QCOMPARE(check.maxSequence, qint64(11));
    QCOMPARE(check.entries, qint64(8));
    QCOMPARE(check.duplicates, QList<qint64> { 3 });
    const QList<std::pair<qint64, qint64>> gaps { { 4, 5 }, { 8, 9 } };
    QCOMPARE(check.gaps, gaps);
}

void TestVerifier::specExportMatchesStreams()
{
    const Design design = siteDesign();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written = AllocationListWriter(design).write(buffer, AllocationListWriter::Format::Spec, 7);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(written.value(), qint64(6 * 7));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("stratum_index,sequence,block_number,block_size,position_in_block,arm,sex,site"));
    QCOMPARE(lines.size(), 1 + 42 + 1); // header, rows, empty after the last newline
    // Stratum 4 = (sex index 1, site index 1): levels 2 and 102.
    StratumStream stream(design, 4);
    const Allocation a = stream.entry(3);
    const QByteArray expected = "4,3," + QByteArray::number(a.blockNumber) + ',' + QByteArray::number(a.blockSize) + ','
        + QByteArray::number(a.positionInBlock) + ',' + stream.armCode(a.armIndex).toUtf8() + ",2,102";
    QCOMPARE(lines.at(1 + 4 * 7 + 2), expected);
}

void TestVerifier::redcapExport()
{
    const Design design = siteDesign();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written = AllocationListWriter(design).write(buffer, AllocationListWriter::Format::Redcap, 5);
    QVERIFY(written.ok());
    const QList<QByteArray> lines = buffer.data().split('\n');
    // The site factor becomes the data access group, the other factors stay stratum fields.
    QCOMPARE(lines.first(), QByteArray("redcap_randomization_group,sex,redcap_data_access_group"));
    StratumStream stream(design, 1); // sex 1, site 102
    for (int k = 1; k <= 5; ++k)
        QCOMPARE(lines.at(5 + k), stream.armCode(stream.entry(k).armIndex).toUtf8() + ",1,102");
}

void TestVerifier::minimizationHasNoList()
{
    Design design = siteDesign();
    design.method = Method::Minimization;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written = AllocationListWriter(design).write(buffer, AllocationListWriter::Format::Spec, 5);
    QVERIFY(!written.ok());
    QCOMPARE(written.problems().first().field, QStringLiteral("method"));
    QVERIFY(buffer.data().isEmpty());
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QVERIFY(!AllocationListWriter(siteDesign()).write(readOnly, AllocationListWriter::Format::Spec, 5).ok());
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
