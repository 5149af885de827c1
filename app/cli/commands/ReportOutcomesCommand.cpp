#include "ReportOutcomesCommand.h"

#include "CommandContext.h"
#include "ReportContext.h"
#include "SessionOpener.h"
#include "stats/OutcomeReport.h"
#include "workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ReportOutcomesCommand)
};

} // namespace

QString ReportOutcomesCommand::name() const
{
    return QStringLiteral("report outcomes");
}

QString ReportOutcomesCommand::summary() const
{
    return Tr::tr("Write the descriptive outcome summary by arm (not the trial's analysis) as PDF, CSV or JSON.");
}

QList<QCommandLineOption> ReportOutcomesCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("format"), Tr::tr("pdf, csv or json."), Tr::tr("FORMAT")),
        QCommandLineOption(QStringLiteral("output"), Tr::tr("The file to write."), Tr::tr("FILE")),
    };
}

int ReportOutcomesCommand::run(CommandContext &context)
{
    for (const char *required : { "format", "output" }) {
        if (!context.isSet(QLatin1String(required)) || context.value(QLatin1String(required)).isEmpty())
            return context.fail(
                ExitUsage,
                Tr::tr("--%1 is required; see trialdesk-cli report outcomes --help.").arg(QLatin1String(required)));
    }
    const QString formatText = context.value(QStringLiteral("format"));
    const auto format = reports::StatsSupport::formatFromName(formatText);
    if (!format)
        return context.fail(ExitUsage, Tr::tr("--format must be pdf, csv or json, not \"%1\".").arg(formatText));
    const QString output = context.value(QStringLiteral("output"));

    int code = ExitSuccess;
    auto session = openSession(context, code);
    if (!session)
        return code;
    auto table = reports::OutcomeReport::compute(*session);
    if (!table)
        return reportError(context, table.error());
    auto reportContext = reports::ReportContext::forSession(*session);
    if (!reportContext)
        return reportError(context, reportContext.error());
    if (auto written = reports::OutcomeReport::write(table.value(), reportContext.value(), *format, output); !written)
        return reportError(context, written.error());
    context.err() << Tr::tr("%1 written to %2.").arg(reports::OutcomeReport::title(), QDir::toNativeSeparators(output))
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace trialdesk::cli
