#include "core/services/BackupService.h"

#include "core/audit/AuditCheckpoint.h"
#include "core/platform/PrivateFile.h"
#include "core/security/KeySlotStore.h"
#include "core/security/SecretKey.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::BackupService)
};

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
const QString kDatabase = QStringLiteral("trial.db");
const QString kKeys = QStringLiteral("keys");
const QString kWorkspaceManifest = QStringLiteral("workspace.json");
constexpr qint64 kDaySeconds = 24 * 60 * 60;
constexpr int kIntegrityLinesShown = 3;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Status writePrivate(const QString &target, const QByteArray &bytes)
{
    PrivateFileWriter writer(target);
    if (Status opened = writer.open(); !opened)
        return opened;
    if (!writer.write(bytes))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Cannot write %1: %2. Check the disk space and try again.")
                             .arg(shown(target), writer.errorString()));
    return writer.commit();
}

Status copyPrivate(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Cannot copy %1 to %2: %3.").arg(shown(from), shown(to), source.errorString()));
    return writePrivate(to, source.readAll());
}

// Owner-only folder: created here, refused when it exists already.
Status makePrivateFolder(const QString &path)
{
    if (QFileInfo::exists(path) || !QDir().mkdir(path))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Cannot create the backup folder %1. Check that the drive or the share is connected "
                                "and that you may write there.")
                             .arg(shown(path)));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

// What a copy of the database holds: its integrity and its chain, read with its key.
struct Inspection
{
    bool integrityOk = false;
    QStringList integrityLines;
    AuditTrail::Verification chain;
    qint64 entries = 0; // as stored, whether the chain verifies or not
    QByteArray head; // the last entry's stored hash
};

Result<Inspection> inspectCopy(const QString &path, const SecretKey &key)
{
    QByteArray raw = key.toByteArray();
    Inspection inspection;
    const Status opened = withTemporaryConnection(path, raw, QStringLiteral("trialdesk-backup"), [&](QSqlDatabase &db) {
        sodium_memzero(raw.data(), static_cast<size_t>(raw.size())); // opened: the copy is no longer needed
        auto check = exec(db, QStringLiteral("PRAGMA integrity_check"));
        if (!check) {
            inspection.integrityLines << check.error().message;
        } else {
            while (check->next())
                inspection.integrityLines << check->value(0).toString();
            check->finish();
        }
        inspection.integrityOk
            = inspection.integrityLines.size() == 1 && inspection.integrityLines.first() == QLatin1String("ok");
        inspection.chain = AuditTrail::verify(db);
        auto entries = AuditTrail::count(db, {});
        auto head = AuditTrail::head(db);
        inspection.entries = entries ? entries.value() : -1;
        inspection.head = head ? head.value() : QByteArray();
    });
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size())); // also when the open failed
    if (!opened)
        return opened.error();
    return inspection;
}

QString integrityProblem(const Inspection &inspection)
{
    return Tr::tr("The backup's database is damaged (integrity check: %1). Do not restore it; make a new backup.")
        .arg(inspection.integrityLines.mid(0, kIntegrityLinesShown).join(QStringLiteral("; ")));
}

std::optional<BackupInfo> readBackup(const QString &folder)
{
    const QDir dir(folder);
    BackupInfo info;
    info.folder = dir.absolutePath();
    QFile manifest(dir.filePath(BackupService::kManifestName));
    if (manifest.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(manifest.read(1024 * 1024)).object();
        if (object.value(QStringLiteral("format")).toString() == QLatin1String("trialdesk-backup")) {
            info.complete = true;
            info.createdAt = Clock::parse(object.value(QStringLiteral("created_at")).toString());
            info.createdBy = object.value(QStringLiteral("created_by")).toString();
            info.auditEntries = object.value(QStringLiteral("audit_entries")).toInteger(-1);
            info.auditHead = object.value(QStringLiteral("audit_head")).toString().toLatin1();
            return info;
        }
    }
    // Made before manifests, or left incomplete: listed, never counted as a good backup.
    if (!QFileInfo::exists(dir.filePath(kDatabase)))
        return std::nullopt;
    info.createdAt = QDateTime::fromString(dir.dirName(), kStampFormat);
    info.createdAt.setTimeSpec(Qt::UTC);
    return info;
}

} // namespace

Result<QString> BackupService::folder() const
{
    auto schedule = SettingsService(m_session).backupSchedule();
    if (!schedule)
        return schedule.error();
    if (!schedule->folder.isEmpty())
        return schedule->folder;
    return QDir(m_session.workspaceDirectory()).filePath(QStringLiteral("backups"));
}

