// Conformance of the QSQLCIPHER driver: types, binds, navigation, models, transactions, metadata and errors.
#include "core/storage/Database.h"
#include "core/storage/SqlCipherDriver.h"
#include "tests/storage/support/StorageTestSupport.h"

#include <QDataWidgetMapper>
#include <QLineEdit>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace trialdesk;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectionIsConfigured();
    void featuresAreTruthful();
    void roundTripsEveryType();
    void emptyStringIsNotNull();
    void positionalBinds();
    void namedBinds();
    void sameNameUsedTwice();
    void positionalValuesForNamedPlaceholders();
    void mixedPlaceholdersAreRefused();
    void missingAndExtraValuesAreRefused();
    void preparedQueryRunsAgain();
    void forwardOnlyNavigation();
    void randomAccessNavigation();
    void queryModelLoadsEveryRow();
    void tableModelEditsAndSubmits();
    void dataWidgetMapperEditsARow();
    void rollbackUndoesWrites();
    void writerWaitsForBusyTimeoutThenFails();
    void lastInsertIdAndRowsAffected();
    void listsTablesViewsAndSystemTables();
    void describesTableRecord();
    void describesPrimaryIndex();
    void escapesIdentifiers();
    void formatsValues();
    void mapsErrorsToNativeCodes();
    void refusesSeveralStatements();
    void refusesUnsignedOverflow();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    core::SqlCipherDriver *driver() const { return qobject_cast<core::SqlCipherDriver *>(db().driver()); }
    QVariant scalar(const QString &sql) const;

    QTemporaryDir m_dir;
    QByteArray m_key;
    QString m_path;
    const QString m_connection = QStringLiteral("conformance");
};

void TestSqlCipherDriver::init()
{
    QVERIFY(m_dir.isValid());
    m_key = storagetest::randomKey();
    m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
    QString error;
    QSqlDatabase database = storagetest::open(m_path, m_key, m_connection, true, &error);
    QVERIFY2(database.isOpen(), qPrintable(error));
}

void TestSqlCipherDriver::cleanup()
{
    storagetest::closeConnection(m_connection);
    storagetest::closeConnection(QStringLiteral("second"));
}

QVariant TestSqlCipherDriver::scalar(const QString &sql) const
{
    QSqlQuery query(db());
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

void TestSqlCipherDriver::connectionIsConfigured()
{
    QCOMPARE(db().driverName(), QStringLiteral("QSQLCIPHER"));
    QVERIFY(!scalar(QStringLiteral("PRAGMA cipher_version")).toString().isEmpty());
    QCOMPARE(scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("PRAGMA cache_size")).toInt(), -65536); // 64 MiB of decrypted pages
    QCOMPARE(driver()->busyTimeout(), 10000);
    QVERIFY(db().driver()->handle().isValid());
    QCOMPARE(QString::fromLatin1(db().driver()->handle().typeName()), QStringLiteral("sqlite3*"));
}

void TestSqlCipherDriver::featuresAreTruthful()
{
    const QSqlDriver *d = db().driver();
    QVERIFY(d->hasFeature(QSqlDriver::Transactions));
    QVERIFY(d->hasFeature(QSqlDriver::PreparedQueries));
    QVERIFY(d->hasFeature(QSqlDriver::NamedPlaceholders));
    QVERIFY(d->hasFeature(QSqlDriver::PositionalPlaceholders));
    QVERIFY(d->hasFeature(QSqlDriver::BLOB));
    QVERIFY(d->hasFeature(QSqlDriver::Unicode));
    QVERIFY(d->hasFeature(QSqlDriver::LastInsertId));
    QVERIFY(!d->hasFeature(QSqlDriver::QuerySize));
    QVERIFY(!d->hasFeature(QSqlDriver::BatchOperations));
    QVERIFY(!d->hasFeature(QSqlDriver::MultipleResultSets));
    QVERIFY(!d->hasFeature(QSqlDriver::EventNotifications));
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2")));
    QCOMPARE(query.size(), -1);
}

