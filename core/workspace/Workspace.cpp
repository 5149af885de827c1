#include "core/workspace/Workspace.h"

#include "core/audit/AuditTrail.h"
#include "core/design/DesignStore.h"
#include "core/platform/PrivateFile.h"
#include "core/protocol/Protocol.h"
#include "core/schema/Migrations.h"
#include "core/security/KeySlotStore.h"
#include "core/security/SecretKey.h"
#include "core/server/ServerAccounts.h"
#include "core/services/KeyService.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/workspace/LoginGuard.h"
#include "core/workspace/TrialSession.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sodium.h>

#include <functional>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::Workspace)
};

const QString kManifest = QStringLiteral("workspace.json");
const QString kDatabase = QStringLiteral("trial.db");
const QString kKeys = QStringLiteral("keys");
const QString kBackups = QStringLiteral("backups");
const QString kLoginState = QStringLiteral("login-state.json");
const QString kServer = QStringLiteral("server"); // in workspace.json: the trial server's address

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("trialdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Wipes a QByteArray copy of a secret on scope exit.
class Wiper
{
public:
    explicit Wiper(QByteArray &bytes)
        : m_bytes(bytes)
    {
    }
    ~Wiper()
    {
        if (!m_bytes.isEmpty())
            sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    }

private:
    QByteArray &m_bytes;
};

// workspace.json, written like every file TrialDesk writes (platform/PrivateFile.h).
Status saveManifest(const QString &directory, const QJsonObject &manifest)
{
    PrivateFileWriter file(QDir(directory).filePath(kManifest));
    if (Status opened = file.open(); !opened)
        return opened;
    if (!file.write(QJsonDocument(manifest).toJson()))
        return makeError(
            ErrorCode::Storage,
            Tr::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(file.target()), file.errorString()));
    return file.commit();
}

// `where` says where the trial is: the database file ("database") or the trial server ("server").
Status writeManifest(const QString &directory, const LoginPolicy &policy, const Clock &clock,
                     const std::pair<QString, QJsonValue> &where)
{
    const QJsonObject manifest {
        { QStringLiteral("format"), QStringLiteral("trialdesk-workspace") },
        { QStringLiteral("version"), Workspace::kFormatVersion },
        { where.first, where.second },
        { QStringLiteral("created_at"), Clock::format(clock.nowUtc()) },
        { QStringLiteral("login_policy"),
          QJsonObject { { QStringLiteral("max_failures"), policy.maxFailures },
                        { QStringLiteral("lockout_minutes"), policy.lockoutMinutes } } },
    };
    return saveManifest(directory, manifest);
}