namespace {
Error serverBackups()
{
    return makeError(ErrorCode::Unsupported,
                     Tr::tr("A trial server is backed up on the server, with PostgreSQL's own tools (pg_basebackup "
                            "and its write-ahead log archive, or pg_dump): see docs/server.md."));
}
} // namespace

Result<QString> BackupService::create(const QString &reason, const QString &outputDirectory)
{
    if (Status allowed = m_session.require(Action::WorkspaceBackup); !allowed)
        return allowed.error();
    if (m_session.isServer())
        return serverBackups();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Say why the backup is made (for example \"weekly\")."));

    QString parent = outputDirectory;
    if (parent.isEmpty()) {
        auto configured = folder();
        if (!configured)
            return configured.error();
        parent = configured.value();
        // The workspace's own backups folder may be missing (a workspace copied by hand).
        if (parent == QDir(m_session.workspaceDirectory()).filePath(QStringLiteral("backups")))
            QDir().mkpath(parent);
    }
    // A drive or a share that is not connected leaves an empty mount point: never write there.
    if (!QFileInfo(parent).isDir())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("There is no folder %1 to back up into. Connect the drive or the network share, or "
                                "create the folder, then try again.")
                             .arg(shown(parent)));
    const QString stamp = m_session.clock().nowUtc().toString(kStampFormat);
    const QString target = QDir(QDir(parent).absolutePath()).filePath(stamp);
    if (Status made = makePrivateFolder(target); !made)
        return made.error();
    const QDir folder(target);
    if (Status made = makePrivateFolder(folder.filePath(kKeys)); !made) {
        QDir(target).removeRecursively();
        return made.error();
    }
    auto fail = [&](const Error &error) {
        QDir(target).removeRecursively();
        return error;
    };

    // The audit entry is written first, in its own transaction, so the backup contains the record of
    // its own making.
    {
        auto write = beginWrite(m_session, Action::WorkspaceBackup);
        if (!write)
            return fail(write.error());
        if (Status s
            = write->audit({ QStringLiteral("workspace.backup"), QStringLiteral("workspace"), QStringLiteral("backup"),
                             QStringLiteral("folder"), std::nullopt, shown(target), reason.trimmed() });
            !s)
            return fail(s.error());
        if (Status committed = write->commit(); !committed)
            return fail(committed.error());
    }

    // The connection was opened without SQLITE_OPEN_CREATE, which ATTACH inherits: start from an
    // empty file (an empty file is a valid new database), created owner-only before any data.
    const QString database = folder.filePath(kDatabase);
    {
        auto created = platform::createExclusive(database);
        if (!created)
            return fail(created.error());
        created.value()->close();
    }
    // The key reaches SQLCipher as a bound parameter in its raw-key form; the text is wiped after.
    QByteArray key = m_session.databaseKey().toByteArray();
    QByteArray keyText = "x'" + key.toHex() + "'";
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    QSqlDatabase &db = m_session.database();
    Status copiedDatabase;
    {
        auto attached
            = exec(db, QStringLiteral("ATTACH DATABASE ? AS backup KEY ?"), { database, QString::fromLatin1(keyText) });
        sodium_memzero(keyText.data(), static_cast<size_t>(keyText.size()));
        if (!attached)
            return fail(attached.error());
        attached->finish();
        auto exported = exec(db, QStringLiteral("SELECT sqlcipher_export('backup')"));
        if (exported)
            exported->finish();
        else
            copiedDatabase = exported.error();
    }
    auto detached = exec(db, QStringLiteral("DETACH DATABASE backup"));
    if (!copiedDatabase)
        return fail(copiedDatabase.error());
    if (!detached)
        return fail(detached.error());

    // The copy is read back with the key before it counts: its pages, its chain, its head.
    auto inspection = inspectCopy(database, m_session.databaseKey());
    if (!inspection)
        return fail(inspection.error());
    if (!inspection->integrityOk)
        return fail(makeError(ErrorCode::Corrupt, integrityProblem(inspection.value())));
    // A live trail already broken is copied as it is (the backup is needed all the more): the manifest
    // says so, and "backup verify" and "audit verify" report it.

    const QDir keys(QDir(m_session.workspaceDirectory()).filePath(kKeys));
    for (const QString &slot : keys.entryList({ QStringLiteral("*.slot") }, QDir::Files))
        if (Status copied = copyPrivate(keys.filePath(slot), folder.filePath(kKeys + QLatin1Char('/') + slot)); !copied)
            return fail(copied.error());
    if (Status copied = copyPrivate(QDir(m_session.workspaceDirectory()).filePath(kWorkspaceManifest),
                                    folder.filePath(kWorkspaceManifest));
        !copied)
        return fail(copied.error());

    // Written last: a folder with a manifest is a complete, checked backup.
    AuditCheckpoint chainCheckpoint;
    chainCheckpoint.entries = inspection->entries;
    chainCheckpoint.head = inspection->head;
    const QJsonObject manifest {
        { QStringLiteral("format"), QStringLiteral("trialdesk-backup") },
        { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("created_at"), Clock::format(m_session.clock().nowUtc()) },
        { QStringLiteral("created_by"), m_session.user().username },
        { QStringLiteral("trial"), m_session.trialName() },
        { QStringLiteral("database"), kDatabase },
        { QStringLiteral("audit_entries"), inspection->entries },
        { QStringLiteral("audit_head"), QString::fromLatin1(inspection->head) },
        { QStringLiteral("audit_chain_verified"), inspection->chain.ok },
        // The head outside the database, in the form every manifest and report carries it:
        // `audit verify --checkpoint <backup>/backup.json` checks the live chain against it.
        { QStringLiteral("audit_chain"), chainCheckpoint.toJson() },
    };
    if (Status written = writePrivate(folder.filePath(kManifestName), QJsonDocument(manifest).toJson()); !written)
        return fail(written.error());
    // The manifest's commit flushed the backup folder; the folder's own entry is in its parent.
    if (Status synced = platform::syncDirectory(QDir(parent).absolutePath()); !synced)
        return fail(synced.error());
    return folder.absolutePath();
}

