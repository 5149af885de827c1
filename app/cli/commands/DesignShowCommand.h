#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// design show [--reveal-seed] [--json]: the trial's randomization design as the user's role may
// see it (block sizes only for the statistician and the administrator; the seed only with
// --reveal-seed, for them, audited).
class DesignShowCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
