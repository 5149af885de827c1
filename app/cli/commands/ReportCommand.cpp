#include "app/cli/commands/ReportCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "app/cli/commands/ReportOptions.h"
#include "core/workspace/TrialSession.h"
#include "reports/ConsortReport.h"
#include "reports/RandomizationReport.h"
#include "reports/RecruitmentReport.h"
#include "reports/ReportContext.h"
#include "reports/stats/BaselineReport.h"
#include "reports/stats/OutcomeReport.h"
#include "reports/stats/RetentionReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ReportCommand)
};

using Written = ReportCommand::Written;

core::Result<Written> written(const core::Status &status, const QString &title)
{
    if (!status)
        return status.error();
    return Written { title, false };
}

core::Result<Written> writeConsort(core::TrialSession &session, const reports::ReportContext &context,
                                   const QString &format, const QString &path)
{
    using reports::ConsortReport;
    auto flow = ConsortReport::compute(session);
    if (!flow)
        return flow.error();
    if (format == QLatin1String("json"))
        return written(ConsortReport::writeJson(flow.value(), context, path), ConsortReport::title());
    if (format == QLatin1String("png"))
        return written(ConsortReport::writePng(flow.value(), path), ConsortReport::title());
    if (format == QLatin1String("svg"))
        return written(ConsortReport::writeSvg(flow.value(), context, path), ConsortReport::title());
    return written(ConsortReport::writePdf(flow.value(), context, path), ConsortReport::title());
}

core::Result<Written> writeRecruitment(core::TrialSession &session, const reports::ReportContext &context,
                                       const QString &format, const QString &path)
{
    using reports::RecruitmentReport;
    auto data = RecruitmentReport::compute(session);
    if (!data)
        return data.error();
    if (format == QLatin1String("json"))
        return written(RecruitmentReport::writeJson(data.value(), context, path), RecruitmentReport::title());
    if (format == QLatin1String("csv"))
        return written(RecruitmentReport::writeCsv(data.value(), path), RecruitmentReport::title());
    return written(RecruitmentReport::writePdf(data.value(), context, path), RecruitmentReport::title());
}

core::Result<Written> writeRandomization(core::TrialSession &session, const reports::ReportContext &context,
                                         const QString &format, const QString &path)
{
    using reports::RandomizationReport;
    auto data = RandomizationReport::compute(session);
    if (!data)
        return data.error();
    core::Status status;
    if (format == QLatin1String("json"))
        status = RandomizationReport::writeJson(session, data.value(), context, path);
    else if (format == QLatin1String("csv"))
        status = RandomizationReport::writeCsv(session, data.value(), path);
    else
        status = RandomizationReport::writePdf(session, data.value(), context, path);
    if (!status)
        return status.error();
    return Written { RandomizationReport::title(), !data->log.clean() };
}

// The statistical reports (reports/stats) share one shape: compute, then write in a StatsFormat.
template <class Report>
core::Result<Written> writeStats(core::TrialSession &session, const reports::ReportContext &context,
                                 const QString &format, const QString &path)
{
    auto table = Report::compute(session);
    if (!table)
        return table.error();
    const auto statsFormat = reports::StatsSupport::formatFromName(format);
    Q_ASSERT(statsFormat); // ReportOptions accepts only the names the command lists
    return written(Report::write(table.value(), context, *statsFormat, path), Report::title());
}

const QStringList kTables { QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json") };

// Formats drawn with Qt's font machinery, which needs a QGuiApplication (offscreen is enough).
bool draws(const QString &format)
{
    return format == QLatin1String("pdf") || format == QLatin1String("png") || format == QLatin1String("svg");
}

} // namespace

ReportCommand::ReportCommand(QString name, std::function<QString()> summary, QStringList formats, Writer writer)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
    , m_formats(std::move(formats))
    , m_writer(std::move(writer))
{
}

std::unique_ptr<Command> ReportCommand::consort()
{
    return std::unique_ptr<Command>(new ReportCommand(
        QStringLiteral("report consort"),
        [] {
            return Tr::tr(
                "Write the CONSORT flow diagram (json, png, svg or pdf) from live data; unblinded roles only.");
        },
        { QStringLiteral("json"), QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") },
        &writeConsort));
}

std::unique_ptr<Command> ReportCommand::recruitment()
{
    return std::unique_ptr<Command>(new ReportCommand(
        QStringLiteral("report recruitment"),
        [] {
            return Tr::tr("Write the recruitment report (pdf, csv or json): randomizations against the target, by "
                          "site and month.");
        },
        kTables, &writeRecruitment));
}

std::unique_ptr<Command> ReportCommand::randomization()
{
    return std::unique_ptr<Command>(new ReportCommand(
        QStringLiteral("report randomization"),
        [] {
            return Tr::tr("Write the randomization report for monitors (pdf, csv or json): the log, its "
                          "verification, the audit chain head.");
        },
        kTables, &writeRandomization));
}

std::unique_ptr<Command> ReportCommand::baseline()
{
    return std::unique_ptr<Command>(new ReportCommand(
        QStringLiteral("report baseline"),
        [] {
            return Tr::tr("Write Table 1 (baseline characteristics by arm) and balance by stratum as PDF, CSV or "
                          "JSON.");
        },
        kTables, &writeStats<reports::BaselineReport>));
}

std::unique_ptr<Command> ReportCommand::retention()
{
    return std::unique_ptr<Command>(new ReportCommand(
        QStringLiteral("report retention"),
        [] { return Tr::tr("Write retention and visit completion by visit and arm as PDF, CSV or JSON."); }, kTables,
        &writeStats<reports::RetentionReport>));
}

std::unique_ptr<Command> ReportCommand::outcomes()
{
    return std::unique_ptr<Command>(new ReportCommand(
        QStringLiteral("report outcomes"),
        [] {
            return Tr::tr("Write the descriptive outcome summary by arm (not the trial's analysis) as PDF, CSV or "
                          "JSON.");
        },
        kTables, &writeStats<reports::OutcomeReport>));
}

QString ReportCommand::name() const
{
    return m_name;
}

QString ReportCommand::summary() const
{
    return m_summary();
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return ReportOptions(m_name, m_formats).options();
}

int ReportCommand::run(CommandContext &context)
{
    ReportOptions options(m_name, m_formats);
    if (auto failed = options.parse(context))
        return *failed;
    const QString format = options.format();
    const QString output = options.output();
    if (draws(format) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(ExitRefused,
                            Tr::tr("This build of trialdesk-cli cannot draw reports (no graphics "
                                   "support): use the TrialDesk application to produce it."));

    return withSession(context, [&](core::TrialSession &session) -> int {
        auto reportContext = reports::ReportContext::forSession(session);
        if (!reportContext)
            return reportError(context, reportContext.error());
        auto done = m_writer(session, reportContext.value(), format, output);
        if (!done)
            return reportError(context, done.error());
        context.err() << Tr::tr("%1 written to %2.").arg(done->title, QDir::toNativeSeparators(output)) << Qt::endl;
        if (done->verificationFailed) {
            context.err() << Tr::tr("The randomization log does not verify: see the report's verification section.")
                          << Qt::endl;
            return ExitVerification;
        }
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
