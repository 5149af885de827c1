#include "core/audit/AuditTrail.h"
#include "core/platform/PrivateFile.h"
#include "core/services/BackupService.h"
#include "core/services/SettingsService.h"
#include "core/services/SiteService.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "demo/DemoWorkspace.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace trialdesk::core;
using trialdesk::test::TestWorkspace;

namespace {

const QByteArray kCoordinatorPassword = QByteArrayLiteral("coordinator password");

QList<AuditEntry> chain(TrialSession &session, int limit = -1)
{
    AuditTrail::Filter filter;
    filter.limit = limit;
    return AuditTrail::entries(session.database(), filter).value();
}

QJsonObject manifest(const QString &folder)
{
    QFile file(QDir(folder).filePath(BackupService::kManifestName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Overwrites `count` bytes in the middle of the file with their complement.
bool flipBytes(const QString &path, qint64 offset, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    QByteArray bytes = file.read(count);
    for (char &c : bytes)
        c = static_cast<char>(~c);
    return file.seek(offset) && file.write(bytes) == bytes.size();
}

// A restore as docs/backups.md describes it: copy the backup folder into place.
bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        if (it.fileInfo().isDir() ? !QDir().mkpath(target) : !QFile::copy(path, target))
            return false;
    }
    return true;
}

QStringList studyIds(TrialSession &session)
{
    QStringList ids;
    auto query = exec(session.database(), QStringLiteral("SELECT study_id FROM participants ORDER BY id"));
    while (query && query->next())
        ids << query->value(0).toString();
    return ids;
}

// Where most tests start: a trial with its administrator signed in, and a folder elsewhere (an
// off-site share) for its backups.
struct Trial
{
    TestWorkspace ws;
    std::unique_ptr<TrialSession> admin = ws.admin();
    QTemporaryDir offsite;

    bool ok() const { return ws.ok() && admin && offsite.isValid(); }
    // A backup made now by the administrator into the off-site folder: the backup's folder.
    Result<QString> backUp() { return BackupService(*admin).create(QStringLiteral("weekly"), offsite.path()); }
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void createsInAnotherFolderOwnerOnly();
    void refusesAMissingFolderAndNonAdministrators();
    void verifiesAGoodBackup();
    void verifyNeedsTheBackupsPassword();
    void verifyFindsACorruptedCopy();
    void verifyFindsADamagedFirstPage();
    void verifyFindsAChangedManifest();
    void verifyFindsAChainThatIsNotAPrefixOfTheLiveOne();
    void aBrokenLiveTrailIsBackedUpAsItIs();
    void restoreDrillFindsEveryParticipantAndTheChain();
    void scheduleIsValidatedAndAudited();
    void scheduledBackupsRunDailyAndKeepTheLastN();
};

void TestBackup::createsInAnotherFolderOwnerOnly()
{
    Trial trial;
    QVERIFY2(trial.ok(), qPrintable(trial.ws.error()));
    auto &[ws, admin, offsite] = trial;
    auto made = BackupService(*admin).create(QStringLiteral("off-site copy"), offsite.path());
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    const QDir folder(made.value());
    QCOMPARE(QDir::cleanPath(folder.absolutePath() + QStringLiteral("/..")), QDir(offsite.path()).absolutePath());
    QVERIFY(!QDir(QDir(ws.directory()).filePath(QStringLiteral("backups"))).exists(folder.dirName()));

    // Every file is the owner's only, the folders too.
    QCOMPARE(platform::permissionBits(folder.absolutePath()), 0700);
    QCOMPARE(platform::permissionBits(folder.filePath(QStringLiteral("keys"))), 0700);
    for (const QString &file :
         { QStringLiteral("trial.db"), QStringLiteral("workspace.json"), QStringLiteral("backup.json"),
           QStringLiteral("keys/user-admin.slot"), QStringLiteral("keys/recovery.slot") })
        QCOMPARE(platform::permissionBits(folder.filePath(file)), 0600);

    // The manifest records the copy's audit count and head: the live chain's, ending with the backup
    // entry itself.
    const QJsonObject recorded = manifest(folder.absolutePath());
    const AuditTrail::Verification live = AuditTrail::verify(admin->database());
    QVERIFY(live.ok);
    QCOMPARE(recorded.value(QStringLiteral("format")).toString(), QStringLiteral("trialdesk-backup"));
    QCOMPARE(recorded.value(QStringLiteral("audit_entries")).toInteger(), live.entries);
    QCOMPARE(recorded.value(QStringLiteral("audit_head")).toString().toLatin1(), live.head);
    QCOMPARE(chain(*admin).last().action, QStringLiteral("workspace.backup"));
    QCOMPARE(chain(*admin).last().newValue.value_or(QString()), QDir::toNativeSeparators(folder.absolutePath()));

    // Listed in that folder once it is the schedule's.
    QVERIFY(SettingsService(*admin)
                .setBackupSchedule({ offsite.path(), false, 14, 2 }, QStringLiteral("backups go off-site"))
                .ok());
    auto listed = BackupService(*admin).list();
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().folder, folder.absolutePath());
    QVERIFY(listed->first().complete);
    QCOMPARE(listed->first().auditEntries, live.entries);
}

void TestBackup::refusesAMissingFolderAndNonAdministrators()
{
    Trial trial;
    QVERIFY2(trial.ok(), qPrintable(trial.ws.error()));
    auto &[ws, admin, offsite] = trial;
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("unmounted-share"));
    auto refused = BackupService(*admin).create(QStringLiteral("weekly"), missing);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::NotFound);
    QVERIFY(refused.error().message.contains(QDir::toNativeSeparators(missing)));
    QVERIFY(!QFileInfo::exists(missing));

    QVERIFY(UserService(*admin).add(QStringLiteral("carol"), QStringLiteral("Carol"), Role::Coordinator,
                                    QStringLiteral("ICM"), kCoordinatorPassword));
    auto carol = ws.login(QStringLiteral("carol"), kCoordinatorPassword);
    QVERIFY(carol);
    auto denied = BackupService(*carol).create(QStringLiteral("weekly"), dir.path());
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QVERIFY(QDir(dir.path()).isEmpty());
    auto made = BackupService(*admin).create(QStringLiteral("weekly"), dir.path());
    QVERIFY(made.ok());
    auto verify = BackupService(*carol).verify(made.value(), kCoordinatorPassword);
    QVERIFY(!verify.ok());
    QCOMPARE(verify.error().code, ErrorCode::PermissionDenied);
}