void TestSqlCipherDriver::roundTripsEveryType()
{
    QSqlQuery query(db());
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE v (id INTEGER PRIMARY KEY, i INTEGER, d REAL, s TEXT, b BLOB)")),
             qPrintable(query.lastError().text()));

    const QString text = QStringLiteral("Hélène Côté-Lévesque, naïve façade ½ \U0001F9EA\U0001F600 日本");
    const QByteArray blob("\0a\0\xff\x01\0", 6);
    struct Row
    {
        QVariant i, d, s, b;
    };
    const QList<Row> rows = {
        { qlonglong(std::numeric_limits<qint64>::min()), -1.5e300, text, blob },
        { qlonglong(std::numeric_limits<qint64>::max()), 1.7976931348623157e308, QStringLiteral("plain"),
          QByteArray(1, '\0') },
        { 0, -0.125, QStringLiteral("x"), QByteArray("bytes") },
        { QVariant(QMetaType::fromType<qlonglong>()), QVariant(QMetaType::fromType<double>()),
          QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<QByteArray>()) },
    };
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO v (id, i, d, s, b) VALUES (?, ?, ?, ?, ?)")));
    for (int r = 0; r < rows.size(); ++r) {
        query.addBindValue(r + 1);
        query.addBindValue(rows[r].i);
        query.addBindValue(rows[r].d);
        query.addBindValue(rows[r].s);
        query.addBindValue(rows[r].b);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    QVERIFY(query.exec(QStringLiteral("SELECT i, d, s, b, typeof(i), typeof(d), typeof(s), typeof(b) FROM v "
                                      "ORDER BY id")));
    for (int r = 0; r < rows.size(); ++r) {
        QVERIFY(query.next());
        if (r < 3) {
            QCOMPARE(query.value(0).typeId(), QMetaType::LongLong);
            QCOMPARE(query.value(0).toLongLong(), rows[r].i.toLongLong());
            QCOMPARE(query.value(1).typeId(), QMetaType::Double);
            QCOMPARE(query.value(1).toDouble(), rows[r].d.toDouble());
            QCOMPARE(query.value(2).typeId(), QMetaType::QString);
            QCOMPARE(query.value(2).toString(), rows[r].s.toString());
            QCOMPARE(query.value(3).typeId(), QMetaType::QByteArray);
            QCOMPARE(query.value(3).toByteArray(), rows[r].b.toByteArray());
            QCOMPARE(query.value(3).toByteArray().size(), rows[r].b.toByteArray().size());
            QCOMPARE(query.value(4).toString(), QStringLiteral("integer"));
            QCOMPARE(query.value(5).toString(), QStringLiteral("real"));
            QCOMPARE(query.value(6).toString(), QStringLiteral("text"));
            QCOMPARE(query.value(7).toString(), QStringLiteral("blob"));
        } else {
            // Typed NULLs: null, and of the column's declared type.
            for (int c = 0; c < 4; ++c) {
                QVERIFY(query.isNull(c));
                QVERIFY(query.value(c).isNull());
                QCOMPARE(query.value(4 + c).toString(), QStringLiteral("null"));
            }
            QCOMPARE(query.value(0).typeId(), QMetaType::LongLong);
            QCOMPARE(query.value(1).typeId(), QMetaType::Double);
            QCOMPARE(query.value(2).typeId(), QMetaType::QString);
            QCOMPARE(query.value(3).typeId(), QMetaType::QByteArray);
        }
    }
    QVERIFY(!query.next());
}

