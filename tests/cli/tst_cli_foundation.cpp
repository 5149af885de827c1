#include "tests/support/CliTrial.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using trialdesk::test::kAdminPassword;

// The command-line contract of issue 2, on the real executable: arguments, secrets on standard
// input only, outputs and exit codes (0 ok, 1 refused, 2 usage, 3 verification failed).
class TestCliFoundation : public QObject
{
    Q_OBJECT

private:
    // This test reads the outputs as text.
    using Run = trialdesk::test::CliTextRun;

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_recoveryCode;

    static Run run(const QStringList &arguments, const QByteArray &input = {}, const QString &program = QString())
    {
        return trialdesk::test::asText(trialdesk::test::runCli(arguments, input, program));
    }

    Run as(const QString &user, const QStringList &arguments, const QByteArray &input)
    {
        return run(QStringList { QStringLiteral("--workspace"), m_ws, QStringLiteral("--user"), user,
                                 QStringLiteral("--password-stdin") }
                       + arguments,
                   input);
    }

    // A command as the administrator: the password, then moreSecrets.
    Run admin(const QStringList &arguments, const QByteArray &moreSecrets = {})
    {
        return as(QStringLiteral("admin"), arguments, kAdminPassword + '\n' + moreSecrets);
    }

    // What an attacker holding the key could do: the documented recovery script gives the key, the
    // sqlcipher shell edits the database with the triggers dropped.
    bool tamper(const QString &sql)
    {
        const Run key = run({ QStringLiteral(TRIALDESK_SOURCE_DIR "/scripts/open-workspace-key.py"),
                              QDir(m_ws).filePath(QStringLiteral("keys/recovery.slot")) },
                            m_recoveryCode.toUtf8() + '\n', QStringLiteral("/usr/bin/python3"));
        if (key.code != 0)
            return false;
        const QByteArray script = "PRAGMA key = \"x'" + key.out.trimmed().toLatin1()
            + "'\";\nDROP TRIGGER audit_log_no_update;\n" + sql.toUtf8() + ";\n";
        const Run shell = run({ QDir(m_ws).filePath(QStringLiteral("trial.db")) }, script, QStringLiteral("sqlcipher"));
        return shell.code == 0 && shell.err.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("trial"));
        const Run init = run({ QStringLiteral("init"), QStringLiteral("--workspace"), m_ws,
                               QStringLiteral("--trial-name"), QStringLiteral("CLI trial"), QStringLiteral("--admin"),
                               QStringLiteral("admin"), QStringLiteral("--password-stdin") },
                             kAdminPassword + '\n');
        QCOMPARE(init.code, 0);
        m_recoveryCode = init.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$")).match(m_recoveryCode).hasMatch(),
                 qPrintable(m_recoveryCode));
        QVERIFY(init.err.contains(QStringLiteral("recovery code")));
    }

    void initRefusals()
    {
        const QString other = m_dir.filePath(QStringLiteral("other"));
        const QStringList base {
            QStringLiteral("init"),         QStringLiteral("--workspace"), other,
            QStringLiteral("--trial-name"), QStringLiteral("T"),           QStringLiteral("--admin"),
            QStringLiteral("admin")
        };
        QCOMPARE(run(base, kAdminPassword + '\n').code, 2); // no --password-stdin
        QCOMPARE(run(base + QStringList { QStringLiteral("--password-stdin") }, "").code, 2);
        const Run weak = run(base + QStringList { QStringLiteral("--password-stdin") }, "short\n");
        QCOMPARE(weak.code, 1);
        QVERIFY(weak.err.contains(QStringLiteral("12")));
        QVERIFY(!QDir(other).exists());
        const Run again = run({ QStringLiteral("init"), QStringLiteral("--workspace"), m_ws,
                                QStringLiteral("--trial-name"), QStringLiteral("T"), QStringLiteral("--admin"),
                                QStringLiteral("admin"), QStringLiteral("--password-stdin") },
                              kAdminPassword + '\n');
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("not empty")));
    }

    void usageErrors()
    {
        QCOMPARE(run({ QStringLiteral("frobnicate") }).code, 2);
        QCOMPARE(run({}).code, 2);
        QCOMPARE(run({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--no-such-option") }).code, 2);
        QCOMPARE(run({ QStringLiteral("user"), QStringLiteral("deactivate") }).code, 2); // NAME missing
        const Run help = run({ QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("audit verify")));
        // The session options are required for workspace commands.
        QCOMPARE(run({ QStringLiteral("--workspace"), m_ws, QStringLiteral("user"), QStringLiteral("list") }).code, 2);
    }

    void usersAndPasswords()
    {
        Run added = admin({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--new-user"),
                            QStringLiteral("carol"), QStringLiteral("--role"), QStringLiteral("coordinator"),
                            QStringLiteral("--site"), QStringLiteral("ICM") },
                          "carol password 1\n");
        QCOMPARE(added.code, 0);
        QCOMPARE(admin({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--new-user"),
                         QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("king") },
                       "x password 12345\n")
                     .code,
                 2);
        const Run list = admin({ QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.code, 0);
        const QJsonArray users = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("carol"));
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("coordinator"));
        // A coordinator may not manage users: refused by core, exit 1.
        const Run refused
            = as(QStringLiteral("carol"), { QStringLiteral("user"), QStringLiteral("list") }, "carol password 1\n");
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains(QStringLiteral("may not")));
        // Wrong password: exit 1 with a clear message.
        const Run wrong
            = as(QStringLiteral("carol"), { QStringLiteral("user"), QStringLiteral("list") }, "nope nope nope\n");
        QCOMPARE(wrong.code, 1);
        QVERIFY(!wrong.err.isEmpty());
        // Password change: current then new on standard input.
        QCOMPARE(as(QStringLiteral("carol"), { QStringLiteral("password"), QStringLiteral("change") },
                    "carol password 1\ncarol password 2\n")
                     .code,
                 0);
        QCOMPARE(
            as(QStringLiteral("carol"), { QStringLiteral("audit"), QStringLiteral("verify") }, "carol password 1\n")
                .code,
            1);
        // Deactivation needs a reason and then closes the account.
        QCOMPARE(admin({ QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("carol") }).code, 1);
        const Run deactivated = admin({ QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("carol"),
                                        QStringLiteral("--reason"), QStringLiteral("left the team") });
        QCOMPARE(deactivated.code, 0);
        // A copy of carol's slot in a backup still opens the trial: the key rotation is suggested.
        QVERIFY2(deactivated.err.contains(QStringLiteral("key rotate")), qPrintable(deactivated.err));
        QCOMPARE(
            as(QStringLiteral("carol"), { QStringLiteral("user"), QStringLiteral("list") }, "carol password 2\n").code,
            1);
    }

    void auditVerifyAndExport()
    {
        const Run ok = admin({ QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(ok.code, 0);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^ok: \\d+ entries, head [0-9a-f]{64}\\n$")).match(ok.out).hasMatch(),
            qPrintable(ok.out));
        const QString csv = m_dir.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(admin({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), csv }).code, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith(
            "id,at,username,action,entity,entity_id,field,old_value,new_value,reason,prev_hash,hash\n"));
        QVERIFY(text.contains(",user.deactivate,user,carol,active,1,0,left the team,"));
        QVERIFY(text.contains(",audit.export,"));
        QVERIFY(!text.contains("carol password"));
    }

    void tamperingIsDetectedWithExitThree()
    {
        QVERIFY(tamper(QStringLiteral("UPDATE audit_log SET reason = 'forged' WHERE id = 3")));
        const Run broken = admin({ QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(broken.code, 3);
        QVERIFY2(broken.out.startsWith(QStringLiteral("broken: entry 3")), qPrintable(broken.out));
    }

    void settingsChangeTheLoginPolicy()
    {
        QCOMPARE(admin({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--max-failures"),
                         QStringLiteral("0"), QStringLiteral("--reason"), QStringLiteral("x") })
                     .code,
                 2);
        QCOMPARE(admin({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--max-failures"),
                         QStringLiteral("2") })
                     .code,
                 1); // no reason
        QCOMPARE(admin({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--max-failures"),
                         QStringLiteral("2"), QStringLiteral("--idle-lock-minutes"), QStringLiteral("5"),
                         QStringLiteral("--reason"), QStringLiteral("stricter policy") })
                     .code,
                 0);
        const Run shown = admin({ QStringLiteral("settings"), QStringLiteral("show") });
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("idle_lock_minutes=5\nmax_failures=2\nlockout_minutes=15")),
                 qPrintable(shown.out));
        QCOMPARE(admin({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--new-user"),
                         QStringLiteral("lou"), QStringLiteral("--role"), QStringLiteral("monitor") },
                       "lou password 123\n")
                     .code,
                 0);
        QCOMPARE(as(QStringLiteral("lou"), { QStringLiteral("audit"), QStringLiteral("verify") }, "bad guess 1\n").code,
                 1);
        const Run locked
            = as(QStringLiteral("lou"), { QStringLiteral("audit"), QStringLiteral("verify") }, "bad guess 2\n");
        QCOMPARE(locked.code, 1);
        QVERIFY2(locked.err.contains(QStringLiteral("locked")), qPrintable(locked.err));
        QCOMPARE(
            as(QStringLiteral("lou"), { QStringLiteral("audit"), QStringLiteral("verify") }, "lou password 123\n").code,
            1);
        // Audited: the failures and the lockout reach the trail at the administrator's next login.
        const QString csv = m_dir.filePath(QStringLiteral("audit2.csv"));
        QCOMPARE(admin({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), csv }).code, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(",login.lockout,user,lou,"));
        QVERIFY(text.contains(",setting.change,setting,login_policy,max_failures,5,2,stricter policy,"));
    }

    void backupIsACompleteEncryptedWorkspace()
    {
        QCOMPARE(admin({ QStringLiteral("backup"), QStringLiteral("create") }).code, 1);
        QCOMPARE(
            as(QStringLiteral("lou"),
               { QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--reason"), QStringLiteral("x") },
               "lou password 123\n")
                .code,
            1);
        const Run made = admin({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--reason"),
                                 QStringLiteral("weekly") });
        QCOMPARE(made.code, 0);
        const QString folder = made.out.trimmed();
        QVERIFY(folder.startsWith(QDir(m_ws).filePath(QStringLiteral("backups/"))));
        QFile db(QDir(folder).filePath(QStringLiteral("trial.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll();
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("CLI trial"));
        // The backup opens as a workspace with the passwords of that moment, and its chain verifies,
        // ending with the record of its own making.
        const Run verify
            = run({ QStringLiteral("--workspace"), folder, QStringLiteral("--user"), QStringLiteral("admin"),
                    QStringLiteral("--password-stdin"), QStringLiteral("audit"), QStringLiteral("export"),
                    QStringLiteral("--output"), m_dir.filePath(QStringLiteral("backup-audit.csv")) },
                  kAdminPassword + '\n');
        QCOMPARE(verify.code, 0);
        QFile csv(m_dir.filePath(QStringLiteral("backup-audit.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains(",workspace.backup,workspace,backup,folder,"));
    }

    void keyRotation()
    {
        const trialdesk::test::CliTrial trial(QStringLiteral("R"));
        QVERIFY2(trial.ok(), qPrintable(trial.error()));
        m_ws = trial.workspace();
        const QString oldCode = trial.recoveryCode();
        QCOMPARE(admin({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--new-user"),
                         QStringLiteral("sam"), QStringLiteral("--role"), QStringLiteral("statistician") },
                       "sam password 123\n")
                     .code,
                 0);
        QCOMPARE(admin({ QStringLiteral("key"), QStringLiteral("rotate") }).code, 2);
        const Run rotated = admin({ QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("--reason"),
                                    QStringLiteral("annual rotation") });
        QCOMPARE(rotated.code, 0);
        m_recoveryCode = rotated.out.trimmed();
        QVERIFY(m_recoveryCode != oldCode);
        QVERIFY(rotated.err.contains(QStringLiteral("sam")));
        QVERIFY(!QDir(m_ws).exists(QStringLiteral("keys.next")));
        // The administrator still signs in; sam's slot was reset; the data survived the rekey.
        QCOMPARE(
            as(QStringLiteral("sam"), { QStringLiteral("audit"), QStringLiteral("verify") }, "sam password 123\n").code,
            1);
        QCOMPARE(admin({ QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("sam"),
                         QStringLiteral("--reason"), QStringLiteral("after key rotation") },
                       "sam password 456\n")
                     .code,
                 0);
        // The reset password is the administrator's: sam chooses his own before anything else.
        const Run beforeChange
            = as(QStringLiteral("sam"), { QStringLiteral("audit"), QStringLiteral("verify") }, "sam password 456\n");
        QCOMPARE(beforeChange.code, 1);
        QVERIFY(beforeChange.err.contains(QStringLiteral("trialdesk-cli password change")));
        QCOMPARE(as(QStringLiteral("sam"), { QStringLiteral("password"), QStringLiteral("change") },
                    "sam password 456\nsam password 789\n")
                     .code,
                 0);
        const Run verify
            = as(QStringLiteral("sam"), { QStringLiteral("audit"), QStringLiteral("verify") }, "sam password 789\n");
        QCOMPARE(verify.code, 0);
        // The old recovery code no longer opens the key; the new one does, through the documented script.
        const Run oldKey = run({ QStringLiteral(TRIALDESK_SOURCE_DIR "/scripts/open-workspace-key.py"),
                                 QDir(m_ws).filePath(QStringLiteral("keys/recovery.slot")) },
                               oldCode.toUtf8() + '\n', QStringLiteral("/usr/bin/python3"));
        QCOMPARE(oldKey.code, 1);
        QVERIFY(tamper(QStringLiteral("SELECT 1")));

        // A rotation whose code was never confirmed shown (the program died after the rekey) leaves
        // keys.next/ wrapping the key in force: the next command signed in as the administrator finishes
        // it, printing a NEW recovery code once on standard output.
        QDir keys(QDir(m_ws).filePath(QStringLiteral("keys")));
        QVERIFY(QDir(m_ws).mkdir(QStringLiteral("keys.next")));
        QVERIFY(QFile::copy(keys.filePath(QStringLiteral("user-admin.slot")),
                            QDir(m_ws).filePath(QStringLiteral("keys.next/user-admin.slot"))));
        const Run finished = admin({ QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(finished.code, 0);
        const QString finishedCode = finished.out.split(QLatin1Char('\n')).constFirst().trimmed();
        QVERIFY(finishedCode != m_recoveryCode);
        QVERIFY2(finished.err.contains(QStringLiteral("NEW recovery code")), qPrintable(finished.err));
        QVERIFY(!QDir(m_ws).exists(QStringLiteral("keys.next")));
        const Run superseded = run({ QStringLiteral(TRIALDESK_SOURCE_DIR "/scripts/open-workspace-key.py"),
                                     keys.filePath(QStringLiteral("recovery.slot")) },
                                   m_recoveryCode.toUtf8() + '\n', QStringLiteral("/usr/bin/python3"));
        QCOMPARE(superseded.code, 1);
        const Run current = run({ QStringLiteral(TRIALDESK_SOURCE_DIR "/scripts/open-workspace-key.py"),
                                  keys.filePath(QStringLiteral("recovery.slot")) },
                                finishedCode.toUtf8() + '\n', QStringLiteral("/usr/bin/python3"));
        QCOMPARE(current.code, 0);
        // Shown once: the next command prints no code.
        const Run again = admin({ QStringLiteral("audit"), QStringLiteral("verify") });
        QCOMPARE(again.code, 0);
        QVERIFY(!again.out.contains(finishedCode));
    }
};

QTEST_GUILESS_MAIN(TestCliFoundation)
#include "tst_cli_foundation.moc"
