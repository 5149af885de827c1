#include "app/cli/commands/StatsReportCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "app/cli/commands/ReportOptions.h"
#include "core/workspace/TrialSession.h"
#include "reports/ReportContext.h"
#include "reports/stats/BaselineReport.h"
#include "reports/stats/OutcomeReport.h"
#include "reports/stats/RetentionReport.h"

#include <QCoreApplication>
#include <QDir>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::StatsReportCommand)
};

// Computes Report for the session, then writes it with the context of this session's user.
template <class Report>
core::Result<QString> computeAndWrite(core::TrialSession &session, reports::StatsFormat format, const QString &path)
{
    auto table = Report::compute(session);
    if (!table)
        return table.error();
    auto reportContext = reports::ReportContext::forSession(session);
    if (!reportContext)
        return reportContext.error();
    if (auto written = Report::write(table.value(), reportContext.value(), format, path); !written)
        return written.error();
    return Report::title();
}

// --format and --output, as every report command takes them.
ReportOptions reportOptions(const QString &command)
{
    return ReportOptions(command, QStringList { QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json") });
}

} // namespace

StatsReportCommand::StatsReportCommand(QString name, std::function<QString()> summary, Write write)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
    , m_write(std::move(write))
{
}

std::unique_ptr<Command> StatsReportCommand::baseline()
{
    return std::unique_ptr<Command>(new StatsReportCommand(
        QStringLiteral("report baseline"),
        [] {
            return Tr::tr("Write Table 1 (baseline characteristics by arm) and balance by stratum as PDF, CSV or "
                          "JSON.");
        },
        &computeAndWrite<reports::BaselineReport>));
}

std::unique_ptr<Command> StatsReportCommand::retention()
{
    return std::unique_ptr<Command>(new StatsReportCommand(
        QStringLiteral("report retention"),
        [] { return Tr::tr("Write retention and visit completion by visit and arm as PDF, CSV or JSON."); },
        &computeAndWrite<reports::RetentionReport>));
}

std::unique_ptr<Command> StatsReportCommand::outcomes()
{
    return std::unique_ptr<Command>(new StatsReportCommand(
        QStringLiteral("report outcomes"),
        [] {
            return Tr::tr("Write the descriptive outcome summary by arm (not the trial's analysis) as PDF, CSV or "
                          "JSON.");
        },
        &computeAndWrite<reports::OutcomeReport>));
}

QString StatsReportCommand::name() const
{
    return m_name;
}

QString StatsReportCommand::summary() const
{
    return m_summary();
}

QList<QCommandLineOption> StatsReportCommand::options() const
{
    return reportOptions(m_name).options();
}

int StatsReportCommand::run(CommandContext &context)
{
    ReportOptions options = reportOptions(m_name);
    if (auto failed = options.parse(context))
        return *failed;
    const auto format = reports::StatsSupport::formatFromName(options.format());
    Q_ASSERT(format); // ReportOptions accepts only these names
    const QString output = options.output();

    return withSession(context, [&](core::TrialSession &session) -> int {
        auto title = m_write(session, *format, output);
        if (!title)
            return reportError(context, title.error());
        context.err() << Tr::tr("%1 written to %2.").arg(title.value(), QDir::toNativeSeparators(output)) << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
