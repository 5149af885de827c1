#include "core/audit/AuditTrail.h"
#include "core/platform/PrivateFile.h"
#include "core/schema/Migrations.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/workspace/LoginGuard.h"
#include "core/workspace/Workspace.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    // What an attacker holding the key can do beyond tamper(): after changing entries, recompute
    // every hash from the first changed entry on, so that the chain verifies again on its own.
    void rehashFrom(qint64 firstId)
    {
        auto all = AuditTrail::entries(m_db, {});
        QVERIFY(all.ok());
        QByteArray previous = firstId == 1 ? AuditTrail::genesisHash() : all->at(firstId - 2).hash;
        QSqlQuery query(m_db);
        for (qsizetype i = firstId - 1; i < all->size(); ++i) {
            AuditEntry entry = all->at(i);
            entry.previousHash = previous;
            entry.hash = AuditTrail::chainHash(previous, entry);
            query.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
            query.addBindValue(QString::fromLatin1(entry.previousHash));
            query.addBindValue(QString::fromLatin1(entry.hash));
            query.addBindValue(entry.id);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            previous = entry.hash;
        }
    }

    AuditCheckpoint currentCheckpoint()
    {
        auto checkpoint = AuditTrail::checkpoint(m_db);
        if (!checkpoint.ok())
            return {};
        return checkpoint.value();
    }

    QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
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

    void checkpointIsTheLastEntryAndItsHash()
    {
        const AuditCheckpoint checkpoint = currentCheckpoint();
        QCOMPARE(checkpoint.entries, 5);
        QCOMPARE(checkpoint.head, AuditTrail::verify(m_db).head);
        const QJsonObject json = checkpoint.toJson();
        QCOMPARE(json.value(QStringLiteral("entries")).toInteger(), 5);
        QCOMPARE(json.value(QStringLiteral("head")).toString(), QString::fromLatin1(checkpoint.head));
        QCOMPARE(AuditCheckpoint::fromJson(json).value(), checkpoint);
        // Anything else is refused.
        QVERIFY(!AuditCheckpoint::fromJson({ { QStringLiteral("entries"), 5 } }).ok());
        QVERIFY(!AuditCheckpoint::fromJson({ { QStringLiteral("entries"), -1 },
                                             { QStringLiteral("head"), QString::fromLatin1(checkpoint.head) } })
                     .ok());
        QVERIFY(!AuditCheckpoint::fromJson({ { QStringLiteral("entries"), 2.5 },
                                             { QStringLiteral("head"), QString::fromLatin1(checkpoint.head) } })
                     .ok());
        QVERIFY(
            !AuditCheckpoint::fromJson({ { QStringLiteral("entries"), 5 },
                                         { QStringLiteral("head"), QString::fromLatin1(checkpoint.head.toUpper()) } })
                 .ok());
    }

    void matchingCheckpointsHold()
    {
        const AuditCheckpoint atFive = currentCheckpoint();
        append(record(QStringLiteral("user6"), QStringLiteral("monitor")));
        const AuditCheckpoint atSix = currentCheckpoint();
        AuditCheckpoint empty;
        empty.head = AuditTrail::genesisHash();
        const auto verification = AuditTrail::verify(m_db, { atFive, atSix, empty });
        QVERIFY2(verification.clean(), qPrintable(verification.problem));
        QCOMPARE(verification.checkpointsMatched, 3);
        QCOMPARE(verification.entries, 6);
    }

    // Whoever holds the key rewrites an entry and recomputes every hash after it: the chain verifies
    // on its own, but no longer matches the heads noted earlier.
    void rewrittenAndRehashedChainIsCaughtByACheckpoint()
    {
        AuditCheckpoint atTwo;
        {
            AuditTrail::Filter first;
            first.limit = 2;
            const auto two = AuditTrail::entries(m_db, first).value();
            atTwo.entries = 2;
            atTwo.head = two.last().hash;
        }
        AuditCheckpoint atFive = currentCheckpoint();
        atFive.source = QStringLiteral("checkpoints.jsonl, line 2");
        atFive.by = QStringLiteral("monica");
        tamper({ QStringLiteral("UPDATE audit_log SET new_value = 'administrator' WHERE id = 3") });
        rehashFrom(3);
        QVERIFY(AuditTrail::verify(m_db).ok); // the attack works without a checkpoint

        const auto verification = AuditTrail::verify(m_db, { atTwo, atFive });
        QVERIFY(!verification.ok);
        QCOMPARE(verification.brokenId, 5);
        QCOMPARE(verification.checkpointsMatched, 1);
        // Between the checkpoint that still holds (entry 2) and the one that does not (entry 5).
        QVERIFY2(verification.problem.contains(QStringLiteral("one of entries 3 to 5")),
                 qPrintable(verification.problem));
        QVERIFY(verification.problem.contains(QStringLiteral("checkpoints.jsonl, line 2")));
        QVERIFY(verification.problem.contains(QStringLiteral("monica")));
    }

    // An older copy of the database, or a truncated trail, is shorter than a checkpoint.
    void chainShorterThanACheckpointIsCaught()
    {
        const AuditCheckpoint atFive = currentCheckpoint();
        tamper({ QStringLiteral("DELETE FROM audit_log WHERE id > 3") });
        QVERIFY(AuditTrail::verify(m_db).ok);
        const auto verification = AuditTrail::verify(m_db, { atFive });
        QVERIFY(!verification.ok);
        QCOMPARE(verification.brokenId, 4);
        QVERIFY2(verification.problem.contains(QStringLiteral("shorter than a checkpoint")),
                 qPrintable(verification.problem));
        QVERIFY(verification.problem.contains(QStringLiteral("has 3 entries")));
        QVERIFY(verification.problem.contains(QStringLiteral("recorded 5")));
    }

    void backwardTimestampsAreFlagged()
    {
        // Four minutes back: within the tolerance for clock adjustments.
        m_clock.advanceMs(-5 * 1000 - 4 * 60 * 1000);
        append(record(QStringLiteral("user6"), QStringLiteral("monitor")));
        QVERIFY(AuditTrail::verify(m_db).clean());
        // Ten minutes back: flagged, and the chain itself still verifies.
        m_clock.advanceMs(-11 * 60 * 1000);
        append(record(QStringLiteral("user7"), QStringLiteral("monitor")));
        append(record(QStringLiteral("user8"), QStringLiteral("monitor")));
        const auto verification = AuditTrail::verify(m_db);
        QVERIFY(verification.ok);
        QVERIFY(!verification.clean());
        QCOMPARE(verification.timeWarnings.size(), 1);
        QCOMPARE(verification.timeWarnings.first().id, 7);
        QVERIFY2(verification.timeWarnings.first().problem.contains(QStringLiteral("before entry 6")),
                 qPrintable(verification.timeWarnings.first().problem));
    }

    void checkpointFileIsAppendedAndRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("checkpoints-%1.jsonl").arg(m_connections));
        AuditCheckpoint first = currentCheckpoint();
        first.at = m_clock.nowUtc();
        first.by = QStringLiteral("monica");
        QVERIFY(AuditCheckpoints::append(path, first).ok());
        QCOMPARE(platform::permissionBits(path), 0600);
        append(record(QStringLiteral("user6"), QStringLiteral("monitor")));
        const AuditCheckpoint second = currentCheckpoint();
        QVERIFY(AuditCheckpoints::append(path, second).ok());
        const QList<QByteArray> lines = readFile(path).split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last LF
        const QJsonObject line1 = QJsonDocument::fromJson(lines.at(0)).object();
        QCOMPARE(line1.value(QStringLiteral("entries")).toInteger(), 5);
        QCOMPARE(line1.value(QStringLiteral("by")).toString(), QStringLiteral("monica"));
        QCOMPARE(line1.value(QStringLiteral("at")).toString(), Clock::format(first.at));

        const auto read = AuditCheckpoints::read(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0), first);
        QCOMPARE(read->at(1), second);
        QVERIFY(read->at(1).source.endsWith(QStringLiteral("line 2")));
        QVERIFY(AuditTrail::verify(m_db, read.value()).clean());

        // A damaged line is named, and nothing is added to a file that is not a checkpoint file.
        writeFile(path, readFile(path) + "{\"entries\": \"many\"}\n");
        const auto damaged = AuditCheckpoints::read(path);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().code, ErrorCode::InvalidInput);
        QVERIFY2(damaged.error().message.contains(QStringLiteral("Line 3")), qPrintable(damaged.error().message));
        const QByteArray before = readFile(path);
        QVERIFY(!AuditCheckpoints::append(path, second).ok());
        QCOMPARE(readFile(path), before);
        QCOMPARE(AuditCheckpoints::read(m_dir.filePath(QStringLiteral("missing.jsonl"))).error().code,
                 ErrorCode::NotFound);
    }

    // An export or backup manifest, or a report's JSON, is a checkpoint too.
    void manifestIsACheckpointSource()
    {
        const QString path = m_dir.filePath(QStringLiteral("manifest-%1.json").arg(m_connections));
        const QJsonObject manifest { { QStringLiteral("format"), QStringLiteral("trialdesk-export-manifest") },
                                     { QStringLiteral("user"), QStringLiteral("stella") },
                                     { QStringLiteral("data_cut_utc"), QStringLiteral("2026-11-26T09:00:05.000Z") },
                                     { QStringLiteral("audit_chain"), currentCheckpoint().toJson() },
                                     { QStringLiteral("files"), QJsonArray() } };
        writeFile(path, QJsonDocument(manifest).toJson(QJsonDocument::Indented));
        const auto read = AuditCheckpoints::read(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().entries, 5);
        QCOMPARE(read->first().by, QStringLiteral("stella"));
        QCOMPARE(Clock::format(read->first().at), QStringLiteral("2026-11-26T09:00:05.000Z"));
        // A checkpoint is never appended to a manifest.
        QVERIFY(!AuditCheckpoints::append(path, currentCheckpoint()).ok());
        tamper({ QStringLiteral("DELETE FROM audit_log WHERE id = 5") });
        QVERIFY(!AuditTrail::verify(m_db, read.value()).ok);
    }

    // login-state.json can be written by anyone who can write the workspace folder: only failed
    // logins and lockouts are imported, rebuilt field by field and marked as unauthenticated.
    void forgedLoginStateRecordsAreRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("login-state-%1.json").arg(m_connections));
        const QString at = Clock::format(m_clock.nowUtc().addSecs(-60));
        auto event = [&](const QString &action, const QString &user) {
            return QJsonObject { { QStringLiteral("at"), at },
                                 { QStringLiteral("username"), user },
                                 { QStringLiteral("action"), action },
                                 { QStringLiteral("entity"), QStringLiteral("participant") },
                                 { QStringLiteral("entity_id"), QStringLiteral("ICM-001") },
                                 { QStringLiteral("field"), QStringLiteral("arm") },
                                 { QStringLiteral("old_value"), QStringLiteral("A") },
                                 { QStringLiteral("new_value"), QStringLiteral("3") },
                                 { QStringLiteral("reason"), QStringLiteral("approved by the sponsor") } };
        };
        QJsonObject lockout = event(QStringLiteral("login.lockout"), QStringLiteral("carol"));
        lockout.insert(QStringLiteral("new_value"), Clock::format(m_clock.nowUtc().addSecs(14 * 60)));
        lockout.insert(QStringLiteral("reason"), QStringLiteral("5 failed logins"));
        QJsonObject future = event(QStringLiteral("login.failed"), QStringLiteral("carol"));
        future.insert(QStringLiteral("at"), Clock::format(m_clock.nowUtc().addDays(2)));
        const QJsonArray pending { event(QStringLiteral("participant.randomize"), QStringLiteral("admin")),
                                   event(QStringLiteral("login.failed"), QStringLiteral("carol")),
                                   event(QStringLiteral("login.failed"), QStringLiteral("not a user\nname")),
                                   lockout,
                                   future,
                                   event(QStringLiteral("user.add"), QStringLiteral("admin")) };
        writeFile(path, QJsonDocument(QJsonObject { { QStringLiteral("pending_audit"), pending } }).toJson());

        LoginGuard guard(path, LoginPolicy {}, m_clock);
        QCOMPARE(guard.pendingEvents().size(), 3);
        {
            Transaction tx(m_db);
            auto appended = guard.appendPendingTo(m_db);
            QVERIFY(appended.ok());
            QCOMPARE(appended.value(), 6); // every record was read: 3 imported, 3 refused
            QVERIFY(tx.commit().ok());
        }
        guard.clearPending(6);
        QVERIFY(guard.pendingEvents().isEmpty());

        AuditTrail::Filter imported;
        imported.fromUtc = m_clock.nowUtc();
        const auto entries = AuditTrail::entries(m_db, imported).value();
        QCOMPARE(entries.size(), 4);
        for (const AuditEntry &entry : entries) {
            QVERIFY(entry.action != QLatin1String("participant.randomize"));
            QVERIFY(entry.action != QLatin1String("user.add"));
            QVERIFY2(entry.reason->contains(QStringLiteral("unauthenticated login-state file")),
                     qPrintable(*entry.reason));
            QVERIFY(!entry.reason->contains(QStringLiteral("sponsor")));
            QVERIFY(!entry.oldValue.has_value());
        }
        const AuditEntry &failed = entries.at(0);
        QCOMPARE(failed.action, QStringLiteral("login.failed"));
        QCOMPARE(failed.username, QStringLiteral("carol"));
        QCOMPARE(failed.entity, QStringLiteral("user"));
        QCOMPARE(failed.entityId, QStringLiteral("carol"));
        QCOMPARE(failed.field, QString());
        QCOMPARE(failed.newValue, std::optional<QString>(QStringLiteral("3")));
        QVERIFY(failed.reason->startsWith(QStringLiteral("failed login (at ") + at));
        const AuditEntry &invalidName = entries.at(1);
        QCOMPARE(invalidName.username, QString());
        QCOMPARE(invalidName.entityId, QString());
        QVERIFY(invalidName.reason->contains(QStringLiteral("not a valid user name")));
        const AuditEntry &locked = entries.at(2);
        QCOMPARE(locked.action, QStringLiteral("login.lockout"));
        QCOMPARE(locked.field, QStringLiteral("locked_until"));
        QVERIFY(locked.reason->startsWith(QStringLiteral("5 failed logins (at ")));
        const AuditEntry &refused = entries.at(3);
        QCOMPARE(refused.action, QStringLiteral("login.import_refused"));
        QCOMPARE(refused.newValue, std::optional<QString>(QStringLiteral("3")));
        QVERIFY(AuditTrail::verify(m_db).clean());
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
