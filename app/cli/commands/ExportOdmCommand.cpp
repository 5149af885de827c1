#include "app/cli/commands/ExportOdmCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/commands/ExportCsvCommand.h"

#include <QCoreApplication>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ExportOdmCommand)
};

} // namespace

QString ExportOdmCommand::name() const
{
    return QStringLiteral("export odm");
}

QString ExportOdmCommand::summary() const
{
    return Tr::tr("Export the study metadata and form data as CDISC ODM 1.3.2 XML (trialdesk-odm.xml in DIR); "
                  "--with-audit adds the audit records of form data.");
}

QList<QCommandLineOption> ExportOdmCommand::options() const
{
    auto options = ExportCsvCommand::exportOptions();
    options.append(
        QCommandLineOption(QStringLiteral("with-audit"),
                           Tr::tr("Add the audit records of form data (who changed which value, when, why).")));
    return options;
}

int ExportOdmCommand::run(CommandContext &context)
{
    return ExportCsvCommand::runExport(context, reports::ExportFormat::Odm,
                                       context.isSet(QStringLiteral("with-audit")));
}

} // namespace trialdesk::cli
