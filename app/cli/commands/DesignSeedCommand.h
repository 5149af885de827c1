#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// design seed: a new 256-bit trial seed, 64 hexadecimal digits, from the system's secure random source.
class DesignSeedCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
