#include "app/cli/commands/ReportRecruitmentCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "app/cli/commands/ReportOptions.h"
#include "core/workspace/TrialSession.h"
#include "reports/RecruitmentReport.h"
#include "reports/ReportContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ReportRecruitmentCommand)
};

// --format and --output, as every report command takes them.
ReportOptions reportOptions()
{
    return ReportOptions(QStringLiteral("report recruitment"),
                         QStringList { QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json") });
}

} // namespace

QString ReportRecruitmentCommand::name() const
{
    return QStringLiteral("report recruitment");
}

QString ReportRecruitmentCommand::summary() const
{
    return Tr::tr(
        "Write the recruitment report (pdf, csv or json): randomizations against the target, by site and month.");
}

QList<QCommandLineOption> ReportRecruitmentCommand::options() const
{
    return reportOptions().options();
}

int ReportRecruitmentCommand::run(CommandContext &context)
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
        auto data = reports::RecruitmentReport::compute(session);
        if (!data)
            return reportError(context, data.error());
        core::Status written;
        if (format == QLatin1String("json"))
            written = reports::RecruitmentReport::writeJson(data.value(), reportContext.value(), output);
        else if (format == QLatin1String("csv"))
            written = reports::RecruitmentReport::writeCsv(data.value(), output);
        else
            written = reports::RecruitmentReport::writePdf(data.value(), reportContext.value(), output);
        if (!written)
            return reportError(context, written.error());
        context.err() << Tr::tr("Report written to %1.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