// A new trial's name and first administrator, local or on a server.
Status validateTrialAndAdministrator(const QString &trialName, const QString &adminUsername,
                                     const QByteArray &adminPassword)
{
    if (trialName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The trial needs a name."));
    if (Status valid = KeySlotStore::checkUserName(adminUsername); !valid)
        return valid;
    return KeySlotStore::checkPassword(adminPassword);
}

Status validateNewTrial(const NewTrial &trial)
{
    if (Status valid = validateTrialAndAdministrator(trial.trialName, trial.adminUsername, trial.adminPassword); !valid)
        return valid;
    const QDir dir(trial.directory);
    if (trial.directory.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose a folder for the trial workspace."));
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return makeError(ErrorCode::Conflict,
                         Tr::tr("The folder %1 is not empty. Choose a new or empty folder for the trial workspace.")
                             .arg(QDir::toNativeSeparators(dir.absolutePath())));
    return {};
}

// The first administrator's account, in the foundation's transaction.
using AddAdministrator = std::function<Status(QSqlDatabase &db, const QString &now)>;

// The trial, its settings, protocol, sites, first administrator and initial design, audited, in one
// transaction. On a trial server the server audits each entry under the owner's role.
Status insertFoundation(QSqlDatabase &db, const QString &trialName, bool demo, const QString &admin,
                        const Protocol &protocol, const QList<Site> &sites, const Clock &clock,
                        const AddAdministrator &addAdministrator)
{
    const QString now = Clock::format(clock.nowUtc());
    auto audit = [&](const AuditRecord &record) { return AuditTrail::append(db, clock, admin, record); };

    // Not a Write: the trial is being created, so there is no session yet; the administrator named in
    // the new trial is the audited user.
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    auto step = exec(db, QStringLiteral("INSERT INTO trial (id, name, created_at, demo) VALUES (1, ?, ?, ?)"),
                     { trialName.trimmed(), now, demo ? 1 : 0 });
    if (!step)
        return step.error();
    if (Status s = audit({ QStringLiteral("trial.create"), QStringLiteral("trial"), QStringLiteral("1"),
                           QStringLiteral("name"), std::nullopt, trialName.trimmed(), std::nullopt });
        !s)
        return s;
    step = exec(db, QStringLiteral("INSERT INTO settings (name, value) VALUES ('idle_lock_minutes', '10')"));
    if (!step)
        return step.error();

    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(protocol.json, QCryptographicHash::Sha256).toHex());
    step = exec(db,
                QStringLiteral("INSERT INTO protocol_versions (version, definition, sha256, reason, created_at, "
                               "created_by) VALUES (1, ?, ?, ?, ?, ?)"),
                { QString::fromUtf8(protocol.json), sha, QStringLiteral("initial protocol"), now, admin });
    if (!step)
        return step.error();
    if (Status s = audit({ QStringLiteral("protocol.load"), QStringLiteral("protocol"), QStringLiteral("1"),
                           QStringLiteral("sha256"), std::nullopt, sha, std::nullopt });
        !s)
        return s;

    for (const Site &site : sites) {
        step = exec(db,
                    QStringLiteral("INSERT INTO sites (code, name_fr, name_en, time_zone, active, created_at) "
                                   "VALUES (?, ?, ?, ?, 1, ?)"),
                    { site.code, site.nameFr, site.nameEn, site.timeZone, now });
        if (!step)
            return step.error();
        if (Status s = audit({ QStringLiteral("site.add"), QStringLiteral("site"), site.code, QStringLiteral("code"),
                               std::nullopt, site.code, std::nullopt });
            !s)
            return s;
    }

    if (Status s = addAdministrator(db, now); !s)
        return s;
    if (Status s = DesignStore::createInitial(db, protocol, sites, clock, admin); !s)
        return s;
    return tx.commit();
}

// A local workspace's administrator: a users row (the key slot is written beside the database).
AddAdministrator localAdministrator(const NewTrial &trial, const Clock &clock)
{
    return [&trial, &clock](QSqlDatabase &db, const QString &now) -> Status {
        const QString admin = trial.adminUsername;
        auto inserted
            = exec(db,
                   QStringLiteral("INSERT INTO users (username, display_name, role, site_code, active, "
                                  "must_change_password, created_at) VALUES (?, ?, ?, NULL, 1, 0, ?)"),
                   { admin, trial.adminDisplayName.trimmed().isEmpty() ? admin : trial.adminDisplayName.trimmed(),
                     roleCode(Role::Administrator), now });
        if (!inserted)
            return inserted.error();
        return AuditTrail::append(db, clock, admin,
                                  { QStringLiteral("user.add"), QStringLiteral("user"), admin, QStringLiteral("role"),
                                    std::nullopt, roleCode(Role::Administrator), std::nullopt });
    };
}

// The server's administrator: a login role in the trial's administrator group (users.sql).
AddAdministrator serverAdministrator(const NewServerTrial &trial)
{
    return [&trial](QSqlDatabase &db, const QString &) -> Status {
        return ServerAccounts::addInOpenTransaction(db, trial.adminUsername, trial.adminDisplayName,
                                                    Role::Administrator, {}, trial.adminPassword);
    };
}

// A connection to the server as its database owner, for set-up and upgrades.
Result<QSqlDatabase> openAsOwner(const ServerAddress &address, const QString &ownerRole, const QByteArray &password,
                                 const QString &connection)
{
    if (ownerRole.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Name the database's owner role (user=NAME in the connection string)."));
    return address.open(connection, ownerRole, password);
}

} // namespace

Workspace::Workspace(QString directory, LoginPolicy policy, const Clock &clock)
    : m_directory(std::move(directory))
    , m_policy(policy)
    , m_clock(clock)
{
}

QString Workspace::databasePath() const
{
    return QDir(m_directory).filePath(kDatabase);
}

QString Workspace::keysDirectory() const
{
    return QDir(m_directory).filePath(kKeys);
}

QString Workspace::backupsDirectory() const
{
    return QDir(m_directory).filePath(kBackups);
}

Status Workspace::writeLoginPolicy(const QString &directory, const LoginPolicy &policy)
{
    QFile current(QDir(directory).filePath(kManifest));
    if (!current.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Cannot read %1: %2.").arg(current.fileName(), current.errorString()));
    QJsonObject manifest = QJsonDocument::fromJson(current.read(1024 * 1024)).object();
    current.close();
    manifest.insert(QStringLiteral("login_policy"),
                    QJsonObject { { QStringLiteral("max_failures"), policy.maxFailures },
                                  { QStringLiteral("lockout_minutes"), policy.lockoutMinutes } });
    return saveManifest(directory, manifest);
}

bool Workspace::exists(const QString &directory)
{
    return QFileInfo::exists(QDir(directory).filePath(kManifest));
}

Result<QString> Workspace::create(const NewTrial &trial, const Clock &clock)
{
    if (Status valid = validateNewTrial(trial); !valid)
        return valid.error();
    Result<Protocol> protocol
        = trial.protocolFile.isEmpty() ? Protocol::bundledDefault() : Protocol::load(trial.protocolFile);
    if (!protocol)
        return protocol.error();
    const QList<Site> sites = trial.sites.isEmpty() ? protocol->sites : trial.sites;

    QDir dir(trial.directory);
    const bool madeDirectory = !dir.exists();
    if (!QDir().mkpath(dir.absolutePath()) || !dir.mkpath(kKeys) || !dir.mkpath(kBackups))
        return makeError(
            ErrorCode::Storage,
            Tr::tr("Cannot create the workspace folder %1.").arg(QDir::toNativeSeparators(dir.absolutePath())));
    QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // Leaves nothing behind when any step fails.
    auto cleanUp = [&]() {
        if (madeDirectory) {
            QDir(dir.absolutePath()).removeRecursively();
        } else {
            for (const QString &entry : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
                QFileInfo info(dir.filePath(entry));
                if (info.isDir())
                    QDir(info.absoluteFilePath()).removeRecursively();
                else
                    QFile::remove(info.absoluteFilePath());
            }
        }
    };

    const SecretKey key = SecretKey::random();
    QString recoveryCode;
    {
        QByteArray raw = key.toByteArray();
        Wiper wipe(raw);
        const QString connection = newConnectionName();
        {
            auto db = openEncryptedDatabase(dir.filePath(kDatabase), raw, connection, true);
            if (!db) {
                cleanUp();
                return db.error();
            }
            Status made = Migrations::migrate(db.value(), clock);
            if (made)
                made = insertFoundation(db.value(), trial.trialName, trial.demo, trial.adminUsername, protocol.value(),
                                        sites, clock, localAdministrator(trial, clock));
            db->close();
            if (!made) {
                QSqlDatabase::removeDatabase(connection);
                cleanUp();
                return made.error();
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }

    KeySlotStore store(dir.filePath(kKeys));
    if (Status slot = store.writeUserSlot(trial.adminUsername, trial.adminPassword, key); !slot) {
        cleanUp();
        return slot.error();
    }
    auto recovery = store.createRecoverySlot(key);
    if (!recovery) {
        cleanUp();
        return recovery.error();
    }
    if (Status manifest
        = writeManifest(dir.absolutePath(), LoginPolicy {}, clock, { QStringLiteral("database"), kDatabase });
        !manifest) {
        cleanUp();
        return manifest.error();
    }
    return recovery.value();
}

Status Workspace::createOnServer(const NewServerTrial &trial, const Clock &clock)
{
    auto address = ServerAddress::parse(trial.conninfo);
    if (!address)
        return address.error();
    if (Status valid = validateTrialAndAdministrator(trial.trialName, trial.adminUsername, trial.adminPassword); !valid)
        return valid;
    Result<Protocol> protocol
        = trial.protocolFile.isEmpty() ? Protocol::bundledDefault() : Protocol::load(trial.protocolFile);
    if (!protocol)
        return protocol.error();
    const QString connection = newConnectionName();
    Status made;
    {
        auto db = openAsOwner(address.value(), trial.ownerRole, trial.ownerPassword, connection);
        if (!db)
            return db.error();
        if (db->tables().contains(QStringLiteral("trial"))) {
            auto existing = exec(db.value(), QStringLiteral("SELECT name FROM trial"));
            if (existing && existing->next())
                made = makeError(ErrorCode::Conflict,
                                 Tr::tr("The database %1 already holds the trial \"%2\". Use a new database for a new "
                                        "trial.")
                                     .arg(address->database(), existing->value(0).toString()));
        }
        if (made)
            made = Migrations::migrate(db.value(), clock);
        if (made)
            made = insertFoundation(db.value(), trial.trialName, trial.demo, trial.adminUsername, protocol.value(),
                                    protocol->sites, clock, serverAdministrator(trial));
        db->close();
    }
    QSqlDatabase::removeDatabase(connection);
    return made;
}

Result<int> Workspace::upgradeServer(const QString &conninfo, const QString &ownerRole, const QByteArray &ownerPassword,
                                     const Clock &clock)
{
    auto address = ServerAddress::parse(conninfo);
    if (!address)
        return address.error();
    const QString connection = newConnectionName();
    Result<int> before = 0;
    {
        auto db = openAsOwner(address.value(), ownerRole, ownerPassword, connection);
        if (!db)
            return db.error();
        before = Migrations::currentVersion(db.value());
        if (before && before.value() == 0)
            before = makeError(ErrorCode::NotFound,
                               Tr::tr("The database %1 holds no trial yet: set it up with trialdesk-cli server init.")
                                   .arg(address->database()));
        if (before)
            if (Status migrated = Migrations::migrate(db.value(), clock); !migrated)
                before = migrated.error();
        db->close();
    }
    QSqlDatabase::removeDatabase(connection);
    return before;
}

Status Workspace::connectToServer(const QString &directory, const QString &conninfo, const Clock &clock)
{
    auto address = ServerAddress::parse(conninfo);
    if (!address)
        return address.error();
    const QDir dir(directory);
    if (directory.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose a folder for the trial workspace."));
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return makeError(ErrorCode::Conflict,
                         Tr::tr("The folder %1 is not empty. Choose a new or empty folder for the trial workspace.")
                             .arg(QDir::toNativeSeparators(dir.absolutePath())));
    if (!QDir().mkpath(dir.absolutePath()))
        return makeError(
            ErrorCode::Storage,
            Tr::tr("Cannot create the workspace folder %1.").arg(QDir::toNativeSeparators(dir.absolutePath())));
    QFile::setPermissions(dir.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return writeManifest(dir.absolutePath(), LoginPolicy {}, clock,
                         { kServer, QJsonObject { { QStringLiteral("conninfo"), address->conninfo() } } });
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &directory, const Clock &clock)
{
    const QDir dir(directory);
    QFile manifest(dir.filePath(kManifest));
    if (!dir.exists())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("There is no folder %1.").arg(QDir::toNativeSeparators(dir.absolutePath())));
    if (!manifest.exists())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("%1 is not a TrialDesk workspace (it has no %2). Choose the folder "
                                "created for the trial, or create a new trial.")
                             .arg(QDir::toNativeSeparators(dir.absolutePath()), kManifest));
    if (!manifest.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Cannot read %1: %2.").arg(manifest.fileName(), manifest.errorString()));
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(manifest.read(1024 * 1024), &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || object.value(QStringLiteral("format")).toString() != QLatin1String("trialdesk-workspace"))
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("%1 is damaged or not a TrialDesk workspace file.").arg(manifest.fileName()));
    const int version = object.value(QStringLiteral("version")).toInt();
    if (version > kFormatVersion)
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("This workspace was written by a newer TrialDesk (format %1; this "
                                "program reads up to %2). Install the newer version.")
                             .arg(version)
                             .arg(kFormatVersion));
    std::optional<ServerAddress> server;
    if (object.contains(kServer)) {
        auto address
            = ServerAddress::parse(object.value(kServer).toObject().value(QStringLiteral("conninfo")).toString());
        if (!address)
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("%1 names a trial server TrialDesk cannot use: %2 Connect the folder again "
                                    "(trialdesk-cli connect).")
                                 .arg(manifest.fileName(), address.error().message));
        server = std::move(address).value();
    } else if (!QFileInfo::exists(dir.filePath(kDatabase))) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The workspace %1 has no database file (%2). Restore it from a backup.")
                             .arg(QDir::toNativeSeparators(dir.absolutePath()), kDatabase));
    }
    LoginPolicy policy;
    const QJsonObject login = object.value(QStringLiteral("login_policy")).toObject();
    policy.maxFailures = qBound(1, login.value(QStringLiteral("max_failures")).toInt(policy.maxFailures), 100);
    policy.lockoutMinutes
        = qBound(1, login.value(QStringLiteral("lockout_minutes")).toInt(policy.lockoutMinutes), 1440);
    std::unique_ptr<Workspace> workspace(new Workspace(dir.absolutePath(), policy, clock));
    workspace->m_server = std::move(server);
    return workspace;
}

