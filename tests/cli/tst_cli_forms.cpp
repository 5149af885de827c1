// The command-line contract of form validate, on the real executable: no workspace, exit 0 for a
// valid definition, 1 with the file, item and problem on stderr, 2 for usage errors.
#include "tests/support/CliProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using trialdesk::test::runCli;
using Run = trialdesk::test::CliRun;

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray bundled(const QString &name)
{
    QFile file(QStringLiteral(TRIALDESK_SOURCE_DIR "/forms/resources/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestCliForms : public QObject
{
    Q_OBJECT

private slots:
    void validBundledFormsPass()
    {
        for (const QString &name : QDir(QStringLiteral(TRIALDESK_SOURCE_DIR "/forms/resources"))
                                       .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
            const Run run = runCli({ QStringLiteral("form"), QStringLiteral("validate"),
                                     QStringLiteral(TRIALDESK_SOURCE_DIR "/forms/resources/") + name });
            QVERIFY2(run.code == 0, run.err.constData());
            QVERIFY2(run.out.contains(": valid."), run.out.constData());
            QVERIFY2(run.err.isEmpty(), run.err.constData());
        }
        const Run phq9 = runCli({ QStringLiteral("form"), QStringLiteral("validate"),
                                  QStringLiteral(TRIALDESK_SOURCE_DIR "/forms/resources/phq9.json") });
        QVERIFY2(phq9.out.contains("form PHQ9 version 1 (outcome), 12 items"), phq9.out.constData());
    }

    void invalidDefinitionIsRefusedWithItsLocation()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray broken = bundled(QStringLiteral("phq9.json"));
        // Make item 3's show-if refer to an item that does not exist.
        const QByteArray marker = "\"code\": \"phq9_3\",";
        QVERIFY(broken.contains(marker));
        broken.replace(marker, marker + QByteArray(" \"showIf\": \"phq9_33 > 0\","));
        const QString path = write(dir, QStringLiteral("phq9.json"), broken);
        const Run run = runCli({ QStringLiteral("form"), QStringLiteral("validate"), path });
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.isEmpty());
        const QString expected
            = path + QStringLiteral(", item \"phq9_3\": showIf \"phq9_33 > 0\" refers to the unknown item \"phq9_33\"");
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());

        const Run notJson = runCli({ QStringLiteral("form"), QStringLiteral("validate"),
                                     write(dir, QStringLiteral("x.json"), "{ \"format\": ") });
        QCOMPARE(notJson.code, 1);
        QVERIFY2(notJson.err.contains("not valid JSON"), notJson.err.constData());

        const Run missing
            = runCli({ QStringLiteral("form"), QStringLiteral("validate"), dir.filePath(QStringLiteral("none.json")) });
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("Cannot read"), missing.err.constData());
    }

    void usageErrors()
    {
        QCOMPARE(runCli({ QStringLiteral("form"), QStringLiteral("validate") }).code, 2);
        QCOMPARE(runCli({ QStringLiteral("form"), QStringLiteral("validate"), QStringLiteral("a.json"),
                          QStringLiteral("b.json") })
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliForms)
#include "tst_cli_forms.moc"