void TestSqlCipherDriver::emptyStringIsNotNull()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE e (id INTEGER PRIMARY KEY, s TEXT, b BLOB)")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO e (id, s, b) VALUES (?, ?, ?)")));
    query.addBindValue(1);
    query.addBindValue(QStringLiteral(""));
    query.addBindValue(QByteArray(""));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    query.addBindValue(2);
    query.addBindValue(QString());
    query.addBindValue(QByteArray());
    QVERIFY(query.exec());

    QVERIFY(query.exec(QStringLiteral("SELECT s, b, typeof(s), typeof(b) FROM e ORDER BY id")));
    QVERIFY(query.next());
    QVERIFY(!query.isNull(0));
    QVERIFY(!query.isNull(1));
    QCOMPARE(query.value(0).toString(), QString());
    QCOMPARE(query.value(2).toString(), QStringLiteral("text"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("blob"));
    QVERIFY(query.next());
    QVERIFY(query.isNull(0));
    QVERIFY(query.isNull(1));
    QCOMPARE(query.value(2).toString(), QStringLiteral("null"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("null"));
}

void TestSqlCipherDriver::positionalBinds()
{
    QSqlQuery query(db());
    QVERIFY(query.prepare(QStringLiteral("SELECT ? || '-' || ?, ? * 2")));
    query.bindValue(0, QStringLiteral("a"));
    query.bindValue(1, QStringLiteral("b"));
    query.bindValue(2, 21);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("a-b"));
    QCOMPARE(query.value(1).toLongLong(), 42);
}

void TestSqlCipherDriver::namedBinds()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE n (id INTEGER PRIMARY KEY, name TEXT, age INTEGER)")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO n (name, age) VALUES (:name, :age)")));
    // Bound in the other order than they appear: matched by name.
    query.bindValue(QStringLiteral(":age"), 47);
    query.bindValue(QStringLiteral(":name"), QStringLiteral("Émilie"));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.prepare(QStringLiteral("SELECT name, age FROM n WHERE age > :min AND name <> :other")));
    query.bindValue(QStringLiteral(":other"), QStringLiteral("nobody"));
    query.bindValue(QStringLiteral(":min"), 40);
    QVERIFY(query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Émilie"));
    QCOMPARE(query.value(1).toLongLong(), 47);
}

void TestSqlCipherDriver::sameNameUsedTwice()
{
    QSqlQuery query(db());
    QVERIFY(query.prepare(QStringLiteral("SELECT :a + :b + :a, :b")));
    query.bindValue(QStringLiteral(":a"), 1);
    query.bindValue(QStringLiteral(":b"), 10);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 12);
    QCOMPARE(query.value(1).toLongLong(), 10);
}

void TestSqlCipherDriver::positionalValuesForNamedPlaceholders()
{
    QSqlQuery query(db());
    QVERIFY(query.prepare(QStringLiteral("SELECT :first, :second")));
    query.addBindValue(QStringLiteral("one"));
    query.addBindValue(QStringLiteral("two"));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("one"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("two"));
}

void TestSqlCipherDriver::mixedPlaceholdersAreRefused()
{
    QSqlQuery query(db());
    QVERIFY(query.prepare(QStringLiteral("SELECT ?, :name")));
    query.addBindValue(1);
    query.addBindValue(2);
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().isValid());
    QVERIFY2(query.lastError().text().contains(QStringLiteral("placeholder")), qPrintable(query.lastError().text()));

    QVERIFY(query.prepare(QStringLiteral("SELECT :name, ?")));
    query.bindValue(QStringLiteral(":name"), 1);
    query.bindValue(1, 2);
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().text().contains(QStringLiteral("placeholder")));
}

void TestSqlCipherDriver::missingAndExtraValuesAreRefused()
{
    QSqlQuery query(db());
    QVERIFY(query.prepare(QStringLiteral("SELECT ?, ?")));
    query.addBindValue(1);
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().text().contains(QStringLiteral("placeholder")));

    QVERIFY(query.prepare(QStringLiteral("SELECT ?")));
    query.addBindValue(1);
    query.addBindValue(2);
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().isValid());

    // Without prepare(), a placeholder has nothing bound to it.
    QVERIFY(!query.exec(QStringLiteral("SELECT ?")));
    QVERIFY(query.lastError().isValid());
}

