#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace trialdesk::bench {

// The pieces every database benchmark shares: what it runs on, how it times, how it fails.

// Prints "<program>: message" on stderr and exits with status 1.
[[noreturn]] void fail(const QString &message);

// The CPU's model name from /proc/cpuinfo ("unknown" when it cannot be read).
QString cpuModel();

// Median wall time in milliseconds of `runs` calls after one warm-up call; `result` is the last call's.
double medianMs(int runs, const std::function<qint64()> &call, qint64 &result);

// A forward-only query, prepared, bound and executed; fail() on any error.
QSqlQuery runOrFail(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The bare-SQL baseline: runs the query and reads every column of every row, building nothing.
// Returns the number of rows.
qint64 bare(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

} // namespace trialdesk::bench
