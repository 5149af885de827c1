#pragma once

#include "app/cli/Command.h"

#include <memory>
#include <vector>

namespace trialdesk::cli {

// Every command of trialdesk-cli, in the order --help lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace trialdesk::cli
