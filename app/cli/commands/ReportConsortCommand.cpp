#include "app/cli/commands/ReportConsortCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "app/cli/commands/ReportOptions.h"
#include "core/workspace/TrialSession.h"
#include "reports/ConsortReport.h"
#include "reports/ReportContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ReportConsortCommand)
};

// --format and --output, as every report command takes them.
ReportOptions reportOptions()
{
    return ReportOptions(
        QStringLiteral("report consort"),
        QStringList { QStringLiteral("json"), QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") });
}

} // namespace

QString ReportConsortCommand::name() const
{
    return QStringLiteral("report consort");
}

QString ReportConsortCommand::summary() const
{
    return Tr::tr("Write the CONSORT flow diagram (json, png, svg or pdf) from live data; unblinded roles only.");
}

QList<QCommandLineOption> ReportConsortCommand::options() const
{
    return reportOptions().options();
}

int ReportConsortCommand::run(CommandContext &context)
{
    ReportOptions options = reportOptions();
    if (auto failed = options.parse(context))
        return *failed;
    const QString format = options.format();
    // Text is drawn with Qt's font machinery, which needs a QGuiApplication (offscreen is enough).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(ExitRefused,
                            Tr::tr("This build of trialdesk-cli cannot draw reports (no graphics "
                                   "support): use the TrialDesk application to produce it."));
    const QString output = options.output();

    return withSession(context, [&](core::TrialSession &session) -> int {
        auto reportContext = reports::ReportContext::forSession(session);
        if (!reportContext)
            return reportError(context, reportContext.error());
        auto flow = reports::ConsortReport::compute(session);
        if (!flow)
            return reportError(context, flow.error());
        core::Status written;
        if (format == QLatin1String("json"))
            written = reports::ConsortReport::writeJson(flow.value(), reportContext.value(), output);
        else if (format == QLatin1String("png"))
            written = reports::ConsortReport::writePng(flow.value(), output);
        else if (format == QLatin1String("svg"))
            written = reports::ConsortReport::writeSvg(flow.value(), reportContext.value(), output);
        else
            written = reports::ConsortReport::writePdf(flow.value(), reportContext.value(), output);
        if (!written)
            return reportError(context, written.error());
        context.err() << Tr::tr("Report written to %1.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