Result<BackupCheck> BackupService::verify(const QString &backup, const QByteArray &password)
{
    // Checked first, and again when the result is recorded: the copy is read outside the write.
    if (Status allowed = m_session.require(Action::WorkspaceBackup); !allowed)
        return allowed.error();
    const QFileInfo given(backup);
    const QString target = given.isDir() ? given.absoluteFilePath() : given.absolutePath();
    const QDir folder(target);
    if (backup.isEmpty() || !given.exists() || !QFileInfo::exists(folder.filePath(kDatabase)))
        return makeError(ErrorCode::NotFound,
                         Tr::tr("%1 is not a TrialDesk backup (no %2 there). Give the backup's folder, as "
                                "\"backup create\" printed it.")
                             .arg(shown(backup), kDatabase));

    const QString username = m_session.user().username;
    auto key = KeySlotStore(folder.filePath(kKeys)).openUserSlot(username, password);
    if (!key) {
        if (key.error().code == ErrorCode::AuthenticationFailed)
            return makeError(ErrorCode::AuthenticationFailed,
                             Tr::tr("Your password does not open this backup: a backup opens with the password you "
                                    "had when it was made (or with the recovery code of that time)."));
        if (key.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound,
                             Tr::tr("The backup %1 has no key slot for %2: verify it as an administrator who had "
                                    "an account when it was made.")
                                 .arg(shown(target), username));
        return key.error();
    }

    BackupCheck check;
    check.folder = target;
    auto inspection = inspectCopy(folder.filePath(kDatabase), key.value());
    if (!inspection) {
        // The backup's own key (its slot opened) does not read its own database: the file is damaged,
        // whether SQLite says so when the file is opened (Corrupt) or at the first damaged page it
        // reads (a storage error, "database disk image is malformed"). Either way the backup cannot
        // be restored: a problem found, not a failure to check.
        if (inspection.error().code != ErrorCode::Corrupt && inspection.error().code != ErrorCode::Storage)
            return inspection.error();
        check.problems << Tr::tr("The backup's database cannot be read with its own key: it is damaged (%1). Do "
                                 "not restore it; make a new backup.")
                              .arg(inspection.error().message);
    } else {
        check.integrityOk = inspection->integrityOk;
        check.chain = inspection->chain;
        if (!check.integrityOk)
            check.problems << integrityProblem(inspection.value());
        if (!check.chain.ok)
            check.problems << Tr::tr("The backup's audit trail does not verify: %1").arg(check.chain.problem);
    }

    const std::optional<BackupInfo> info = readBackup(target);
    if (!info || !info->complete)
        check.problems << Tr::tr("The backup has no manifest (%1): it was not finished, or was made by an older "
                                 "TrialDesk. Make a new backup.")
                              .arg(kManifestName);
    else if (inspection && (info->auditEntries != inspection->entries || info->auditHead != inspection->head))
        check.problems << Tr::tr("The backup's audit trail does not end where its manifest says (%1 entries now, %2 "
                                 "when the backup was made, or another last entry): the copy was changed since. Do "
                                 "not restore it.")
                              .arg(inspection->entries)
                              .arg(info->auditEntries);

    // The backup's head must be an entry of the live chain: the live entry at the backup's count.
    QSqlDatabase &db = m_session.database();
    if (check.chain.ok && inspection) {
        auto live = AuditTrail::count(db, {});
        if (!live)
            return live.error();
        check.liveEntries = live.value();
        if (check.chain.entries == 0) {
            check.prefixOfLive = true;
        } else if (check.liveEntries < check.chain.entries) {
            check.problems << Tr::tr("The live audit trail has only %1 entries, fewer than the backup's %2: the live "
                                     "trail was cut short or replaced since the backup. Compare them before "
                                     "restoring.")
                                  .arg(check.liveEntries)
                                  .arg(check.chain.entries);
        } else {
            AuditTrail::Filter at;
            at.offset = static_cast<int>(check.chain.entries - 1);
            at.limit = 1;
            auto entry = AuditTrail::entries(db, at);
            if (!entry)
                return entry.error();
            check.prefixOfLive = entry->size() == 1 && entry->first().id == check.chain.entries
                && entry->first().hash == check.chain.head;
            if (!check.prefixOfLive)
                check.problems << Tr::tr("The live audit trail diverged from the backup: its entry %1 differs from "
                                         "the backup's last entry. One of them was altered; run \"audit verify\" on "
                                         "the live trial and compare before restoring.")
                                      .arg(check.chain.entries);
        }
    }

    auto write = beginWrite(m_session, Action::WorkspaceBackup);
    if (!write)
        return write.error();
    if (Status s = write->audit({ QStringLiteral("backup.verify"), QStringLiteral("backup"), shown(target),
                                  QStringLiteral("result"), std::nullopt,
                                  check.ok() ? QStringLiteral("ok") : QStringLiteral("problem"), std::nullopt });
        !s)
        return s.error();
    if (Status committed = write->commit(); !committed)
        return committed.error();
    return check;
}