qint64 Workspace::lockoutRemainingSeconds(const QString &username) const
{
    return LoginGuard(QDir(m_directory).filePath(kLoginState), m_policy, m_clock).remainingLockoutSeconds(username);
}

Result<std::unique_ptr<TrialSession>> Workspace::login(const QString &username, const QByteArray &password)
{
    LoginGuard guard(QDir(m_directory).filePath(kLoginState), m_policy, m_clock);
    if (const qint64 wait = guard.remainingLockoutSeconds(username); wait > 0)
        return makeError(ErrorCode::LockedOut,
                         Tr::tr("The account %1 is locked after too many failed logins. Try again in %n minute(s), or "
                                "ask the administrator.",
                                nullptr, static_cast<int>((wait + 59) / 60))
                             .arg(username));

    if (m_server)
        return loginToServer(username, password, guard);

    // The slot in keys/ first. When it is missing, damaged, or wraps a key that no longer opens the
    // database (a rotation interrupted after its rekey), the slot staged in keys.next/ may hold the key
    // in force. A wrong password is not tried twice.
    const KeySlotStore store(keysDirectory());
    const KeySlotStore staged(stagingDirectory());
    auto attempt = [&](const KeySlotStore &folder) -> Result<std::unique_ptr<TrialSession>> {
        auto key = folder.openUserSlot(username, password);
        if (!key)
            return key.error();
        return openSession(username, key.value(), guard);
    };
    auto session = attempt(store);
    if (!session && mayTryStaged(session.error()) && staged.hasUserSlot(username)) {
        auto second = attempt(staged);
        if (second || session.error().code == ErrorCode::NotFound)
            session = std::move(second);
    }
    if (!session) {
        const Error &error = session.error();
        if (error.code == ErrorCode::AuthenticationFailed
            || (error.code == ErrorCode::NotFound && !store.hasUserSlot(username))) {
            const bool locked = guard.recordFailure(
                username,
                error.code == ErrorCode::NotFound ? QStringLiteral("unknown user") : QStringLiteral("wrong password"));
            if (locked)
                return makeError(ErrorCode::LockedOut,
                                 Tr::tr("Wrong user name or password. The account %1 is now locked for %n minute(s).",
                                        nullptr, m_policy.lockoutMinutes)
                                     .arg(username));
        }
        if (error.code == ErrorCode::Corrupt && QFileInfo::exists(stagingDirectory()))
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("Your key slot no longer opens the trial: a key rotation was interrupted. The "
                                    "administrator who rotated the key must sign in to finish it, then give you a new "
                                    "password."));
        return error;
    }
    if (Status finished = finishInterruptedRotation(*session.value()); !finished)
        return finished.error();
    return session;
}

