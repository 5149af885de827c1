#include "tests/support/CliTrial.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using trialdesk::test::CliRun;
using trialdesk::test::kAdminPassword;
using trialdesk::test::kUserPassword;
using trialdesk::test::runCli;
using trialdesk::test::runCliAs;

// The administrator's actions of the GUI on the command line (sites, backups to another folder and
// their verification, the backup schedule, the accounts a key rotation left without a password),
// each with its refusal for another role and for bad input.
class TestCliAdmin : public QObject
{
    Q_OBJECT

private:
    trialdesk::test::CliTrial m_trial { QStringLiteral("Admin trial") };
    QString m_ws = m_trial.workspace();

    CliRun admin(const QStringList &arguments) const { return m_trial.admin(arguments); }
    CliRun carol(const QStringList &arguments) const { return m_trial.as(QStringLiteral("carol"), arguments); }

    QString auditCsv()
    {
        const QString path = m_trial.filePath(QStringLiteral("audit-%1.csv").arg(++m_exports));
        const CliRun exported
            = admin({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), path });
        if (exported.code != 0)
            return {};
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    int m_exports = 0;
    QByteArray m_recoveryCode = m_trial.recoveryCode().toUtf8();

    static QStringList siteAdd(const QString &code, const QString &zone)
    {
        return { QStringLiteral("site"),        QStringLiteral("add"),
                 QStringLiteral("--code"),      code,
                 QStringLiteral("--name-fr"),   QStringLiteral("CHU de Sherbrooke"),
                 QStringLiteral("--name-en"),   QStringLiteral("Sherbrooke University Hospital"),
                 QStringLiteral("--time-zone"), zone,
                 QStringLiteral("--reason"),    QStringLiteral("new recruiting site") };
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
        const CliRun added
            = m_trial.addUser(QStringLiteral("carol"), QStringLiteral("coordinator"), QStringLiteral("ICM"));
        QCOMPARE(added.code, 0);
    }

    void siteAddAndList()
    {
        const CliRun added = admin(siteAdd(QStringLiteral("chus"), QStringLiteral("America/Toronto")));
        QVERIFY2(added.code == 0, added.err.constData());
        QVERIFY(added.err.contains("CHUS"));
        const CliRun listed = carol({ QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(listed.code, 0);
        bool found = false;
        for (const QJsonValue &value : QJsonDocument::fromJson(listed.out).array()) {
            const QJsonObject site = value.toObject();
            if (site.value(QStringLiteral("code")).toString() == QLatin1String("CHUS")) {
                found = true;
                QCOMPARE(site.value(QStringLiteral("name_en")).toString(),
                         QStringLiteral("Sherbrooke University Hospital"));
                QCOMPARE(site.value(QStringLiteral("time_zone")).toString(), QStringLiteral("America/Toronto"));
                QVERIFY(site.value(QStringLiteral("active")).toBool());
            }
        }
        QVERIFY(found);
        const CliRun table = admin({ QStringLiteral("site"), QStringLiteral("list") });
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith("code\ttime_zone\tactive\tname_fr\tname_en\n"));
        QVERIFY(table.out.contains("CHUS\tAmerica/Toronto\tyes\tCHU de Sherbrooke\tSherbrooke University Hospital\n"));
        // Audited with the reason given.
        QVERIFY(
            auditCsv().contains(QStringLiteral(",site.add,site,CHUS,time_zone,,America/Toronto,new recruiting site")));
    }

    void siteAddRefusals()
    {
        // Another role: refused by core, nothing added.
        const CliRun denied = carol(siteAdd(QStringLiteral("CHUQ"), QStringLiteral("America/Toronto")));
        QCOMPARE(denied.code, 1);
        QVERIFY(denied.err.contains("may not"));
        // Not an IANA zone: a usage error naming it.
        const CliRun zone = admin(siteAdd(QStringLiteral("CHUQ"), QStringLiteral("Eastern Time")));
        QCOMPARE(zone.code, 2);
        QVERIFY(zone.err.contains("\"Eastern Time\" is not a known IANA time zone"));
        // Missing option, bad code, duplicate.
        QStringList noReason = siteAdd(QStringLiteral("CHUQ"), QStringLiteral("America/Toronto"));
        noReason.removeLast();
        noReason.removeLast();
        const CliRun missing = admin(noReason);
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("--reason"));
        const CliRun badCode = admin(siteAdd(QStringLiteral("9X"), QStringLiteral("America/Toronto")));
        QCOMPARE(badCode.code, 1);
        QVERIFY(badCode.err.contains("is not a site code"));
        QCOMPARE(admin(siteAdd(QStringLiteral("CHUS"), QStringLiteral("America/Toronto"))).code, 1);
        const CliRun listed = admin({ QStringLiteral("site"), QStringLiteral("list") });
        QVERIFY(!listed.out.contains("CHUQ"));
        QVERIFY(!listed.out.contains("9X"));
    }

