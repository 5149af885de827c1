// The reports and the today view on a trial server at 100,000 participants: a throwaway PostgreSQL 15
// started here (tests/support/PgCluster: TLS, SCRAM, fsync on), the synthetic trial of BulkTrial
// (the generator of the local benchmarks) loaded onto it as the database's owner, then CONSORT,
// recruitment and Table 1 through core's services on a statistician's server session (and
// recruitment on a coordinator's too), the today view and the first overdue page through
// VisitService on a coordinator's and a blinded assessor's, each against the bare SQL that answers
// the same question on the same server in the same run, on the same connection (median of several
// runs after a warm-up, and the ratio). Goals: reports under 1 s, the today view under 100 ms.
//   bench_server_reports [participants=100000] [runs=7]
#include "bench/support/BareQueries.h"
#include "bench/support/BenchTools.h"
#include "bench/support/BulkForms.h"
#include "bench/support/BulkTrial.h"
#include "core/visits/VisitService.h"
#include "reports/ConsortReport.h"
#include "reports/RecruitmentReport.h"
#include "reports/stats/BaselineReport.h"
#include "tests/support/PgCluster.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <vector>

using namespace trialdesk;
using bench::BulkTrial;
using bench::fail;
using trialdesk::test::PgCluster;

namespace {

std::unique_ptr<core::TrialSession> signIn(const QString &directory, const QString &user, const core::Clock &clock)
{
    auto session = BulkTrial::login(directory, user, clock);
    if (!session)
        fail(user + QStringLiteral(": ") + session.error().message);
    return std::move(session).value();
}

// Fails on a refusal; the measure is the count the result holds.
template <typename T> qint64 counted(const core::Result<T> &result, const std::function<qint64(const T &)> &count)
{
    if (!result)
        fail(result.error().message);
    return count(result.value());
}

} // namespace

