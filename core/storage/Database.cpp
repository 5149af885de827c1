#include "core/storage/Database.h"

#include "core/storage/SqlCipherDriver.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>

namespace trialdesk::core {

namespace {

ErrorCode errorCodeFor(SqlCipherDriver::OpenFailure failure)
{
    switch (failure) {
    case SqlCipherDriver::OpenFailure::MissingFile:
        return ErrorCode::NotFound;
    case SqlCipherDriver::OpenFailure::NotEncrypted:
    case SqlCipherDriver::OpenFailure::WrongKeyOrNotDatabase:
        return ErrorCode::Corrupt;
    case SqlCipherDriver::OpenFailure::NoEncryption:
        return ErrorCode::Unsupported;
    case SqlCipherDriver::OpenFailure::NoKey:
        return ErrorCode::InvalidInput;
    case SqlCipherDriver::OpenFailure::None:
    case SqlCipherDriver::OpenFailure::Other:
        break;
    }
    return ErrorCode::Storage;
}

// The driver's explanation first (it says what to do), then SQLite's own words when they add something.
QString describe(const QSqlError &error)
{
    const QString driverText = error.driverText();
    const QString databaseText = error.databaseText();
    if (databaseText.isEmpty() || driverText.contains(databaseText))
        return driverText;
    if (driverText.isEmpty())
        return databaseText;
    return QCoreApplication::translate("trialdesk::core::Database", "%1 (%2)").arg(driverText, databaseText);
}

} // namespace

Result<QSqlDatabase> openEncryptedDatabase(const QString &path, const QByteArray &key32, const QString &connectionName,
                                           bool create)
{
    if (key32.size() != 32)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("trialdesk::core::Database",
                                        "The database key must be 32 bytes; this one has %1. The key slot is damaged "
                                        "or belongs to another program.")
                .arg(key32.size()));
    if (QSqlDatabase::contains(connectionName))
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("trialdesk::core::Database",
                                        "A database connection named \"%1\" is already open. Close it before opening "
                                        "the trial again.")
                .arg(connectionName));

    registerSqlCipherDriver();
    Error failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), connectionName);
        auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
        if (!driver) {
            failure = makeError(
                ErrorCode::Unsupported,
                QCoreApplication::translate("trialdesk::core::Database",
                                            "The encrypted database driver QSQLCIPHER is not available. Reinstall "
                                            "TrialDesk."));
        } else {
            driver->setKey(key32);
            driver->setCreateIfMissing(create);
            db.setDatabaseName(path);
            if (db.open())
                return db;
            failure = makeError(errorCodeFor(driver->openFailure()), describe(db.lastError()));
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return failure;
}

Status rekeyDatabase(QSqlDatabase &db, const QByteArray &newKey32)
{
    if (newKey32.size() != 32)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("trialdesk::core::Database",
                                                     "The new database key must be 32 bytes; this one has %1.")
                             .arg(newKey32.size()));
    auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
    if (!driver || !db.isOpen())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("trialdesk::core::Database",
                                        "The database key can only be changed on an open encrypted trial database."));
    if (!driver->rekey(newKey32))
        return makeError(ErrorCode::Storage, describe(driver->lastError()));
    return Status();
}

Status withTemporaryConnection(const QString &path, const QByteArray &key32, const QString &prefix,
                               const std::function<void(QSqlDatabase &)> &work)
{
    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1));
    {
        Result<QSqlDatabase> db = openEncryptedDatabase(path, key32, connection, false);
        if (!db)
            return db.error(); // openEncryptedDatabase removed the connection
        work(db.value());
        db->close();
    }
    QSqlDatabase::removeDatabase(connection);
    return {};
}

Result<bool> keyOpensDatabase(const QString &path, const QByteArray &key32)
{
    const Status opened
        = withTemporaryConnection(path, key32, QStringLiteral("trialdesk-key-probe"), [](QSqlDatabase &) {});
    if (!opened)
        return opened.error().code == ErrorCode::Corrupt ? Result<bool>(false) : Result<bool>(opened.error());
    return true;
}

bool isPlaintextSqlite(const QString &path)
{
    static constexpr char header[] = "SQLite format 3"; // 15 characters and the NUL: the 16-byte header
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(sizeof header) == QByteArray(header, sizeof header);
}

} // namespace trialdesk::core
