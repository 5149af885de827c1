#include "tests/support/PgCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlError>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace trialdesk::test {

namespace {

// Whether the tests run as root (CI does), asked of `id` rather than through a POSIX call: the
// only POSIX calls of the project live behind core/platform.
bool runningAsRoot()
{
    QProcess id;
    id.start(QStringLiteral("id"), { QStringLiteral("-u") });
    return id.waitForFinished() && id.readAllStandardOutput().trimmed() == "0";
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size()
        && file.setPermissions(permissions);
}

} // namespace

PgCluster::PgCluster(Options options)
    : m_followTestClock(options.followTestClock)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    if (runningAsRoot())
        m_serverUser = QStringLiteral("nobody");
    if (!makeCertificates())
        return;
    const QString pwfile = m_dir.filePath(QStringLiteral("owner.pw"));
    if (!writeFile(pwfile, kOwnerPassword + '\n', QFile::ReadOwner | QFile::WriteOwner)) {
        m_error = QStringLiteral("cannot write the password file");
        return;
    }
    if (!m_serverUser.isEmpty()) {
        // The folder, the certificates and the data become the server user's.
        QProcess chown;
        chown.start(QStringLiteral("chown"), { QStringLiteral("-R"), m_serverUser, m_dir.path() });
        if (!chown.waitForFinished() || chown.exitCode() != 0) {
            m_error = QStringLiteral("chown failed: ") + QString::fromLocal8Bit(chown.readAllStandardError());
            return;
        }
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!runAsServerUser(bin(QStringLiteral("initdb")),
                         { QStringLiteral("-D"), data, QStringLiteral("-U"), kOwner, QStringLiteral("--pwfile"), pwfile,
                           QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                           QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                           QStringLiteral("--no-sync") }))
        return;
    QFile::remove(pwfile);
    // Only the socket (trust: it sits in this private folder) and TLS with SCRAM on loopback.
    const QByteArray hba = "local all all trust\n"
                           "hostssl all all 127.0.0.1/32 scram-sha-256\n";
    QFile hbaFile(QDir(data).filePath(QStringLiteral("pg_hba.conf")));
    if (!hbaFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || hbaFile.write(hba) != hba.size()) {
        m_error = QStringLiteral("cannot write pg_hba.conf");
        return;
    }
    hbaFile.close();
    // A free port: try a few at random (another test's cluster may hold one).
    for (int attempt = 0; attempt < 8 && !m_running; ++attempt) {
        m_port = 20000 + int(QRandomGenerator::global()->bounded(30000));
        const QString settings = QStringLiteral("listen_addresses = '127.0.0.1'\nport = %1\n"
                                                "unix_socket_directories = '%2'\nssl = on\n"
                                                "ssl_cert_file = '%3'\nssl_key_file = '%4'\n"
                                                "password_encryption = 'scram-sha-256'\nmax_connections = 60\n")
                                     .arg(m_port)
                                     .arg(m_dir.path(), m_dir.filePath(QStringLiteral("server.crt")),
                                          m_dir.filePath(QStringLiteral("server.key")));
        QFile conf(QDir(data).filePath(QStringLiteral("postgresql.auto.conf")));
        if (!conf.open(QIODevice::WriteOnly | QIODevice::Truncate) || conf.write(settings.toUtf8()) < 0) {
            m_error = QStringLiteral("cannot write postgresql.auto.conf");
            return;
        }
        conf.close();
        m_error.clear();
        start();
    }
}

PgCluster::~PgCluster()
{
    if (m_running)
        stopImmediately();
}

QString PgCluster::bin(const QString &tool) const
{
    const QString dir = qEnvironmentVariableIsEmpty("TRIALDESK_PG_BINDIR")
        ? QStringLiteral("/usr/lib/postgresql/15/bin")
        : qEnvironmentVariable("TRIALDESK_PG_BINDIR");
    return QDir(dir).filePath(tool);
}

bool PgCluster::runAsServerUser(const QString &program, const QStringList &arguments, QString *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (m_serverUser.isEmpty())
        process.start(program, arguments);
    else
        process.start(QStringLiteral("runuser"),
                      QStringList { QStringLiteral("-u"), m_serverUser, QStringLiteral("--"), program } + arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(QFileInfo(program).fileName(), text.trimmed());
        return false;
    }
    return true;
}

