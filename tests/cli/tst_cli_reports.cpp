#include "support/CliProcess.h"

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
    using Run = trialdesk::tests::CliRun;
    Run as(const QString &user, const QByteArray &secrets, const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &content);
    QByteArray readFile(const QString &path);

    QTemporaryDir m_dir;
    QString m_workspace;
};

namespace {
const QByteArray kAdmin = QByteArrayLiteral("admin password 123");
const QByteArray kCoordinator = QByteArrayLiteral("coordinator password 1");
const QByteArray kAssessor = QByteArrayLiteral("assessor password 12");
} // namespace

TestCliReports::Run TestCliReports::as(const QString &user, const QByteArray &secrets, const QStringList &arguments)
{
    return trialdesk::tests::runCli(arguments
                                        + QStringList { QStringLiteral("--workspace"), m_workspace,
                                                        QStringLiteral("--user"), user,
                                                        QStringLiteral("--password-stdin") },
                                    secrets);
}

QString TestCliReports::writeFile(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

QByteArray TestCliReports::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Two participants enrolled and randomized through the real services, one person who declined.
void TestCliReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("trial"));
    Run init = trialdesk::tests::runCli({ QStringLiteral("init"), QStringLiteral("--workspace"), m_workspace,
                                          QStringLiteral("--trial-name"), QStringLiteral("CLI trial"),
                                          QStringLiteral("--admin"), QStringLiteral("admin"),
                                          QStringLiteral("--password-stdin") },
                                        kAdmin + '\n');
    QVERIFY2(init.code == 0, init.err.constData());
    for (const auto &[name, role, password] :
         { std::tuple { QStringLiteral("coord"), QStringLiteral("coordinator"), kCoordinator },
           std::tuple { QStringLiteral("assessor"), QStringLiteral("outcome-assessor"), kAssessor } }) {
        Run added = as(QStringLiteral("admin"), kAdmin + '\n' + password + '\n',
                       { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--new-user"), name,
                         QStringLiteral("--role"), role });
        QVERIFY2(added.code == 0, added.err.constData());
    }
    const QString eligibility
        = writeFile(QStringLiteral("eligibility.json"),
                    R"({"age": 67, "sex": "F", "answers": {"AGE18": true, "FOLLOWED": true, "LANGUAGE": true,
            "CONSENT_ABLE": true, "COGNITIVE": false, "LIFE_EXPECTANCY": false, "ALREADY_PAIRED": false}})");
    QVERIFY(!eligibility.isEmpty());
    for (const QString &stratum : { QStringLiteral("condition=HF"), QStringLiteral("condition=CAD") }) {
        Run enrolled = as(QStringLiteral("coord"), kCoordinator + '\n',
                          { QStringLiteral("enroll"), QStringLiteral("--site"), QStringLiteral("ICM"),
                            QStringLiteral("--stratum"), stratum, QStringLiteral("--consent-version"),
                            QStringLiteral("1.0"), QStringLiteral("--consent-date"), QStringLiteral("2026-10-01"),
                            QStringLiteral("--eligibility"), eligibility });
        QVERIFY2(enrolled.code == 0, enrolled.err.constData());
        Run randomized = as(QStringLiteral("coord"), kCoordinator + '\n' + kCoordinator + '\n',
                            { QStringLiteral("randomize"), QStringLiteral("--participant"),
                              QString::fromUtf8(enrolled.out.trimmed()) });
        QVERIFY2(randomized.code == 0, randomized.err.constData());
    }
    Run screened
        = as(QStringLiteral("coord"), kCoordinator + '\n',
             { QStringLiteral("screen"), QStringLiteral("--site"), QStringLiteral("ICM"), QStringLiteral("--outcome"),
               QStringLiteral("declined"), QStringLiteral("--reason"), QStringLiteral("No time for visits") });
    QVERIFY2(screened.code == 0, screened.err.constData());
}