int main(int argc, char **argv)
{
    // The reports library needs a GUI application (fonts); the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const qint64 participants = argc > 1 ? std::atoll(argv[1]) : 100'000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
    if (participants < 1)
        fail(QStringLiteral("usage: bench_server_reports [participants] [runs]"));

    // Static: stopped and removed at exit too, when bench::fail() ends the run.
    static PgCluster cluster;
    if (!cluster.ok() || !cluster.psql(QStringLiteral("CREATE DATABASE bulk")))
        fail(QStringLiteral("could not start PostgreSQL: ") + cluster.error());
    QTemporaryDir temporary;
    const QString directory = temporary.filePath(QStringLiteral("workspace"));
    QElapsedTimer build;
    build.start();
    BulkTrial::Options options;
    options.participants = participants;
    const BulkTrial::Server server { cluster.conninfo(PgCluster::kOwner, QStringLiteral("bulk")), PgCluster::kOwner,
                                     PgCluster::kOwnerPassword };
    auto summary = BulkTrial::createOnServer(directory, server, options);
    if (!summary)
        fail(summary.error().message);
    // Table 1's form data: the baseline forms of every completed or planned baseline visit (the
    // local benchmarks' workspace also has every other form, which Table 1 does not read).
    const QStringList baselineForms = { QStringLiteral("DEMOGRAPHICS"), QStringLiteral("CONDITIONS") };
    bench::BulkForms::Totals formData;
    if (const core::Status loaded
        = BulkTrial::loadAsOwner(server, { QStringLiteral("form_entries"), QStringLiteral("item_values") },
                                 { QStringLiteral("form_entries") },
                                 [&](QSqlDatabase &db) -> core::Status {
                                     auto totals = bench::BulkForms::populate(db, std::numeric_limits<qint64>::max(),
                                                                              20261127, baselineForms);
                                     if (!totals)
                                         return totals.error();
                                     formData = totals.value();
                                     return BulkTrial::maintain(db);
                                 });
        !loaded)
        fail(loaded.error().message);
    const double buildSeconds = double(build.elapsed()) / 1000.0;

    // TRIALDESK_BENCH_EXPLAIN=N: the server logs the plan with its timings (auto_explain, EXPLAIN
    // ANALYZE) of every statement slower than N ms; what it logged while measuring goes to stderr.
    const int explainMs = qEnvironmentVariableIntValue("TRIALDESK_BENCH_EXPLAIN");
    // (Set on the database: a server-wide setting of a module not loaded yet is refused.)
    if (explainMs > 0)
        for (const QString &setting :
             { QStringLiteral("session_preload_libraries = 'auto_explain'"),
               QStringLiteral("auto_explain.log_min_duration = %1").arg(explainMs),
               QStringLiteral("auto_explain.log_analyze = on"), QStringLiteral("auto_explain.log_buffers = on") })
            if (!cluster.psql(QStringLiteral("ALTER DATABASE bulk SET ") + setting))
                fail(cluster.error());
    const qsizetype logStart = cluster.serverLog().size();

    // The synthetic trial's "today".
    const QDate asOf = summary->asOf;
    core::ManualClock clock(QDateTime(asOf, QTime(12, 0), QTimeZone::utc()));
    auto statistician = signIn(directory, BulkTrial::kStatistician, clock);
    auto coordinator = signIn(directory, BulkTrial::kCoordinator, clock);
    auto assessor = signIn(directory, BulkTrial::kAssessor, clock);
    const QString site = summary->sites.value(0);
    const int page = core::TodayView::kListLimit;

    const auto consort = [](core::TrialSession &session) {
        return [&session]() -> qint64 {
            return counted<reports::ConsortFlow>(
                reports::ConsortReport::compute(session),
                [](const reports::ConsortFlow &flow) { return flow.randomized.count; });
        };
    };
    const auto recruitment = [](core::TrialSession &session) {
        return [&session]() -> qint64 {
            return counted<reports::RecruitmentData>(
                reports::RecruitmentReport::compute(session),
                [](const reports::RecruitmentData &data) { return data.randomized; });
        };
    };
    const auto baseline = [](core::TrialSession &session) {
        return [&session]() -> qint64 {
            return counted<reports::BaselineTable>(
                reports::BaselineReport::compute(session),
                [](const reports::BaselineTable &table) { return qint64(table.variables.size()); });
        };
    };
    const auto today = [&](core::TrialSession &session) {
        return [&session, &site, asOf]() -> qint64 {
            return counted<core::TodayView>(core::VisitService(session).today(site, asOf),
                                            [](const core::TodayView &view) {
                                                return qint64(view.dueToday.size() + view.dueThisWeek.size()
                                                              + view.overdue.size() + view.outOfWindow.size());
                                            });
        };
    };
    const auto overduePage = [&](core::TrialSession &session) {
        return [&session, &site, asOf, page]() -> qint64 {
            return counted<core::VisitPage>(core::VisitService(session).overduePage(site, asOf, 0, page),
                                            [](const core::VisitPage &rows) { return qint64(rows.rows.size()); });
        };
    };
    // The bare SQL runs on the measured session's own connection: the same role, the same policies.
    const auto on = [](core::TrialSession &session, qint64 (*query)(QSqlDatabase &)) {
        return [&session, query]() -> qint64 { return query(session.database()); };
    };
    const auto todayBare = [&](core::TrialSession &session) {
        return [&session, &site, asOf, page]() -> qint64 {
            return bench::todayBare(session.database(), site, asOf, page);
        };
    };
    const auto overdueBare = [&](core::TrialSession &session) {
        return [&session, &site, asOf, page]() -> qint64 {
            return bench::visitsBare(session.database(),
                                     QStringLiteral("v.site_code = ? AND v.status = ? AND v.target_date < ?"),
                                     { site, QStringLiteral("planned"), asOf.toString(Qt::ISODate) }, page);
        };
    };

    struct Line
    {
        const char *name;
        const char *role;
        std::function<qint64()> measured;
        std::function<qint64()> baseline;
        double goalMs;
    };
    const std::vector<Line> lines = {
        { "CONSORT counts", "statistician", consort(*statistician), on(*statistician, bench::consortBare), 1000 },
        { "recruitment data", "statistician", recruitment(*statistician), on(*statistician, bench::recruitmentBare),
          1000 },
        { "recruitment data", "coordinator", recruitment(*coordinator), on(*coordinator, bench::recruitmentBare),
          1000 },
        { "Table 1 (baseline)", "statistician", baseline(*statistician), on(*statistician, bench::baselineBare), 1000 },
        { "today view", "coordinator", today(*coordinator), todayBare(*coordinator), 100 },
        { "today view", "blinded assessor", today(*assessor), todayBare(*assessor), 100 },
        { "overdue first page", "coordinator", overduePage(*coordinator), overdueBare(*coordinator), 100 },
    };

    std::printf("machine,%s,%d cores\n", qPrintable(bench::cpuModel()), QThread::idealThreadCount());
    QSqlQuery jit = bench::runOrFail(statistician->database(), QStringLiteral("SELECT current_setting('jit')"));
    std::printf(
        "server,PostgreSQL 15 (throwaway cluster on the same machine, TLS, fsync on, default settings),jit %s\n",
        qPrintable(jit.next() ? jit.value(0).toString() : QString()));
    jit.finish();
    std::printf("data,%lld participants,%lld visits,%lld planned,as of %s,site %s\n", qlonglong(summary->participants),
                qlonglong(summary->visits), qlonglong(summary->plannedVisits), qPrintable(asOf.toString(Qt::ISODate)),
                qPrintable(site));
    std::printf("form data,%lld entries,%lld item values (%s)\n", qlonglong(formData.entries),
                qlonglong(formData.values), qPrintable(baselineForms.join(QLatin1Char(' '))));
    std::printf("bulk load,%.1f s (owner, row-audit triggers disabled during the load)\n", buildSeconds);
    std::printf("measure,role,rows,median_ms,bare_rows,bare_median_ms,ratio,goal_ms,met\n");
    for (const Line &line : lines) {
        qint64 rows = 0, bareRows = 0;
        const double bareMs = bench::medianMs(runs, line.baseline, bareRows);
        const double ms = bench::medianMs(runs, line.measured, rows);
        std::printf("%s,%s,%lld,%.1f,%lld,%.1f,%.2f,%.0f,%s\n", line.name, line.role, qlonglong(rows), ms,
                    qlonglong(bareRows), bareMs, bareMs > 0 ? ms / bareMs : 0.0, line.goalMs,
                    ms < line.goalMs ? "yes" : "no");
        std::fflush(stdout);
    }
    std::printf("runs per median,%d\n", runs);
    if (explainMs > 0)
        std::fprintf(stderr, "%s\n", cluster.serverLog().mid(logStart).constData());
    return 0;
}
