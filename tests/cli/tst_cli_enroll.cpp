#include "tests/support/CliTrial.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// The enrollment commands' contract, on the real executable: output, exit codes, secrets on stdin.
class TestCliEnroll : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void enrollRandomizeAndVerify();
    void refusalsAndUsage();
    void passwordResetBlocksCommandsAndSignatures();
    void stratumGivenTwiceOrUnknown();

private:
    using Run = trialdesk::test::CliRun;

    trialdesk::test::CliTrial m_trial;
};

using trialdesk::test::kUserPassword;
using trialdesk::test::runCliAs;

void TestCliEnroll::initTestCase()
{
    const QString notAdded = m_trial.addUsers({ { QStringLiteral("coord"), QStringLiteral("coordinator") },
                                                { QStringLiteral("assessor"), QStringLiteral("outcome-assessor") } });
    QVERIFY2(notAdded.isEmpty(), qPrintable(notAdded));
}

void TestCliEnroll::enrollRandomizeAndVerify()
{
    const QString eligibility = m_trial.eligibilityFile();
    const QString identity = m_trial.identityFile();
    QVERIFY(!eligibility.isEmpty() && !identity.isEmpty());
    Run first = m_trial.enroll(
        QStringLiteral("coord"), QStringLiteral("ICM"), QStringLiteral("HF"), QStringLiteral("2026-10-01"),
        { QStringLiteral("--eligibility"), eligibility, QStringLiteral("--identity"), identity });
    QVERIFY2(first.code == 0, first.err.constData());
    QCOMPARE(first.out.trimmed(), QByteArray("ICM-0001"));
    // The health data never appears in the process's arguments: only file names do.
    QVERIFY(!identity.contains(QStringLiteral("TREM")));

    Run second = m_trial.as(QStringLiteral("coord"),
                            { QStringLiteral("enroll"), QStringLiteral("--site"), QStringLiteral("ICM"),
                              QStringLiteral("--stratum"), QStringLiteral("site=ICM,condition=CAD"),
                              QStringLiteral("--consent-version"), QStringLiteral("1.0"),
                              QStringLiteral("--consent-date"), QStringLiteral("2026-10-01") });
    QVERIFY2(second.code == 0, second.err.constData());
    QCOMPARE(second.out.trimmed(), QByteArray("ICM-0002"));

    const QStringList randomize
        = { QStringLiteral("randomize"), QStringLiteral("--participant"), QStringLiteral("ICM-0001") };
    Run wrong = m_trial.as(QStringLiteral("coord"), randomize, "not the password\n");
    QCOMPARE(wrong.code, 1);
    QVERIFY(wrong.out.isEmpty());
    Run missing = m_trial.as(QStringLiteral("coord"), randomize);
    QCOMPARE(missing.code, 2);
    Run blinded = m_trial.as(QStringLiteral("assessor"), randomize, kUserPassword + '\n');
    QCOMPARE(blinded.code, 1);
    QVERIFY(blinded.out.isEmpty());

    Run arm = m_trial.randomize(QStringLiteral("coord"), QStringLiteral("ICM-0001"));
    QVERIFY2(arm.code == 0, arm.err.constData());
    QVERIFY(arm.out.trimmed() == "PP" || arm.out.trimmed() == "UC");
    Run again = m_trial.randomize(QStringLiteral("coord"), QStringLiteral("ICM-0001"));
    QCOMPARE(again.code, 1);
    Run other = m_trial.randomize(QStringLiteral("coord"), QStringLiteral("icm-0002"));
    QVERIFY2(other.code == 0, other.err.constData());

    Run screened = m_trial.as(QStringLiteral("coord"),
                              { QStringLiteral("screen"), QStringLiteral("--site"), QStringLiteral("ICM"),
                                QStringLiteral("--outcome"), QStringLiteral("declined"), QStringLiteral("--reason"),
                                QStringLiteral("No time for visits") });
    QVERIFY2(screened.code == 0, screened.err.constData());
    QCOMPARE(screened.out.trimmed(), QByteArray("ICM-S0003"));

    Run withdrawn = m_trial.as(QStringLiteral("coord"),
                               { QStringLiteral("withdraw"), QStringLiteral("--participant"),
                                 QStringLiteral("ICM-0002"), QStringLiteral("--scope"), QStringLiteral("follow-up"),
                                 QStringLiteral("--reason"), QStringLiteral("Moved away") });
    QVERIFY2(withdrawn.code == 0, withdrawn.err.constData());

    const QString csv = m_trial.filePath(QStringLiteral("log.csv"));
    Run exported = m_trial.as(QStringLiteral("admin"),
                              { QStringLiteral("log"), QStringLiteral("export"), QStringLiteral("--output"), csv });
    QVERIFY2(exported.code == 0, exported.err.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QList<QByteArray> header = lines.at(0).split(',');
    for (const char *column : { "study_id", "site", "stratum_index", "sequence", "block_number", "block_size",
                                "position_in_block", "arm", "randomized_at", "randomized_by" })
        QVERIFY2(header.contains(column), column);
    QVERIFY(lines.at(1).startsWith("ICM-0001,ICM,"));
    QVERIFY(lines.at(1).contains("," + arm.out.trimmed() + ","));

    Run verified = m_trial.as(QStringLiteral("admin"), { QStringLiteral("log"), QStringLiteral("verify") });
    QVERIFY2(verified.code == 0, verified.out.constData());
    QVERIFY(verified.out.contains("2 allocations checked: 0 mismatches"));
    // The blinded assessor cannot read the log.
    Run assessorLog = m_trial.as(QStringLiteral("assessor"), { QStringLiteral("log"), QStringLiteral("verify") });
    QCOMPARE(assessorLog.code, 1);
    QVERIFY(assessorLog.out.isEmpty());
}

void TestCliEnroll::refusalsAndUsage()
{
    // Usage errors: 2.
    QCOMPARE(
        m_trial
            .as(QStringLiteral("coord"), { QStringLiteral("enroll"), QStringLiteral("--site"), QStringLiteral("ICM") })
            .code,
        2);
    QCOMPARE(m_trial
                 .as(QStringLiteral("coord"),
                     { QStringLiteral("screen"), QStringLiteral("--site"), QStringLiteral("ICM"),
                       QStringLiteral("--outcome"), QStringLiteral("eligible"), QStringLiteral("--reason"),
                       QStringLiteral("x") })
                 .code,
             2);
    QCOMPARE(m_trial
                 .as(QStringLiteral("coord"),
                     { QStringLiteral("withdraw"), QStringLiteral("--participant"), QStringLiteral("ICM-0001"),
                       QStringLiteral("--scope"), QStringLiteral("everything"), QStringLiteral("--reason"),
                       QStringLiteral("x") })
                 .code,
             2);
    // Refusals: 1, with a message.
    Run oldForm
        = m_trial.as(QStringLiteral("coord"),
                     { QStringLiteral("enroll"), QStringLiteral("--site"), QStringLiteral("ICM"),
                       QStringLiteral("--stratum"), QStringLiteral("condition=AF"), QStringLiteral("--consent-version"),
                       QStringLiteral("0.9"), QStringLiteral("--consent-date"), QStringLiteral("2026-10-01") });
    QCOMPARE(oldForm.code, 1);
    QVERIFY(oldForm.err.contains("current approved version"));
    Run noReason = m_trial.as(QStringLiteral("coord"),
                              { QStringLiteral("screen"), QStringLiteral("--site"), QStringLiteral("ICM"),
                                QStringLiteral("--outcome"), QStringLiteral("other") });
    QCOMPARE(noReason.code, 1);
    Run notDemo = m_trial.as(QStringLiteral("admin"),
                             { QStringLiteral("demo"), QStringLiteral("populate"), QStringLiteral("--participants"),
                               QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("abc") });
    QCOMPARE(notDemo.code, 1);
    QVERIFY(notDemo.err.contains("not a demo trial"));
}

// After an administrator reset a password, every command of that user is refused, signatures
// included, with the command that lets them choose their own; then the signature records the
// printed name, the time and the meaning's code.
void TestCliEnroll::passwordResetBlocksCommandsAndSignatures()
{
    const QByteArray initial = QByteArrayLiteral("second coordinator 1");
    const QByteArray reset = QByteArrayLiteral("reset by the admin 1");
    const QByteArray own = QByteArrayLiteral("my very own password");
    Run added = m_trial.as(QStringLiteral("admin"),
                           { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--new-user"),
                             QStringLiteral("coord2"), QStringLiteral("--role"), QStringLiteral("coordinator"),
                             QStringLiteral("--display-name"), QStringLiteral("Camille Côté") },
                           initial + '\n');
    QVERIFY2(added.code == 0, added.err.constData());
    Run enrolled
        = runCliAs(m_trial.workspace(), QStringLiteral("coord2"), initial + '\n',
                   { QStringLiteral("enroll"), QStringLiteral("--site"), QStringLiteral("ICM"),
                     QStringLiteral("--stratum"), QStringLiteral("condition=HF"), QStringLiteral("--consent-version"),
                     QStringLiteral("1.0"), QStringLiteral("--consent-date"), QStringLiteral("2026-10-01") });
    QVERIFY2(enrolled.code == 0, enrolled.err.constData());
    const QString studyId = QString::fromUtf8(enrolled.out.trimmed());
    Run resetRun = m_trial.as(QStringLiteral("admin"),
                              { QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("coord2"),
                                QStringLiteral("--reason"), QStringLiteral("forgotten") },
                              reset + '\n');
    QVERIFY2(resetRun.code == 0, resetRun.err.constData());

    const QStringList randomize = { QStringLiteral("randomize"), QStringLiteral("--participant"), studyId };
    Run signature = runCliAs(m_trial.workspace(), QStringLiteral("coord2"), reset + '\n' + reset + '\n', randomize);
    QCOMPARE(signature.code, 1);
    QVERIFY(signature.out.isEmpty());
    QVERIFY2(signature.err.contains("trialdesk-cli password change"), signature.err.constData());
    Run screen = runCliAs(m_trial.workspace(), QStringLiteral("coord2"), reset + '\n',
                          { QStringLiteral("screen"), QStringLiteral("--site"), QStringLiteral("ICM"),
                            QStringLiteral("--outcome"), QStringLiteral("declined"), QStringLiteral("--reason"),
                            QStringLiteral("No time") });
    QCOMPARE(screen.code, 1);
    QVERIFY2(screen.err.contains("reset your password"), screen.err.constData());

    Run changed = runCliAs(m_trial.workspace(), QStringLiteral("coord2"), reset + '\n' + own + '\n',
                           { QStringLiteral("password"), QStringLiteral("change") });
    QVERIFY2(changed.code == 0, changed.err.constData());
    Run signed_ = runCliAs(m_trial.workspace(), QStringLiteral("coord2"), own + '\n' + own + '\n', randomize);
    QVERIFY2(signed_.code == 0, signed_.err.constData());

    const QString csv = m_trial.filePath(QStringLiteral("audit.csv"));
    Run exported = m_trial.as(QStringLiteral("admin"),
                              { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), csv });
    QVERIFY2(exported.code == 0, exported.err.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray signatureLine;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.contains(",signature,participant," + studyId.toUtf8() + ","))
            signatureLine = line;
    QVERIFY(signatureLine.contains("randomization.eligibility-consent-confirmed"));
    QVERIFY(signatureLine.contains("Camille Côté"));
    QVERIFY(signatureLine.contains("signed_at"));
}

