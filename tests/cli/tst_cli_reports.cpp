#include "tests/support/CliTrial.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

// The report commands' contract on the real executable: every format is written, refusals exit 1,
// usage errors exit 2.
class TestCliReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consortInEveryFormat();
    void recruitmentAndRandomization();
    void refusalsAndUsage();
    void outputsAreOwnerOnlyAndNeverFollowLinks();

private:
    using Run = trialdesk::test::CliRun;

    trialdesk::test::CliTrial m_trial;
};

using trialdesk::test::readFile;

// Two participants enrolled and randomized through the real services, one person who declined.
void TestCliReports::initTestCase()
{
    const QString notAdded = m_trial.addUsers({ { QStringLiteral("coord"), QStringLiteral("coordinator") },
                                                { QStringLiteral("assessor"), QStringLiteral("outcome-assessor") } });
    QVERIFY2(notAdded.isEmpty(), qPrintable(notAdded));
    const QString eligibility = m_trial.eligibilityFile();
    QVERIFY(!eligibility.isEmpty());
    for (const QString &condition : { QStringLiteral("HF"), QStringLiteral("CAD") }) {
        Run enrolled = m_trial.enroll(QStringLiteral("coord"), QStringLiteral("ICM"), condition,
                                      QStringLiteral("2026-10-01"), { QStringLiteral("--eligibility"), eligibility });
        QVERIFY2(enrolled.code == 0, enrolled.err.constData());
        Run randomized = m_trial.randomize(QStringLiteral("coord"), QString::fromUtf8(enrolled.out.trimmed()));
        QVERIFY2(randomized.code == 0, randomized.err.constData());
    }
    Run screened = m_trial.as(QStringLiteral("coord"),
                              { QStringLiteral("screen"), QStringLiteral("--site"), QStringLiteral("ICM"),
                                QStringLiteral("--outcome"), QStringLiteral("declined"), QStringLiteral("--reason"),
                                QStringLiteral("No time for visits") });
    QVERIFY2(screened.code == 0, screened.err.constData());
}

