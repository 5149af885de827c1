// The audit chain on a trial server (core/server/audit.sql), on a real PostgreSQL 15 started by the
// test: the server's hash is the one docs/audit-chain.md defines (its worked example), core's
// AuditTrail appends through the server and verifies the server's trail as it does a local one,
// concurrent writers leave no gap or fork, the entry names the session's login role whatever the
// client says, and a login role can neither write the table directly nor rewrite it.
#include "core/audit/AuditTrail.h"
#include "core/schema/Migrations.h"
#include "core/util/Clock.h"
#include "tests/support/PgCluster.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace trialdesk::core;
using trialdesk::test::PgCluster;

class TestServerAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverHashIsTheDocumentedOne();
    void auditTrailAppendsThroughTheServer();
    void concurrentWritersMakeOneChain();
    void theEntryNamesTheSessionsRole();
    void verifyFindsAnEntryChangedBehindTheServersBack();
    void cleanupTestCase();

private:
    QSqlDatabase &owner() { return m_owner; }

    std::unique_ptr<PgCluster> m_cluster;
    QSqlDatabase m_owner;
    ManualClock m_clock { QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::utc()) };
};

void TestServerAudit::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    m_owner = m_cluster->createDatabase(QStringLiteral("trial"), QStringLiteral("owner"));
    QVERIFY2(m_owner.isOpen(), qPrintable(m_cluster->error()));
    const Status migrated = Migrations::migrate(m_owner, m_clock);
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
}

