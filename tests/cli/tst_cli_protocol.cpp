#include "tests/support/CliTrial.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// The protocol commands' contract, on the real executable: show, amend, exit codes.
class TestCliProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showAmendShowRoundTrip();
    void refusalsAndUsage();

private:
    using Run = trialdesk::test::CliRun;

    trialdesk::test::CliTrial m_trial;
};

void TestCliProtocol::initTestCase()
{
    QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
}

void TestCliProtocol::showAmendShowRoundTrip()
{
    Run shown = m_trial.admin({ QStringLiteral("protocol"), QStringLiteral("show"), QStringLiteral("--json") });
    QVERIFY2(shown.code == 0, shown.err.constData());
    QJsonParseError error;
    QJsonObject root = QJsonDocument::fromJson(shown.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("trialdesk-protocol"));

    Run summary = m_trial.admin({ QStringLiteral("protocol"), QStringLiteral("show") });
    QVERIFY2(summary.code == 0, summary.err.constData());
    QVERIFY2(summary.out.contains("version=1\n"), summary.out.constData());
    QVERIFY(summary.out.contains("consent_forms=1.0(current)\n"));

    root.insert(QStringLiteral("consent_forms"),
                QJsonArray { QJsonObject { { QStringLiteral("version"), QStringLiteral("1.0") },
                                           { QStringLiteral("approved"), QStringLiteral("2026-09-15") },
                                           { QStringLiteral("current"), false } },
                             QJsonObject { { QStringLiteral("version"), QStringLiteral("1.1") },
                                           { QStringLiteral("approved"), QStringLiteral("2026-10-20") },
                                           { QStringLiteral("current"), true },
                                           { QStringLiteral("reconsent_required"), true } } });
    const QString file = m_trial.writeFile(QStringLiteral("amended.json"), QJsonDocument(root).toJson());
    QVERIFY(!file.isEmpty());
    Run amended = m_trial.admin({ QStringLiteral("protocol"), QStringLiteral("amend"), QStringLiteral("--file"), file,
                                  QStringLiteral("--reason"), QStringLiteral("consent form 1.1") });
    QVERIFY2(amended.code == 0, amended.err.constData());
    QCOMPARE(amended.out.trimmed(), QByteArray("2"));

    Run after = m_trial.admin({ QStringLiteral("protocol"), QStringLiteral("show") });
    QVERIFY2(after.code == 0, after.err.constData());
    QVERIFY2(after.out.contains("version=2\n"), after.out.constData());
    QVERIFY(after.out.contains("reason=consent form 1.1\n"));
    QVERIFY(after.out.contains("consent_forms=1.0,1.1(current)(reconsent)\n"));

    Run first = m_trial.admin(
        { QStringLiteral("protocol"), QStringLiteral("show"), QStringLiteral("--version"), QStringLiteral("1") });
    QVERIFY2(first.code == 0, first.err.constData());
    QVERIFY(first.out.contains("version=1\n"));

    // The same file again: nothing to amend.
    Run again = m_trial.admin({ QStringLiteral("protocol"), QStringLiteral("amend"), QStringLiteral("--file"), file,
                                QStringLiteral("--reason"), QStringLiteral("again") });
    QCOMPARE(again.code, 1);
    QVERIFY(again.out.isEmpty());

    Run audit = m_trial.admin({ QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(audit.code == 0, audit.err.constData());
}

void TestCliProtocol::refusalsAndUsage()
{
    const QString broken = m_trial.writeFile(QStringLiteral("broken.json"), QByteArrayLiteral("{\"format\": "));
    Run refused = m_trial.admin({ QStringLiteral("protocol"), QStringLiteral("amend"), QStringLiteral("--file"), broken,
                                  QStringLiteral("--reason"), QStringLiteral("typo") });
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("broken.json"), refused.err.constData());
    Run missing = m_trial.admin({ QStringLiteral("protocol"), QStringLiteral("amend"), QStringLiteral("--file"),
                                  m_trial.filePath(QStringLiteral("absent.json")), QStringLiteral("--reason"),
                                  QStringLiteral("typo") });
    QCOMPARE(missing.code, 1);
    QCOMPARE(
        m_trial.admin({ QStringLiteral("protocol"), QStringLiteral("amend"), QStringLiteral("--file"), broken }).code,
        2);
    QCOMPARE(m_trial
                 .admin({ QStringLiteral("protocol"), QStringLiteral("show"), QStringLiteral("--version"),
                          QStringLiteral("zero") })
                 .code,
             2);
    QCOMPARE(m_trial
                 .admin({ QStringLiteral("protocol"), QStringLiteral("show"), QStringLiteral("--version"),
                          QStringLiteral("9") })
                 .code,
             1);
    Run latest = m_trial.admin({ QStringLiteral("protocol"), QStringLiteral("show") });
    QVERIFY(latest.out.contains("version=2\n"));
}

QTEST_GUILESS_MAIN(TestCliProtocol)
#include "tst_cli_protocol.moc"
