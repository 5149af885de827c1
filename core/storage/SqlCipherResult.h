#pragma once

#include <QList>
#include <QMetaType>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace trialdesk::core {

class SqlCipherDriver;

// One statement of a SqlCipherDriver connection. Qt's cached-result helper is private API, so random access is done
// here: rows are cached as they are stepped (only the current one in forward-only mode), which is what
// QSqlQueryModel, QSqlTableModel and QDataWidgetMapper need. size() is -1: SQLite cannot count a result in advance.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    // Called by the driver before it closes the connection: a statement must not outlive its connection.
    void finalizeStatement();
    // Called by the driver before BEGIN IMMEDIATE: a half-read SELECT keeps an old read snapshot, and SQLite refuses
    // to turn a stale snapshot into a write transaction (SQLITE_BUSY_SNAPSHOT). A random-access result caches its
    // remaining rows and lets the snapshot go; a forward-only one cannot and keeps it.
    void releaseSnapshot();

    QVariant handle() const override;

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    enum class StatementKind { Other, Insert, Modification };

    sqlite3 *connection() const;
    bool fail(const QString &text, QSqlError::ErrorType type = QSqlError::StatementError);
    bool failWithSqlite(const QString &text);
    bool bindValues();
    bool bindValue(int parameter, const QVariant &value);
    bool stepRow();
    QVariantList readRow() const;
    void buildRecord();
    const QVariant *currentValue(int field) const;
    void clearResultSet();

    sqlite3_stmt *m_stmt = nullptr;
    StatementKind m_kind = StatementKind::Other;
    QSqlRecord m_record;
    QList<QMetaType> m_columnTypes;
    // Rows stepped so far, from row number m_firstCachedRow on. A NULL is stored as an invalid QVariant and
    // returned as a null QVariant of the column's type.
    QList<QVariantList> m_rows;
    int m_firstCachedRow = 0;
    bool m_done = true;
    bool m_stepFailed = false;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace trialdesk::core
