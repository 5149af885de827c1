#include "ReportRecruitmentCommand.h"

#include "CommandContext.h"
#include "RecruitmentReport.h"
#include "ReportContext.h"
#include "SessionOpener.h"
#include "workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ReportRecruitmentCommand)
};

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
    return {
        QCommandLineOption(QStringLiteral("format"), Tr::tr("Output format: pdf, csv, json."), Tr::tr("FORMAT")),
        QCommandLineOption(QStringLiteral("output"), Tr::tr("The file to write (replaced if it exists)."),
                           Tr::tr("FILE")),
    };
}

int ReportRecruitmentCommand::run(CommandContext &context)
{
    for (const char *required : { "format", "output" }) {
        if (!context.isSet(QLatin1String(required)) || context.value(QLatin1String(required)).isEmpty())
            return context.fail(
                ExitUsage,
                Tr::tr("--%1 is required; see trialdesk-cli report recruitment --help.").arg(QLatin1String(required)));
    }
    const QString format = context.value(QStringLiteral("format"));
    const QStringList formats { QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json") };
    if (!formats.contains(format))
        return context.fail(
            ExitUsage,
            Tr::tr("--format must be one of %1, not \"%2\".").arg(formats.join(QStringLiteral(", ")), format));
    // Text is drawn with Qt's font machinery, which needs a QGuiApplication (offscreen is enough).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(ExitRefused,
                            Tr::tr("This build of trialdesk-cli cannot draw reports (no graphics "
                                   "support): use the TrialDesk application to produce it."));
    const QString output = context.value(QStringLiteral("output"));

    int code = ExitSuccess;
    auto session = openSession(context, code);
    if (!session)
        return code;
    auto reportContext = reports::ReportContext::forSession(*session);
    if (!reportContext)
        return reportError(context, reportContext.error());
    auto data = reports::RecruitmentReport::compute(*session);
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
}

} // namespace trialdesk::cli
