#include "ReportConsortCommand.h"

#include "CommandContext.h"
#include "ConsortReport.h"
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
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ReportConsortCommand)
};

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
    return {
        QCommandLineOption(QStringLiteral("format"), Tr::tr("Output format: json, png, svg, pdf."), Tr::tr("FORMAT")),
        QCommandLineOption(QStringLiteral("output"), Tr::tr("The file to write (replaced if it exists)."),
                           Tr::tr("FILE")),
    };
}

int ReportConsortCommand::run(CommandContext &context)
{
    for (const char *required : { "format", "output" }) {
        if (!context.isSet(QLatin1String(required)) || context.value(QLatin1String(required)).isEmpty())
            return context.fail(
                ExitUsage,
                Tr::tr("--%1 is required; see trialdesk-cli report consort --help.").arg(QLatin1String(required)));
    }
    const QString format = context.value(QStringLiteral("format"));
    const QStringList formats { QStringLiteral("json"), QStringLiteral("png"), QStringLiteral("svg"),
                                QStringLiteral("pdf") };
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
    auto flow = reports::ConsortReport::compute(*session);
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
}

} // namespace trialdesk::cli