void TestBackup::verifiesAGoodBackup()
{
    Trial trial;
    QVERIFY2(trial.ok(), qPrintable(trial.ws.error()));
    auto &[ws, admin, offsite] = trial;
    auto made = trial.backUp();
    QVERIFY(made.ok());
    const qint64 entries = manifest(made.value()).value(QStringLiteral("audit_entries")).toInteger();
    // The live trial goes on after the backup: the backup stays a prefix of it.
    ws.clock().advanceMs(60'000);
    QVERIFY(SiteService(*admin).add({ QStringLiteral("CHUS"), QStringLiteral("CHU de Sherbrooke"),
                                      QStringLiteral("Sherbrooke University Hospital"),
                                      QStringLiteral("America/Toronto"), true }));
    // A file in the folder names the backup as well as the folder itself.
    for (const QString &given : { made.value(), QDir(made.value()).filePath(QStringLiteral("trial.db")) }) {
        auto check = BackupService(*admin).verify(given, TestWorkspace::kAdminPassword);
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
        QVERIFY2(check->ok(), qPrintable(check->problems.join(QLatin1Char('\n'))));
        QVERIFY(check->integrityOk);
        QVERIFY(check->chain.ok);
        QCOMPARE(check->chain.entries, entries);
        QVERIFY(check->prefixOfLive);
        QVERIFY(check->liveEntries > entries);
    }
    // Verifying is audited in the live trail.
    QCOMPARE(chain(*admin).last().action, QStringLiteral("backup.verify"));
    QCOMPARE(chain(*admin).last().newValue.value_or(QString()), QStringLiteral("ok"));
    // Verifying changed nothing in the backup: it verifies again, same count.
    auto again = BackupService(*admin).verify(made.value(), TestWorkspace::kAdminPassword);
    QVERIFY(again.ok() && again->ok());
    QCOMPARE(again->chain.entries, entries);
}

void TestBackup::verifyNeedsTheBackupsPassword()
{
    Trial trial;
    QVERIFY2(trial.ok(), qPrintable(trial.ws.error()));
    auto &[ws, admin, offsite] = trial;
    auto made = trial.backUp();
    QVERIFY(made.ok());
    auto wrong = BackupService(*admin).verify(made.value(), QByteArrayLiteral("not the password at all"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::AuthenticationFailed);
    auto nothing
        = BackupService(*admin).verify(offsite.filePath(QStringLiteral("nope")), TestWorkspace::kAdminPassword);
    QVERIFY(!nothing.ok());
    QCOMPARE(nothing.error().code, ErrorCode::NotFound);
}

void TestBackup::verifyFindsACorruptedCopy()
{
    Trial trial;
    QVERIFY2(trial.ok(), qPrintable(trial.ws.error()));
    auto &[ws, admin, offsite] = trial;
    auto made = trial.backUp();
    QVERIFY(made.ok());
    const QString database = QDir(made.value()).filePath(QStringLiteral("trial.db"));
    const qint64 size = QFileInfo(database).size();
    QVERIFY(size > 8 * 4096);
    QVERIFY(flipBytes(database, size / 2, 16));
    auto check = BackupService(*admin).verify(made.value(), TestWorkspace::kAdminPassword);
    QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
    QVERIFY(!check->ok());
    QVERIFY(!check->integrityOk || !check->chain.ok);
    QVERIFY(check->problems.join(QLatin1Char(' ')).contains(QStringLiteral("damaged"))
            || check->problems.join(QLatin1Char(' ')).contains(QStringLiteral("does not verify")));
    QCOMPARE(chain(*admin).last().action, QStringLiteral("backup.verify"));
    QCOMPARE(chain(*admin).last().newValue.value_or(QString()), QStringLiteral("problem"));
}

void TestBackup::verifyFindsADamagedFirstPage()
{
    Trial trial;
    QVERIFY2(trial.ok(), qPrintable(trial.ws.error()));
    auto &[ws, admin, offsite] = trial;
    auto made = trial.backUp();
    QVERIFY(made.ok());
    QVERIFY(flipBytes(QDir(made.value()).filePath(QStringLiteral("trial.db")), 100, 16));
    auto check = BackupService(*admin).verify(made.value(), TestWorkspace::kAdminPassword);
    QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
    QVERIFY(!check->ok());
    QVERIFY(check->problems.first().contains(QStringLiteral("damaged")));
}

void TestBackup::verifyFindsAChangedManifest()
{
    Trial trial;
    QVERIFY2(trial.ok(), qPrintable(trial.ws.error()));
    auto &[ws, admin, offsite] = trial;
    auto made = trial.backUp();
    QVERIFY(made.ok());
    QJsonObject changed = manifest(made.value());
    changed.insert(QStringLiteral("audit_entries"), changed.value(QStringLiteral("audit_entries")).toInteger() + 1);
    QFile file(QDir(made.value()).filePath(BackupService::kManifestName));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(changed).toJson());
    file.close();
    auto check = BackupService(*admin).verify(made.value(), TestWorkspace::kAdminPassword);
    QVERIFY(check.ok());
    QVERIFY(!check->ok());
    QVERIFY(check->integrityOk);
    QVERIFY(check->chain.ok);
    QVERIFY(check->problems.first().contains(QStringLiteral("when the backup was made")));
}

void TestBackup::verifyFindsAChainThatIsNotAPrefixOfTheLiveOne()
{
    // Two trials with the same administrator and password, whose chains part at the site added.
    TestWorkspace live;
    TestWorkspace other;
    QVERIFY(live.ok() && other.ok());
    auto liveAdmin = live.admin();
    auto otherAdmin = other.admin();
    QVERIFY(liveAdmin && otherAdmin);
    QCOMPARE(chain(*liveAdmin).first().hash, chain(*otherAdmin).first().hash);
    QVERIFY(SiteService(*liveAdmin)
                .add({ QStringLiteral("CHUS"), QStringLiteral("CHUS"), QStringLiteral("CHUS"),
                       QStringLiteral("America/Toronto"), true }));
    QVERIFY(SiteService(*otherAdmin)
                .add({ QStringLiteral("CHUQ"), QStringLiteral("CHUQ"), QStringLiteral("CHUQ"),
                       QStringLiteral("America/Toronto"), true }));
    QTemporaryDir offsite;
    auto foreign = BackupService(*otherAdmin).create(QStringLiteral("weekly"), offsite.path());
    QVERIFY(foreign.ok());
    // More live entries than the backup has, so the comparison is at the backup's count.
    for (int i = 0; i < 5; ++i)
        QVERIFY(BackupService(*liveAdmin).verify(foreign.value(), TestWorkspace::kAdminPassword).ok());
    auto check = BackupService(*liveAdmin).verify(foreign.value(), TestWorkspace::kAdminPassword);
    QVERIFY(check.ok());
    QVERIFY(check->integrityOk);
    QVERIFY(check->chain.ok);
    QVERIFY(!check->prefixOfLive);
    QVERIFY(!check->ok());
    QVERIFY2(check->problems.join(QLatin1Char(' ')).contains(QStringLiteral("diverged")),
             qPrintable(check->problems.join(QLatin1Char(' '))));

    // A backup longer than the live trail: the live one was cut short (or is another trial).
    TestWorkspace shorter;
    QVERIFY(shorter.ok());
    auto shortAdmin = shorter.admin();
    QVERIFY(shortAdmin);
    auto longer = BackupService(*shortAdmin).verify(foreign.value(), TestWorkspace::kAdminPassword);
    QVERIFY(longer.ok());
    QVERIFY(!longer->ok());
    QVERIFY(longer->problems.join(QLatin1Char(' ')).contains(QStringLiteral("fewer than the backup")));
}

void TestBackup::aBrokenLiveTrailIsBackedUpAsItIs()
{
    Trial trial;
    QVERIFY2(trial.ok(), qPrintable(trial.ws.error()));
    auto &[ws, admin, offsite] = trial;
    // What someone holding the key could do behind TrialDesk's back.
    QVERIFY(exec(admin->database(), QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
    QVERIFY(exec(admin->database(), QStringLiteral("UPDATE audit_log SET reason = 'edited' WHERE id = 2")).ok());
    QVERIFY(!AuditTrail::verify(admin->database()).ok);
    // The backup is still made (it is needed all the more), faithful to the live trail, and says so.
    auto made = BackupService(*admin).create(QStringLiteral("after the incident"), offsite.path());
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    const QJsonObject recorded = manifest(made.value());
    QCOMPARE(recorded.value(QStringLiteral("audit_chain_verified")).toBool(true), false);
    QCOMPARE(recorded.value(QStringLiteral("audit_entries")).toInteger(),
             AuditTrail::count(admin->database(), {}).value());
    QCOMPARE(recorded.value(QStringLiteral("audit_head")).toString().toLatin1(),
             AuditTrail::head(admin->database()).value());
    auto check = BackupService(*admin).verify(made.value(), TestWorkspace::kAdminPassword);
    QVERIFY(check.ok());
    QVERIFY(check->integrityOk);
    QVERIFY(!check->chain.ok);
    QCOMPARE(check->chain.brokenId, qint64(2));
    QCOMPARE(check->problems.size(), 1);
    QVERIFY(check->problems.first().contains(QStringLiteral("does not verify")));
}

void TestBackup::restoreDrillFindsEveryParticipantAndTheChain()
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(15, 0), QTimeZone::utc()));
    const QString live = dir.filePath(QStringLiteral("demo"));
    auto info = ensureDemoWorkspace(live, clock);
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    auto workspace = Workspace::open(live, clock);
    QVERIFY(workspace.ok());
    const QByteArray password = QByteArrayLiteral("demo-admin-2026");
    auto admin = workspace.value()->login(QStringLiteral("admin"), password);
    QVERIFY(admin.ok());
    const QStringList participants = studyIds(*admin.value());
    QCOMPARE(qint64(participants.size()), kDemoParticipants);

    const QString offsite = dir.filePath(QStringLiteral("offsite"));
    QVERIFY(QDir().mkpath(offsite));
    auto made = BackupService(*admin.value()).create(QStringLiteral("restore drill"), offsite);
    QVERIFY(made.ok());
    const qint64 entries = manifest(made.value()).value(QStringLiteral("audit_entries")).toInteger();
    clock.advanceMs(3'600'000);
    QVERIFY(SiteService(*admin.value())
                .add({ QStringLiteral("CHUS"), QStringLiteral("CHUS"), QStringLiteral("CHUS"),
                       QStringLiteral("America/Toronto"), true }));

    // Restore into a new folder and sign in there with the password of the backup's time.
    const QString restored = dir.filePath(QStringLiteral("restored"));
    QVERIFY(copyFolder(made.value(), restored));
    auto restoredWorkspace = Workspace::open(restored, clock);
    QVERIFY2(restoredWorkspace.ok(),
             qPrintable(restoredWorkspace.ok() ? QString() : restoredWorkspace.error().message));
    auto restoredAdmin = restoredWorkspace.value()->login(QStringLiteral("admin"), password);
    QVERIFY2(restoredAdmin.ok(), qPrintable(restoredAdmin.ok() ? QString() : restoredAdmin.error().message));
    QCOMPARE(studyIds(*restoredAdmin.value()), participants);

    // The restored chain verifies, and its first `entries` entries are the live chain's.
    const AuditTrail::Verification restoredChain = AuditTrail::verify(restoredAdmin.value()->database());
    QVERIFY2(restoredChain.ok, qPrintable(restoredChain.problem));
    QVERIFY(restoredChain.entries > entries); // the restore's own sign-in follows
    const QList<AuditEntry> prefix = chain(*restoredAdmin.value(), static_cast<int>(entries));
    const QList<AuditEntry> livePrefix = chain(*admin.value(), static_cast<int>(entries));
    QCOMPARE(qint64(prefix.size()), entries);
    QCOMPARE(prefix.last().hash, livePrefix.last().hash);
    QCOMPARE(prefix.last().hash, manifest(made.value()).value(QStringLiteral("audit_head")).toString().toLatin1());
    QVERIFY(qint64(chain(*admin.value()).size()) > entries);
}

