#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// list export --per-stratum N --format spec|redcap --output FILE: the first N entries of every
// stratum's allocation list, for the statistician or the administrator only; audited.
class ListExportCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
