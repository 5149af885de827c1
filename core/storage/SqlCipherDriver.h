#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <array>

struct sqlite3;

namespace trialdesk::core {

class SqlCipherResult;

// A Qt SQL driver over the SQLCipher C API, registered as "QSQLCIPHER". Qt's own SQLite plugin would write plaintext
// and Debian ships no SQLCipher plugin, so this driver uses only Qt's public driver API.
//
// The key goes in as 32 raw bytes through setKey() before open(); it is handed to SQLCipher in raw-key form (no
// PBKDF2 on an already random key) and wiped from this object as soon as open() returns, so reopening a closed
// connection needs setKey() again. open() refuses a plaintext SQLite file, a missing file (unless
// setCreateIfMissing(true)), a wrong key and a SQLite library without encryption, and says which (openFailure()).
// The connection then runs in WAL mode with synchronous=FULL and foreign_keys=ON; transactions start with
// BEGIN IMMEDIATE so that a writer waits (busy timeout, 10 s by default) at BEGIN rather than failing halfway.
//
// Connect options (QSqlDatabase::setConnectOptions, separated by ';'): QSQLCIPHER_BUSY_TIMEOUT=<ms> and
// QSQLCIPHER_CREATE (same as setCreateIfMissing(true)). Passwords in QSqlDatabase are refused: a secret must not
// travel as a QString.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    enum class OpenFailure {
        None,
        NoKey, // setKey() was not called (or the key was not 32 bytes)
        MissingFile, // the file does not exist and creation was not asked for
        NotEncrypted, // a plaintext SQLite database
        WrongKeyOrNotDatabase, // SQLCipher cannot decrypt it: another key, or not a database at all
        NoEncryption, // linked against a SQLite without SQLCipher's codec
        Other, // file system, options or configuration failure
    };

    static constexpr int DefaultBusyTimeoutMs = 10000;

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // The 32-byte database key for the next open(). A key of another size is refused by open().
    void setKey(const QByteArray &raw32);
    // How long a statement waits for another connection's lock before failing with SQLITE_BUSY. Applies at once on
    // an open connection.
    void setBusyTimeout(int ms);
    int busyTimeout() const;
    void setCreateIfMissing(bool create);
    bool createIfMissing() const;
    // Why the last open() failed.
    OpenFailure openFailure() const;

    // Re-encrypts the open database under a new 32-byte key. Needs the only connection to the file and no open
    // transaction. True once sqlite3_rekey succeeded and the file reads back with the new key (the return to WAL
    // is not part of it: every open restores WAL). False with lastError() when the key was not changed, or, in
    // the rare case the read-back fails, when it may have been: a caller that must know tests which key opens
    // the file (keyOpensDatabase) before discarding anything.
    bool rekey(const QByteArray &newRaw32);

    // The native connection, for the driver's own results; nullptr when closed.
    sqlite3 *connection() const;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host, int port,
              const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QSqlRecord record(const QString &tableName) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

private:
    friend class SqlCipherResult;

    struct ColumnInfo
    {
        QString name;
        QString declaredType;
        bool notNull = false;
        QVariant defaultValue;
        int primaryKeyPosition = 0;
    };

    void registerResult(SqlCipherResult *result) const;
    void unregisterResult(SqlCipherResult *result) const;
    void finalizeResults();

    bool applyConnectOptions(const QString &connectOptions);
    bool failOpen(OpenFailure failure, const QString &text, int nativeCode = 0, const QString &databaseText = {});
    bool applyKey();
    bool runSql(const char *sql, const QString &failureText, QSqlError::ErrorType type);
    bool setJournalMode(const char *mode, const QString &failureText);
    QList<ColumnInfo> tableColumns(const QString &tableName) const;
    void wipeKey();

    sqlite3 *m_db = nullptr;
    std::array<unsigned char, 32> m_key {};
    bool m_hasKey = false;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    bool m_createIfMissing = false;
    OpenFailure m_openFailure = OpenFailure::None;
    mutable QList<SqlCipherResult *> m_results;
};

// Makes "QSQLCIPHER" available to QSqlDatabase::addDatabase. Idempotent and thread-safe.
void registerSqlCipherDriver();

} // namespace trialdesk::core
