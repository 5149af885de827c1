#include "tests/support/CliTrial.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// report baseline|retention|outcomes on the real executable: formats, files, exit codes, and the
// refusal of blinded roles.
class TestCliStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void baselineJson();
    void retentionCsvAndOutcomesPdf();
    void blindedRoleIsRefused();
    void usageErrors();

private:
    using Run = trialdesk::test::CliRun;

    trialdesk::test::CliTrial m_trial { QStringLiteral("Stats CLI trial") };
};

using trialdesk::test::readFile;

void TestCliStats::initTestCase()
{
    const QString notAdded = m_trial.addUsers({ { QStringLiteral("coord"), QStringLiteral("coordinator") },
                                                { QStringLiteral("stat"), QStringLiteral("statistician") },
                                                { QStringLiteral("assessor"), QStringLiteral("outcome-assessor") } });
    QVERIFY2(notAdded.isEmpty(), qPrintable(notAdded));
    // Two participants, one per stratum, both randomized.
    for (const QString &condition : { QStringLiteral("HF"), QStringLiteral("CAD") }) {
        Run enrolled = m_trial.enroll(QStringLiteral("coord"), QStringLiteral("ICM"), condition);
        QVERIFY2(enrolled.code == 0, enrolled.err.constData());
        Run randomized = m_trial.randomize(QStringLiteral("coord"), QString::fromUtf8(enrolled.out.trimmed()));
        QVERIFY2(randomized.code == 0, randomized.err.constData());
    }
}

void TestCliStats::baselineJson()
{
    const QString output = m_trial.filePath(QStringLiteral("baseline.json"));
    Run run = m_trial.as(QStringLiteral("stat"),
                         { QStringLiteral("report"), QStringLiteral("baseline"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--output"), output });
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(readFile(output)).object();
    QCOMPARE(json.value(QStringLiteral("report")).toString(), QStringLiteral("baseline"));
    QCOMPARE(json.value(QStringLiteral("total")).toInt(), 2);
    const QJsonArray arms = json.value(QStringLiteral("arms")).toArray();
    QCOMPARE(arms.size(), 2);
    QCOMPARE(arms[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("PP"));
    QCOMPARE(arms[0].toObject().value(QStringLiteral("participants")).toInt()
                 + arms[1].toObject().value(QStringLiteral("participants")).toInt(),
             2);
    // One participant in each stratum: two balance rows with a total of 1 each.
    const QJsonArray balance = json.value(QStringLiteral("balance")).toArray();
    QCOMPARE(balance.size(), 2);
    for (const QJsonValue &row : balance)
        QCOMPARE(row.toObject().value(QStringLiteral("counts")).toObject().value(QStringLiteral("total")).toInt(), 1);
    QVERIFY(!json.value(QStringLiteral("generated_by")).toString().isEmpty());
    QVERIFY(!json.value(QStringLiteral("data_cut_utc")).toString().isEmpty());
}

void TestCliStats::retentionCsvAndOutcomesPdf()
{
    const QString csv = m_trial.filePath(QStringLiteral("retention.csv"));
    Run retention = m_trial.as(QStringLiteral("stat"),
                               { QStringLiteral("report"), QStringLiteral("retention"), QStringLiteral("--format"),
                                 QStringLiteral("csv"), QStringLiteral("--output"), csv });
    QVERIFY2(retention.code == 0, retention.err.constData());
    QVERIFY(readFile(csv).startsWith("visit,visit_name,arm,statistic,count,percent\n"));

    const QString pdf = m_trial.filePath(QStringLiteral("outcomes.pdf"));
    Run outcomes = m_trial.as(QStringLiteral("stat"),
                              { QStringLiteral("report"), QStringLiteral("outcomes"), QStringLiteral("--format"),
                                QStringLiteral("pdf"), QStringLiteral("--output"), pdf });
    QVERIFY2(outcomes.code == 0, outcomes.err.constData());
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
}

void TestCliStats::blindedRoleIsRefused()
{
    for (const QString &report :
         { QStringLiteral("outcomes"), QStringLiteral("baseline"), QStringLiteral("retention") }) {
        const QString output = m_trial.filePath(QStringLiteral("blinded-%1.json").arg(report));
        Run run = m_trial.as(QStringLiteral("assessor"),
                             { QStringLiteral("report"), report, QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--output"), output });
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("by arm"));
        QVERIFY(!QFile::exists(output));
    }
}

void TestCliStats::usageErrors()
{
    Run noOutput = m_trial.as(
        QStringLiteral("stat"),
        { QStringLiteral("report"), QStringLiteral("baseline"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(noOutput.code, 2);
    Run badFormat
        = m_trial.as(QStringLiteral("stat"),
                     { QStringLiteral("report"), QStringLiteral("outcomes"), QStringLiteral("--format"),
                       QStringLiteral("xlsx"), QStringLiteral("--output"), m_trial.filePath(QStringLiteral("x")) });
    QCOMPARE(badFormat.code, 2);
    QVERIFY(badFormat.err.contains("xlsx"));
}

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