void TestBackup::scheduleIsValidatedAndAudited()
{
    Trial trial;
    QVERIFY2(trial.ok(), qPrintable(trial.ws.error()));
    auto &[ws, admin, offsite] = trial;
    SettingsService settings(*admin);
    QCOMPARE(settings.backupSchedule().value(), BackupSchedule {});
    const auto refusedWith = [&](const BackupSchedule &schedule, const QString &reason) {
        const Status status = settings.setBackupSchedule(schedule, reason);
        return status.ok() ? ErrorCode::Cancelled : status.error().code;
    };
    QCOMPARE(refusedWith({ QStringLiteral("relative/folder"), true, 7, 2 }, QStringLiteral("r")),
             ErrorCode::InvalidInput);
    QCOMPARE(refusedWith({ offsite.filePath(QStringLiteral("missing")), true, 7, 2 }, QStringLiteral("r")),
             ErrorCode::NotFound);
    QCOMPARE(refusedWith({ offsite.path(), true, 0, 2 }, QStringLiteral("r")), ErrorCode::InvalidInput);
    QCOMPARE(refusedWith({ offsite.path(), true, 7, 0 }, QStringLiteral("r")), ErrorCode::InvalidInput);
    QCOMPARE(refusedWith({ offsite.path(), true, 7, 2 }, QStringLiteral("  ")), ErrorCode::InvalidInput);
    QCOMPARE(settings.backupSchedule().value(), BackupSchedule {});

    const BackupSchedule wanted { offsite.path(), true, 7, 3 };
    QVERIFY(settings.setBackupSchedule(wanted, QStringLiteral("off-site daily")));
    QCOMPARE(settings.backupSchedule().value(), wanted);
    QStringList audited;
    for (const AuditEntry &entry : chain(*admin))
        if (entry.entityId == QLatin1String("backup_schedule"))
            audited << QStringLiteral("%1=%2 (%3)")
                           .arg(entry.field, entry.newValue.value_or(QString()), entry.reason.value_or(QString()));
    QCOMPARE(audited,
             (QStringList { QStringLiteral("backup_folder=%1 (off-site daily)").arg(offsite.path()),
                            QStringLiteral("backup_daily=1 (off-site daily)"),
                            QStringLiteral("backup_keep=7 (off-site daily)"),
                            QStringLiteral("backup_warn_days=3 (off-site daily)") }));
    QCOMPARE(refusedWith(wanted, QStringLiteral("again")), ErrorCode::InvalidInput);

    QVERIFY(UserService(*admin).add(QStringLiteral("carol"), QStringLiteral("Carol"), Role::Coordinator,
                                    QStringLiteral("ICM"), kCoordinatorPassword));
    auto carol = ws.login(QStringLiteral("carol"), kCoordinatorPassword);
    QVERIFY(carol);
    const Status denied = SettingsService(*carol).setBackupSchedule({}, QStringLiteral("r"));
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!BackupService(*carol).status().ok());
}

