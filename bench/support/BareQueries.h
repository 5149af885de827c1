#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace trialdesk::bench {

// The bare-SQL baselines of the report and visit benchmarks, shared by the local workspace's
// benchmarks and the trial server's: each answers the same question as the service it is measured
// against, reading every column of every row (BenchTools' bare()) and building nothing. The SQL is
// the same on SQLite and PostgreSQL. Each returns the number of rows read.

// The counts a hand-written CONSORT diagram needs: screenings by outcome, randomizations by arm,
// events by type and arm, the first intervention and primary outcome visits by arm and status.
qint64 consortBare(QSqlDatabase &db);
// Recruitment: randomizations by site and month, screenings by site.
qint64 recruitmentBare(QSqlDatabase &db);

// Randomized and not randomized in error (the condition core/reporting/AnalysisData applies), for the
// participant id column given.
QString inTrial(const QString &participantColumn);
// Form values counted by arm, visit, form, item and value, in trial; `filter` adds conditions
// ("AND ...") on the joined rows (v visits, fe form_entries, iv item_values, r randomizations).
QString formValueCountsSql(const QString &filter);
// Table 1: strata by arm, then the baseline visit's demographics and conditions values by arm.
qint64 baselineBare(QSqlDatabase &db);

// Visits of a site in the order of the visit lists (target date, participant, visit order), with
// the participant's study id, as the visit service reads them; `where` is on visits v. A page
// (limit > 0) is its ids from the covering index, then those rows; a full list is one query.
qint64 visitsBare(QSqlDatabase &db, const QString &where, const QVariantList &values, int limit);
// The four capped lists of the today view of `site` on `day` (due today, this week, overdue in
// window, out of window), `page` rows each at most.
qint64 todayBare(QSqlDatabase &db, const QString &site, const QDate &day, int page);

} // namespace trialdesk::bench
