#include "CommandRegistry.h"

// One include and one line per command; keep them grouped by family.
#include "commands/AuditCommands.h"
#include "commands/BackupCommand.h"
#include "commands/DataEnterCommand.h"
#include "commands/DataShowCommand.h"
#include "commands/DemoPopulateCommand.h"
#include "commands/DesignSeedCommand.h"
#include "commands/DesignShowCommand.h"
#include "commands/DesignStreamCommand.h"
#include "commands/EnrollCommand.h"
#include "commands/ExportCsvCommand.h"
#include "commands/ExportOdmCommand.h"
#include "commands/ExportRedcapCommand.h"
#include "commands/FormValidateCommand.h"
#include "commands/InitCommand.h"
#include "commands/KeyRotateCommand.h"
#include "commands/ListExportCommand.h"
#include "commands/LogCommands.h"
#include "commands/ProtocolCommands.h"
#include "commands/QueryAnswerCommand.h"
#include "commands/QueryCloseCommand.h"
#include "commands/QueryListCommand.h"
#include "commands/QueryRaiseCommand.h"
#include "commands/RandomizeCommand.h"
#include "commands/ReportConsortCommand.h"
#include "commands/ReportRandomizationCommand.h"
#include "commands/ReportRecruitmentCommand.h"
#include "commands/ScreenCommand.h"
#include "commands/SettingsCommands.h"
#include "commands/SimulateCommand.h"
#include "commands/SiteCommands.h"
#include "commands/StatsReportCommand.h"
#include "commands/UserCommands.h"
#include "commands/VisitsCompleteCommand.h"
#include "commands/VisitsDueCommand.h"
#include "commands/VisitsExportIcsCommand.h"
#include "commands/VisitsMissCommand.h"
#include "commands/VisitsOverdueCommand.h"
#include "commands/VisitsRescheduleCommand.h"
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
    commands.push_back(std::make_unique<ReportConsortCommand>());
    commands.push_back(std::make_unique<ReportRecruitmentCommand>());
    commands.push_back(std::make_unique<ReportRandomizationCommand>());
    commands.push_back(StatsReportCommand::baseline());
    commands.push_back(StatsReportCommand::retention());
    commands.push_back(StatsReportCommand::outcomes());
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
