#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace trialdesk::core {

// The six roles of the trial. Stored in the database by their code().
enum class Role {
    Administrator,
    Coordinator,
    Investigator,
    OutcomeAssessor, // blinded to the arm
    Statistician, // unblinded
    Monitor, // read-only reviewer
};

// Everything a user can ask of the services. One matrix (Permissions::allows) decides;
// services check it before touching data, whatever the caller (GUI, CLI, test).
enum class Action {
    // administration and security
    UserManage, // add, deactivate, reset password, change role
    SiteManage,
    KeyRotate,
    WorkspaceBackup,
    PasswordChangeOwn,
    // audit trail
    AuditView,
    AuditExport,
    AuditVerify,
    // protocol and randomization design
    ProtocolView,
    ProtocolAmend,
    DesignViewConcealed, // block sizes, method details
    DesignEdit,
    SeedReveal,
    AllocationListExport,
    DesignSimulate,
    // enrollment
    ScreeningRecord,
    ConsentRecord,
    ParticipantRegister,
    ParticipantView,
    IdentityView,
    Randomize,
    ArmView,
    RandomizationLogView,
    RandomizationLogExport,
    ParticipantStatusChange, // withdrawal, lost to follow-up, randomized in error
    // follow-up and data
    VisitView,
    VisitManage,
    FormEnter,
    FormVerify,
    FormLock,
    QueryRaise,
    QueryAnswer,
    // reports and exports
    ReportView,
    ReportByArm,
    DataExport,
    DataExportIdentifying,
    DemoPopulate,
};

QList<Role> allRoles();
QList<Action> allActions();

QString roleCode(Role role); // "administrator", "coordinator", ... (stable, stored)
std::optional<Role> roleFromCode(const QString &code);
QString roleDisplayName(Role role); // translated
QString actionCode(Action action); // "user.manage", ... (stable, audited)
QString actionDisplayName(Action action); // translated

class Permissions
{
public:
    static bool allows(Role role, Action action);
};

} // namespace trialdesk::core
