#include "support/CliProcess.h"

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
    using Run = trialdesk::tests::CliRun;
    Run as(const QString &user, const QByteArray &secrets, const QStringList &arguments);
    QByteArray read(const QString &path);

    QTemporaryDir m_dir;
    QString m_workspace;
};

namespace {
const QByteArray kAdmin = QByteArrayLiteral("admin password 123");
const QByteArray kCoordinator = QByteArrayLiteral("coordinator password 1");
const QByteArray kStatistician = QByteArrayLiteral("statistician password 1");
const QByteArray kAssessor = QByteArrayLiteral("assessor password 12");
} // namespace

TestCliStats::Run TestCliStats::as(const QString &user, const QByteArray &secrets, const QStringList &arguments)
{
    return trialdesk::tests::runCli(arguments
                                        + QStringList { QStringLiteral("--workspace"), m_workspace,
                                                        QStringLiteral("--user"), user,
                                                        QStringLiteral("--password-stdin") },
                                    secrets);
}

QByteArray TestCliStats::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCliStats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("trial"));
    Run init = trialdesk::tests::runCli({ QStringLiteral("init"), QStringLiteral("--workspace"), m_workspace,
                                          QStringLiteral("--trial-name"), QStringLiteral("Stats CLI trial"),
                                          QStringLiteral("--admin"), QStringLiteral("admin"),
                                          QStringLiteral("--password-stdin") },
                                        kAdmin + '\n');
    QVERIFY2(init.code == 0, init.err.constData());
    for (const auto &[name, role, password] :
         { std::tuple { QStringLiteral("coord"), QStringLiteral("coordinator"), kCoordinator },
           std::tuple { QStringLiteral("stat"), QStringLiteral("statistician"), kStatistician },
           std::tuple { QStringLiteral("assessor"), QStringLiteral("outcome-assessor"), kAssessor } }) {
        Run added = as(QStringLiteral("admin"), kAdmin + '\n' + password + '\n',
                       { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--new-user"), name,
                         QStringLiteral("--role"), role });
        QVERIFY2(added.code == 0, added.err.constData());
    }
    // Two participants, one per stratum, both randomized.
    for (const QString &stratum :
         { QStringLiteral("site=ICM,condition=HF"), QStringLiteral("site=ICM,condition=CAD") }) {
        Run enrolled = as(QStringLiteral("coord"), kCoordinator + '\n',
                          { QStringLiteral("enroll"), QStringLiteral("--site"), QStringLiteral("ICM"),
                            QStringLiteral("--stratum"), stratum, QStringLiteral("--consent-version"),
                            QStringLiteral("1.0"), QStringLiteral("--consent-date"), QStringLiteral("2026-10-01") });
        QVERIFY2(enrolled.code == 0, enrolled.err.constData());
        Run randomized = as(QStringLiteral("coord"), kCoordinator + '\n' + kCoordinator + '\n',
                            { QStringLiteral("randomize"), QStringLiteral("--participant"),
                              QString::fromUtf8(enrolled.out.trimmed()) });
        QVERIFY2(randomized.code == 0, randomized.err.constData());
    }
}

void TestCliStats::baselineJson()
{
    const QString output = m_dir.filePath(QStringLiteral("baseline.json"));
    Run run = as(QStringLiteral("stat"), kStatistician + '\n',
                 { QStringLiteral("report"), QStringLiteral("baseline"), QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--output"), output });
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(read(output)).object();
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
    const QString csv = m_dir.filePath(QStringLiteral("retention.csv"));
    Run retention = as(QStringLiteral("stat"), kStatistician + '\n',
                       { QStringLiteral("report"), QStringLiteral("retention"), QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--output"), csv });
    QVERIFY2(retention.code == 0, retention.err.constData());
    QVERIFY(read(csv).startsWith("visit,visit_name,arm,statistic,count,percent\n"));

    const QString pdf = m_dir.filePath(QStringLiteral("outcomes.pdf"));
    Run outcomes = as(QStringLiteral("stat"), kStatistician + '\n',
                      { QStringLiteral("report"), QStringLiteral("outcomes"), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--output"), pdf });
    QVERIFY2(outcomes.code == 0, outcomes.err.constData());
    QVERIFY(read(pdf).startsWith("%PDF-"));
}

void TestCliStats::blindedRoleIsRefused()
{
    for (const QString &report :
         { QStringLiteral("outcomes"), QStringLiteral("baseline"), QStringLiteral("retention") }) {
        const QString output = m_dir.filePath(QStringLiteral("blinded-%1.json").arg(report));
        Run run = as(QStringLiteral("assessor"), kAssessor + '\n',
                     { QStringLiteral("report"), report, QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--output"), output });
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("by arm"));
        QVERIFY(!QFile::exists(output));
    }
}

void TestCliStats::usageErrors()
{
    Run noOutput = as(
        QStringLiteral("stat"), kStatistician + '\n',
        { QStringLiteral("report"), QStringLiteral("baseline"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(noOutput.code, 2);
    Run badFormat = as(QStringLiteral("stat"), kStatistician + '\n',
                       { QStringLiteral("report"), QStringLiteral("outcomes"), QStringLiteral("--format"),
                         QStringLiteral("xlsx"), QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x")) });
    QCOMPARE(badFormat.code, 2);
    QVERIFY(badFormat.err.contains("xlsx"));
}

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
