#include "app/cli/commands/ReportRandomizationCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "app/cli/commands/ReportOptions.h"
#include "core/workspace/TrialSession.h"
#include "reports/RandomizationReport.h"
#include "reports/ReportContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ReportRandomizationCommand)
};

// --format and --output, as every report command takes them.
ReportOptions reportOptions()
{
    return ReportOptions(QStringLiteral("report randomization"),
                         QStringList { QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json") });
}

} // namespace

QString ReportRandomizationCommand::name() const
{
    return QStringLiteral("report randomization");
}

QString ReportRandomizationCommand::summary() const
{
    return Tr::tr("Write the randomization report for monitors (pdf, csv or json): the log, its verification, the "
                  "audit chain head.");
}

QList<QCommandLineOption> ReportRandomizationCommand::options() const
{
    return reportOptions().options();
}

int ReportRandomizationCommand::run(CommandContext &context)
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
        auto data = reports::RandomizationReport::compute(session);
        if (!data)
            return reportError(context, data.error());
        core::Status written;
        if (format == QLatin1String("json"))
            written = reports::RandomizationReport::writeJson(session, data.value(), reportContext.value(), output);
        else if (format == QLatin1String("csv"))
            written = reports::RandomizationReport::writeCsv(session, data.value(), output);
        else
            written = reports::RandomizationReport::writePdf(session, data.value(), reportContext.value(), output);
        if (!written)
            return reportError(context, written.error());
        context.err() << Tr::tr("Report written to %1.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
        if (!data->log.clean()) {
            context.err() << Tr::tr("The randomization log does not verify: see the report's verification section.")
                          << Qt::endl;
            return ExitVerification;
        }
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
