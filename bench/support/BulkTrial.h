#pragma once

#include "core/Result.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace trialdesk::bench {

// A large synthetic trial written straight into a fresh workspace, for the database benchmarks.
//
// BulkTrial::create(dir, participants) makes a workspace in dir (through Workspace::create, so the
// schema, key slots and protocol are the real ones) with the sites of Options::sites, three users
// (admin, a coordinator and a blinded outcome assessor, passwords below), then writes with plain
// INSERTs (no services, no audit entries), one transaction per 10,000 rows:
// - per participant one eligible screening, the participant, and a randomization (arms in
//   permuted blocks of 4 per site x condition stratum), randomized at 15:00 UTC on days spread
//   evenly over the recruitment period ending the day before Options::asOf, sites in turn;
// - the visits of the current protocol's schedule for the arm (VisitCalendar: the dates the
//   service itself would plan), with realistic statuses as of asOf: past windows mostly completed
//   (about 2% out of window), some missed, a few still planned (forgotten: overdue); open windows
//   partly completed; future visits planned; about 6% of participants withdrawn from follow-up and
//   4% lost to follow-up on a day after randomization, their later visits cancelled.
// Deterministic for a seed. With the default schedule a participant has 4 (UC) or 11 (PP) visits:
// 100,000 participants make about 750,000 visits, 200,000 about 1.5 million.
//
// Other benchmarks add their own data on top (e.g. BulkForms for form entries) through login().
class BulkTrial
{
public:
    static inline const QString kAdmin = QStringLiteral("admin");
    static inline const QString kCoordinator = QStringLiteral("coord");
    static inline const QString kAssessor = QStringLiteral("assessor");
    // Synthetic workspaces only: never use these passwords on real data.
    static inline const QByteArray kPassword = QByteArrayLiteral("bulk trial password 1");

    struct Options
    {
        qint64 participants = 100'000;
        QStringList sites
            = { QStringLiteral("ICM"), QStringLiteral("CHUM"), QStringLiteral("CUSM"), QStringLiteral("CHUS") };
        QDate asOf = QDate(2029, 6, 15); // "today" of the synthetic trial
        int recruitmentDays = 3 * 365;
        quint32 seed = 20261127;
    };

    struct Summary
    {
        qint64 participants = 0;
        qint64 visits = 0;
        qint64 plannedVisits = 0;
        QStringList sites;
        QDate asOf; // the day after the last recorded visit
    };

    // Creates and fills the workspace; directory must not hold a workspace yet.
    static core::Result<Summary> create(const QString &directory, qint64 participants);
    static core::Result<Summary> create(const QString &directory, const Options &options);

    // Counts of an existing bulk trial (to reuse one built earlier).
    static core::Result<Summary> describe(QSqlDatabase &db);

    // Signs in as kAdmin, kCoordinator or kAssessor with kPassword. The session reads the clock
    // passed (it must outlive the session).
    static core::Result<std::unique_ptr<core::TrialSession>> login(const QString &directory, const QString &user,
                                                                   const core::Clock &clock);
};

} // namespace trialdesk::bench
