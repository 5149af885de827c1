#include "BackupService.h"

#include "sql/SqlUtil.h"
#include "sql/Transaction.h"
#include "util/Clock.h"
#include "workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <sodium.h>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::BackupService)
};

Status copyFile(const QString &from, const QString &to)
{
    if (!QFile::copy(from, to))
        return makeError(
            ErrorCode::Storage,
            Tr::tr("Cannot copy %1 to %2.").arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to)));
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace

Result<QString> BackupService::create(const QString &reason)
{
    if (Status allowed = m_session.require(Action::WorkspaceBackup); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Say why the backup is made (for example \"weekly\")."));

    const QDir workspace(m_session.workspaceDirectory());
    const QString stamp = m_session.clock().nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString folder = workspace.filePath(QStringLiteral("backups/") + stamp);
    if (QDir(folder).exists() || !QDir().mkpath(folder + QStringLiteral("/keys")))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder)));
    auto fail = [&](const Error &error) {
        QDir(folder).removeRecursively();
        return error;
    };

    // The audit entry is written first, in its own transaction, so the backup contains the record of
    // its own making.
    {
        Transaction tx(m_session.database());
        if (!tx.status())
            return fail(tx.status().error());
        if (Status s = m_session.audit({ QStringLiteral("workspace.backup"), QStringLiteral("workspace"),
                                         QStringLiteral("backup"), QStringLiteral("folder"), std::nullopt,
                                         QStringLiteral("backups/") + stamp, reason.trimmed() });
            !s)
            return fail(s.error());
        if (Status committed = tx.commit(); !committed)
            return fail(committed.error());
    }

    // The key reaches SQLCipher as a bound parameter in its raw-key form; the text is wiped after.
    QByteArray key = m_session.databaseKey().toByteArray();
    QByteArray keyText = "x'" + key.toHex() + "'";
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    // The connection was opened without SQLITE_OPEN_CREATE, which ATTACH inherits: start from an
    // empty file (an empty file is a valid new database).
    QFile target(QDir(folder).filePath(QStringLiteral("trial.db")));
    if (!target.open(QIODevice::WriteOnly))
        return fail(makeError(ErrorCode::Storage,
                              Tr::tr("Cannot create %1: %2.").arg(target.fileName(), target.errorString())));
    target.close();
    target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlDatabase &db = m_session.database();
    Status copiedDatabase;
    {
        auto attached = exec(db, QStringLiteral("ATTACH DATABASE ? AS backup KEY ?"),
                             { QDir(folder).filePath(QStringLiteral("trial.db")), QString::fromLatin1(keyText) });
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

    const QDir keys(workspace.filePath(QStringLiteral("keys")));
    for (const QString &slot : keys.entryList({ QStringLiteral("*.slot") }, QDir::Files))
        if (Status copied = copyFile(keys.filePath(slot), QDir(folder).filePath(QStringLiteral("keys/") + slot));
            !copied)
            return fail(copied.error());
    if (Status copied = copyFile(workspace.filePath(QStringLiteral("workspace.json")),
                                 QDir(folder).filePath(QStringLiteral("workspace.json")));
        !copied)
        return fail(copied.error());
    QDir(folder).mkpath(QStringLiteral("backups"));
    return folder;
}

} // namespace trialdesk::core