bool Workspace::mayTryStaged(const Error &error)
{
    return error.code == ErrorCode::NotFound || error.code == ErrorCode::Corrupt || error.code == ErrorCode::Storage;
}

QString Workspace::stagingDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("keys.next"));
}

Status Workspace::finishInterruptedRotation(TrialSession &session)
{
    auto finished = KeyService(session).finishInterruptedRotation();
    if (!finished)
        return finished.error();
    session.m_finishedRotation = std::move(finished).value();
    return {};
}

Result<std::unique_ptr<TrialSession>> Workspace::openSession(const QString &username, const SecretKey &key,
                                                             LoginGuard &guard)
{
    auto connected = TrialSession::connect(databasePath(), key, m_clock, m_directory);
    if (!connected)
        return connected.error();
    std::unique_ptr<TrialSession> session = std::move(connected).value();
    if (Status migrated = Migrations::migrate(session->database(), m_clock); !migrated)
        return migrated.error();
    return signIn(std::move(session), username, guard);
}

Result<std::unique_ptr<TrialSession>> Workspace::signIn(std::unique_ptr<TrialSession> session, const QString &username,
                                                        LoginGuard &guard)
{
    if (Status loaded = session->loadUser(username); !loaded)
        return loaded.error();

    // Failed logins and lockouts recorded while the database was closed go into the audit trail now,
    // in the same transaction as this login.
    int flushed = 0;
    {
        // Not a Write: sign-in itself, which no permission governs and which an account that must
        // change its password may do (Write::begin() refuses it).
        Transaction tx(session->database());
        if (!tx.status())
            return tx.status().error();
        auto appended = guard.appendPendingTo(session->database());
        if (!appended)
            return appended.error();
        flushed = appended.value();
        if (Status s = session->audit({ QStringLiteral("login"), QStringLiteral("user"), username, QString(),
                                        std::nullopt, std::nullopt, std::nullopt });
            !s)
            return s.error();
        if (Status committed = tx.commit(); !committed)
            return committed.error();
    }
    guard.clearPending(flushed);
    guard.recordSuccess(username);
    return session;
}

