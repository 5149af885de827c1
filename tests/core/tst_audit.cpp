#include "audit/AuditTrail.h"
#include "schema/Migrations.h"
#include "sql/SqlUtil.h"
#include "sql/Transaction.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace trialdesk::core;

class TestAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()) };
    int m_connections = 0;

    static AuditRecord record(const QString &id, const QString &newValue)
    {
        return { QStringLiteral("user.add"),
                 QStringLiteral("user"),
                 id,
                 QStringLiteral("role"),
                 std::nullopt,
                 newValue,
                 std::nullopt };
    }

    void append(const AuditRecord &r)
    {
        Transaction tx(m_db);
        QVERIFY(tx.status().ok());
        QVERIFY(AuditTrail::append(m_db, m_clock, QStringLiteral("admin"), r).ok());
        QVERIFY(tx.commit().ok());
        m_clock.advanceMs(1000);
    }

    // What an attacker holding the key could do with the sqlcipher shell: drop the triggers first.
    void tamper(const QStringList &statements)
    {
        QSqlQuery query(m_db);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }

private Q_SLOTS:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit-%1.db").arg(++m_connections));
        const QByteArray key(32, '\x5a');
        auto db = openEncryptedDatabase(path, key, QStringLiteral("audit-%1").arg(m_connections), true);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = db.value();
        m_clock.set(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()));
        QVERIFY(Migrations::migrate(m_db, m_clock).ok());
        for (int i = 1; i <= 5; ++i)
            append(record(QStringLiteral("user%1").arg(i), QStringLiteral("coordinator")));
    }

    void cleanup()
    {
        const QString name = m_db.connectionName();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }

    // The documented example of docs/audit-chain.md, recomputed by hand with Python's hashlib.
    void canonicalSerializationMatchesTheDocument()
    {
        AuditEntry first;
        first.id = 1;
        first.at = QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc());
        first.username = QStringLiteral("admin");
        first.action = QStringLiteral("user.add");
        first.entity = QStringLiteral("user");
        first.entityId = QStringLiteral("bob");
        first.field = QStringLiteral("role");
        first.newValue = QStringLiteral("coordinator");
        QCOMPARE(
            AuditTrail::canonical(first),
            QByteArray("1:1,24:2026-11-26T09:00:00.000Z,5:admin,8:user.add,4:user,3:bob,4:role,~,11:coordinator,~,"));
        const QByteArray h1 = AuditTrail::chainHash(AuditTrail::genesisHash(), first);
        QCOMPARE(h1, QByteArray("1fe722a5a6f09e21d68c6e337c3d6293c98e486cdc40967e08b3a83cf3dcd693"));

        AuditEntry second;
        second.id = 2;
        second.at = QDateTime(QDate(2026, 11, 26), QTime(9, 0, 1, 500), QTimeZone::utc());
        second.username = QStringLiteral("admin");
        second.action = QStringLiteral("user.deactivate");
        second.entity = QStringLiteral("user");
        second.entityId = QStringLiteral("bob");
        second.field = QStringLiteral("active");
        second.oldValue = QStringLiteral("1");
        second.newValue = QStringLiteral("0");
        second.reason = QStringLiteral("Départ à la retraite");
        QCOMPARE(AuditTrail::canonical(second),
                 QByteArray("1:2,24:2026-11-26T09:00:01.500Z,5:admin,15:user.deactivate,4:user,"
                            "3:bob,6:active,1:1,1:0,22:D\xc3\xa9part \xc3\xa0 la retraite,"));
        QCOMPARE(AuditTrail::chainHash(h1, second),
                 QByteArray("7aae2a7f9a42ae9074e867bcdc6f767661e1d3dbe89672fcaa0b41dc55c94138"));
    }

    void intactChainVerifies()
    {
        const auto verification = AuditTrail::verify(m_db);
        QVERIFY2(verification.ok, qPrintable(verification.problem));
        QCOMPARE(verification.entries, 5);
        QCOMPARE(verification.head, AuditTrail::head(m_db).value());
        QVERIFY(verification.head != AuditTrail::genesisHash());
    }

    void updateAndDeleteAreRefused()
    {
        QSqlQuery query(m_db);
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET new_value = 'statistician' WHERE id = 2")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 5")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
        QCOMPARE(AuditTrail::count(m_db, {}).value(), 5);
        QVERIFY(AuditTrail::verify(m_db).ok);
    }

    void editedEntryIsNamed()
    {
        tamper({ QStringLiteral("UPDATE audit_log SET new_value = 'statistician' WHERE id = 3") });
        const auto verification = AuditTrail::verify(m_db);
        QVERIFY(!verification.ok);
        QCOMPARE(verification.brokenId, 3);
        QVERIFY(verification.problem.contains(QStringLiteral("3")));
        QVERIFY(verification.problem.contains(QStringLiteral("changed")));
    }

    void deletedEntryIsNamed()
    {
        tamper({ QStringLiteral("DELETE FROM audit_log WHERE id = 2") });
        const auto verification = AuditTrail::verify(m_db);
        QVERIFY(!verification.ok);
        QCOMPARE(verification.brokenId, 3);
        QVERIFY(verification.problem.contains(QStringLiteral("missing")));
    }

    // Renumbering after a deletion hides the gap but not the broken link.
    void deletedAndRenumberedEntryIsFound()
    {
        tamper({ QStringLiteral("DELETE FROM audit_log WHERE id = 2"),
                 QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id > 2") });
        const auto verification = AuditTrail::verify(m_db);
        QVERIFY(!verification.ok);
        QCOMPARE(verification.brokenId, 2);
    }

    void swappedEntriesAreFound()
    {
        // Exchange the contents of entries 2 and 4, hashes included.
        tamper({ QStringLiteral("UPDATE audit_log SET id = 100 WHERE id = 2"),
                 QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 4"),
                 QStringLiteral("UPDATE audit_log SET id = 4 WHERE id = 100") });
        const auto verification = AuditTrail::verify(m_db);
        QVERIFY(!verification.ok);
        QCOMPARE(verification.brokenId, 2);
    }

    void appendRollsBackWithItsTransaction()
    {
        {
            Transaction tx(m_db);
            QVERIFY(AuditTrail::append(m_db, m_clock, QStringLiteral("admin"), record(QStringLiteral("x"), {})).ok());
        }
        QCOMPARE(AuditTrail::count(m_db, {}).value(), 5);
        QVERIFY(AuditTrail::verify(m_db).ok);
    }

    void filtersAndPaging()
    {
        AuditTrail::Filter filter;
        filter.entityId = QStringLiteral("user3");
        auto one = AuditTrail::entries(m_db, filter);
        QVERIFY(one.ok());
        QCOMPARE(one->size(), 1);
        QCOMPARE(one->first().id, 3);
        QCOMPARE(one->first().newValue, std::optional<QString>(QStringLiteral("coordinator")));
        QVERIFY(!one->first().oldValue.has_value());

        AuditTrail::Filter page;
        page.limit = 2;
        page.offset = 2;
        auto paged = AuditTrail::entries(m_db, page);
        QCOMPARE(paged->size(), 2);
        QCOMPARE(paged->at(0).id, 3);
        QCOMPARE(paged->at(1).id, 4);

        AuditTrail::Filter window;
        window.fromUtc = QDateTime(QDate(2026, 11, 26), QTime(9, 0, 1), QTimeZone::utc());
        window.toUtc = QDateTime(QDate(2026, 11, 26), QTime(9, 0, 3), QTimeZone::utc());
        QCOMPARE(AuditTrail::count(m_db, window).value(), 2);
    }

    void csvExport()
    {
        append({ QStringLiteral("user.deactivate"), QStringLiteral("user"), QStringLiteral("user1"),
                 QStringLiteral("active"), QStringLiteral("1"), QStringLiteral("0"),
                 QStringLiteral("left, \"moved\"") });
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(AuditTrail::exportCsv(m_db, {}, buffer).ok());
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("id,at,username,action,entity,entity_id,field,old_value,new_value,reason,"
                            "prev_hash,hash"));
        QCOMPARE(lines.size(), 1 + 6 + 1); // header, 6 entries, empty after the last LF
        QVERIFY(lines.at(6).contains("\"left, \"\"moved\"\"\""));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
