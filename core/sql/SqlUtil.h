#pragma once

#include "Result.h"

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

// Prepares and runs a parameterized statement with positional values.
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values = {});

// A nullable text column value.
QVariant nullableText(const std::optional<QString> &value);

} // namespace trialdesk::core