void TestSqlCipherDriver::preparedQueryRunsAgain()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE r (id INTEGER PRIMARY KEY, label TEXT)")));
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO r (label) VALUES (:label)")));
    for (int i = 0; i < 5; ++i) {
        query.bindValue(QStringLiteral(":label"), QStringLiteral("row %1").arg(i));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlQuery select(db());
    QVERIFY(select.prepare(QStringLiteral("SELECT label FROM r WHERE id = ?")));
    for (int id = 5; id >= 1; --id) {
        select.addBindValue(id);
        QVERIFY(select.exec());
        QVERIFY(select.next());
        QCOMPARE(select.value(0).toString(), QStringLiteral("row %1").arg(id - 1));
        QVERIFY(!select.next());
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM r")).toLongLong(), 5);
}

void TestSqlCipherDriver::forwardOnlyNavigation()
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100) "
                                      "SELECT x FROM c")));
    QVERIFY(query.isForwardOnly());
    qlonglong expected = 1;
    while (query.next()) {
        QCOMPARE(query.value(0).toLongLong(), expected);
        QCOMPARE(query.at(), int(expected - 1));
        ++expected;
    }
    QCOMPARE(expected, 101);
    QVERIFY(!query.previous());
    QVERIFY(!query.seek(3));
}

void TestSqlCipherDriver::randomAccessNavigation()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) "
                                      "SELECT x, 'row ' || x FROM c")));
    QVERIFY(query.seek(3));
    QCOMPARE(query.value(0).toLongLong(), 4);
    QVERIFY(query.previous());
    QCOMPARE(query.value(0).toLongLong(), 3);
    QCOMPARE(query.at(), 2);
    QVERIFY(query.last());
    QCOMPARE(query.at(), 9);
    QCOMPARE(query.value(1).toString(), QStringLiteral("row 10"));
    QVERIFY(query.first());
    QCOMPARE(query.value(0).toLongLong(), 1);
    QVERIFY(query.seek(7));
    QVERIFY(query.seek(-2, true));
    QCOMPARE(query.value(0).toLongLong(), 6);
    QVERIFY(!query.seek(10));
    QCOMPARE(query.at(), int(QSql::AfterLastRow));
    QVERIFY(query.seek(0));
    QVERIFY(!query.previous());
    QCOMPARE(query.at(), int(QSql::BeforeFirstRow));

    QVERIFY(query.exec(QStringLiteral("SELECT 1 WHERE 0")));
    QVERIFY(!query.last());
    QVERIFY(!query.first());
}

void TestSqlCipherDriver::queryModelLoadsEveryRow()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE m (id INTEGER PRIMARY KEY, label TEXT)")));
    QVERIFY(db().transaction());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO m (label) VALUES (?)")));
    for (int i = 1; i <= 600; ++i) {
        query.addBindValue(QStringLiteral("label %1").arg(i));
        QVERIFY(query.exec());
    }
    QVERIFY(db().commit());

    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT id, label FROM m ORDER BY id"), db());
    QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("label"));
    QCOMPARE(model.data(model.index(599, 1)).toString(), QStringLiteral("label 600"));
    QCOMPARE(model.data(model.index(0, 0)).toLongLong(), 1);
    QCOMPARE(model.data(model.index(300, 1)).toString(), QStringLiteral("label 301"));
    QCOMPARE(model.record(42).value(QStringLiteral("label")).toString(), QStringLiteral("label 43"));
}

