// The command-line contract of `export csv|odm|redcap` on the real executable: who may export, the
// identifying export's reason, the files each format writes, exit codes, and the audit.
#include "tests/support/CliTrial.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using trialdesk::test::readFile;
using Run = trialdesk::test::CliRun;

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    trialdesk::test::CliTrial m_trial { QStringLiteral("CLI export trial") };

    QString out(const QString &name) const { return m_trial.filePath(QStringLiteral("out/") + name); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString notAdded = m_trial.addUsers({ { QStringLiteral("stella"), QStringLiteral("statistician") },
                                                    { QStringLiteral("colin"), QStringLiteral("coordinator") } });
        QVERIFY2(notAdded.isEmpty(), qPrintable(notAdded));
    }

    void statisticianExportsEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("csv") << QStringLiteral("csv")
                             << QStringList { "data_dictionary.csv", "long.csv", "form_phq9.csv", "manifest.json" };
        QTest::newRow("odm") << QStringLiteral("odm") << QStringList { "trialdesk-odm.xml", "manifest.json" };
        QTest::newRow("redcap") << QStringLiteral("redcap")
                                << QStringList { "redcap_data.csv", "redcap_data_dictionary.csv",
                                                 "redcap_event_mapping.csv", "manifest.json" };
    }

    void statisticianExportsEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, files);
        const QString dir = out(QStringLiteral("stella-") + format);
        const Run run = m_trial.as(QStringLiteral("stella"),
                                   { QStringLiteral("export"), format, QStringLiteral("--output"), dir });
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.out.contains(QDir::toNativeSeparators(dir).toUtf8()));
        for (const QString &file : files)
            QVERIFY2(QFileInfo::exists(QDir(dir).filePath(file)), qPrintable(file));
        const QJsonObject manifest = QJsonDocument::fromJson(readFile(QDir(dir).filePath("manifest.json"))).object();
        QCOMPARE(manifest.value("user").toString(), QStringLiteral("stella"));
        QCOMPARE(manifest.value("export").toString(), format);
        for (const QJsonValue &value : manifest.value("files").toArray()) {
            const QJsonObject file = value.toObject();
            QCOMPARE(file.value("sha256").toString().toLatin1(),
                     QCryptographicHash::hash(readFile(QDir(dir).filePath(file.value("name").toString())),
                                              QCryptographicHash::Sha256)
                         .toHex());
        }
        // The same folder again is refused: an export never overwrites another.
        const Run again = m_trial.as(QStringLiteral("stella"),
                                     { QStringLiteral("export"), format, QStringLiteral("--output"), dir });
        QCOMPARE(again.code, 1);
    }

    void refusals()
    {
        // A coordinator may not export at all.
        Run run = m_trial.as(QStringLiteral("colin"),
                             { QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--output"), out("c") });
        QCOMPARE(run.code, 1);
        QVERIFY(!QFileInfo::exists(out("c")));
        // A statistician may not export identities, even with a reason.
        run = m_trial.as(QStringLiteral("stella"),
                         { QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--output"), out("s"),
                           QStringLiteral("--identifying"), QStringLiteral("--reason"), QStringLiteral("linkage") });
        QCOMPARE(run.code, 1);
        QVERIFY(!QFileInfo::exists(out("s")));
        // The administrator needs a reason.
        run = m_trial.as(QStringLiteral("admin"),
                         { QStringLiteral("export"), QStringLiteral("redcap"), QStringLiteral("--output"), out("a"),
                           QStringLiteral("--identifying") });
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("--reason"));
        QVERIFY(!QFileInfo::exists(out("a")));
        // Usage errors.
        run = m_trial.as(QStringLiteral("admin"), { QStringLiteral("export"), QStringLiteral("csv") });
        QCOMPARE(run.code, 2);
        run = m_trial.as(QStringLiteral("admin"),
                         { QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--output"), out("r"),
                           QStringLiteral("--reason"), QStringLiteral("no identities") });
        QCOMPARE(run.code, 2);
    }

    void identifyingExportIsAudited()
    {
        const QString dir = out(QStringLiteral("admin-identifying"));
        const Run run
            = m_trial.as(QStringLiteral("admin"),
                         { QStringLiteral("export"), QStringLiteral("odm"), QStringLiteral("--output"), dir,
                           QStringLiteral("--identifying"), QStringLiteral("--reason"),
                           QStringLiteral("Ethics approval 2026-17: linkage"), QStringLiteral("--with-audit") });
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(readFile(QDir(dir).filePath("trialdesk-odm.xml")).contains("IT.PARTICIPANT.id_last_name"));
        const QString audit = m_trial.filePath(QStringLiteral("audit.csv"));
        const Run exported
            = m_trial.as(QStringLiteral("admin"),
                         { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), audit });
        QVERIFY2(exported.code == 0, exported.err.constData());
        const QByteArray trail = readFile(audit);
        QVERIFY(trail.contains("data.export-identifying"));
        QVERIFY(trail.contains("Ethics approval 2026-17: linkage"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
