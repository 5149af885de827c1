#include "CommandRegistry.h"

// One include and one line per command; keep them grouped by family.
#include "commands/AuditCommands.h"
#include "commands/BackupCommand.h"
#include "commands/DemoPopulateCommand.h"
#include "commands/DesignSeedCommand.h"
#include "commands/DesignShowCommand.h"
#include "commands/DesignStreamCommand.h"
#include "commands/EnrollCommand.h"
#include "commands/InitCommand.h"
#include "commands/KeyRotateCommand.h"
#include "commands/ListExportCommand.h"
#include "commands/LogCommands.h"
#include "commands/ProtocolCommands.h"
#include "commands/RandomizeCommand.h"
#include "commands/ScreenCommand.h"
#include "commands/SettingsCommands.h"
#include "commands/SimulateCommand.h"
#include "commands/UserCommands.h"
#include "commands/WithdrawCommand.h"

namespace trialdesk::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    // family: workspace, users, audit
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<UserAddCommand>());
    commands.push_back(std::make_unique<UserListCommand>());
    commands.push_back(std::make_unique<UserDeactivateCommand>());
    commands.push_back(std::make_unique<UserSetRoleCommand>());
    commands.push_back(std::make_unique<UserResetPasswordCommand>());
    commands.push_back(std::make_unique<PasswordChangeCommand>());
    commands.push_back(std::make_unique<KeyRotateCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<SettingsShowCommand>());
    commands.push_back(std::make_unique<SettingsSetCommand>());
    commands.push_back(std::make_unique<AuditVerifyCommand>());
    commands.push_back(std::make_unique<AuditExportCommand>());
    // family: design, simulate, list
    commands.push_back(std::make_unique<DesignSeedCommand>());
    commands.push_back(std::make_unique<DesignStreamCommand>());
    commands.push_back(std::make_unique<DesignShowCommand>());
    commands.push_back(std::make_unique<ProtocolShowCommand>());
    commands.push_back(std::make_unique<ProtocolAmendCommand>());
    commands.push_back(std::make_unique<ListExportCommand>());
    commands.push_back(std::make_unique<SimulateCommand>());
    // family: enrollment, randomization log, demo
    commands.push_back(std::make_unique<ScreenCommand>());
    commands.push_back(std::make_unique<EnrollCommand>());
    commands.push_back(std::make_unique<RandomizeCommand>());
    commands.push_back(std::make_unique<WithdrawCommand>());
    commands.push_back(std::make_unique<LogExportCommand>());
    commands.push_back(std::make_unique<LogVerifyCommand>());
    commands.push_back(std::make_unique<DemoPopulateCommand>());
    return commands;
}

} // namespace trialdesk::cli