void TestCliReports::consortInEveryFormat()
{
    const QString json = m_dir.filePath(QStringLiteral("consort.json"));
    Run run = as(QStringLiteral("admin"), kAdmin + '\n',
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
        const QString path = m_dir.filePath(QStringLiteral("consort.") + format);
        Run drawn = as(QStringLiteral("admin"), kAdmin + '\n',
                       { QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--format"), format,
                         QStringLiteral("--output"), path });
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
    const QString csv = m_dir.filePath(QStringLiteral("recruitment.csv"));
    Run run = as(QStringLiteral("coord"), kCoordinator + '\n',
                 { QStringLiteral("report"), QStringLiteral("recruitment"), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--output"), csv });
    QVERIFY2(run.code == 0, run.err.constData());
    const QByteArray table = readFile(csv);
    QVERIFY(table.startsWith("month,site,randomized,cumulative,target,screened\n"));
    QVERIFY(table.contains(",ICM,2,,,3\n")); // the site's totals: 2 randomized of 3 screened
    for (const QString &format : { QStringLiteral("json"), QStringLiteral("pdf") }) {
        const QString path = m_dir.filePath(QStringLiteral("recruitment.") + format);
        Run written = as(QStringLiteral("assessor"), kAssessor + '\n',
                         { QStringLiteral("report"), QStringLiteral("recruitment"), QStringLiteral("--format"), format,
                           QStringLiteral("--output"), path });
        QVERIFY2(written.code == 0, written.err.constData());
        QVERIFY(readFile(path).size() > 100);
    }

    const QString json = m_dir.filePath(QStringLiteral("randomization.json"));
    Run log = as(QStringLiteral("admin"), kAdmin + '\n',
                 { QStringLiteral("report"), QStringLiteral("randomization"), QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--output"), json });
    QVERIFY2(log.code == 0, log.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(readFile(json)).object();
    QCOMPARE(report.value(QStringLiteral("verification")).toObject().value(QStringLiteral("clean")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("entries")).toArray().size(), 2);
    QCOMPARE(report.value(QStringLiteral("audit_chain")).toObject().value(QStringLiteral("head")).toString().size(),
             64);
    const QString pdf = m_dir.filePath(QStringLiteral("randomization.pdf"));
    Run printed = as(QStringLiteral("admin"), kAdmin + '\n',
                     { QStringLiteral("report"), QStringLiteral("randomization"), QStringLiteral("--format"),
                       QStringLiteral("pdf"), QStringLiteral("--output"), pdf });
    QVERIFY2(printed.code == 0, printed.err.constData());
    QVERIFY(readFile(pdf).startsWith("%PDF-"));
}

void TestCliReports::refusalsAndUsage()
{
    const QString out = m_dir.filePath(QStringLiteral("refused.json"));
    Run blinded = as(QStringLiteral("assessor"), kAssessor + '\n',
                     { QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--output"), out });
    QCOMPARE(blinded.code, 1);
    QVERIFY(blinded.err.contains("blinded"));
    QVERIFY(!QFile::exists(out));
    Run log = as(QStringLiteral("coord"), kCoordinator + '\n',
                 { QStringLiteral("report"), QStringLiteral("randomization"), QStringLiteral("--format"),
                   QStringLiteral("pdf"), QStringLiteral("--output"), out });
    QCOMPARE(log.code, 1);
    Run format = as(QStringLiteral("admin"), kAdmin + '\n',
                    { QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--output"), out });
    QCOMPARE(format.code, 2);
    Run missing = as(
        QStringLiteral("admin"), kAdmin + '\n',
        { QStringLiteral("report"), QStringLiteral("recruitment"), QStringLiteral("--format"), QStringLiteral("pdf") });
    QCOMPARE(missing.code, 2);
}

namespace {
bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeOwner;
    const QFileInfo info(path);
    return info.isFile() && !info.isSymLink() && (info.permissions() & others) == 0
        && (info.permissions() & (QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
} // namespace

// Reports and exports hold trial data: owner-only (0600) whatever the umask, and a symbolic link
// planted at --output is replaced, never written through.
void TestCliReports::outputsAreOwnerOnlyAndNeverFollowLinks()
{
    const mode_t saved = ::umask(022); // the child inherits it: ordinary files would be 0644
    const auto restore = qScopeGuard([saved] { ::umask(saved); });

    for (const QString &format :
         { QStringLiteral("json"), QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") }) {
        const QString path = m_dir.filePath(QStringLiteral("private-consort.") + format);
        Run run = as(QStringLiteral("admin"), kAdmin + '\n',
                     { QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--format"), format,
                       QStringLiteral("--output"), path });
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(ownerOnly(path), qPrintable(path));
    }

    // A dangling link at --output: the report replaces the link; its target is never created.
    const QString victim = m_dir.filePath(QStringLiteral("victim.csv"));
    const QString linked = m_dir.filePath(QStringLiteral("linked-recruitment.csv"));
    QVERIFY(QFile::link(victim, linked));
    Run report = as(QStringLiteral("coord"), kCoordinator + '\n',
                    { QStringLiteral("report"), QStringLiteral("recruitment"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--output"), linked });
    QVERIFY2(report.code == 0, report.err.constData());
    QVERIFY(!QFileInfo::exists(victim));
    QVERIFY(!QFileInfo(linked).isSymLink());
    QVERIFY(ownerOnly(linked));
    QVERIFY(readFile(linked).startsWith("month,site,randomized,"));

    // The audited audit-trail export too, here through a link to an existing file: that file keeps
    // its content, the export is a new owner-only file in the link's place.
    const QString precious = writeFile(QStringLiteral("precious.txt"), "keep me\n");
    QVERIFY(!precious.isEmpty());
    const QString auditCsv = m_dir.filePath(QStringLiteral("audit-link.csv"));
    QVERIFY(QFile::link(precious, auditCsv));
    Run audit = as(QStringLiteral("admin"), kAdmin + '\n',
                   { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), auditCsv });
    QVERIFY2(audit.code == 0, audit.err.constData());
    QCOMPARE(readFile(precious), QByteArray("keep me\n"));
    QVERIFY(ownerOnly(auditCsv));
    QVERIFY(readFile(auditCsv).contains("audit.export"));

    // A folder as --output is refused with a clear message, and nothing is written in it.
    const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkdir(folder));
    Run intoFolder = as(QStringLiteral("admin"), kAdmin + '\n',
                        { QStringLiteral("report"), QStringLiteral("consort"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--output"), folder });
    QCOMPARE(intoFolder.code, 1);
    QVERIFY2(intoFolder.err.contains("is a folder"), intoFolder.err.constData());
    QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    // No temporary file is left anywhere.
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral(".*.tmp") }, QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