Result<std::unique_ptr<TrialSession>> Workspace::loginToServer(const QString &username, const QByteArray &password,
                                                               LoginGuard &guard)
{
    auto connected = TrialSession::connectServer(*m_server, username, password, m_clock, m_directory);
    if (!connected) {
        if (connected.error().code == ErrorCode::AuthenticationFailed
            && guard.recordFailure(username, QStringLiteral("refused by the trial server")))
            return makeError(ErrorCode::LockedOut,
                             Tr::tr("Wrong user name or password. The account %1 is now locked for %n minute(s).",
                                    nullptr, m_policy.lockoutMinutes)
                                 .arg(username));
        return connected.error();
    }
    std::unique_ptr<TrialSession> session = std::move(connected).value();
    // The server's owner applies schema changes (trialdesk-cli server upgrade); users cannot.
    auto version = Migrations::currentVersion(session->database());
    if (!version)
        return version.error();
    if (version.value() < Migrations::latestVersion())
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("The trial server's schema (version %1) is older than this TrialDesk's (%2). Ask the "
                                "server's administrator to upgrade it (trialdesk-cli server upgrade).")
                             .arg(version.value())
                             .arg(Migrations::latestVersion()));
    if (version.value() > Migrations::latestVersion())
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("The trial server's schema (version %1) is newer than this TrialDesk's (%2): install "
                                "the newer TrialDesk.")
                             .arg(version.value())
                             .arg(Migrations::latestVersion()));
    return signIn(std::move(session), username, guard);
}

