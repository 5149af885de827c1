// Encryption at rest: nothing readable on disk, foreign files and wrong keys refused, rekey.
#include "core/storage/Database.h"
#include "core/storage/SqlCipherDriver.h"
#include "tests/storage/support/StorageTestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trialdesk;

namespace {

const QString patientName = QStringLiteral("Zéphyrine Quellington-Abernathy");

// Runs the Debian sqlite3 shell (plain SQLite, no SQLCipher) with the SQL on stdin.
struct ShellRun
{
    int exitCode = -1;
    QString output;
};

ShellRun runSqliteShell(const QString &path, const QByteArray &sql)
{
    ShellRun run;
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(shell, { QStringLiteral("-batch"), QStringLiteral("-bail"), path });
    if (!process.waitForStarted())
        return run;
    process.write(sql);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(storagetest::readFile(path), QCryptographicHash::Sha256);
}

} // namespace

class TestEncryption : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fileHasNoPlaintextHeader();
    void patientNameIsNowhereOnDisk();
    void plainSqliteCannotReadIt();
    void wrongKeyIsRefused();
    void plaintextDatabaseIsRefused();
    void missingFileIsRefusedWhenNotCreating();
    void badKeySizeIsRefused();
    void connectionNameInUseIsRefused();
    void keyGoesInOnlyThroughSetKey();
    void rekeyKeepsDataAndRetiresOldKey();
    void rekeyIsRefusedWhileAnotherConnectionIsOpen();

private:
    QString writePatient(const QString &path, const QByteArray &key);

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_key;
};

void TestEncryption::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
    m_key = storagetest::randomKey();
}

void TestEncryption::cleanup()
{
    for (const QString &name : { QStringLiteral("enc"), QStringLiteral("enc2"), QStringLiteral("probe") })
        storagetest::closeConnection(name);
}

// Creates the database with one participant row; returns an error message or an empty string.
QString TestEncryption::writePatient(const QString &path, const QByteArray &key)
{
    QString error;
    QSqlDatabase db = storagetest::open(path, key, QStringLiteral("enc"), true, &error);
    if (!db.isOpen())
        return error;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE participant (id INTEGER PRIMARY KEY, name TEXT, note TEXT)")))
        return query.lastError().text();
    if (!query.prepare(QStringLiteral("INSERT INTO participant (name, note) VALUES (?, ?)")))
        return query.lastError().text();
    query.addBindValue(patientName);
    query.addBindValue(QStringLiteral("Allergic to %1").arg(patientName));
    if (!query.exec())
        return query.lastError().text();
    return QString();
}

void TestEncryption::fileHasNoPlaintextHeader()
{
    const QString error = writePatient(m_path, m_key);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    storagetest::closeConnection(QStringLiteral("enc"));
    const QByteArray bytes = storagetest::readFile(m_path);
    QVERIFY(bytes.size() >= 1024);
    QVERIFY(!bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
    QVERIFY(!bytes.contains(QByteArray("SQLite format 3")));
    QVERIFY(!core::isPlaintextSqlite(m_path));
}

void TestEncryption::patientNameIsNowhereOnDisk()
{
    const QString error = writePatient(m_path, m_key);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<QByteArray> needles
        = { patientName.toUtf8(), QByteArray("Quellington"),
            QByteArray(reinterpret_cast<const char *>(patientName.utf16()), patientName.size() * 2) };
    const QStringList files = { m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm") };

    // While the connection is open the row sits in the write-ahead log.
    QVERIFY(QFile::exists(m_path + QStringLiteral("-wal")));
    QVERIFY(storagetest::readFile(m_path + QStringLiteral("-wal")).size() > 0);
    for (const QString &file : files) {
        const QByteArray bytes = storagetest::readFile(file);
        for (const QByteArray &needle : needles)
            QVERIFY2(!bytes.contains(needle), qPrintable(file));
    }

    storagetest::closeConnection(QStringLiteral("enc"));
    for (const QString &file : files) {
        const QByteArray bytes = storagetest::readFile(file);
        for (const QByteArray &needle : needles)
            QVERIFY2(!bytes.contains(needle), qPrintable(file));
    }

    // And the name is really in there, for whoever has the key.
    QString openError;
    QSqlDatabase db = storagetest::open(m_path, m_key, QStringLiteral("enc"), false, &openError);
    QVERIFY2(db.isOpen(), qPrintable(openError));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM participant")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), patientName);
}

void TestEncryption::plainSqliteCannotReadIt()
{
    const QString error = writePatient(m_path, m_key);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    storagetest::closeConnection(QStringLiteral("enc"));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(),
             "the sqlite3 shell (Debian package sqlite3) is needed by this test");
    const QByteArray before = fileHash(m_path);

    const ShellRun run = runSqliteShell(m_path, "SELECT name FROM participant;\n");
    QVERIFY2(run.exitCode != 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("file is encrypted or is not a database"))
                 || run.output.contains(QStringLiteral("file is not a database")),
             qPrintable(run.output));
    QVERIFY(!run.output.contains(patientName));
    const ShellRun schema = runSqliteShell(m_path, ".tables\n");
    QVERIFY(!schema.output.contains(QStringLiteral("participant")));
    QCOMPARE(fileHash(m_path), before);
}

