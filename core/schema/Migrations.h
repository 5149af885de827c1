#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

// Declared only: readers of this header need no Qt Sql (trialdesk_core links it privately).
class QSqlDatabase;

namespace trialdesk::core {

class Clock;

// Numbered schema migrations. Each runs in its own transaction and is recorded in schema_version;
// running them again applies only what is missing. A database whose version is newer than this
// program knows is refused untouched.
//
// Statements are written once for SQLite 3.15 and PostgreSQL 15: portable DML everywhere; the few
// DDL differences go through tokens expanded per dialect: {{ID}} (auto-increment primary key),
// and triggers, which each migration states per dialect.
class Migrations
{
public:
    enum class Dialect { SQLite, PostgreSQL };

    struct Migration
    {
        int version;
        QString description;
        QStringList sqlite;
        QStringList postgresql;
    };

    static const QList<Migration> &all();
    static int latestVersion();

    // Version recorded in the database; 0 for an empty database.
    static Result<int> currentVersion(QSqlDatabase &db);
    // Applies every missing migration in order. Unsupported error for a newer database.
    static Status migrate(QSqlDatabase &db, const Clock &clock);
    static QString expand(const QString &statement, Dialect dialect);
};

} // namespace trialdesk::core