// docs/audit-chain.md's worked example, hashed by the server.
void TestServerAudit::serverHashIsTheDocumentedOne()
{
    QSqlDatabase &db = owner();
    QSqlQuery query(db);
    QVERIFY(query.prepare(QStringLiteral("SELECT trialdesk.audit_hash(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (const QVariant &value :
         { QVariant(QString(64, QLatin1Char('0'))), QVariant(1), QVariant(QStringLiteral("2026-11-26T09:00:00.000Z")),
           QVariant(QStringLiteral("admin")), QVariant(QStringLiteral("user.add")), QVariant(QStringLiteral("user")),
           QVariant(QStringLiteral("bob")), QVariant(QStringLiteral("role")), QVariant(QMetaType(QMetaType::QString)),
           QVariant(QStringLiteral("coordinator")), QVariant(QMetaType(QMetaType::QString)) })
        query.addBindValue(value);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    const QString first = query.value(0).toString();
    QCOMPARE(first, QStringLiteral("1fe722a5a6f09e21d68c6e337c3d6293c98e486cdc40967e08b3a83cf3dcd693"));

    QVERIFY(query.prepare(QStringLiteral("SELECT trialdesk.audit_hash(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (const QVariant &value : { QVariant(first), QVariant(2), QVariant(QStringLiteral("2026-11-26T09:00:01.500Z")),
                                   QVariant(QStringLiteral("admin")), QVariant(QStringLiteral("user.deactivate")),
                                   QVariant(QStringLiteral("user")), QVariant(QStringLiteral("bob")),
                                   QVariant(QStringLiteral("active")), QVariant(QStringLiteral("1")),
                                   QVariant(QStringLiteral("0")), QVariant(QStringLiteral("Départ à la retraite")) })
        query.addBindValue(value);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toString(),
             QStringLiteral("7aae2a7f9a42ae9074e867bcdc6f767661e1d3dbe89672fcaa0b41dc55c94138"));
}

// Core's AuditTrail on a server connection: the server writes the entries, AuditTrail reads and
// verifies them, NULL and empty stay apart, and the head is the last entry's hash.
void TestServerAudit::auditTrailAppendsThroughTheServer()
{
    QSqlDatabase &db = owner();
    QVERIFY(db.transaction());
    QVERIFY(AuditTrail::append(db, m_clock, QStringLiteral("admin"),
                               { QStringLiteral("trial.create"),
                                 QStringLiteral("trial"),
                                 QStringLiteral("1"),
                                 {},
                                 std::nullopt,
                                 QStringLiteral("Pilot"),
                                 std::nullopt })
                .ok());
    QVERIFY(AuditTrail::append(db, m_clock, QStringLiteral("admin"),
                               { QStringLiteral("site.rename"), QStringLiteral("site"), QStringLiteral("ICM"),
                                 QStringLiteral("name_fr"), QStringLiteral(""), QStringLiteral("Institut"),
                                 QStringLiteral("Nom officiel, « accentué »") })
                .ok());
    QVERIFY(db.commit());

    const auto entries = AuditTrail::entries(db, {});
    QVERIFY2(entries.ok(), entries.ok() ? "" : qPrintable(entries.error().message));
    // The migrations' own entry first: the server made the calendar's secret (grants.sql).
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(0).action, QStringLiteral("settings.create"));
    QCOMPARE(entries->at(0).newValue, std::optional<QString>(QStringLiteral("(random secret, not shown)")));
    const AuditEntry &second = entries->at(2);
    QCOMPARE(second.id, qint64(3));
    QCOMPARE(second.username, PgCluster::kOwner); // the session's role: "admin" was the client's word
    QCOMPARE(second.oldValue, std::optional<QString>(QStringLiteral("")));
    QVERIFY(!entries->at(1).oldValue.has_value());
    QCOMPARE(second.reason, std::optional<QString>(QStringLiteral("Nom officiel, « accentué »")));
    QCOMPARE(second.previousHash, entries->at(1).hash);
    // The server's clock, not the client's (which says 2026-12-05T09:00).
    QVERIFY(qAbs(second.at.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    const AuditTrail::Verification verified = AuditTrail::verify(db);
    QVERIFY2(verified.ok, qPrintable(verified.problem));
    QCOMPARE(verified.entries, qint64(3));
    QCOMPARE(verified.head, second.hash);
    QCOMPARE(AuditTrail::head(db).value(), second.hash);

    // A rolled-back change leaves no entry.
    QVERIFY(db.transaction());
    QVERIFY(AuditTrail::append(db, m_clock, QString(), { QStringLiteral("x"), QStringLiteral("y"), {}, {}, {}, {}, {} })
                .ok());
    QVERIFY(db.rollback());
    QCOMPARE(AuditTrail::verify(db).entries, qint64(3));
}

// Eight workstations append at once, each entry in its own transaction: one chain, ids without a
// gap, every hash verified.
void TestServerAudit::concurrentWritersMakeOneChain()
{
    constexpr int kClients = 8;
    constexpr int kEach = 25;
    const qint64 before = AuditTrail::verify(owner()).entries;
    const PgCluster::ClientsRun run = m_cluster->runClients(
        kClients, kEach, QStringLiteral("trial"), [&](QSqlDatabase &db, int client, int i, QString *error) {
            const Status appended = AuditTrail::append(
                db, m_clock, QStringLiteral("writer-%1").arg(client),
                { QStringLiteral("visit.complete"), QStringLiteral("visit"), QStringLiteral("%1/%2").arg(client).arg(i),
                  QStringLiteral("status"), QStringLiteral("planned"), QStringLiteral("completed"), std::nullopt });
            if (!appended)
                *error = appended.error().message;
            return appended.ok();
        });
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    const AuditTrail::Verification verified = AuditTrail::verify(owner());
    QVERIFY2(verified.ok, qPrintable(verified.problem));
    QCOMPARE(verified.entries, before + kClients * kEach);
    const auto entries = AuditTrail::entries(owner(), {});
    QVERIFY(entries.ok());
    for (qsizetype i = 0; i < entries->size(); ++i)
        QCOMPARE(entries->at(i).id, qint64(i + 1));
}

// A login role that may append (as the trial's roles will) is named by the server, whatever the
// client passes, and cannot write or rewrite the table itself.
void TestServerAudit::theEntryNamesTheSessionsRole()
{
    QSqlQuery setup(owner());
    for (const QString &sql : { QStringLiteral("CREATE ROLE monique LOGIN PASSWORD 'monique password'"),
                                QStringLiteral("GRANT CONNECT ON DATABASE trial TO monique"),
                                QStringLiteral("GRANT USAGE ON SCHEMA trialdesk TO monique"),
                                QStringLiteral("GRANT SELECT ON audit_log TO monique"),
                                QStringLiteral("GRANT EXECUTE ON FUNCTION trialdesk.audit_append(text, text, text, "
                                               "text, text, text, text) TO monique") })
        QVERIFY2(setup.exec(sql), qPrintable(setup.lastError().text()));
    {
        QSqlDatabase db = m_cluster->connect(QStringLiteral("monique"), QStringLiteral("monique"), "monique password",
                                             QStringLiteral("trial"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(db.transaction());
        QVERIFY(AuditTrail::append(db, m_clock, QStringLiteral("admin"),
                                   { QStringLiteral("form.enter"), QStringLiteral("form"), QStringLiteral("P-001"),
                                     QStringLiteral("weight"), std::nullopt, QStringLiteral("71"), std::nullopt })
                    .ok());
        QVERIFY(db.commit());
        AuditTrail::Filter entered;
        entered.action = QStringLiteral("form.enter");
        const auto last = AuditTrail::entries(db, entered);
        QVERIFY(last.ok());
        QCOMPARE(last->size(), 1);
        QCOMPARE(last->first().username, QStringLiteral("monique"));

        QSqlQuery attempt(db);
        for (const QString &sql :
             { QStringLiteral("INSERT INTO audit_log (id, at, username, action, entity, entity_id, field, prev_hash, "
                              "hash) VALUES (100000, 'x', 'admin', 'a', 'b', '', '', '', '')"),
               QStringLiteral("UPDATE audit_log SET username = 'admin'"), QStringLiteral("DELETE FROM audit_log"),
               QStringLiteral("TRUNCATE audit_log") }) {
            QVERIFY2(!attempt.exec(sql), qPrintable(sql));
            QVERIFY2(attempt.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(attempt.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("monique"));
    QVERIFY(AuditTrail::verify(owner()).ok);
}

// Only a superuser can switch the table's triggers off; if one does and edits an entry, verify
// names that entry.
void TestServerAudit::verifyFindsAnEntryChangedBehindTheServersBack()
{
    QVERIFY2(m_cluster->psql(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update; "
                                            "UPDATE audit_log SET new_value = 'Another pilot' WHERE id = 1; "
                                            "ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update"),
                             nullptr, QStringLiteral("trial")),
             qPrintable(m_cluster->error()));
    const AuditTrail::Verification verified = AuditTrail::verify(owner());
    QVERIFY(!verified.ok);
    QCOMPARE(verified.brokenId, qint64(1));
}

void TestServerAudit::cleanupTestCase()
{
    m_owner = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestServerAudit)
#include "tst_server_audit.moc"