void TestCliEnroll::stratumGivenTwiceOrUnknown()
{
    const auto enroll = [this](const QString &strata) {
        return m_trial.as(QStringLiteral("coord"),
                          { QStringLiteral("enroll"), QStringLiteral("--site"), QStringLiteral("ICM"),
                            QStringLiteral("--stratum"), strata, QStringLiteral("--consent-version"),
                            QStringLiteral("1.0"), QStringLiteral("--consent-date"), QStringLiteral("2026-10-01") });
    };
    Run first = enroll(QStringLiteral("condition=HF"));
    QVERIFY2(first.code == 0, first.err.constData());
    const int number = first.out.trimmed().mid(4).toInt(); // ICM-NNNN
    QVERIFY(number > 0);
    // A factor given twice is a usage error (2), whichever spelling: nothing is registered.
    for (const QString &strata :
         { QStringLiteral("condition=HF,condition=CAD"), QStringLiteral("condition=HF, CONDITION=HF"),
           QStringLiteral("site=ICM,site=ICM") }) {
        Run twice = enroll(strata);
        QCOMPARE(twice.code, 2);
        QVERIFY(twice.out.isEmpty());
        QVERIFY2(twice.err.contains("more than once"), twice.err.constData());
    }
    // A factor the protocol does not have is refused (1) with its name.
    Run unknown = enroll(QStringLiteral("condition=HF,smoker=yes"));
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY2(unknown.err.contains("\"smoker\" is not a stratification factor"), unknown.err.constData());
    // The refusals registered nobody: the next participant takes the next number.
    Run next = enroll(QStringLiteral("condition=HF"));
    QVERIFY2(next.code == 0, next.err.constData());
    QCOMPARE(next.out.trimmed(), QStringLiteral("ICM-%1").arg(number + 1, 4, 10, QLatin1Char('0')).toUtf8());
}

QTEST_GUILESS_MAIN(TestCliEnroll)
#include "tst_cli_enroll.moc"
