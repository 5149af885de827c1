#include "app/cli/commands/ExportCsvCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/workspace/TrialSession.h"
#include "reports/export/DataExporter.h"

#include <QCoreApplication>
#include <QDir>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ExportCsvCommand)
};

} // namespace

QString ExportCsvCommand::name() const
{
    return QStringLiteral("export csv");
}

QString ExportCsvCommand::summary() const
{
    return Tr::tr("Export the form data as tidy CSV per form, a data dictionary and a long CSV (de-identified "
                  "unless --identifying); audited.");
}

QList<QCommandLineOption> ExportCsvCommand::exportOptions()
{
    return {
        QCommandLineOption(QStringLiteral("output"),
                           Tr::tr("The folder to write the export into (created if missing; must not hold an "
                                  "export already)."),
                           Tr::tr("DIR")),
        QCommandLineOption(QStringLiteral("identifying"),
                           Tr::tr("Add the participants' identities (administrators only; needs --reason).")),
        QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why identities are exported (audited)."), Tr::tr("TEXT")),
    };
}

QList<QCommandLineOption> ExportCsvCommand::options() const
{
    return exportOptions();
}

int ExportCsvCommand::run(CommandContext &context)
{
    return runExport(context, reports::ExportFormat::Csv, false);
}

int ExportCsvCommand::runExport(CommandContext &context, reports::ExportFormat format, bool withAudit)
{
    const QString output = context.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.fail(
            ExitUsage,
            Tr::tr("--output is required; see trialdesk-cli export %1 --help.").arg(reports::exportFormatCode(format)));
    const bool identifying = context.isSet(QStringLiteral("identifying"));
    const QString reason = context.value(QStringLiteral("reason"));
    if (!identifying && context.isSet(QStringLiteral("reason")))
        return context.fail(ExitUsage, Tr::tr("--reason goes with --identifying only."));
    if (identifying && reason.trimmed().isEmpty())
        return context.fail(ExitRefused, Tr::tr("An identifying export needs --reason TEXT (it is audited)."));

    return withSession(context, [&](core::TrialSession &session) -> int {
        reports::ExportRequest request;
        request.format = format;
        request.outputPath = output;
        request.identifying = identifying;
        request.reason = reason;
        request.withAudit = withAudit;
        auto done = reports::DataExporter(session).run(request);
        if (!done)
            return reportError(context, done.error());
        context.out() << Tr::tr("%1 form entries (%2 values) of %3 participants exported to %4: %5")
                             .arg(done->entries)
                             .arg(done->itemValues)
                             .arg(done->participants)
                             .arg(QDir::toNativeSeparators(done->directory), done->files.join(QStringLiteral(", ")))
                      << Qt::endl;
        if (identifying)
            context.err() << Tr::tr("This export identifies participants: keep it encrypted and delete it when done.")
                          << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
