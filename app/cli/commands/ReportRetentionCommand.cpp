#include "ReportRetentionCommand.h"

#include "CommandContext.h"
#include "ReportContext.h"
#include "SessionOpener.h"
#include "stats/RetentionReport.h"
#include "workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ReportRetentionCommand)
};

} // namespace

QString ReportRetentionCommand::name() const
{
    return QStringLiteral("report retention");
}

QString ReportRetentionCommand::summary() const
{
    return Tr::tr("Write retention and visit completion by visit and arm as PDF, CSV or JSON.");
}

QList<QCommandLineOption> ReportRetentionCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("format"), Tr::tr("pdf, csv or json."), Tr::tr("FORMAT")),
        QCommandLineOption(QStringLiteral("output"), Tr::tr("The file to write."), Tr::tr("FILE")),
    };
}

int ReportRetentionCommand::run(CommandContext &context)
{
    for (const char *required : { "format", "output" }) {
        if (!context.isSet(QLatin1String(required)) || context.value(QLatin1String(required)).isEmpty())
            return context.fail(
                ExitUsage,
                Tr::tr("--%1 is required; see trialdesk-cli report retention --help.").arg(QLatin1String(required)));
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
    auto table = reports::RetentionReport::compute(*session);
    if (!table)
        return reportError(context, table.error());
    auto reportContext = reports::ReportContext::forSession(*session);
    if (!reportContext)
        return reportError(context, reportContext.error());
    if (auto written = reports::RetentionReport::write(table.value(), reportContext.value(), *format, output); !written)
        return reportError(context, written.error());
    context.err()
        << Tr::tr("%1 written to %2.").arg(reports::RetentionReport::title(), QDir::toNativeSeparators(output))
        << Qt::endl;
    return ExitSuccess;
}

} // namespace trialdesk::cli
