// The CONSORT and recruitment reports on a bulk trial (BulkTrial: by default 100,000 participants
// and their visits), each timed against its bare SQL (COUNT/GROUP BY over the same tables, every
// row read, nothing built) in the same run, plus the drawings (PNG, PDF). Prints the machine, the
// data and a table of medians. Arguments: [workspace directory (built there if missing, reused if
// it holds a bulk trial)] [participants] [runs].
#include "bench/support/BareQueries.h"
#include "bench/support/BenchTools.h"
#include "bench/support/BulkTrial.h"
#include "core/sql/SqlUtil.h"
#include "core/workspace/Workspace.h"
#include "reports/ConsortReport.h"
#include "reports/RecruitmentReport.h"
#include "reports/ReportContext.h"

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
using bench::BulkTrial;
using bench::cpuModel;
using bench::fail;
using bench::medianMs;

int main(int argc, char **argv)
{
    // Fonts (drawings, PDF layout) need a GUI application; the offscreen platform needs no display.
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
    auto context = reports::ReportContext::forSession(session);
    if (!context)
        fail(context.error().message);

    std::printf("machine,%s,%d cores\n", qPrintable(cpuModel()), QThread::idealThreadCount());
    std::printf("data,%lld participants,%lld visits\n", qlonglong(summary->participants), qlonglong(summary->visits));
    std::printf("build,%s,%.1f s\n", built ? "built" : "reused", double(build.elapsed()) / 1000.0);

    // The bare queries: the counts a hand-written CONSORT needs, and recruitment's GROUP BY.
    const auto consortBare = [&]() -> qint64 { return bench::consortBare(db); };
    const auto consortReport = [&]() -> qint64 {
        auto flow = reports::ConsortReport::compute(session);
        if (!flow)
            fail(flow.error().message);
        return flow->randomized.count;
    };
    const QString png = temporary.filePath(QStringLiteral("consort.png"));
    const auto consortPng = [&]() -> qint64 {
        auto flow = reports::ConsortReport::compute(session);
        if (!flow)
            fail(flow.error().message);
        if (auto written = reports::ConsortReport::writePng(flow.value(), png); !written)
            fail(written.error().message);
        return QFile(png).size();
    };
    const QString consortPdfPath = temporary.filePath(QStringLiteral("consort.pdf"));
    const auto consortPdf = [&]() -> qint64 {
        auto flow = reports::ConsortReport::compute(session);
        if (!flow)
            fail(flow.error().message);
        if (auto written = reports::ConsortReport::writePdf(flow.value(), context.value(), consortPdfPath); !written)
            fail(written.error().message);
        return QFile(consortPdfPath).size();
    };
    const auto recruitmentBare = [&]() -> qint64 { return bench::recruitmentBare(db); };
    const auto recruitmentReport = [&]() -> qint64 {
        auto data = reports::RecruitmentReport::compute(session);
        if (!data)
            fail(data.error().message);
        return data->randomized;
    };
    const QString recruitmentPdfPath = temporary.filePath(QStringLiteral("recruitment.pdf"));
    const auto recruitmentPdf = [&]() -> qint64 {
        auto data = reports::RecruitmentReport::compute(session);
        if (!data)
            fail(data.error().message);
        if (auto written = reports::RecruitmentReport::writePdf(data.value(), context.value(), recruitmentPdfPath);
            !written)
            fail(written.error().message);
        return QFile(recruitmentPdfPath).size();
    };

    struct Row
    {
        const char *name;
        std::function<qint64()> call;
        std::function<qint64()> baseline;
    };
    const std::vector<Row> rows = {
        { "consort (counts)", consortReport, consortBare },
        { "consort png", consortPng, consortBare },
        { "consort pdf", consortPdf, consortBare },
        { "recruitment (data)", recruitmentReport, recruitmentBare },
        { "recruitment pdf", recruitmentPdf, recruitmentBare },
    };
    std::printf("report,median ms,bare SQL median ms,ratio,result\n");
    for (const Row &row : rows) {
        qint64 result = 0, baselineRows = 0;
        const double baseline = medianMs(runs, row.baseline, baselineRows);
        const double ms = medianMs(runs, row.call, result);
        std::printf("%s,%.1f,%.1f,%.2f,%lld\n", row.name, ms, baseline, baseline > 0 ? ms / baseline : 0.0,
                    qlonglong(result));
    }
    // The first report of a new session: nothing decrypted in its page cache yet (the medians
    // above run after a warm-up in the same session).
    std::printf("first report in a new session,ms,same report median ms,ratio\n");
    const auto firstRun
        = [&](const char *name, const std::function<qint64(core::TrialSession &)> &call, double median) {
              auto fresh = BulkTrial::login(directory, BulkTrial::kAdmin, clock);
              if (!fresh)
                  fail(fresh.error().message);
              QElapsedTimer timer;
              timer.start();
              call(*fresh.value());
              const double ms = double(timer.nsecsElapsed()) / 1e6;
              std::printf("%s,%.1f,%.1f,%.2f\n", name, ms, median, median > 0 ? ms / median : 0.0);
          };
    qint64 ignored = 0;
    firstRun(
        "consort (counts)",
        [](core::TrialSession &fresh) {
            auto flow = reports::ConsortReport::compute(fresh);
            if (!flow)
                fail(flow.error().message);
            return flow->randomized.count;
        },
        medianMs(runs, consortReport, ignored));
    firstRun(
        "recruitment (data)",
        [](core::TrialSession &fresh) {
            auto data = reports::RecruitmentReport::compute(fresh);
            if (!data)
                fail(data.error().message);
            return data->randomized;
        },
        medianMs(runs, recruitmentReport, ignored));
    return 0;
}
