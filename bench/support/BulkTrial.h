#pragma once

#include "core/Result.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace trialdesk::bench {

// A large synthetic trial written straight into a fresh workspace, for the database benchmarks, on
// either backend: one generator, the same rows.
//
// BulkTrial::create(dir, participants) makes a workspace in dir (through Workspace::create, so the
// schema, key slots and protocol are the real ones) with the sites of Options::sites, four users
// (admin, a coordinator, a blinded outcome assessor and a statistician, passwords below), then
// writes with plain parameterized INSERTs (no services, no audit entries), one transaction per
// 10,000 rows. BulkTrial::createOnServer does the same on a trial server: the trial is set up
// through Workspace::createOnServer (the bundled protocol with Options::sites), dir becomes a
// workspace connected to it, and the rows are written as the database's owner with the trial
// tables' user triggers (the server's row audit, core/server/row_audit.sql) disabled during the load
// and enabled again after it.
// - per participant one eligible screening, the participant, a consent on the protocol's current
//   form and a randomization (arms in permuted blocks of 4 per site x condition stratum), randomized
//   at 15:00 UTC on days spread evenly over the recruitment period ending the day before
//   Options::asOf, sites in turn (without Options::randomized: registered and consented only, no
//   randomization and no visits, for the randomization benchmark);
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
    static inline const QString kStatistician = QStringLiteral("stat");
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
        bool randomized = true; // false: registered and consented participants only
    };

    // The trial server and its owner, who sets the trial up and writes the bulk rows.
    struct Server
    {
        QString conninfo; // a libpq string naming the database (core/server/ServerAddress)
        QString ownerRole;
        QByteArray ownerPassword;
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
    // The same trial on a trial server whose database holds no trial yet; directory becomes a
    // workspace connected to it.
    static core::Result<Summary> createOnServer(const QString &directory, const Server &server, const Options &options);

    // On a trial server, as the database's owner: runs `load` with the user triggers of `tables` (the
    // server's row audit) disabled, enables them again, then makes the identity columns of the
    // tables `idsGivenIn` continue after the largest id the load gave. Other generators (BulkForms)
    // load their rows through it.
    static core::Status loadAsOwner(const Server &server, const QStringList &tables, const QStringList &idsGivenIn,
                                    const std::function<core::Status(QSqlDatabase &)> &load);
    // After a load: the query planner's statistics, and on PostgreSQL the visibility map (VACUUM
    // ANALYZE: index-only scans), as a maintained production database has them.
    static core::Status maintain(QSqlDatabase &db);
    // What an INSERT that gives an identity column's value says before VALUES on db's backend
    // (PostgreSQL: " OVERRIDING SYSTEM VALUE"; SQLite: nothing).
    static QString givenIds(const QSqlDatabase &db);

    // Counts of an existing bulk trial (to reuse one built earlier).
    static core::Result<Summary> describe(QSqlDatabase &db);

    // Signs in as kAdmin, kCoordinator, kAssessor or kStatistician (or another user added with
    // kPassword) with kPassword, on either backend. The session reads the clock
    // passed (it must outlive the session).
    static core::Result<std::unique_ptr<core::TrialSession>> login(const QString &directory, const QString &user,
                                                                   const core::Clock &clock);
};

} // namespace trialdesk::bench
