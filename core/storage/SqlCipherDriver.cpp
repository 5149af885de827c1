#include "core/storage/SqlCipherDriver.h"

#include "core/storage/Database.h"
#include "core/storage/SqlCipherResult.h"
#include "core/storage/SqliteSupport.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriverCreator>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QStringList>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace trialdesk::core {

namespace {

// True if the main database file starts with the plaintext SQLite header, read through the
// connection's own file handle (see SqlCipherDriver::open).
bool hasPlaintextHeader(sqlite3 *db)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods)
        return false;
    char header[16] = {};
    if (file->pMethods->xRead(file, header, sizeof header, 0) != SQLITE_OK)
        return false;
    static constexpr char plaintext[16] = "SQLite format 3";
    return std::memcmp(header, plaintext, sizeof header) == 0;
}

const char *const busyTimeoutOption = "QSQLCIPHER_BUSY_TIMEOUT";
const char *const createOption = "QSQLCIPHER_CREATE";

// SQLCipher's raw-key syntax x'<64 hex digits>': the bytes are used as the AES key as they are, no PBKDF2.
using RawKeyText = std::array<char, 67>;

void toRawKeyText(const unsigned char *key, RawKeyText &text)
{
    text[0] = 'x';
    text[1] = '\'';
    // sodium_bin2hex is constant-time and writes 64 digits plus a NUL, which the closing quote replaces.
    sodium_bin2hex(text.data() + 2, text.size() - 2, key, 32);
    text[66] = '\'';
}

// Runs a statement that returns at most one row of interest and gives its first column as text.
int queryText(sqlite3 *db, const char *sql, QString *value)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    const auto finalize = qScopeGuard([stmt] { sqlite3_finalize(stmt); });
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        if (value) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            *value = text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, 0)) : QString();
        }
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) { }
    } else if (value) {
        value->clear();
    }
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

QString quoted(const QString &identifier)
{
    QString result = identifier;
    result.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + result + QLatin1Char('"');
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    wipeKey();
}

void SqlCipherDriver::setKey(const QByteArray &raw32)
{
    wipeKey();
    if (raw32.size() != int(m_key.size()))
        return;
    std::copy(raw32.cbegin(), raw32.cend(), m_key.begin());
    m_hasKey = true;
}

void SqlCipherDriver::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = std::max(0, ms);
    if (m_db)
        sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
}

int SqlCipherDriver::busyTimeout() const
{
    return m_busyTimeoutMs;
}

void SqlCipherDriver::setCreateIfMissing(bool create)
{
    m_createIfMissing = create;
}

bool SqlCipherDriver::createIfMissing() const
{
    return m_createIfMissing;
}

SqlCipherDriver::OpenFailure SqlCipherDriver::openFailure() const
{
    return m_openFailure;
}