bool PgCluster::makeCertificates()
{
    const auto openssl = [this](const QStringList &arguments) {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
            m_error = QStringLiteral("openssl %1 failed: %2")
                          .arg(arguments.value(0), QString::fromLocal8Bit(process.readAllStandardError()));
            return false;
        }
        return true;
    };
    if (!writeFile(m_dir.filePath(QStringLiteral("san.ext")), "subjectAltName=DNS:localhost,IP:127.0.0.1\n",
                   QFile::ReadOwner | QFile::WriteOwner))
        return false;
    return openssl({ QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                     QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=TrialDesk test CA") })
        && openssl({ QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                     QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=localhost") })
        && openssl({ QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-extfile"), QStringLiteral("san.ext") })
        && QFile::setPermissions(m_dir.filePath(QStringLiteral("server.key")), QFile::ReadOwner | QFile::WriteOwner);
}

void PgCluster::setServerTime(const QDateTime &utc)
{
    if (!m_followTestClock)
        return;
    // libfaketime's relative form: seconds (with a fraction) to add to the real clock.
    const double offset = double(QDateTime::currentDateTimeUtc().msecsTo(utc)) / 1000.0;
    const QByteArray line = (offset >= 0 ? "+" : "") + QByteArray::number(offset, 'f', 3) + '\n';
    // Replaced whole (a new file renamed over the old), so the server never reads half a line.
    QSaveFile file(m_dir.filePath(QStringLiteral("server-clock")));
    if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size()
        || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)
        || !file.commit())
        m_error = QStringLiteral("cannot write the server's clock file");
}

bool PgCluster::start()
{
    QString program = bin(QStringLiteral("pg_ctl"));
    QStringList arguments { QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                            QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                            QStringLiteral("-w"), QStringLiteral("-t"),
                            QStringLiteral("60"), QStringLiteral("start") };
    if (m_followTestClock) {
        const QString library = qEnvironmentVariableIsEmpty("TRIALDESK_FAKETIME_LIBRARY")
            ? QStringLiteral("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
            : qEnvironmentVariable("TRIALDESK_FAKETIME_LIBRARY");
        if (!QFileInfo::exists(library)) {
            m_error
                = QStringLiteral("libfaketime is not installed (%1): scripts/install-deps.sh installs it").arg(library);
            return false;
        }
        const QString clockFile = m_dir.filePath(QStringLiteral("server-clock"));
        if (!QFileInfo::exists(clockFile))
            setServerTime(QDateTime::currentDateTimeUtc());
        // The monotonic clock stays real: PostgreSQL times its waits with it.
        arguments.prepend(program);
        arguments = QStringList {
            QStringLiteral("LD_PRELOAD=") + library, QStringLiteral("FAKETIME_TIMESTAMP_FILE=") + clockFile,
            QStringLiteral("FAKETIME_NO_CACHE=1"), QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC=1")
        } + arguments;
        program = QStringLiteral("env");
    }
    m_running = runAsServerUser(program, arguments);
    if (!m_running) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        if (log.open(QIODevice::ReadOnly))
            m_error += QStringLiteral("\n") + QString::fromLocal8Bit(log.readAll().right(2000));
    }
    return m_running;
}

bool PgCluster::stopImmediately()
{
    const bool stopped
        = runAsServerUser(bin(QStringLiteral("pg_ctl")),
                          { QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                            QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") });
    if (stopped)
        m_running = false;
    return stopped;
}

QSqlDatabase PgCluster::createDatabase(const QString &database, const QString &connectionName)
{
    if (!psql(QStringLiteral("CREATE DATABASE \"%1\"").arg(database)))
        return {};
    QSqlDatabase db = connect(connectionName, kOwner, kOwnerPassword, database);
    if (!db.isOpen())
        m_error = db.lastError().text();
    return db;
}

PgCluster::ClientsRun PgCluster::runClients(int clients, int calls, const QString &database,
                                            const Transaction &transaction, const QString &user,
                                            const QByteArray &password) const
{
    static std::atomic<int> runs { 0 };
    const int run = ++runs;
    std::mutex mutex;
    ClientsRun result;
    std::vector<std::thread> threads;
    const auto start = std::chrono::steady_clock::now();
    for (int client = 0; client < clients; ++client) {
        threads.emplace_back([&, client] {
            const QString name = QStringLiteral("run-%1-client-%2").arg(run).arg(client);
            std::vector<double> mine;
            QString error;
            {
                QSqlDatabase db = connect(name, user, password, database);
                if (!db.isOpen())
                    error = db.lastError().text();
                for (int call = 0; call < calls && error.isEmpty(); ++call) {
                    const auto began = std::chrono::steady_clock::now();
                    if (!db.transaction()) {
                        error = db.lastError().text();
                    } else if (!transaction(db, client, call, &error)) {
                        if (error.isEmpty())
                            error = db.lastError().text();
                        db.rollback();
                    } else if (!db.commit()) {
                        error = db.lastError().text();
                    } else {
                        mine.push_back(
                            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began)
                                .count());
                    }
                }
            }
            QSqlDatabase::removeDatabase(name);
            const std::lock_guard lock(mutex);
            result.latenciesMs.insert(result.latenciesMs.end(), mine.begin(), mine.end());
            if (!error.isEmpty())
                result.errors.append(error);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

QByteArray PgCluster::serverLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

QString PgCluster::conninfo(const QString &user, const QString &database) const
{
    return QStringLiteral("host=localhost port=%1 dbname=%2%3 sslmode=verify-full sslrootcert=%4")
        .arg(m_port)
        .arg(database, user.isEmpty() ? QString() : QStringLiteral(" user=") + user, caCertificate());
}

QSqlDatabase PgCluster::connect(const QString &name, const QString &user, const QByteArray &password,
                                const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QStringLiteral("localhost"));
    db.setPort(m_port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(QString::fromUtf8(password));
    db.setConnectOptions(QStringLiteral("sslmode=verify-full;sslrootcert=%1;connect_timeout=10").arg(caCertificate()));
    db.open();
    return db;
}

bool PgCluster::psql(const QString &sql, QString *output, const QString &database)
{
    return runAsServerUser(bin(QStringLiteral("psql")),
                           { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                             m_dir.path(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), kOwner,
                             QStringLiteral("-d"), database, QStringLiteral("-c"), sql },
                           output);
}

} // namespace trialdesk::test