void TestSqlCipherDriver::tableModelEditsAndSubmits()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE participant (id INTEGER PRIMARY KEY, code TEXT NOT NULL, "
                                      "age INTEGER, photo BLOB)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO participant (code, age) VALUES ('P-001', 30), ('P-002', 41)")));

    QSqlTableModel model(nullptr, db());
    model.setTable(QStringLiteral("participant"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY2(model.select(), qPrintable(model.lastError().text()));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("P-002"));

    QVERIFY(model.setData(model.index(1, 2), 42));
    QVERIFY(model.setData(model.index(0, 3), QByteArray("\0\1\2", 3)));
    QSqlRecord added = model.record();
    added.setValue(QStringLiteral("code"), QStringLiteral("P-003"));
    added.setValue(QStringLiteral("age"), 55);
    added.setGenerated(QStringLiteral("id"), false);
    QVERIFY(model.insertRecord(-1, added));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));

    QCOMPARE(scalar(QStringLiteral("SELECT age FROM participant WHERE code = 'P-002'")).toLongLong(), 42);
    QCOMPARE(scalar(QStringLiteral("SELECT photo FROM participant WHERE code = 'P-001'")).toByteArray(),
             QByteArray("\0\1\2", 3));
    QCOMPARE(scalar(QStringLiteral("SELECT age FROM participant WHERE code = 'P-003'")).toLongLong(), 55);

    QVERIFY(model.removeRows(0, 1));
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participant")).toLongLong(), 2);
    QCOMPARE(model.rowCount(), 2);
}

void TestSqlCipherDriver::dataWidgetMapperEditsARow()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE site (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO site (name) VALUES ('Montréal'), ('Québec')")));

    QSqlTableModel model(nullptr, db());
    model.setTable(QStringLiteral("site"));
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY(model.select());

    QLineEdit nameEdit;
    QDataWidgetMapper mapper;
    mapper.setModel(&model);
    mapper.setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    mapper.addMapping(&nameEdit, 1);
    mapper.toFirst();
    QCOMPARE(nameEdit.text(), QStringLiteral("Montréal"));
    mapper.toNext();
    QCOMPARE(nameEdit.text(), QStringLiteral("Québec"));

    nameEdit.setText(QStringLiteral("Trois-Rivières"));
    QVERIFY(mapper.submit());
    QVERIFY2(model.submitAll(), qPrintable(model.lastError().text()));
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM site WHERE id = 2")).toString(), QStringLiteral("Trois-Rivières"));
    mapper.toFirst();
    QCOMPARE(nameEdit.text(), QStringLiteral("Montréal"));
}

void TestSqlCipherDriver::rollbackUndoesWrites()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")));
    QVERIFY(db().transaction());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t (v) VALUES ('kept')")));
    QVERIFY(db().commit());

    QVERIFY(db().transaction());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t (v) VALUES ('dropped')")));
    QVERIFY(query.exec(QStringLiteral("UPDATE t SET v = 'changed'")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM t")).toLongLong(), 2);
    QVERIFY(db().rollback());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM t")).toLongLong(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT v FROM t")).toString(), QStringLiteral("kept"));

    // Rollback with nothing open is an error, reported as such.
    QVERIFY(!db().rollback());
    QCOMPARE(db().lastError().type(), QSqlError::TransactionError);
}

