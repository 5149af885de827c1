#include "tests/support/CliTrial.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// A new site must not restart any stratum's allocation sequence (docs/randomization-spec.md,
// section 5), checked end to end on the real executable: randomize k participants of one stratum,
// add a site with `site add`, randomize more; their sequences are k+1, k+2, ... and their arms
// those of spec v1's stream at those positions, as `design stream` prints it from the revealed seed;
// `log verify` is clean.
class TestCliLineage : public QObject
{
    Q_OBJECT

private slots:
    void newSiteContinuesTheSequence();
    void amendmentContinuesTheSequence();

private:
    using Run = trialdesk::test::CliRun;
    // Creates a workspace (with the given protocol file, or the bundled one), its coordinator and
    // statistician, and makes it the one the other helpers work in.
    void createWorkspace(const QString &protocolFile = {});
    QString enrollAndRandomize(const QString &site, const QString &condition);
    QJsonObject randomizationReport();

    std::unique_ptr<trialdesk::test::CliTrial> m_trial;
};

namespace {
// The randomization report's entries by study ID.
QMap<QString, QJsonObject> entriesByStudyId(const QJsonObject &report)
{
    QMap<QString, QJsonObject> entries;
    for (const QJsonValue &value : report.value(QStringLiteral("entries")).toArray())
        entries.insert(value.toObject().value(QStringLiteral("study_id")).toString(), value.toObject());
    return entries;
}
} // namespace

void TestCliLineage::createWorkspace(const QString &protocolFile)
{
    QStringList moreInitArguments;
    if (!protocolFile.isEmpty())
        moreInitArguments << QStringLiteral("--protocol") << protocolFile;
    // The new trial replaces the previous one only once it exists: protocolFile may lie in the
    // previous one's folder.
    auto trial = std::make_unique<trialdesk::test::CliTrial>(QStringLiteral("Lineage"), moreInitArguments);
    const QString notAdded = trial->addUsers({ { QStringLiteral("coord"), QStringLiteral("coordinator") },
                                               { QStringLiteral("stella"), QStringLiteral("statistician") } });
    QVERIFY2(notAdded.isEmpty(), qPrintable(notAdded));
    m_trial = std::move(trial);
}

QString TestCliLineage::enrollAndRandomize(const QString &site, const QString &condition)
{
    Run enrolled = m_trial->enroll(QStringLiteral("coord"), site, condition, QStringLiteral("2026-11-20"));
    if (enrolled.code != 0) {
        qWarning("enroll: %s", enrolled.err.constData());
        return {};
    }
    const QString studyId = QString::fromUtf8(enrolled.out.trimmed());
    Run randomized = m_trial->randomize(QStringLiteral("coord"), studyId);
    if (randomized.code != 0) {
        qWarning("randomize: %s", randomized.err.constData());
        return {};
    }
    return studyId;
}

