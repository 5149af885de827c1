#include "app/cli/CommandRegistry.h"

// One include and one line per command; keep them grouped by family.
#include "app/cli/commands/AuditCommands.h"
#include "app/cli/commands/BackupCommand.h"
#include "app/cli/commands/DataEnterCommand.h"
#include "app/cli/commands/DataShowCommand.h"
#include "app/cli/commands/DemoPopulateCommand.h"
#include "app/cli/commands/DesignSeedCommand.h"
#include "app/cli/commands/DesignShowCommand.h"
#include "app/cli/commands/DesignStreamCommand.h"
#include "app/cli/commands/EnrollCommand.h"
#include "app/cli/commands/ExportCsvCommand.h"
#include "app/cli/commands/ExportOdmCommand.h"
#include "app/cli/commands/ExportRedcapCommand.h"
#include "app/cli/commands/FormValidateCommand.h"
#include "app/cli/commands/InitCommand.h"
#include "app/cli/commands/KeyRotateCommand.h"
#include "app/cli/commands/ListExportCommand.h"
#include "app/cli/commands/LogCommands.h"
#include "app/cli/commands/ProtocolCommands.h"
#include "app/cli/commands/QueryAnswerCommand.h"
#include "app/cli/commands/QueryCloseCommand.h"
#include "app/cli/commands/QueryListCommand.h"
#include "app/cli/commands/QueryRaiseCommand.h"
#include "app/cli/commands/RandomizeCommand.h"
#include "app/cli/commands/ReportCommand.h"
#include "app/cli/commands/ScreenCommand.h"
#include "app/cli/commands/ServerCommands.h"
#include "app/cli/commands/SettingsCommands.h"
#include "app/cli/commands/SimulateCommand.h"
#include "app/cli/commands/SiteCommands.h"
#include "app/cli/commands/UserCommands.h"
#include "app/cli/commands/VisitsCompleteCommand.h"
#include "app/cli/commands/VisitsDueCommand.h"
#include "app/cli/commands/VisitsExportIcsCommand.h"
#include "app/cli/commands/VisitsMissCommand.h"
#include "app/cli/commands/VisitsOverdueCommand.h"
#include "app/cli/commands/VisitsRescheduleCommand.h"
#include "app/cli/commands/WithdrawCommand.h"

namespace trialdesk::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    // family: workspace, users, audit
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<ServerInitCommand>());
    commands.push_back(std::make_unique<ServerUpgradeCommand>());
    commands.push_back(std::make_unique<ConnectCommand>());
    commands.push_back(std::make_unique<UserAddCommand>());
    commands.push_back(std::make_unique<UserListCommand>());
    commands.push_back(std::make_unique<UserDeactivateCommand>());
    commands.push_back(std::make_unique<UserSetRoleCommand>());
    commands.push_back(std::make_unique<UserResetPasswordCommand>());
    commands.push_back(std::make_unique<PasswordChangeCommand>());
    commands.push_back(std::make_unique<PasswordRecoverCommand>());
    commands.push_back(std::make_unique<SiteAddCommand>());
    commands.push_back(std::make_unique<SiteListCommand>());
    commands.push_back(std::make_unique<KeyRotateCommand>());
    commands.push_back(std::make_unique<KeyStatusCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<BackupVerifyCommand>());
    commands.push_back(std::make_unique<BackupListCommand>());
    commands.push_back(std::make_unique<BackupRunDueCommand>());
    commands.push_back(std::make_unique<SettingsShowCommand>());
    commands.push_back(std::make_unique<SettingsSetCommand>());
    commands.push_back(std::make_unique<AuditVerifyCommand>());
    commands.push_back(std::make_unique<AuditCheckpointCommand>());
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
    // family: visits
    commands.push_back(std::make_unique<VisitsDueCommand>());
    commands.push_back(std::make_unique<VisitsOverdueCommand>());
    commands.push_back(std::make_unique<VisitsCompleteCommand>());
    commands.push_back(std::make_unique<VisitsMissCommand>());
    commands.push_back(std::make_unique<VisitsRescheduleCommand>());
    commands.push_back(std::make_unique<VisitsExportIcsCommand>());
    commands.push_back(std::make_unique<LogExportCommand>());
    commands.push_back(std::make_unique<LogVerifyCommand>());
    commands.push_back(std::make_unique<DemoPopulateCommand>());
    // family: exports
    commands.push_back(std::make_unique<ExportCsvCommand>());
    commands.push_back(std::make_unique<ExportOdmCommand>());
    commands.push_back(std::make_unique<ExportRedcapCommand>());
    // family: statistical reports
    commands.push_back(ReportCommand::consort());
    commands.push_back(ReportCommand::recruitment());
    commands.push_back(ReportCommand::randomization());
    commands.push_back(ReportCommand::baseline());
    commands.push_back(ReportCommand::retention());
    commands.push_back(ReportCommand::outcomes());
    // family: case report forms
    commands.push_back(std::make_unique<FormValidateCommand>());
    // family: form data and data queries
    commands.push_back(std::make_unique<DataEnterCommand>());
    commands.push_back(std::make_unique<DataShowCommand>());
    commands.push_back(std::make_unique<QueryRaiseCommand>());
    commands.push_back(std::make_unique<QueryAnswerCommand>());
    commands.push_back(std::make_unique<QueryCloseCommand>());
    commands.push_back(std::make_unique<QueryListCommand>());
    return commands;
}

} // namespace trialdesk::cli