void TestSqlCipherDriver::writerWaitsForBusyTimeoutThenFails()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE b (id INTEGER PRIMARY KEY, v TEXT)")));
    QString error;
    QSqlDatabase second = storagetest::open(m_path, m_key, QStringLiteral("second"), false, &error);
    QVERIFY2(second.isOpen(), qPrintable(error));
    auto *secondDriver = qobject_cast<core::SqlCipherDriver *>(second.driver());
    QVERIFY(secondDriver);
    QCOMPARE(secondDriver->busyTimeout(), core::SqlCipherDriver::DefaultBusyTimeoutMs);
    secondDriver->setBusyTimeout(150);
    QCOMPARE(secondDriver->busyTimeout(), 150);

    // BEGIN IMMEDIATE takes the write lock at once, before any write.
    QVERIFY(db().transaction());
    QVERIFY(!second.transaction());
    QCOMPARE(second.lastError().type(), QSqlError::TransactionError);
    QCOMPARE(second.lastError().nativeErrorCode(), QStringLiteral("5")); // SQLITE_BUSY

    QSqlQuery secondQuery(second);
    QVERIFY(!secondQuery.exec(QStringLiteral("INSERT INTO b (v) VALUES ('second')")));
    QCOMPARE(secondQuery.lastError().type(), QSqlError::StatementError);
    QCOMPARE(secondQuery.lastError().nativeErrorCode(), QStringLiteral("5"));
    // Readers are not blocked in WAL mode. This one stays half-read, holding its snapshot.
    QSqlQuery reader(second);
    QVERIFY(reader.exec(QStringLiteral("SELECT id FROM b UNION ALL SELECT -1")));
    QVERIFY(reader.next());

    QVERIFY(query.exec(QStringLiteral("INSERT INTO b (v) VALUES ('first')")));
    QVERIFY(db().commit());
    // The half-read query's old snapshot does not make the new write transaction fail; its rows stay readable.
    QVERIFY2(second.transaction(), qPrintable(second.lastError().text()));
    QCOMPARE(reader.value(0).toLongLong(), -1);
    QVERIFY(!reader.next());
    QVERIFY2(secondQuery.exec(QStringLiteral("INSERT INTO b (v) VALUES ('second')")),
             qPrintable(secondQuery.lastError().text()));
    QVERIFY(second.commit());
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(v) FROM (SELECT v FROM b ORDER BY id)")).toString(),
             QStringLiteral("first,second"));
}

void TestSqlCipherDriver::lastInsertIdAndRowsAffected()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE l (id INTEGER PRIMARY KEY, v INTEGER)")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(!query.lastInsertId().isValid());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO l (id, v) VALUES (41, 1)")));
    QCOMPARE(query.lastInsertId().toLongLong(), 41);
    QCOMPARE(query.numRowsAffected(), 1);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO l (v) VALUES (2), (3), (4)")));
    QCOMPARE(query.lastInsertId().toLongLong(), 44);
    QCOMPARE(query.numRowsAffected(), 3);
    QVERIFY(query.exec(QStringLiteral("UPDATE l SET v = v + 1 WHERE v >= 2")));
    QCOMPARE(query.numRowsAffected(), 3);
    QVERIFY(!query.lastInsertId().isValid());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM l WHERE v = 1")));
    QCOMPARE(query.numRowsAffected(), 1);
    QVERIFY(query.exec(QStringLiteral("UPDATE l SET v = 0 WHERE id = 999")));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT * FROM l")));
    QCOMPARE(query.numRowsAffected(), -1);
    QVERIFY(query.isSelect());
}

