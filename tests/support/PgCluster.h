#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <vector>

namespace trialdesk::test {

// A throwaway PostgreSQL 15 server for one test, started by the test itself (CI has no server
// running): initdb into a temporary folder, TLS on with a certificate authority and a server
// certificate for "localhost" made by the test with openssl, host connections only over TLS with
// SCRAM-SHA-256 (pg_hba "hostssl ... scram-sha-256"), and a Unix socket in the folder. PostgreSQL
// refuses to run as root, so as root (CI) the cluster runs as the unprivileged user "nobody" and the
// folder is theirs. The binaries are Debian's (/usr/lib/postgresql/15/bin, or TRIALDESK_PG_BINDIR).
class PgCluster
{
public:
    // The bootstrap superuser (the database owner of the tests), and its password.
    static inline const QString kOwner = QStringLiteral("trialdesk_owner");
    static inline const QByteArray kOwnerPassword = QByteArrayLiteral("owner password for tests");

    struct Options
    {
        // The server's clock follows the test's (setServerTime): the server runs under Debian's
        // libfaketime (LD_PRELOAD), whose offset it reads from a file in the cluster's folder at
        // every clock reading. For suites whose manual clock sets the date of what the server
        // records itself (randomizations, audit entries). The clock keeps running from the time set.
        bool followTestClock = false;
    };
    PgCluster()
        : PgCluster(Options {})
    {
    }
    explicit PgCluster(Options options); // initializes and starts; ok() says whether it did
    ~PgCluster(); // stops (immediately) and removes everything
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString caCertificate() const { return m_dir.filePath(QStringLiteral("ca.crt")); }

    // A libpq keyword/value string for a TLS connection that verifies the server's certificate (no
    // user= when `user` is empty).
    QString conninfo(const QString &user, const QString &database = QStringLiteral("postgres")) const;
    // Opens a QPSQL connection named `name` over TLS (sslmode=verify-full); check isOpen() and
    // lastError(). Remove it with QSqlDatabase::removeDatabase once every copy is gone.
    QSqlDatabase connect(const QString &name, const QString &user, const QByteArray &password,
                         const QString &database = QStringLiteral("postgres")) const;

    // Creates `database` and opens a connection named `connectionName` to it as the owner; check
    // isOpen(), and error() for what failed.
    QSqlDatabase createDatabase(const QString &database, const QString &connectionName);

    // Runs SQL with psql as the owner over the Unix socket (ON_ERROR_STOP): for set-up the product
    // does not do, such as creating a database. Returns psql's output, or empty with error() set.
    bool psql(const QString &sql, QString *output = nullptr, const QString &database = QStringLiteral("postgres"));

    // What concurrent clients did: every error (empty when all went well), the time of each
    // committed transaction, and the wall time of the whole run.
    struct ClientsRun
    {
        QStringList errors;
        std::vector<double> latenciesMs; // in no particular order
        double seconds = 0;
    };
    // `clients` threads at once, each on its own TLS connection to `database` as `user` (the owner
    // by default), each running `calls` transactions: BEGIN, `transaction(db, client, call, &error)`,
    // COMMIT. When the transaction returns false (with `error`, or the connection's error) it is
    // rolled back and that client stops.
    using Transaction = std::function<bool(QSqlDatabase &db, int client, int call, QString *error)>;
    ClientsRun runClients(int clients, int calls, const QString &database, const Transaction &transaction,
                          const QString &user = kOwner, const QByteArray &password = kOwnerPassword) const;

    // With Options::followTestClock: the server's clock reads `utc` from now on (and runs on from
    // it). No effect otherwise.
    bool followsTestClock() const { return m_followTestClock; }
    void setServerTime(const QDateTime &utc);

    // What the server has logged so far (its log file).
    QByteArray serverLog() const;

    // The server stopped without a clean shutdown (pg_ctl stop -m immediate), then started again.
    bool stopImmediately();
    bool start();

private:
    bool runAsServerUser(const QString &program, const QStringList &arguments, QString *output = nullptr,
                         int timeoutMs = 60'000);
    bool makeCertificates();
    QString bin(const QString &tool) const;

    QTemporaryDir m_dir;
    QString m_error;
    QString m_serverUser; // empty: the current user
    int m_port = 0;
    bool m_running = false;
    bool m_followTestClock = false;
};

} // namespace trialdesk::test