void TestEncryption::wrongKeyIsRefused()
{
    const QString error = writePatient(m_path, m_key);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    storagetest::closeConnection(QStringLiteral("enc"));
    const QByteArray before = fileHash(m_path);

    QByteArray wrongKey = m_key;
    wrongKey[31] = char(wrongKey.at(31) ^ 0x01);
    auto db = core::openEncryptedDatabase(m_path, wrongKey, QStringLiteral("probe"), false);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, core::ErrorCode::Corrupt);
    QVERIFY2(db.error().message.contains(QStringLiteral("file is encrypted or is not a database")),
             qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("another key")), qPrintable(db.error().message));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("probe")));
    QCOMPARE(fileHash(m_path), before);

    // Random bytes are "not a database" the same way, and stay untouched.
    const QString junk = m_dir.filePath(QStringLiteral("junk.db"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(storagetest::randomKey().repeated(256));
    file.close();
    const QByteArray junkBefore = fileHash(junk);
    auto junkDb = core::openEncryptedDatabase(junk, m_key, QStringLiteral("probe"), true);
    QVERIFY(!junkDb.ok());
    QCOMPARE(junkDb.error().code, core::ErrorCode::Corrupt);
    QCOMPARE(fileHash(junk), junkBefore);

    // The right key still works.
    auto right = core::openEncryptedDatabase(m_path, m_key, QStringLiteral("probe"), false);
    QVERIFY2(right.ok(), right.ok() ? "" : qPrintable(right.error().message));
}

void TestEncryption::plaintextDatabaseIsRefused()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty(),
             "the sqlite3 shell (Debian package sqlite3) is needed by this test");
    const ShellRun created
        = runSqliteShell(m_path, "CREATE TABLE participant (name TEXT); INSERT INTO participant VALUES ('x');\n");
    QVERIFY2(created.exitCode == 0, qPrintable(created.output));
    QVERIFY(core::isPlaintextSqlite(m_path));
    const QByteArray before = fileHash(m_path);

    for (const bool create : { false, true }) {
        auto db = core::openEncryptedDatabase(m_path, m_key, QStringLiteral("probe"), create);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, core::ErrorCode::Corrupt);
        QVERIFY2(db.error().message.contains(QStringLiteral("not encrypted")), qPrintable(db.error().message));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("probe")));
    }
    QCOMPARE(fileHash(m_path), before);
    QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
}

void TestEncryption::missingFileIsRefusedWhenNotCreating()
{
    auto db = core::openEncryptedDatabase(m_path, m_key, QStringLiteral("probe"), false);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, core::ErrorCode::NotFound);
    QVERIFY2(db.error().message.contains(QStringLiteral("does not exist")), qPrintable(db.error().message));
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("probe")));

    auto created = core::openEncryptedDatabase(m_path, m_key, QStringLiteral("probe"), true);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    QVERIFY(QFile::exists(m_path));
}

void TestEncryption::badKeySizeIsRefused()
{
    auto db = core::openEncryptedDatabase(m_path, QByteArray(16, 'k'), QStringLiteral("probe"), true);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, core::ErrorCode::InvalidInput);
    QVERIFY(!QFile::exists(m_path));

    // Through the driver directly: no key, no file.
    core::registerSqlCipherDriver();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("enc2"));
        auto *driver = qobject_cast<core::SqlCipherDriver *>(raw.driver());
        QVERIFY(driver);
        driver->setCreateIfMissing(true);
        raw.setDatabaseName(m_path);
        QVERIFY(!raw.open());
        QCOMPARE(driver->openFailure(), core::SqlCipherDriver::OpenFailure::NoKey);
        QCOMPARE(raw.lastError().type(), QSqlError::ConnectionError);
    }
    QVERIFY(!QFile::exists(m_path));
}