Result<std::unique_ptr<TrialSession>> Workspace::recover(const QString &recoveryCode, const QString &adminUsername,
                                                         const QByteArray &newPassword)
{
    if (m_server)
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("A trial server has no recovery code: its administrator resets passwords (user "
                                "reset-password), and the server's owner can reset the administrator's."));
    if (Status strong = KeySlotStore::checkPassword(newPassword); !strong)
        return strong.error();
    // As at login: keys.next/ is consulted when the recovery slot is missing, damaged or wraps a dead key.
    const KeySlotStore store(keysDirectory());
    const KeySlotStore staged(stagingDirectory());
    LoginGuard guard(QDir(m_directory).filePath(kLoginState), m_policy, m_clock);
    auto attempt = [&](const KeySlotStore &folder) -> Result<std::unique_ptr<TrialSession>> {
        auto key = folder.openRecoverySlot(recoveryCode);
        if (!key)
            return key.error();
        return openSession(adminUsername, key.value(), guard);
    };
    auto session = attempt(store);
    if (!session && mayTryStaged(session.error()) && staged.hasRecoverySlot()) {
        auto second = attempt(staged);
        if (second || session.error().code == ErrorCode::NotFound)
            session = std::move(second);
    }
    if (!session)
        return session.error();
    if (session.value()->role() != Role::Administrator)
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("Only an administrator can use the recovery code; %1 is not one.").arg(adminUsername));
    {
        // Not a Write: the recovery sign-in (the role was checked just above); the account's password
        // is being reset, which Write::begin() would refuse.
        Transaction tx(session.value()->database());
        if (!tx.status())
            return tx.status().error();
        if (Status s = session.value()->audit({ QStringLiteral("recovery.use"), QStringLiteral("user"), adminUsername,
                                                QStringLiteral("password"), std::nullopt, std::nullopt,
                                                QStringLiteral("recovery code used to reset the password") });
            !s)
            return s.error();
        if (Status committed = tx.commit(); !committed)
            return committed.error();
    }
    KeySlotStore keys(keysDirectory());
    if (Status written = keys.writeUserSlot(adminUsername, newPassword, session.value()->databaseKey()); !written)
        return written.error();
    if (Status finished = finishInterruptedRotation(*session.value()); !finished)
        return finished.error();
    return session;
}

} // namespace trialdesk::core