sqlite3 *SqlCipherDriver::connection() const
{
    return m_db;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
    case SimpleLocking:
        return true;
    case QuerySize: // SQLite cannot count a result before stepping through it
    case BatchOperations: // QSqlQuery::execBatch still works, by Qt's emulation
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &user, const QString &password, const QString &host,
                           int port, const QString &connectOptions)
{
    Q_UNUSED(user)
    Q_UNUSED(host)
    Q_UNUSED(port)
    if (isOpen())
        close();
    setLastError(QSqlError());
    m_openFailure = OpenFailure::None;
    // The key serves this one open() only: it does not stay in memory for the connection's lifetime.
    const auto wipe = qScopeGuard([this] { wipeKey(); });

    if (!applyConnectOptions(connectOptions))
        return false;
    if (!password.isEmpty())
        return failOpen(OpenFailure::NoKey,
                        tr("The encrypted database takes its key through SqlCipherDriver::setKey(), not as a "
                           "password. Open it with openEncryptedDatabase()."));
    if (!m_hasKey)
        return failOpen(
            OpenFailure::NoKey,
            tr("No 32-byte database key was given for %1. Unlock the trial with your password first.").arg(db));
    if (db.isEmpty() || db == QLatin1String(":memory:"))
        return failOpen(OpenFailure::Other,
                        tr("The encrypted database needs a file name. Give the path of the trial database."));

    const QFileInfo info(db);
    if (!info.exists()) {
        if (!m_createIfMissing)
            return failOpen(OpenFailure::MissingFile,
                            tr("The trial database %1 does not exist. Check the workspace folder, or restore the "
                               "database from a backup.")
                                .arg(db));
    } else if (info.size() == 0 && !m_createIfMissing) {
        return failOpen(OpenFailure::WrongKeyOrNotDatabase,
                        tr("The file %1 is empty: it is not a TrialDesk trial database. Restore the database from a "
                           "backup.")
                            .arg(db));
    }

    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (m_createIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        return failOpen(OpenFailure::Other,
                        tr("Could not open the database file %1. Check that the folder exists and that you may "
                           "read and write it.")
                            .arg(db),
                        m_db ? sqlite3_extended_errcode(m_db) : rc, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, m_busyTimeoutMs);

    // The key must be set before anything else reads the file.
    if (!applyKey())
        return false;

    QString cipherVersion;
    if (queryText(m_db, "PRAGMA cipher_version", &cipherVersion) != SQLITE_OK || cipherVersion.isEmpty())
        return failOpen(OpenFailure::NoEncryption,
                        tr("This program was linked against SQLite without encryption, so it refuses to open "
                           "trial data. Install TrialDesk with its SQLCipher library."));

    const int check = queryText(m_db, "SELECT count(*) FROM sqlite_master", nullptr);
    // Only now, and through SQLite's own file handle, look for a plaintext header: opening and closing
    // the file with a handle of our own would drop every POSIX lock this process holds on it, including
    // those of other open connections, and let another process checkpoint under them.
    if (check == SQLITE_NOTADB && hasPlaintextHeader(m_db))
        return failOpen(OpenFailure::NotEncrypted,
                        tr("The database %1 is not encrypted: it is a plain SQLite file, not a TrialDesk trial "
                           "database. Open the trial's own workspace.")
                            .arg(db));
    if (check == SQLITE_NOTADB)
        return failOpen(OpenFailure::WrongKeyOrNotDatabase,
                        tr("The database %1 cannot be read with this key (file is encrypted or is not a "
                           "database): it was encrypted with another key, or it is not a TrialDesk database.")
                            .arg(db),
                        sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
    if (check != SQLITE_OK)
        return failOpen(OpenFailure::Other, tr("Could not read the database %1.").arg(db),
                        sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));

    if (!setJournalMode("wal", tr("Could not switch the database %1 to write-ahead logging.").arg(db))
        || !runSql("PRAGMA synchronous=FULL", tr("Could not enable full synchronous writes."),
                   QSqlError::ConnectionError)
        || !runSql("PRAGMA foreign_keys=ON", tr("Could not enable foreign key checks."), QSqlError::ConnectionError)
        // Decrypting a page costs more than reading it: a 64 MiB page cache (SQLite's default is
        // 2 MiB) keeps the pages a report or a list has just decrypted for the next one. The pages
        // are in the process's memory already while they are read; this keeps more of them there.
        || !runSql("PRAGMA cache_size=-65536", tr("Could not set the size of the page cache."),
                   QSqlError::ConnectionError)) {
        m_openFailure = OpenFailure::Other;
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }

    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::applyConnectOptions(const QString &connectOptions)
{
    const QStringList options = connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &raw : options) {
        const QString option = raw.trimmed();
        if (option.isEmpty())
            continue;
        const QString name = option.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = option.section(QLatin1Char('='), 1).trimmed();
        if (name == QLatin1String(busyTimeoutOption)) {
            bool ok = false;
            const int ms = value.toInt(&ok);
            if (!ok || ms < 0)
                return failOpen(OpenFailure::Other,
                                tr("The busy timeout \"%1\" is not a number of milliseconds.").arg(value));
            m_busyTimeoutMs = ms;
        } else if (name == QLatin1String(createOption) && value.isEmpty()) {
            m_createIfMissing = true;
        } else {
            return failOpen(OpenFailure::Other,
                            tr("Unknown connection option \"%1\". The driver knows %2=<milliseconds> and %3.")
                                .arg(option, QLatin1String(busyTimeoutOption), QLatin1String(createOption)));
        }
    }
    return true;
}

bool SqlCipherDriver::applyKey()
{
    RawKeyText text;
    toRawKeyText(m_key.data(), text);
    const int rc = sqlite3_key(m_db, text.data(), int(text.size()));
    sodium_memzero(text.data(), text.size());
    wipeKey();
    if (rc != SQLITE_OK)
        return failOpen(OpenFailure::NoEncryption,
                        tr("SQLCipher refused the database key. This program needs a SQLite library with "
                           "encryption."),
                        sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return true;
}

bool SqlCipherDriver::failOpen(OpenFailure failure, const QString &text, int nativeCode, const QString &databaseText)
{
    m_openFailure = failure;
    setLastError(nativeCode != 0 ? sqlite::makeError(nativeCode, databaseText, text, QSqlError::ConnectionError)
                                 : QSqlError(text, databaseText, QSqlError::ConnectionError));
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(true);
    return false;
}

bool SqlCipherDriver::runSql(const char *sql, const QString &failureText, QSqlError::ErrorType type)
{
    if (!m_db) {
        setLastError(QSqlError(failureText, tr("The database is not open."), type));
        return false;
    }
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        setLastError(sqlite::lastError(m_db, failureText, type));
        return false;
    }
    return true;
}

bool SqlCipherDriver::setJournalMode(const char *mode, const QString &failureText)
{
    const QByteArray sql = QByteArray("PRAGMA journal_mode=") + mode;
    QString result;
    const int rc = queryText(m_db, sql.constData(), &result);
    if (rc != SQLITE_OK) {
        setLastError(sqlite::lastError(m_db, failureText, QSqlError::ConnectionError));
        return false;
    }
    // SQLite answers with the mode in force: another connection can keep the file in WAL mode.
    if (result.compare(QLatin1String(mode), Qt::CaseInsensitive) != 0) {
        setLastError(QSqlError(failureText,
                               tr("The journal mode stayed \"%1\". Close every other program or window using this "
                                  "trial, then try again.")
                                   .arg(result),
                               QSqlError::ConnectionError, QString::number(SQLITE_BUSY)));
        return false;
    }
    return true;
}

void SqlCipherDriver::close()
{
    finalizeResults();
    if (m_db) {
        // Every statement is finalized above; close_v2 still guarantees no handle leaks if one escaped.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    for (SqlCipherResult *result : std::as_const(m_results))
        result->releaseSnapshot();
    // IMMEDIATE takes the write lock now: a second writer waits here (busy timeout) instead of failing on its
    // first write, after it has read data that may be stale.
    return runSql("BEGIN IMMEDIATE",
                  tr("Could not start a transaction: another user or program is writing to the "
                     "trial database. Try again in a moment."),
                  QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return runSql("COMMIT", tr("Could not commit the transaction; nothing of it was saved."),
                  QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return runSql("ROLLBACK", tr("Could not roll the transaction back."), QSqlError::TransactionError);
}

bool SqlCipherDriver::rekey(const QByteArray &newRaw32)
{
    if (!m_db) {
        setLastError(QSqlError(tr("Could not change the database key."), tr("The database is not open."),
                               QSqlError::ConnectionError));
        return false;
    }
    if (newRaw32.size() != 32) {
        setLastError(QSqlError(tr("Could not change the database key."), tr("The new key must be 32 bytes."),
                               QSqlError::UnknownError));
        return false;
    }
    if (!sqlite3_get_autocommit(m_db)) {
        setLastError(QSqlError(tr("Could not change the database key."), tr("A transaction is open. Finish it first."),
                               QSqlError::TransactionError));
        return false;
    }
    // SQLCipher 3.4.1's sqlite3_rekey rewrites every page in one write transaction. In WAL mode that transaction
    // lands in the -wal file next to frames written under the old key, and any other connection still holds the
    // old key; SQLCipher documents rekey for rollback-journal mode. So we checkpoint, leave WAL (which SQLite only
    // allows when no other connection has the file open, a check we want anyway), rekey under a rollback journal
    // (atomic: a crash leaves the old key valid), then return to WAL.
    const QString failure = tr("Could not change the database key; the old key still opens the database.");
    if (!runSql("PRAGMA wal_checkpoint(TRUNCATE)", failure, QSqlError::ConnectionError)
        || !setJournalMode("delete", failure))
        return false;

    RawKeyText text;
    std::array<unsigned char, 32> key {};
    std::copy(newRaw32.cbegin(), newRaw32.cend(), key.begin());
    toRawKeyText(key.data(), text);
    const int rc = sqlite3_rekey(m_db, text.data(), int(text.size()));
    sodium_memzero(text.data(), text.size());
    sodium_memzero(key.data(), key.size());

    if (rc != SQLITE_OK) {
        const QSqlError rekeyError = sqlite::lastError(m_db, failure, QSqlError::ConnectionError);
        // Still the old key: back to WAL if possible (the next open switches to WAL anyway).
        setJournalMode("wal", failure);
        setLastError(rekeyError);
        return false;
    }
    // From here on the new key is in force. Neither check below may report a failed key change: the caller
    // would throw away the only key slots that open the file.
    if (queryText(m_db, "SELECT count(*) FROM sqlite_master", nullptr) != SQLITE_OK) {
        setLastError(sqlite::lastError(m_db,
                                       tr("The database key was changed but the database could not be read back "
                                          "with it; check which key opens the file."),
                                       QSqlError::ConnectionError));
        return false;
    }
    // Staying in rollback-journal mode is harmless: every open switches the file back to WAL.
    if (!setJournalMode("wal", tr("Could not switch the database back to write-ahead logging.")))
        qWarning("SqlCipherDriver: the key was changed; WAL mode is restored at the next open");
    setLastError(QSqlError());
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!m_db)
        return result;
    QStringList conditions;
    if (type & QSql::Tables)
        conditions << QStringLiteral("(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (type & QSql::Views)
        conditions << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables)
        conditions << QStringLiteral("(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (!conditions.isEmpty()) {
        const QString where = conditions.join(QLatin1String(" OR "));
        const QByteArray sql = QStringLiteral("SELECT name FROM sqlite_master WHERE %1 "
                                              "UNION ALL SELECT name FROM sqlite_temp_master WHERE %1")
                                   .arg(where)
                                   .toUtf8();
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW)
                result << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                                            sqlite3_column_bytes(stmt, 0));
        }
        sqlite3_finalize(stmt);
    }
    // The catalogue itself is a system table that sqlite_master does not list.
    if (type & QSql::SystemTables)
        result << QStringLiteral("sqlite_master");
    return result;
}

