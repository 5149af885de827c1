// The statistical reports (baseline Table 1 with balance, retention, outcomes) on a bulk trial
// (BulkTrial: by default 100,000 participants and their visits; BulkForms: about 10 million item
// values), each timed against its bare SQL (the same GROUP BY queries, every row read, nothing
// built) in the same run. Prints the machine, the data and a table of medians. Arguments: [workspace
// directory (built there if missing, reused if it holds a bulk trial)] [participants] [runs].
#include "bench/support/BareQueries.h"
#include "bench/support/BenchTools.h"
#include "bench/support/BulkForms.h"
#include "bench/support/BulkTrial.h"
#include "core/sql/SqlUtil.h"
#include "core/workspace/Workspace.h"
#include "reports/ReportContext.h"
#include "reports/stats/BaselineReport.h"
#include "reports/stats/OutcomeReport.h"
#include "reports/stats/RetentionReport.h"
#include "reports/stats/StatsSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace trialdesk;
using bench::bare;
using bench::BulkForms;
using bench::BulkTrial;
using bench::cpuModel;
using bench::fail;
using bench::medianMs;

namespace {

qint64 count(QSqlDatabase &db, const QString &sql)
{
    auto query = core::exec(db, sql);
    if (!query || !query->next())
        fail(QStringLiteral("cannot run %1").arg(sql));
    return query->value(0).toLongLong();
}

} // namespace