    void backupToAnotherFolderAndVerify()
    {
        const QString offsite = m_trial.filePath(QStringLiteral("offsite"));
        // A folder that is not there (a share not connected) is refused, not created.
        const CliRun missing = admin({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--reason"),
                                       QStringLiteral("weekly"), QStringLiteral("--output"), offsite });
        QCOMPARE(missing.code, 1);
        QVERIFY(!QFileInfo::exists(offsite));
        QVERIFY(QDir().mkpath(offsite));
        QCOMPARE(carol({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--reason"),
                         QStringLiteral("weekly"), QStringLiteral("--output"), offsite })
                     .code,
                 1);
        const CliRun made = admin({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--reason"),
                                    QStringLiteral("weekly"), QStringLiteral("--output"), offsite });
        QVERIFY2(made.code == 0, made.err.constData());
        const QString folder = QString::fromUtf8(made.out).trimmed();
        QCOMPARE(QFileInfo(folder).absolutePath(), QDir(offsite).absolutePath());
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("backup.json"))));

        // Good: exit 0.
        const CliRun good = admin({ QStringLiteral("backup"), QStringLiteral("verify"), folder });
        QVERIFY2(good.code == 0, good.err.constData());
        QVERIFY(good.out.startsWith("ok: "));
        QVERIFY(good.out.contains("a prefix of the live trail"));
        // Another role: refused (1).
        QCOMPARE(carol({ QStringLiteral("backup"), QStringLiteral("verify"), folder }).code, 1);
        // Cannot open: no backup there, or a password that does not open it (1).
        const CliRun none = admin({ QStringLiteral("backup"), QStringLiteral("verify"), m_trial.folder() });
        QCOMPARE(none.code, 1);
        QVERIFY(none.err.contains("not a TrialDesk backup"));
        QCOMPARE(runCli({ QStringLiteral("backup"), QStringLiteral("verify"), folder }).code, 2);

        // Listed, newest first, once the schedule points there.
        QCOMPARE(admin({ QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("--backup-folder"), offsite,
                         QStringLiteral("--reason"), QStringLiteral("off-site") })
                     .code,
                 0);
        const CliRun listed = admin({ QStringLiteral("backup"), QStringLiteral("list") });
        QCOMPARE(listed.code, 0);
        QVERIFY(listed.out.contains(QDir::toNativeSeparators(folder).toUtf8()));
        QVERIFY(listed.out.contains("\tyes\t"));
        QVERIFY(!listed.err.contains("Warning"));
        QCOMPARE(carol({ QStringLiteral("backup"), QStringLiteral("list") }).code, 1);

        // A damaged copy: exit 3 with the problem.
        QFile database(QDir(folder).filePath(QStringLiteral("trial.db")));
        QVERIFY(database.open(QIODevice::ReadWrite));
        const qint64 middle = database.size() / 2;
        QVERIFY(database.seek(middle));
        QByteArray bytes = database.read(16);
        for (char &c : bytes)
            c = static_cast<char>(~c);
        QVERIFY(database.seek(middle));
        QCOMPARE(database.write(bytes), qint64(16));
        database.close();
        const CliRun bad = admin({ QStringLiteral("backup"), QStringLiteral("verify"), folder });
        QVERIFY2(bad.code == 3, bad.out + bad.err);
        QVERIFY(bad.out.startsWith("problem: "));
    }

    void backupVerifyWrongPassword()
    {
        const CliRun made = admin({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--reason"),
                                    QStringLiteral("before password change") });
        QCOMPARE(made.code, 0);
        const QString folder = QString::fromUtf8(made.out).trimmed();
        // The administrator's password changes: the backup opens only with the old one.
        QCOMPARE(m_trial.admin({ QStringLiteral("password"), QStringLiteral("change") }, "admin password 2\n").code, 0);
        const CliRun refused = runCliAs(m_ws, QStringLiteral("admin"), "admin password 2\n",
                                        { QStringLiteral("backup"), QStringLiteral("verify"), folder });
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains("password"));
        QCOMPARE(runCliAs(m_ws, QStringLiteral("admin"), QByteArray("admin password 2\n") + kAdminPassword + '\n',
                          { QStringLiteral("password"), QStringLiteral("change") })
                     .code,
                 0);
    }

    void backupScheduleSettings()
    {
        const QString offsite = m_trial.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(offsite));
        const QStringList set { QStringLiteral("settings"),           QStringLiteral("set"),
                                QStringLiteral("--backup-folder"),    offsite,
                                QStringLiteral("--backup-daily"),     QStringLiteral("on"),
                                QStringLiteral("--backup-keep"),      QStringLiteral("5"),
                                QStringLiteral("--backup-warn-days"), QStringLiteral("3"),
                                QStringLiteral("--reason"),           QStringLiteral("daily off-site") };
        QCOMPARE(carol(set).code, 1);
        QStringList badDaily = set;
        badDaily[badDaily.indexOf(QStringLiteral("on"))] = QStringLiteral("sometimes");
        QCOMPARE(admin(badDaily).code, 2);
        QStringList badKeep = set;
        badKeep[badKeep.indexOf(QStringLiteral("5"))] = QStringLiteral("0");
        QCOMPARE(admin(badKeep).code, 2);
        QStringList relative = set;
        relative[relative.indexOf(offsite)] = QStringLiteral("relative/folder");
        const CliRun notAbsolute = admin(relative);
        QCOMPARE(notAbsolute.code, 1);
        QVERIFY(notAbsolute.err.contains("full path"));
        const CliRun done = admin(set);
        QVERIFY2(done.code == 0, done.err.constData());
        const CliRun shown = carol({ QStringLiteral("settings"), QStringLiteral("show") });
        QCOMPARE(shown.code, 0);
        QVERIFY(shown.out.contains(QStringLiteral("backup_folder=%1\nbackup_daily=on\nbackup_keep=5\n"
                                                  "backup_warn_days=3\n")
                                       .arg(QDir::toNativeSeparators(offsite))
                                       .toUtf8()));
        QVERIFY(auditCsv().contains(QStringLiteral(",setting.change,setting,backup_schedule,backup_keep,14,5,"
                                                   "daily off-site")));
        // No backup in the new folder yet: the list warns.
        const CliRun listed = admin({ QStringLiteral("backup"), QStringLiteral("list") });
        QCOMPARE(listed.code, 0);
        QVERIFY(listed.err.contains("Warning"));
        // backup create now goes to the schedule's folder by default.
        const CliRun made = admin({ QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--reason"),
                                    QStringLiteral("first off-site") });
        QCOMPARE(made.code, 0);
        QCOMPARE(QFileInfo(QString::fromUtf8(made.out).trimmed()).absolutePath(), QDir(offsite).absolutePath());

        // From cron: nothing due after that backup; another role refused.
        const QStringList runDue { QStringLiteral("backup"), QStringLiteral("run-due") };
        QCOMPARE(carol(runDue).code, 1);
        const CliRun notDue = admin(runDue);
        QCOMPARE(notDue.code, 0);
        QVERIFY(notDue.out.isEmpty());
        QVERIFY(notDue.err.contains("less than a day old"));
        // Once the only backup there is gone, the run makes one in the schedule's folder.
        QVERIFY(QDir(QString::fromUtf8(made.out).trimmed()).removeRecursively());
        const CliRun due = admin(runDue);
        QVERIFY2(due.code == 0, due.err.constData());
        QCOMPARE(QFileInfo(QString::fromUtf8(due.out).trimmed()).absolutePath(), QDir(offsite).absolutePath());
        QVERIFY(
            auditCsv().contains(QStringLiteral(",workspace.backup,workspace,backup,folder,,%1,scheduled daily backup,")
                                    .arg(QDir::toNativeSeparators(QString::fromUtf8(due.out).trimmed()))));
    }

    void passwordRecover()
    {
        const QStringList recover { QStringLiteral("password"), QStringLiteral("recover") };
        // Another role: refused (1), whatever the code.
        const CliRun coordinator
            = runCliAs(m_ws, QStringLiteral("carol"), m_recoveryCode + "\ncarol password 9\n", recover);
        QCOMPARE(coordinator.code, 1);
        QVERIFY(coordinator.err.contains("administrator"));
        // A wrong code (1), a missing new password (2).
        QCOMPARE(
            runCliAs(m_ws, QStringLiteral("admin"), "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG\nadmin password 9\n", recover)
                .code,
            1);
        QCOMPARE(runCliAs(m_ws, QStringLiteral("admin"), m_recoveryCode + "\n", recover).code, 2);
        QCOMPARE(runCli(QStringList { QStringLiteral("--workspace"), m_ws } + recover, m_recoveryCode + "\n").code, 2);
        // The code sets a new password; the old one stops working.
        const CliRun done = runCliAs(m_ws, QStringLiteral("admin"), m_recoveryCode + "\nadmin password 9\n", recover);
        QVERIFY2(done.code == 0, done.err.constData());
        QCOMPARE(admin({ QStringLiteral("site"), QStringLiteral("list") }).code, 1);
        QCOMPARE(runCliAs(m_ws, QStringLiteral("admin"), QByteArray("admin password 9\n") + kAdminPassword + '\n',
                          { QStringLiteral("password"), QStringLiteral("change") })
                     .code,
                 0);
        QVERIFY(auditCsv().contains(",recovery.use,user,admin,"));
    }

    void keyStatus()
    {
        QCOMPARE(carol({ QStringLiteral("key"), QStringLiteral("status") }).code, 1);
        const CliRun clean = admin({ QStringLiteral("key"), QStringLiteral("status") });
        QCOMPARE(clean.code, 0);
        QVERIFY(clean.out.isEmpty());
        // After a rotation, carol's slot no longer opens the key: listed, exit 3.
        const CliRun rotated = admin({ QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("--reason"),
                                       QStringLiteral("laptop lost") });
        QCOMPARE(rotated.code, 0);
        const CliRun stale = admin({ QStringLiteral("key"), QStringLiteral("status") });
        QCOMPARE(stale.code, 3);
        QCOMPARE(stale.out, QByteArray("carol\n"));
        QCOMPARE(m_trial
                     .admin({ QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("carol"),
                              QStringLiteral("--reason"), QStringLiteral("after rotation") },
                            kUserPassword + '\n')
                     .code,
                 0);
        QCOMPARE(admin({ QStringLiteral("key"), QStringLiteral("status") }).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_cli_admin.moc"
