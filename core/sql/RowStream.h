#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace trialdesk::core {

// The rows of one SELECT, read forwards in constant memory, side by side with other RowStreams on
// the same connection (an export merges two).
// - SQLite: one forward-only query; SQLite steps each statement on its own, and while any is open
//   the connection keeps one read transaction, so streams opened together see the same data.
// - A trial server: libpq reads one result at a time per connection, so a forward-only query (Qt's
//   single-row mode) is cut short by the next statement on the connection ("Unable to get result").
//   The SELECT is a server-side cursor instead (DECLARE ... NO SCROLL CURSOR), fetched a batch at a
//   time, each batch read whole. Cursors live in a transaction: open them after beginSnapshot(),
//   which also gives them all one snapshot, and endSnapshot() when done.
class RowStream
{
public:
    // `name` names the cursor on a server: a plain identifier, unique among the streams open at once.
    RowStream(QSqlDatabase &db, QString name);
    ~RowStream();
    RowStream(const RowStream &) = delete;
    RowStream &operator=(const RowStream &) = delete;

    // The SELECT takes no bound values (a cursor is declared by its text). The user reads `opening`
    // when it cannot start, `partWay` when it fails after; the SQL error detail follows.
    Status open(const QString &sql, const QString &opening, const QString &partWay);
    // The next row; false at the end or on an error (status()).
    bool next();
    QVariant value(int column) const;
    // Why the stream failed (open()'s messages).
    const Status &status() const { return m_status; }

    // A read-only transaction with one snapshot for the streams opened on a server connection (a
    // no-op on SQLite, where open statements already share one): refused when a transaction is open.
    static Status beginSnapshot(QSqlDatabase &db, const QString &what);
    // Ends it (rolls back: nothing was written). Safe to call when none is open.
    static void endSnapshot(QSqlDatabase &db);

private:
    bool fetch();

    QSqlDatabase &m_db;
    QString m_name;
    QString m_partWay;
    bool m_server = false;
    bool m_open = false;
    bool m_exhausted = false; // the server has no rows left after the batch in hand
    std::optional<QSqlQuery> m_query;
    Status m_status;
};

} // namespace trialdesk::core