QJsonObject TestCliLineage::randomizationReport()
{
    const QString path = m_trial->filePath(QStringLiteral("randomization.json"));
    Run report = m_trial->as(QStringLiteral("stella"),
                             { QStringLiteral("report"), QStringLiteral("randomization"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--output"), path });
    if (report.code != 0) {
        qWarning("report: %s", report.err.constData());
        return {};
    }
    return QJsonDocument::fromJson(trialdesk::test::readFile(path)).object();
}

void TestCliLineage::newSiteContinuesTheSequence()
{
    createWorkspace();
    if (QTest::currentTestFailed())
        return;
    constexpr int k = 5;
    QStringList before;
    for (int i = 0; i < k; ++i)
        before.append(enrollAndRandomize(QStringLiteral("ICM"), QStringLiteral("HF")));
    QVERIFY(!before.contains(QString()));

    Run site = m_trial->as(QStringLiteral("admin"),
                           { QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--code"),
                             QStringLiteral("JGH"), QStringLiteral("--name-fr"), QStringLiteral("Hôpital général juif"),
                             QStringLiteral("--name-en"), QStringLiteral("Jewish General Hospital"),
                             QStringLiteral("--time-zone"), QStringLiteral("America/Toronto"),
                             QStringLiteral("--reason"), QStringLiteral("second recruiting site") });
    QVERIFY2(site.code == 0, site.err.constData());

    QStringList after;
    for (int i = 0; i < 3; ++i)
        after.append(enrollAndRandomize(QStringLiteral("ICM"), QStringLiteral("HF")));
    QVERIFY(!after.contains(QString()));

    const QJsonObject report = randomizationReport();
    QVERIFY(report.value(QStringLiteral("verification")).toObject().value(QStringLiteral("clean")).toBool());
    const QMap<QString, QJsonObject> entries = entriesByStudyId(report);
    const int stratum = entries.value(before.first()).value(QStringLiteral("stratum_index")).toInt();

    Run design = m_trial->as(QStringLiteral("stella"),
                             { QStringLiteral("design"), QStringLiteral("show"), QStringLiteral("--reveal-seed"),
                               QStringLiteral("--json") });
    QVERIFY2(design.code == 0, design.err.constData());
    const QString seed = QJsonDocument::fromJson(design.out).object().value(QStringLiteral("seed")).toString();
    QCOMPARE(seed.size(), 64);
    Run stream = trialdesk::test::runCli({ QStringLiteral("design"), QStringLiteral("stream"),
                                           QStringLiteral("--seed-stdin"), QStringLiteral("--arms"),
                                           QStringLiteral("PP:1,UC:1"), QStringLiteral("--multiples"),
                                           QStringLiteral("2,3"), QStringLiteral("--stratum-index"),
                                           QString::number(stratum), QStringLiteral("--blocks"), QStringLiteral("4") },
                                         seed.toLatin1() + '\n');
    QVERIFY2(stream.code == 0, stream.err.constData());
    const QList<QByteArray> lines = stream.out.trimmed().split('\n');
    QVERIFY(lines.size() > k + 3);

    for (int i = 0; i < after.size(); ++i) {
        const QJsonObject entry = entries.value(after.at(i));
        QCOMPARE(entry.value(QStringLiteral("design_version")).toInt(), 2);
        QCOMPARE(entry.value(QStringLiteral("stream_lineage")).toInt(), 1);
        QCOMPARE(entry.value(QStringLiteral("stratum_index")).toInt(), stratum);
        const qint64 sequence = k + 1 + i;
        QCOMPARE(entry.value(QStringLiteral("sequence")).toInteger(), sequence);
        const QList<QByteArray> expected = lines.at(sequence).split(','); // line 0 is the header
        QCOMPARE(expected.at(0).toLongLong(), sequence);
        QCOMPARE(entry.value(QStringLiteral("arm")).toString(), QString::fromUtf8(expected.at(4)));
    }

    Run verify = m_trial->as(QStringLiteral("admin"), { QStringLiteral("log"), QStringLiteral("verify") });
    QVERIFY2(verify.code == 0, verify.out.constData());
}

// The same through a protocol amendment: with the condition factor first, an amendment may append a
// condition level to the locked design (a new design version, same seed); the stratum's next
// participants continue at k+1, k+2, ...
void TestCliLineage::amendmentContinuesTheSequence()
{
    createWorkspace();
    if (QTest::currentTestFailed())
        return;
    Run shown = m_trial->as(QStringLiteral("admin"),
                            { QStringLiteral("protocol"), QStringLiteral("show"), QStringLiteral("--json") });
    QVERIFY2(shown.code == 0, shown.err.constData());
    QJsonObject protocol = QJsonDocument::fromJson(shown.out).object();
    QJsonArray factors = protocol.value(QStringLiteral("stratification")).toArray();
    QCOMPARE(factors.size(), 2);
    protocol.insert(QStringLiteral("stratification"), QJsonArray { factors.at(1), factors.at(0) });
    auto write = [this](const QString &name, const QJsonObject &object) {
        return m_trial->writeFile(name, QJsonDocument(object).toJson());
    };
    const QString conditionFirst = write(QStringLiteral("condition-first.json"), protocol);
    QVERIFY(!conditionFirst.isEmpty());
    createWorkspace(conditionFirst);
    if (QTest::currentTestFailed())
        return;

    constexpr int k = 4;
    QStringList before;
    for (int i = 0; i < k; ++i)
        before.append(enrollAndRandomize(QStringLiteral("ICM"), QStringLiteral("AF")));
    QVERIFY(!before.contains(QString()));

    QJsonObject condition = factors.at(1).toObject();
    QJsonArray levels = condition.value(QStringLiteral("levels")).toArray();
    levels.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("CKD") },
                                { QStringLiteral("name"),
                                  QJsonObject { { QStringLiteral("fr"), QStringLiteral("IRC") },
                                                { QStringLiteral("en"), QStringLiteral("CKD") } } } });
    condition.insert(QStringLiteral("levels"), levels);
    protocol.insert(QStringLiteral("stratification"), QJsonArray { condition, factors.at(0) });
    const QString amendedFile = write(QStringLiteral("amended.json"), protocol);
    Run amended
        = m_trial->as(QStringLiteral("admin"),
                      { QStringLiteral("protocol"), QStringLiteral("amend"), QStringLiteral("--file"), amendedFile,
                        QStringLiteral("--reason"), QStringLiteral("chronic kidney disease stratum") });
    QVERIFY2(amended.code == 0, amended.err.constData());

    QStringList after;
    for (int i = 0; i < 3; ++i)
        after.append(enrollAndRandomize(QStringLiteral("ICM"), QStringLiteral("AF")));
    QVERIFY(!after.contains(QString()));
    const QJsonObject report = randomizationReport();
    QVERIFY(report.value(QStringLiteral("verification")).toObject().value(QStringLiteral("clean")).toBool());
    const QMap<QString, QJsonObject> entries = entriesByStudyId(report);
    const int stratum = entries.value(before.first()).value(QStringLiteral("stratum_index")).toInt();
    for (int i = 0; i < after.size(); ++i) {
        const QJsonObject entry = entries.value(after.at(i));
        QCOMPARE(entry.value(QStringLiteral("design_version")).toInt(), 2);
        QCOMPARE(entry.value(QStringLiteral("stratum_index")).toInt(), stratum);
        QCOMPARE(entry.value(QStringLiteral("sequence")).toInteger(), qint64(k + 1 + i));
    }
}

QTEST_GUILESS_MAIN(TestCliLineage)
#include "tst_cli_lineage.moc"