int main(int argc, char **argv)
{
    // Fonts (PDF layout) need a GUI application; the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTemporaryDir temporary;
    const QString directory = arguments.size() > 1 ? arguments.at(1) : temporary.filePath(QStringLiteral("bulk"));
    const qint64 participants = arguments.size() > 2 ? arguments.at(2).toLongLong() : 100'000;
    const int runs = arguments.size() > 3 ? std::max(1, arguments.at(3).toInt()) : 7;

    QElapsedTimer build;
    build.start();
    bool built = false;
    if (!core::Workspace::exists(directory)) {
        auto created = BulkTrial::create(directory, participants);
        if (!created)
            fail(created.error().message);
        built = true;
    }
    // The reports' "today" is the synthetic trial's.
    core::ManualClock clock(QDateTime(QDate(2029, 6, 15), QTime(12, 0), QTimeZone::utc()));
    auto admin = BulkTrial::login(directory, BulkTrial::kAdmin, clock);
    if (!admin)
        fail(admin.error().message);
    core::TrialSession &session = *admin.value();
    QSqlDatabase &db = session.database();
    auto summary = BulkTrial::describe(db);
    if (!summary)
        fail(summary.error().message);
    clock.set(QDateTime(summary->asOf, QTime(12, 0), QTimeZone::utc()));
    if (count(db, QStringLiteral("SELECT COUNT(*) FROM form_entries")) == 0) {
        auto filled = BulkForms::populate(db);
        if (!filled)
            fail(filled.error().message);
        built = true;
    }
    const double buildSeconds = double(build.elapsed()) / 1000.0;
    const qint64 values = count(db, QStringLiteral("SELECT COUNT(*) FROM item_values"));

    std::printf("machine,%s,%d cores\n", qPrintable(cpuModel()), QThread::idealThreadCount());
    std::printf("data,%lld participants,%lld visits,%lld item values,as of %s\n", qlonglong(summary->participants),
                qlonglong(summary->visits), qlonglong(values), qPrintable(summary->asOf.toString(Qt::ISODate)));
    std::printf("build,%s,%.1f s\n", built ? "built" : "reused", buildSeconds);

    const auto baselineBare = [&]() -> qint64 { return bench::baselineBare(db); };
    const auto baselineReport = [&]() -> qint64 {
        auto table = reports::BaselineReport::compute(session);
        if (!table)
            fail(table.error().message);
        return table->variables.size();
    };
    auto context = reports::ReportContext::forSession(session);
    if (!context)
        fail(context.error().message);
    const auto baselineCsv = [&]() -> qint64 {
        auto table = reports::BaselineReport::compute(session);
        if (!table)
            fail(table.error().message);
        return reports::BaselineReport::toCsv(table.value()).size();
    };
    const QString pdfPath = temporary.filePath(QStringLiteral("baseline.pdf"));
    const auto baselinePdf = [&]() -> qint64 {
        auto table = reports::BaselineReport::compute(session);
        if (!table)
            fail(table.error().message);
        if (auto written
            = reports::BaselineReport::write(table.value(), context.value(), reports::StatsFormat::Pdf, pdfPath);
            !written)
            fail(written.error().message);
        return QFile(pdfPath).size();
    };
    const auto retentionBare = [&]() -> qint64 {
        return bare(db,
                    QStringLiteral("SELECT r.arm, v.visit_code, v.site_code, v.status, v.out_of_window, "
                                   "CASE WHEN v.status = 'planned' THEN v.window_end ELSE '' END, COUNT(*) FROM visits "
                                   "v JOIN randomizations r ON r.participant_id = v.participant_id WHERE "
                                   "v.arm_specific = 0 AND %1 GROUP BY r.arm, v.visit_code, v.site_code, v.status, "
                                   "v.out_of_window, CASE WHEN v.status = 'planned' THEN v.window_end ELSE '' END")
                        .arg(bench::inTrial(QStringLiteral("v.participant_id"))));
    };
    const auto retentionReport = [&]() -> qint64 {
        auto table = reports::RetentionReport::compute(session);
        if (!table)
            fail(table.error().message);
        return table->rows.size();
    };
    const QStringList outcomeItems = { "pam13_score", "semcd6_mean", "eq5d_index",       "eq5d_vas",     "phq9_total",
                                       "gad7_total",  "ed_visits",   "hospitalizations", "hospital_days" };
    const auto outcomesBare = [&]() -> qint64 {
        QString marks;
        QVariantList codes;
        for (const QString &item : outcomeItems) {
            marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
            codes.append(item);
        }
        return bare(db, bench::formValueCountsSql(QStringLiteral("AND iv.item_code IN (%1)").arg(marks)), codes);
    };
    const auto outcomesReport = [&]() -> qint64 {
        auto table = reports::OutcomeReport::compute(session);
        if (!table)
            fail(table.error().message);
        return table->rows.size();
    };

    struct Line
    {
        const char *name;
        std::function<qint64()> call;
    };
    const std::vector<Line> lines = {
        { "baseline: bare SQL (2 GROUP BY queries)", baselineBare },
        { "baseline: BaselineReport::compute", baselineReport },
        { "baseline: compute + CSV", baselineCsv },
        { "baseline: compute + PDF", baselinePdf },
        { "retention: bare SQL", retentionBare },
        { "retention: RetentionReport::compute", retentionReport },
        { "outcomes: bare SQL", outcomesBare },
        { "outcomes: OutcomeReport::compute", outcomesReport },
    };
    // The first Table 1 of a new session: nothing decrypted in its page cache yet (the medians
    // below run after a warm-up in the same session).
    {
        auto fresh = BulkTrial::login(directory, BulkTrial::kAdmin, clock);
        if (!fresh)
            fail(fresh.error().message);
        QElapsedTimer timer;
        timer.start();
        auto table = reports::BaselineReport::compute(*fresh.value());
        if (!table)
            fail(table.error().message);
        std::printf("first,baseline: BaselineReport::compute in a new session,%.1f ms\n",
                    double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("case,rows,median ms,runs\n");
    for (const Line &line : lines) {
        qint64 rows = 0;
        const double ms = medianMs(runs, line.call, rows);
        std::printf("%s,%lld,%.1f,%d\n", line.name, qlonglong(rows), ms, runs);
        std::fflush(stdout);
    }
    return 0;
}
