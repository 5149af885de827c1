#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// export redcap --output DIR [--identifying --reason TEXT]: REDCap data CSV, data dictionary, event
// mapping and manifest.json.
class ExportRedcapCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