void TestBackup::scheduledBackupsRunDailyAndKeepTheLastN()
{
    Trial trial;
    QVERIFY2(trial.ok(), qPrintable(trial.ws.error()));
    auto &[ws, admin, offsite] = trial;
    BackupService backups(*admin);

    // No backup yet: overdue; the schedule is off, so nothing runs.
    auto status = backups.status();
    QVERIFY(status.ok());
    QVERIFY(status->overdue);
    QVERIFY(!status->lastGood);
    QVERIFY(backups.runIfDue().value().folder.isEmpty());

    QVERIFY(SettingsService(*admin).setBackupSchedule({ offsite.path(), true, 2, 2 }, QStringLiteral("daily")));
    auto first = backups.runIfDue();
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QVERIFY(first->folder.startsWith(QDir(offsite.path()).absolutePath()));
    QVERIFY(!backups.status().value().overdue);
    // Within the day: nothing more.
    ws.clock().advanceMs(23LL * 3600 * 1000);
    QVERIFY(backups.runIfDue().value().folder.isEmpty());

    // A folder that TrialDesk did not make is never removed.
    QVERIFY(QDir(offsite.path()).mkdir(QStringLiteral("notes")));
    QStringList made { first->folder };
    for (int day = 0; day < 3; ++day) {
        ws.clock().advanceMs(24LL * 3600 * 1000);
        auto run = backups.runIfDue();
        QVERIFY(run.ok());
        QVERIFY(!run->folder.isEmpty());
        made << run->folder;
        QCOMPARE(run->removed, day == 0 ? QStringList() : QStringList { made.at(day - 1) });
    }
    QStringList remaining;
    for (const BackupInfo &backup : backups.list().value())
        remaining << backup.folder;
    QCOMPARE(remaining, (QStringList { made.at(3), made.at(2) }));
    QVERIFY(QDir(offsite.filePath(QStringLiteral("notes"))).exists());
    int removals = 0;
    for (const AuditEntry &entry : chain(*admin))
        if (entry.action == QLatin1String("backup.remove"))
            ++removals;
    QCOMPARE(removals, 2);

    // The warning comes back once the last good backup is older than warnAfterDays.
    ws.clock().advanceMs(2LL * 24 * 3600 * 1000 + 1000);
    QVERIFY(backups.status().value().overdue);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
