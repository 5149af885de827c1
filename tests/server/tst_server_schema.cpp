// The trial server's schema on a real PostgreSQL 15, started by the test (tests/support/PgCluster):
// the connection is TLS with a verified certificate and SCRAM, the migrations build the same tables
// and columns as in a local workspace, the audit trail refuses UPDATE, DELETE and TRUNCATE, and the
// allocation stream's state is out of reach of any other login role.
#include "core/schema/Migrations.h"
#include "core/util/Clock.h"
#include "tests/support/PgCluster.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <memory>

using namespace trialdesk::core;
using trialdesk::test::PgCluster;

class TestServerSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectionsAreTlsWithAVerifiedCertificate();
    void wrongPasswordOrPlainConnectionIsRefused();
    void migrationsBuildTheSchemaOfALocalWorkspace();
    void migratingAgainChangesNothing();
    void auditTrailIsAppendOnly();
    void allocationStateIsOutOfReachOfOtherRoles();
    void cleanupTestCase();

private:
    static QStringList columns(const QSqlDatabase &db, const QString &table);

    std::unique_ptr<PgCluster> m_cluster;
    QSqlDatabase m_owner;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::utc()) };
};

void TestServerSchema::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    m_owner = m_cluster->createDatabase(QStringLiteral("trial"), QStringLiteral("owner"));
    QVERIFY2(m_owner.isOpen(), qPrintable(m_cluster->error()));
}

void TestServerSchema::connectionsAreTlsWithAVerifiedCertificate()
{
    QSqlQuery query(m_owner);
    QVERIFY(query.exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
    QVERIFY2(query.value(1).toString().startsWith(QStringLiteral("TLSv1.")), qPrintable(query.value(1).toString()));
    QVERIFY(query.exec(QStringLiteral("SELECT auth_method FROM pg_hba_file_rules WHERE type = 'hostssl'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("scram-sha-256"));
}

void TestServerSchema::wrongPasswordOrPlainConnectionIsRefused()
{
    {
        QSqlDatabase wrong = m_cluster->connect(QStringLiteral("wrong"), PgCluster::kOwner, "not the password");
        QVERIFY(!wrong.isOpen());
        QVERIFY2(wrong.lastError().text().contains(QStringLiteral("password authentication failed")),
                 qPrintable(wrong.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wrong"));
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("plain"));
        plain.setHostName(QStringLiteral("127.0.0.1"));
        plain.setPort(m_cluster->port());
        plain.setUserName(PgCluster::kOwner);
        plain.setPassword(QString::fromUtf8(PgCluster::kOwnerPassword));
        plain.setConnectOptions(QStringLiteral("sslmode=disable"));
        QVERIFY(!plain.open());
        QVERIFY2(plain.lastError().text().contains(QStringLiteral("no encryption")),
                 qPrintable(plain.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
}

QStringList TestServerSchema::columns(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

void TestServerSchema::migrationsBuildTheSchemaOfALocalWorkspace()
{
    const Status migrated = Migrations::migrate(m_owner, m_clock);
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
    QCOMPARE(Migrations::currentVersion(m_owner).value(), Migrations::latestVersion());

    // The same migrations on SQLite (a local workspace's engine, without its encryption).
    QStringList localTables;
    QMap<QString, QStringList> localColumns;
    {
        QSqlDatabase local = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("local"));
        local.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(local.open());
        const Status made = Migrations::migrate(local, m_clock);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        localTables = local.tables();
        localTables.removeAll(QStringLiteral("sqlite_sequence"));
        for (const QString &table : localTables)
            localColumns.insert(table, columns(local, table));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("local"));

    // The server has one table more, in its own schema: the allocation streams' state.
    QStringList serverTables = m_owner.tables();
    QVERIFY(serverTables.removeAll(QStringLiteral("trialdesk.stream_state")) == 1);
    serverTables.sort();
    localTables.sort();
    QVERIFY2(localTables.size() >= 18, qPrintable(localTables.join(QLatin1Char(' '))));
    QCOMPARE(serverTables, localTables);
    for (const QString &table : localTables)
        QCOMPARE(columns(m_owner, table), localColumns.value(table));
}

void TestServerSchema::migratingAgainChangesNothing()
{
    const Status again = Migrations::migrate(m_owner, m_clock);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QSqlQuery query(m_owner);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_version")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), Migrations::latestVersion());
    QCOMPARE(query.value(1).toInt(), Migrations::latestVersion());
}

void TestServerSchema::auditTrailIsAppendOnly()
{
    QSqlQuery query(m_owner);
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO audit_log (id, at, username, action, entity, entity_id, field, prev_hash, hash) "
                 "VALUES (1000, '2026-12-05T09:00:00.000Z', 'admin', 'trial.create', 'trial', '1', '', '', 'h')")),
             qPrintable(query.lastError().text()));
    // Even the database owner, who created the table, cannot rewrite or remove an entry.
    for (const QString &change : { QStringLiteral("UPDATE audit_log SET username = 'someone else'"),
                                   QStringLiteral("DELETE FROM audit_log"), QStringLiteral("TRUNCATE audit_log") }) {
        QVERIFY2(!query.exec(change), qPrintable(change));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(query.lastError().text()));
    }
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), username FROM audit_log WHERE id = 1000 GROUP BY username")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), QStringLiteral("admin"));
}

void TestServerSchema::allocationStateIsOutOfReachOfOtherRoles()
{
    QSqlQuery query(m_owner);
    // Some state to find: the first entry of a stream.
    QVERIFY2(query.exec(QStringLiteral("SELECT arm FROM trialdesk.spec_v1_next(1, 0, '%1', '{PP,UC}', '{1,1}', '{2}')")
                            .arg(QStringLiteral("ab").repeated(32))),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("CREATE ROLE coordinator LOGIN PASSWORD 'coordinator password'")));
    QVERIFY(query.exec(QStringLiteral("GRANT CONNECT ON DATABASE trial TO coordinator")));
    {
        QSqlDatabase other = m_cluster->connect(QStringLiteral("coordinator"), QStringLiteral("coordinator"),
                                                "coordinator password", QStringLiteral("trial"));
        QVERIFY2(other.isOpen(), qPrintable(other.lastError().text()));
        QSqlQuery attempt(other);
        for (const QString &sql :
             { QStringLiteral("SELECT * FROM trialdesk.stream_state"),
               QStringLiteral("UPDATE trialdesk.stream_state SET handed_out = 0"),
               QStringLiteral("SELECT * FROM trialdesk.spec_v1_next(1, 0, '%1', '{PP,UC}', '{1,1}', '{2}')")
                   .arg(QStringLiteral("ab").repeated(32)) }) {
            QVERIFY2(!attempt.exec(sql), qPrintable(sql));
            QVERIFY2(attempt.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(attempt.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("coordinator"));
}

void TestServerSchema::cleanupTestCase()
{
    m_owner = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_server_schema.moc"
