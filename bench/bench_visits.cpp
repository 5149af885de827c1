// The coordinator's "today" view and the overdue list of one site, on a bulk trial (BulkTrial: by
// default 100,000 participants and their visits), timed through VisitService against the bare
// indexed SQL query as baseline in the same run. Prints the machine, the data and a table of
// medians. Arguments: [workspace directory (built there if empty or missing, reused if it holds a
// bulk trial)] [participants] [runs]; without a directory the trial is built in a temporary folder.
#include "bench/support/BareQueries.h"
#include "bench/support/BenchTools.h"
#include "bench/support/BulkTrial.h"
#include "core/sql/SqlUtil.h"
#include "core/visits/VisitService.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace trialdesk;
using bench::BulkTrial;
using bench::cpuModel;
using bench::fail;
using bench::medianMs;

namespace {

QString queryPlan(QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT v.id FROM visits v WHERE ") + where
                       + QStringLiteral(" ORDER BY v.target_date, v.participant_id, v.visit_order")))
        return query.lastError().text();
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return query.lastError().text();
    QStringList steps;
    while (query.next())
        steps.append(query.value(3).toString());
    return steps.join(QStringLiteral("; "));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTemporaryDir temporary;
    QString directory = arguments.size() > 1 ? arguments.at(1) : temporary.filePath(QStringLiteral("bulk"));
    const qint64 participants = arguments.size() > 2 ? arguments.at(2).toLongLong() : 100'000;
    const int runs = arguments.size() > 3 ? std::max(1, arguments.at(3).toInt()) : 15;

    QElapsedTimer build;
    build.start();
    bool built = false;
    if (!core::Workspace::exists(directory)) {
        auto created = BulkTrial::create(directory, participants);
        if (!created)
            fail(created.error().message);
        built = true;
    }
    const double buildSeconds = double(build.elapsed()) / 1000.0;
    const core::Clock &clock = core::Clock::system();
    auto coordinator = BulkTrial::login(directory, BulkTrial::kCoordinator, clock);
    auto assessor = BulkTrial::login(directory, BulkTrial::kAssessor, clock);
    if (!coordinator || !assessor)
        fail(coordinator ? assessor.error().message : coordinator.error().message);
    QSqlDatabase &db = coordinator.value()->database();
    auto summary = BulkTrial::describe(db);
    if (!summary)
        fail(summary.error().message);
    const QString site = summary->sites.value(0);
    const QDate asOf = summary->asOf;
    const QString day = asOf.toString(Qt::ISODate);
    auto siteVisits = core::exec(db,
                                 QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN status = 'planned' AND "
                                                "target_date < ? THEN 1 ELSE 0 END) FROM visits WHERE "
                                                "site_code = ?"),
                                 { day, site });
    if (!siteVisits || !siteVisits->next())
        fail(QStringLiteral("cannot count the site's visits"));

    std::printf("machine,%s,%d cores\n", qPrintable(cpuModel()), QThread::idealThreadCount());
    std::printf("data,%lld participants,%lld visits,%lld planned,%lld sites,as of %s\n",
                qlonglong(summary->participants), qlonglong(summary->visits), qlonglong(summary->plannedVisits),
                qlonglong(summary->sites.size()), qPrintable(day));
    std::printf("site,%s,%lld visits,%lld overdue\n", qPrintable(site), siteVisits->value(0).toLongLong(),
                siteVisits->value(1).toLongLong());
    std::printf("build,%s,%.1f s\n", built ? "built" : "reused", buildSeconds);

    core::VisitService service(*coordinator.value());
    core::VisitService blinded(*assessor.value());
    const int page = core::TodayView::kListLimit;
    const QVariantList overdueValues = { site, QStringLiteral("planned"), day };
    const QString overdueWhere = QStringLiteral("v.site_code = ? AND v.status = ? AND v.target_date < ?");
    std::printf("plan overdue,\"%s\"\n", qPrintable(queryPlan(db, overdueWhere, overdueValues)));

    const auto todayBaseline = [&]() -> qint64 { return bench::todayBare(db, site, asOf, page); };
    const auto todayOf = [&](core::VisitService &visits) {
        return [&visits, &site, &asOf]() -> qint64 {
            auto view = visits.today(site, asOf);
            if (!view)
                fail(view.error().message);
            return view->dueToday.size() + view->dueThisWeek.size() + view->overdue.size() + view->outOfWindow.size();
        };
    };
    const auto overduePageOf = [&](core::VisitService &visits) {
        return [&visits, &site, &asOf, page]() -> qint64 {
            auto rows = visits.overduePage(site, asOf, 0, page);
            if (!rows)
                fail(rows.error().message);
            return rows->rows.size();
        };
    };
    const auto overdueAll = [&]() -> qint64 {
        auto rows = service.overdue(site, asOf);
        if (!rows)
            fail(rows.error().message);
        return rows->size();
    };

    struct Line
    {
        const char *name;
        std::function<qint64()> measured;
        std::function<qint64()> baseline;
    };
    const std::vector<Line> lines = {
        { "today (coordinator)", todayOf(service), todayBaseline },
        { "today (blinded assessor)", todayOf(blinded), todayBaseline },
        { "overdue first page (coordinator)", overduePageOf(service),
          [&] { return bench::visitsBare(db, overdueWhere, overdueValues, page); } },
        { "overdue first page (blinded assessor)", overduePageOf(blinded),
          [&] { return bench::visitsBare(db, overdueWhere, overdueValues, page); } },
        { "overdue full list (command line)", overdueAll,
          [&] { return bench::visitsBare(db, overdueWhere, overdueValues, 0); } },
    };
    std::printf("measure,rows,median_ms,baseline_rows,baseline_median_ms,ratio,under_100_ms\n");
    for (const Line &line : lines) {
        qint64 rows = 0;
        qint64 baselineRows = 0;
        const double measured = medianMs(runs, line.measured, rows);
        const double baseline = medianMs(runs, line.baseline, baselineRows);
        std::printf("%s,%lld,%.2f,%lld,%.2f,%.2f,%s\n", line.name, qlonglong(rows), measured, qlonglong(baselineRows),
                    baseline, measured / baseline, measured < 100.0 ? "yes" : "no");
    }
    std::printf("runs per median,%d\n", runs);
    return 0;
}
