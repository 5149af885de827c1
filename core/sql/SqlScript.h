#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace trialdesk::core {

// The statements of a SQL script, in order, without their terminating semicolons and without
// statements that are only comments or blank. A semicolon ends a statement only outside quotes
// ('...', "..."), comments (-- to the end of the line, /* ... */, nested as PostgreSQL nests them)
// and dollar-quoted bodies ($$ ... $$, $tag$ ... $tag$): how the server's PL/pgSQL functions are
// kept in readable .sql files and still sent one statement at a time (Qt's PostgreSQL driver
// prepares what it is given, and PREPARE takes one statement).
QStringList splitSqlScript(const QString &script);

// Runs one schema statement (CREATE, ALTER, functions, triggers) without preparing it first: Qt's
// PostgreSQL driver wraps what it prepares in PREPARE, which takes only SELECT, INSERT, UPDATE,
// DELETE and VALUES. For statements without values only; values are always bound (core/sql/SqlUtil.h).
Result<QSqlQuery> execSchemaStatement(QSqlDatabase &db, const QString &sql);

} // namespace trialdesk::core
