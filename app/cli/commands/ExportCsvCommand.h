#pragma once

#include "app/cli/Command.h"
#include "reports/export/ExportRequest.h"

namespace trialdesk::cli {

// export csv --output DIR [--identifying --reason TEXT]: the tidy CSV per form, data_dictionary.csv,
// long.csv and manifest.json in DIR (docs/exports.md). The ODM and REDCap commands share run().
class ExportCsvCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;

    // The options and the run of every `export` command: --output, --identifying, --reason.
    static QList<QCommandLineOption> exportOptions();
    static int runExport(CommandContext &context, reports::ExportFormat format, bool withAudit);
};

} // namespace trialdesk::cli
