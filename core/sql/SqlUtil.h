#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace trialdesk::core {

// A storage error for a failed query: the message says what could not be done; the SQL error
// detail follows for the technical reader.
Error storageError(const QString &what, const QSqlQuery &query);
Error storageError(const QString &what, const QSqlDatabase &db);

// Whether `db` is a connection to a trial server (PostgreSQL through QPSQL) rather than a local
// workspace (SQLCipher).
bool isTrialServer(const QSqlDatabase &db);

// Prepares and runs a parameterized statement with positional values.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});

// Prepares and runs a parameterized statement with a list of positional values, to be read forwards
// once (lists, counts, reports). `what` tells the user what could not be done; the SQL error
// detail follows. Forward-only on SQLite; on a trial server the result is read whole, because libpq
// reads one result at a time per connection: a row-by-row result would be cut short by any other
// statement run while it is read (core/sql/RowStream streams in constant memory on both).
Result<QSqlQuery> execList(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what);

// "?, ?, ?": the positional placeholders of an IN list of `count` bound values (values are always
// bound, never written into the SQL).
QString placeholders(qsizetype count);

// A nullable text column value.
QVariant nullableText(const std::optional<QString> &value);

} // namespace trialdesk::core