void TestSqlCipherDriver::listsTablesViewsAndSystemTables()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE alpha (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)")));
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE beta (v TEXT)")));
    QVERIFY(query.exec(QStringLiteral("CREATE VIEW gamma AS SELECT v FROM beta")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO alpha (v) VALUES ('x')")));

    QStringList tables = db().tables(QSql::Tables);
    tables.sort();
    QCOMPARE(tables, QStringList({ QStringLiteral("alpha"), QStringLiteral("beta") }));
    QCOMPARE(db().tables(QSql::Views), QStringList { QStringLiteral("gamma") });
    const QStringList system = db().tables(QSql::SystemTables);
    QVERIFY(system.contains(QStringLiteral("sqlite_master")));
    QVERIFY(system.contains(QStringLiteral("sqlite_sequence")));
    QVERIFY(!system.contains(QStringLiteral("alpha")));
    QCOMPARE(db().tables(QSql::AllTables).size(), 3 + system.size());
}

void TestSqlCipherDriver::describesTableRecord()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE rec (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'n/a', "
                                      "score REAL, data BLOB, active BOOLEAN, born DATE)")));
    const QSqlRecord record = db().record(QStringLiteral("rec"));
    QCOMPARE(record.count(), 6);
    QCOMPARE(record.fieldName(0), QStringLiteral("id"));
    QCOMPARE(record.field(0).metaType().id(), QMetaType::LongLong);
    QVERIFY(record.field(0).isAutoValue());
    QCOMPARE(record.field(1).metaType().id(), QMetaType::QString);
    QCOMPARE(record.field(1).requiredStatus(), QSqlField::Required);
    QCOMPARE(record.field(1).defaultValue().toString(), QStringLiteral("'n/a'"));
    QCOMPARE(record.field(2).metaType().id(), QMetaType::Double);
    QCOMPARE(record.field(2).requiredStatus(), QSqlField::Optional);
    QCOMPARE(record.field(3).metaType().id(), QMetaType::QByteArray);
    QCOMPARE(record.field(4).metaType().id(), QMetaType::Bool);
    QCOMPARE(record.field(5).metaType().id(), QMetaType::QString);
    QCOMPARE(record.field(1).tableName(), QStringLiteral("rec"));
    QVERIFY(db().record(QStringLiteral("no_such_table")).isEmpty());

    // A query's record names its columns, with declared types and, for expressions, the value's type.
    QVERIFY(query.exec(QStringLiteral("SELECT name, score, 1.5 AS ratio, 'x' AS letter FROM rec")));
    const QSqlRecord result = query.record();
    QCOMPARE(result.count(), 4);
    QCOMPARE(result.fieldName(0), QStringLiteral("name"));
    QCOMPARE(result.field(0).tableName(), QStringLiteral("rec"));
    QCOMPARE(result.field(1).metaType().id(), QMetaType::Double);
    QCOMPARE(result.fieldName(2), QStringLiteral("ratio"));
    QVERIFY(query.exec(QStringLiteral("SELECT 2.5 AS ratio")));
    QCOMPARE(query.record().field(0).metaType().id(), QMetaType::Double);
}

void TestSqlCipherDriver::describesPrimaryIndex()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE visit (participant TEXT, number INTEGER, note TEXT, "
                                      "PRIMARY KEY (number, participant))")));
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE single (code TEXT PRIMARY KEY, v TEXT)")));
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE nokey (v TEXT)")));
    const QSqlIndex composite = db().primaryIndex(QStringLiteral("visit"));
    QCOMPARE(composite.count(), 2);
    QCOMPARE(composite.fieldName(0), QStringLiteral("number"));
    QCOMPARE(composite.fieldName(1), QStringLiteral("participant"));
    QCOMPARE(composite.cursorName(), QStringLiteral("visit"));
    const QSqlIndex single = db().primaryIndex(QStringLiteral("single"));
    QCOMPARE(single.count(), 1);
    QCOMPARE(single.fieldName(0), QStringLiteral("code"));
    QVERIFY(!single.field(0).isAutoValue());
    QVERIFY(db().primaryIndex(QStringLiteral("nokey")).isEmpty());
}

void TestSqlCipherDriver::escapesIdentifiers()
{
    const QSqlDriver *d = db().driver();
    const QString odd = QStringLiteral("we\"ird name");
    const QString escaped = d->escapeIdentifier(odd, QSqlDriver::TableName);
    QCOMPARE(escaped, QStringLiteral("\"we\"\"ird name\""));
    QCOMPARE(d->escapeIdentifier(escaped, QSqlDriver::TableName), escaped);
    QCOMPARE(d->escapeIdentifier(QStringLiteral("main.t"), QSqlDriver::TableName), QStringLiteral("\"main\".\"t\""));
    QCOMPARE(d->escapeIdentifier(QStringLiteral("col"), QSqlDriver::FieldName), QStringLiteral("\"col\""));

    QSqlQuery query(db());
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE %1 (%2 TEXT)")
                            .arg(escaped, d->escapeIdentifier(QStringLiteral("sel\"ect"), QSqlDriver::FieldName))),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO %1 VALUES ('ok')").arg(escaped)));
    const QSqlRecord record = db().record(odd);
    QCOMPARE(record.count(), 1);
    QCOMPARE(record.fieldName(0), QStringLiteral("sel\"ect"));
    QCOMPARE(db().record(escaped).count(), 1);
}