QList<SqlCipherDriver::ColumnInfo> SqlCipherDriver::tableColumns(const QString &tableName) const
{
    QList<ColumnInfo> columns;
    if (!m_db || tableName.isEmpty())
        return columns;
    // PRAGMA arguments cannot be bound; the name is quoted as an identifier instead.
    QString schema;
    QString table = tableName;
    if (isIdentifierEscaped(tableName, TableName)) {
        table = stripDelimiters(tableName, TableName).replace(QLatin1String("\"\""), QLatin1String("\""));
    } else if (tableName.contains(QLatin1Char('.'))) {
        schema = tableName.section(QLatin1Char('.'), 0, 0);
        table = tableName.section(QLatin1Char('.'), 1);
    }
    const QString sql = schema.isEmpty()
        ? QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))
        : QStringLiteral("PRAGMA %1.table_info(%2)").arg(quoted(schema), quoted(table));
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return columns;
    }
    const auto text = [stmt](int column) {
        const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        return value ? QString::fromUtf8(value, sqlite3_column_bytes(stmt, column)) : QString();
    };
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ColumnInfo column;
        column.name = text(1);
        column.declaredType = text(2);
        column.notNull = sqlite3_column_int(stmt, 3) != 0;
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL)
            column.defaultValue = text(4);
        column.primaryKeyPosition = sqlite3_column_int(stmt, 5);
        columns << column;
    }
    sqlite3_finalize(stmt);
    return columns;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord result;
    const QList<ColumnInfo> columns = tableColumns(tableName);
    const auto keyColumns = std::count_if(columns.cbegin(), columns.cend(),
                                          [](const ColumnInfo &column) { return column.primaryKeyPosition > 0; });
    for (const ColumnInfo &column : columns) {
        QMetaType type = sqlite::metaTypeForDeclaredType(column.declaredType);
        if (!type.isValid())
            type = QMetaType::fromType<QString>();
        QSqlField field(column.name, type, tableName);
        field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
        if (column.defaultValue.isValid())
            field.setDefaultValue(column.defaultValue);
        // A lone INTEGER PRIMARY KEY is the rowid: SQLite assigns it.
        if (keyColumns == 1 && column.primaryKeyPosition == 1
            && column.declaredType.trimmed().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            field.setAutoValue(true);
        result.append(field);
    }
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    QList<ColumnInfo> columns = tableColumns(tableName);
    columns.removeIf([](const ColumnInfo &column) { return column.primaryKeyPosition == 0; });
    std::sort(columns.begin(), columns.end(),
              [](const ColumnInfo &a, const ColumnInfo &b) { return a.primaryKeyPosition < b.primaryKeyPosition; });
    const QSqlRecord fields = record(tableName);
    for (const ColumnInfo &column : std::as_const(columns))
        index.append(fields.field(column.name));
    return index;
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (field.isNull())
        return QStringLiteral("NULL");
    switch (field.metaType().id()) {
    case QMetaType::QByteArray:
        return QLatin1String("X'") + QString::fromLatin1(field.value().toByteArray().toHex()) + QLatin1Char('\'');
    case QMetaType::Bool:
        return field.value().toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    if (type == TableName && identifier.contains(QLatin1Char('.'))) {
        QStringList parts = identifier.split(QLatin1Char('.'));
        for (QString &part : parts)
            part = quoted(part);
        return parts.join(QLatin1Char('.'));
    }
    return quoted(identifier);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

void SqlCipherDriver::registerResult(SqlCipherResult *result) const
{
    m_results.append(result);
}

void SqlCipherDriver::unregisterResult(SqlCipherResult *result) const
{
    m_results.removeAll(result);
}

void SqlCipherDriver::finalizeResults()
{
    for (SqlCipherResult *result : std::as_const(m_results))
        result->finalizeStatement();
}

void SqlCipherDriver::wipeKey()
{
    sodium_memzero(m_key.data(), m_key.size());
    m_hasKey = false;
}

void registerSqlCipherDriver()
{
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QStringLiteral("QSQLCIPHER"), new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace trialdesk::core
