// The command-line contract of `export csv|odm|redcap` on the real executable: who may export, the
// identifying export's reason, the files each format writes, exit codes, and the audit.
#include "support/CliProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using trialdesk::tests::runCliAs;
using Run = trialdesk::tests::CliRun;

const QByteArray kAdminPassword = QByteArrayLiteral("admin password 2026");
const QByteArray kStatisticianPassword = QByteArrayLiteral("statistician password 2026");
const QByteArray kCoordinatorPassword = QByteArrayLiteral("coordinator password 2026");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    QString out(const QString &name) const { return m_dir.filePath(QStringLiteral("out/") + name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("trial"));
        const Run init = trialdesk::tests::runCli({ QStringLiteral("init"), QStringLiteral("--workspace"), m_workspace,
                                                    QStringLiteral("--trial-name"), QStringLiteral("CLI export trial"),
                                                    QStringLiteral("--admin"), QStringLiteral("admin"),
                                                    QStringLiteral("--password-stdin") },
                                                  kAdminPassword + '\n');
        QVERIFY2(init.code == 0, init.err.constData());
        for (const auto &[name, role, password] :
             { std::tuple { QStringLiteral("stella"), QStringLiteral("statistician"), kStatisticianPassword },
               std::tuple { QStringLiteral("colin"), QStringLiteral("coordinator"), kCoordinatorPassword } }) {
            const Run added = runCliAs(m_workspace, QStringLiteral("admin"), kAdminPassword + '\n' + password + '\n',
                                       { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--new-user"),
                                         name, QStringLiteral("--role"), role });
            QVERIFY2(added.code == 0, added.err.constData());
        }
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
        const Run run = runCliAs(m_workspace, QStringLiteral("stella"), kStatisticianPassword + '\n',
                                 { QStringLiteral("export"), format, QStringLiteral("--output"), dir });
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(run.out.contains(QDir::toNativeSeparators(dir).toUtf8()));
        for (const QString &file : files)
            QVERIFY2(QFileInfo::exists(QDir(dir).filePath(file)), qPrintable(file));
        const QJsonObject manifest = QJsonDocument::fromJson(readAll(QDir(dir).filePath("manifest.json"))).object();
        QCOMPARE(manifest.value("user").toString(), QStringLiteral("stella"));
        QCOMPARE(manifest.value("export").toString(), format);
        for (const QJsonValue &value : manifest.value("files").toArray()) {
            const QJsonObject file = value.toObject();
            QCOMPARE(file.value("sha256").toString().toLatin1(),
                     QCryptographicHash::hash(readAll(QDir(dir).filePath(file.value("name").toString())),
                                              QCryptographicHash::Sha256)
                         .toHex());
        }
        // The same folder again is refused: an export never overwrites another.
        const Run again = runCliAs(m_workspace, QStringLiteral("stella"), kStatisticianPassword + '\n',
                                   { QStringLiteral("export"), format, QStringLiteral("--output"), dir });
        QCOMPARE(again.code, 1);
    }

    void refusals()
    {
        // A coordinator may not export at all.
        Run run = runCliAs(m_workspace, QStringLiteral("colin"), kCoordinatorPassword + '\n',
                           { QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--output"), out("c") });
        QCOMPARE(run.code, 1);
        QVERIFY(!QFileInfo::exists(out("c")));
        // A statistician may not export identities, even with a reason.
        run = runCliAs(m_workspace, QStringLiteral("stella"), kStatisticianPassword + '\n',
                       { QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--output"), out("s"),
                         QStringLiteral("--identifying"), QStringLiteral("--reason"), QStringLiteral("linkage") });
        QCOMPARE(run.code, 1);
        QVERIFY(!QFileInfo::exists(out("s")));
        // The administrator needs a reason.
        run = runCliAs(m_workspace, QStringLiteral("admin"), kAdminPassword + '\n',
                       { QStringLiteral("export"), QStringLiteral("redcap"), QStringLiteral("--output"), out("a"),
                         QStringLiteral("--identifying") });
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains("--reason"));
        QVERIFY(!QFileInfo::exists(out("a")));
        // Usage errors.
        run = runCliAs(m_workspace, QStringLiteral("admin"), kAdminPassword + '\n',
                       { QStringLiteral("export"), QStringLiteral("csv") });
        QCOMPARE(run.code, 2);
        run = runCliAs(m_workspace, QStringLiteral("admin"), kAdminPassword + '\n',
                       { QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--output"), out("r"),
                         QStringLiteral("--reason"), QStringLiteral("no identities") });
        QCOMPARE(run.code, 2);
    }

    void identifyingExportIsAudited()
    {
        const QString dir = out(QStringLiteral("admin-identifying"));
        const Run run
            = runCliAs(m_workspace, QStringLiteral("admin"), kAdminPassword + '\n',
                       { QStringLiteral("export"), QStringLiteral("odm"), QStringLiteral("--output"), dir,
                         QStringLiteral("--identifying"), QStringLiteral("--reason"),
                         QStringLiteral("Ethics approval 2026-17: linkage"), QStringLiteral("--with-audit") });
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(readAll(QDir(dir).filePath("trialdesk-odm.xml")).contains("IT.PARTICIPANT.id_last_name"));
        const QString audit = m_dir.filePath(QStringLiteral("audit.csv"));
        const Run exported
            = runCliAs(m_workspace, QStringLiteral("admin"), kAdminPassword + '\n',
                       { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), audit });
        QVERIFY2(exported.code == 0, exported.err.constData());
        const QByteArray trail = readAll(audit);
        QVERIFY(trail.contains("data.export-identifying"));
        QVERIFY(trail.contains("Ethics approval 2026-17: linkage"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