void TestSqlCipherDriver::formatsValues()
{
    const QSqlDriver *d = db().driver();
    QSqlField blob(QStringLiteral("b"), QMetaType::fromType<QByteArray>());
    blob.setValue(QByteArray("\x00\x01\xab\xff", 4));
    QCOMPARE(d->formatValue(blob), QStringLiteral("X'0001abff'"));
    QSqlField nullBlob(QStringLiteral("b"), QMetaType::fromType<QByteArray>());
    QCOMPARE(d->formatValue(nullBlob), QStringLiteral("NULL"));
    QSqlField text(QStringLiteral("s"), QMetaType::fromType<QString>());
    text.setValue(QStringLiteral("O'Brien"));
    QCOMPARE(d->formatValue(text), QStringLiteral("'O''Brien'"));
    QSqlField flag(QStringLiteral("f"), QMetaType::fromType<bool>());
    flag.setValue(true);
    QCOMPARE(d->formatValue(flag), QStringLiteral("1"));

    // The literals are valid SQL for SQLite and give the same values back.
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("SELECT %1, %2, typeof(%1)").arg(d->formatValue(blob), d->formatValue(text))));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toByteArray(), QByteArray("\x00\x01\xab\xff", 4));
    QCOMPARE(query.value(1).toString(), QStringLiteral("O'Brien"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("blob"));
}

void TestSqlCipherDriver::mapsErrorsToNativeCodes()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE NOT NULL)")));
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, "
                                      "parent_id INTEGER NOT NULL REFERENCES parent(id))")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO parent (code) VALUES ('A')")));

    QVERIFY(query.prepare(QStringLiteral("INSERT INTO parent (code) VALUES (?)")));
    query.addBindValue(QStringLiteral("A"));
    QVERIFY(!query.exec());
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("2067")); // SQLITE_CONSTRAINT_UNIQUE
    QVERIFY(query.lastError().databaseText().contains(QStringLiteral("UNIQUE")));
    QVERIFY(!query.lastError().driverText().isEmpty());

    QVERIFY(!query.exec(QStringLiteral("INSERT INTO parent (code) VALUES (NULL)")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("1299")); // SQLITE_CONSTRAINT_NOTNULL

    // foreign_keys=ON is in force.
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO child (parent_id) VALUES (99)")));
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("787")); // SQLITE_CONSTRAINT_FOREIGNKEY

    QVERIFY(!query.prepare(QStringLiteral("SELEC nonsense")));
    QCOMPARE(query.lastError().type(), QSqlError::StatementError);
    QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("1")); // SQLITE_ERROR
    QVERIFY(!query.exec(QStringLiteral("SELECT * FROM missing_table")));
    QVERIFY(query.lastError().databaseText().contains(QStringLiteral("no such table")));

    // A failed statement leaves the connection usable.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM parent")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 1);
}

void TestSqlCipherDriver::refusesSeveralStatements()
{
    QSqlQuery query(db());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE s (v TEXT)")));
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO s VALUES ('a'); DROP TABLE s")));
    QVERIFY(query.lastError().isValid());
    QVERIFY(db().tables().contains(QStringLiteral("s")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM s")).toLongLong(), 0);
    // A trailing semicolon or comment is not a second statement.
    QVERIFY(query.exec(QStringLiteral("INSERT INTO s VALUES ('b'); -- done")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM s")).toLongLong(), 1);
}

void TestSqlCipherDriver::refusesUnsignedOverflow()
{
    QSqlQuery query(db());
    QVERIFY(query.prepare(QStringLiteral("SELECT ?")));
    query.addBindValue(std::numeric_limits<qulonglong>::max());
    QVERIFY(!query.exec());
    QVERIFY(query.lastError().text().contains(QStringLiteral("too large")));
    query.addBindValue(qulonglong(std::numeric_limits<qint64>::max()));
    QVERIFY(query.exec());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), std::numeric_limits<qint64>::max());
}

QTEST_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