void TestEncryption::connectionNameInUseIsRefused()
{
    auto first = core::openEncryptedDatabase(m_path, m_key, QStringLiteral("enc"), true);
    QVERIFY(first.ok());
    auto second = core::openEncryptedDatabase(m_path, m_key, QStringLiteral("enc"), false);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, core::ErrorCode::Conflict);
    QVERIFY(first.value().isOpen());
}

void TestEncryption::keyGoesInOnlyThroughSetKey()
{
    core::registerSqlCipherDriver();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), QStringLiteral("enc2"));
        auto *driver = qobject_cast<core::SqlCipherDriver *>(raw.driver());
        QVERIFY(driver);
        driver->setKey(m_key);
        raw.setDatabaseName(m_path);
        raw.setConnectOptions(QStringLiteral("QSQLCIPHER_CREATE;QSQLCIPHER_BUSY_TIMEOUT=2500"));
        // A password would be a secret in a QString: refused.
        QVERIFY(!raw.open(QStringLiteral("user"), QStringLiteral("secret")));
        QCOMPARE(driver->openFailure(), core::SqlCipherDriver::OpenFailure::NoKey);
        // The key was spent by that attempt: it is not kept around.
        QVERIFY(!raw.open());
        QCOMPARE(driver->openFailure(), core::SqlCipherDriver::OpenFailure::NoKey);
        driver->setKey(m_key);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QCOMPARE(driver->busyTimeout(), 2500);
        raw.close();
        raw.setConnectOptions(QStringLiteral("QSQLCIPHER_NO_SUCH_OPTION"));
        driver->setKey(m_key);
        QVERIFY(!raw.open());
        QVERIFY(raw.lastError().text().contains(QStringLiteral("QSQLCIPHER_NO_SUCH_OPTION")));
    }
}

void TestEncryption::rekeyKeepsDataAndRetiresOldKey()
{
    const QString error = writePatient(m_path, m_key);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray newKey = storagetest::randomKey();
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("enc"), false);
        const core::Status status = core::rekeyDatabase(db, newKey);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
        // Same connection, still usable and still in WAL mode.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO participant (name) VALUES ('after rekey')")));
        const core::Status badSize = core::rekeyDatabase(db, QByteArray(31, 'x'));
        QVERIFY(!badSize.ok());
        QCOMPARE(badSize.error().code, core::ErrorCode::InvalidInput);
    }
    storagetest::closeConnection(QStringLiteral("enc"));

    auto old = core::openEncryptedDatabase(m_path, m_key, QStringLiteral("probe"), false);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().code, core::ErrorCode::Corrupt);

    auto reopened = core::openEncryptedDatabase(m_path, newKey, QStringLiteral("enc"), false);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
    QSqlQuery query(reopened.value());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM participant ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), patientName);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("after rekey"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    const QByteArray bytes = storagetest::readFile(m_path);
    QVERIFY(!bytes.contains(patientName.toUtf8()));
}

void TestEncryption::rekeyIsRefusedWhileAnotherConnectionIsOpen()
{
    const QString error = writePatient(m_path, m_key);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString openError;
    QSqlDatabase other = storagetest::open(m_path, m_key, QStringLiteral("enc2"), false, &openError);
    QVERIFY2(other.isOpen(), qPrintable(openError));

    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("enc"), false);
    const core::Status status = core::rekeyDatabase(db, storagetest::randomKey());
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, core::ErrorCode::Storage);
    QVERIFY2(status.error().message.contains(QStringLiteral("old key still opens")),
             qPrintable(status.error().message));

    // Both connections keep working with the old key.
    QSqlQuery query(other);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM participant")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QSqlQuery mine(db);
    QVERIFY2(mine.exec(QStringLiteral("INSERT INTO participant (name) VALUES ('still writable')")),
             qPrintable(mine.lastError().text()));
    db = QSqlDatabase();
    other = QSqlDatabase();
    storagetest::closeConnection(QStringLiteral("enc"));
    storagetest::closeConnection(QStringLiteral("enc2"));
    auto reopened = core::openEncryptedDatabase(m_path, m_key, QStringLiteral("probe"), false);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
}

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
