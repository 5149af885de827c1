#include "app/cli/commands/ExportRedcapCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/commands/ExportCsvCommand.h"

#include <QCoreApplication>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ExportRedcapCommand)
};

} // namespace

QString ExportRedcapCommand::name() const
{
    return QStringLiteral("export redcap");
}

QString ExportRedcapCommand::summary() const
{
    return Tr::tr(
        "Export the form data as REDCap CSV (data, data dictionary, event mapping) for a longitudinal project.");
}

QList<QCommandLineOption> ExportRedcapCommand::options() const
{
    return ExportCsvCommand::exportOptions();
}

int ExportRedcapCommand::run(CommandContext &context)
{
    return ExportCsvCommand::runExport(context, reports::ExportFormat::Redcap, false);
}

} // namespace trialdesk::cli