void TestCliReports::consortInEveryFormat()
{
    const QString json = m_trial.filePath(QStringLiteral("consort.json"));
    Run run = m_trial.as(QStringLiteral("admin"),
                         { QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--output"), json });
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject consort = QJsonDocument::fromJson(readFile(json)).object();
    const QJsonObject enrollment = consort.value(QStringLiteral("enrollment")).toObject();
    QCOMPARE(enrollment.value(QStringLiteral("assessed")).toObject().value(QStringLiteral("count")).toInteger(), 3);
    QCOMPARE(enrollment.value(QStringLiteral("randomized")).toObject().value(QStringLiteral("count")).toInteger(), 2);
    const QJsonObject excluded = enrollment.value(QStringLiteral("excluded")).toObject();
    QCOMPARE(excluded.value(QStringLiteral("count")).toInteger(), 1);
    qint64 allocated = 0;
    for (const QJsonValue &arm : consort.value(QStringLiteral("arms")).toArray())
        allocated
            += arm.toObject().value(QStringLiteral("allocated")).toObject().value(QStringLiteral("count")).toInteger();
    QCOMPARE(allocated, 2);
    QVERIFY(consort.value(QStringLiteral("generated_by")).toString().contains(QStringLiteral("admin")));

    for (const QString &format : { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") }) {
        const QString path = m_trial.filePath(QStringLiteral("consort.") + format);
        Run drawn = m_trial.as(QStringLiteral("admin"),
                               { QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--format"),
                                 format, QStringLiteral("--output"), path });
        QVERIFY2(drawn.code == 0, drawn.err.constData());
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 1000);
        if (format == QLatin1String("png"))
            QVERIFY(bytes.startsWith("\x89PNG"));
        else if (format == QLatin1String("svg"))
            QVERIFY(bytes.contains("Assessed for eligibility (n = 3)"));
        else
            QVERIFY(bytes.startsWith("%PDF-"));
    }
}

void TestCliReports::recruitmentAndRandomization()
{
    const QString csv = m_trial.filePath(QStringLiteral("recruitment.csv"));
    Run run = m_trial.as(QStringLiteral("coord"),
                         { QStringLiteral("report"), QStringLiteral("recruitment"), QStringLiteral("--format"),
                           QStringLiteral("csv"), QStringLiteral("--output"), csv });
    QVERIFY2(run.code == 0, run.err.constData());
    const QByteArray table = readFile(csv);
    QVERIFY(table.startsWith("month,site,randomized,cumulative,target,screened\n"));
    QVERIFY(table.contains(",ICM,2,,,3\n")); // the site's totals: 2 randomized of 3 screened
    for (const QString &format : { QStringLiteral("json"), QStringLiteral("pdf") }) {
        const QString path = m_trial.filePath(QStringLiteral("recruitment.") + format);
        Run written = m_trial.as(QStringLiteral("assessor"),
                                 { QStringLiteral("report"), QStringLiteral("recruitment"), QStringLiteral("--format"),
                                   format, QStringLiteral("--output"), path });
        QVERIFY2(written.code == 0, written.err.constData());
        QVERIFY(readFile(path).size() > 100);
    }

    const QString json = m_trial.filePath(QStringLiteral("randomization.json"));
    Run log = m_trial.as(QStringLiteral("admin"),
                         { QStringLiteral("report"), QStringLiteral("randomization"), QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--output"), json });
    QVERIFY2(log.code == 0, log.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(readFile(json)).object();
    QCOMPARE(report.value(QStringLiteral("verification")).toObject().value(QStringLiteral("clean")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("entries")).toArray().size(), 2);
    QCOMPARE(report.value(QStringLiteral("audit_chain")).toObject().value(QStringLiteral("head")).toString().size(),
             64);
    const QString pdf = m_trial.filePath(QStringLiteral("randomization.pdf"));
    Run printed = m_trial.as(QStringLiteral("admin"),
                             { QStringLiteral("report"), QStringLiteral("randomization"), QStringLiteral("--format"),
                               QStringLiteral("pdf"), QStringLiteral("--output"), pdf });
    QVERIFY2(printed.code == 0, printed.err.constData());
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
}

void TestCliReports::refusalsAndUsage()
{
    const QString out = m_trial.filePath(QStringLiteral("refused.json"));
    Run blinded = m_trial.as(QStringLiteral("assessor"),
                             { QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--output"), out });
    QCOMPARE(blinded.code, 1);
    QVERIFY(blinded.err.contains("blinded"));
    QVERIFY(!QFile::exists(out));
    Run log = m_trial.as(QStringLiteral("coord"),
                         { QStringLiteral("report"), QStringLiteral("randomization"), QStringLiteral("--format"),
                           QStringLiteral("pdf"), QStringLiteral("--output"), out });
    QCOMPARE(log.code, 1);
    Run format = m_trial.as(QStringLiteral("admin"),
                            { QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--output"), out });
    QCOMPARE(format.code, 2);
    Run missing = m_trial.as(
        QStringLiteral("admin"),
        { QStringLiteral("report"), QStringLiteral("recruitment"), QStringLiteral("--format"), QStringLiteral("pdf") });
    QCOMPARE(missing.code, 2);
}

using trialdesk::test::isOwnerOnlyFile;

// Reports and exports hold trial data: owner-only (0600) whatever the umask, and a symbolic link
// planted at --output is replaced, never written through.
void TestCliReports::outputsAreOwnerOnlyAndNeverFollowLinks()
{
    const mode_t saved = ::umask(022); // the child inherits it: ordinary files would be 0644
    const auto restore = qScopeGuard([saved] { ::umask(saved); });

    for (const QString &format :
         { QStringLiteral("json"), QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") }) {
        const QString path = m_trial.filePath(QStringLiteral("private-consort.") + format);
        Run run = m_trial.as(QStringLiteral("admin"),
                             { QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--format"), format,
                               QStringLiteral("--output"), path });
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(isOwnerOnlyFile(path), qPrintable(path));
    }

    // A dangling link at --output: the report replaces the link; its target is never created.
    const QString victim = m_trial.filePath(QStringLiteral("victim.csv"));
    const QString linked = m_trial.filePath(QStringLiteral("linked-recruitment.csv"));
    QVERIFY(QFile::link(victim, linked));
    Run report = m_trial.as(QStringLiteral("coord"),
                            { QStringLiteral("report"), QStringLiteral("recruitment"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--output"), linked });
    QVERIFY2(report.code == 0, report.err.constData());
    QVERIFY(!QFileInfo::exists(victim));
    QVERIFY(!QFileInfo(linked).isSymLink());
    QVERIFY(isOwnerOnlyFile(linked));
    QVERIFY(readFile(linked).startsWith("month,site,randomized,"));

    // The audited audit-trail export too, here through a link to an existing file: that file keeps
    // its content, the export is a new owner-only file in the link's place.
    const QString precious = m_trial.writeFile(QStringLiteral("precious.txt"), "keep me\n");
    QVERIFY(!precious.isEmpty());
    const QString auditCsv = m_trial.filePath(QStringLiteral("audit-link.csv"));
    QVERIFY(QFile::link(precious, auditCsv));
    Run audit = m_trial.as(QStringLiteral("admin"),
                           { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), auditCsv });
    QVERIFY2(audit.code == 0, audit.err.constData());
    QCOMPARE(readFile(precious), QByteArray("keep me\n"));
    QVERIFY(isOwnerOnlyFile(auditCsv));
    QVERIFY(readFile(auditCsv).contains("audit.export"));

    // A folder as --output is refused with a clear message, and nothing is written in it.
    const QString folder = m_trial.filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkdir(folder));
    Run intoFolder = m_trial.as(QStringLiteral("admin"),
                                { QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--output"), folder });
    QCOMPARE(intoFolder.code, 1);
    QVERIFY2(intoFolder.err.contains("is a folder"), intoFolder.err.constData());
    QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    // No temporary file is left anywhere.
    QVERIFY(QDir(m_trial.folder()).entryList({ QStringLiteral(".*.tmp") }, QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