Result<QList<BackupInfo>> BackupService::listIn(const QString &directory) const
{
    QList<BackupInfo> backups;
    const QDir dir(directory);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (std::optional<BackupInfo> info = readBackup(dir.filePath(name)))
            backups.append(*info);
    std::stable_sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.folder > b.folder;
    });
    return backups;
}

Result<QList<BackupInfo>> BackupService::list() const
{
    if (Status allowed = m_session.require(Action::WorkspaceBackup); !allowed)
        return allowed.error();
    auto directory = folder();
    if (!directory)
        return directory.error();
    return listIn(directory.value());
}

Result<BackupStatus> BackupService::status() const
{
    if (Status allowed = m_session.require(Action::WorkspaceBackup); !allowed)
        return allowed.error();
    if (m_session.isServer())
        return serverBackups();
    auto schedule = SettingsService(m_session).backupSchedule();
    if (!schedule)
        return schedule.error();
    auto directory = folder();
    if (!directory)
        return directory.error();
    auto backups = listIn(directory.value());
    if (!backups)
        return backups.error();
    BackupStatus status;
    status.schedule = schedule.value();
    status.folder = directory.value();
    for (const BackupInfo &backup : backups.value())
        if (backup.complete) {
            status.lastGood = backup;
            break;
        }
    status.overdue = !status.lastGood
        || status.lastGood->createdAt.addDays(status.schedule.warnAfterDays) < m_session.clock().nowUtc();
    return status;
}

Result<BackupService::ScheduledRun> BackupService::runIfDue()
{
    // The server's own backups run on the server.
    if (m_session.isServer())
        return ScheduledRun {};
    auto current = status();
    if (!current)
        return current.error();
    ScheduledRun run;
    if (!current->schedule.daily)
        return run;
    if (current->lastGood && current->lastGood->createdAt.secsTo(m_session.clock().nowUtc()) < kDaySeconds)
        return run;
    auto made = create(Tr::tr("scheduled daily backup"), current->folder);
    if (!made)
        return made.error();
    run.folder = made.value();

    auto backups = listIn(current->folder);
    if (!backups)
        return backups.error();
    int kept = 0;
    for (const BackupInfo &backup : backups.value()) {
        if (!backup.complete)
            continue; // not made (or not finished) by TrialDesk: never removed here
        if (++kept <= current->schedule.keep)
            continue;
        if (QDir(backup.folder).removeRecursively())
            run.removed << backup.folder;
    }
    if (run.removed.isEmpty())
        return run;
    auto write = beginWrite(m_session, Action::WorkspaceBackup);
    if (!write)
        return write.error();
    for (const QString &removed : std::as_const(run.removed))
        if (Status s = write->audit({ QStringLiteral("backup.remove"), QStringLiteral("backup"), shown(removed),
                                      QStringLiteral("folder"), shown(removed), std::nullopt,
                                      Tr::tr("keep the last %n backup(s)", nullptr, current->schedule.keep) });
            !s)
            return s.error();
    if (Status committed = write->commit(); !committed)
        return committed.error();
    return run;
}

} // namespace trialdesk::core
