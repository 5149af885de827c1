#include "core/security/Permissions.h"

#include <QCoreApplication>

#include <array>

namespace trialdesk::core {

namespace {

using R = Role;
using A = Action;

struct Rule
{
    Action action;
    std::initializer_list<Role> roles;
};

// The one permission matrix: for each action, the roles that may perform it.
// Anything not listed is refused. Blinded outcome assessors never get ArmView, ReportByArm,
// RandomizationLogView or anything that reveals the design; coordinators and investigators never
// see the concealed design or the seed.
const Rule kMatrix[] = {
    { A::UserManage, { R::Administrator } },
    { A::SiteManage, { R::Administrator } },
    { A::KeyRotate, { R::Administrator } },
    { A::WorkspaceBackup, { R::Administrator } },
    { A::PasswordChangeOwn,
      { R::Administrator, R::Coordinator, R::Investigator, R::OutcomeAssessor, R::Statistician, R::Monitor } },

    { A::AuditView, { R::Administrator, R::Monitor } },
    { A::AuditExport, { R::Administrator, R::Monitor } },
    { A::AuditVerify, { R::Administrator, R::Monitor, R::Statistician } },

    { A::ProtocolView,
      { R::Administrator, R::Coordinator, R::Investigator, R::OutcomeAssessor, R::Statistician, R::Monitor } },
    { A::ProtocolAmend, { R::Administrator, R::Statistician } },
    { A::DesignViewConcealed, { R::Administrator, R::Statistician } },
    { A::DesignEdit, { R::Administrator, R::Statistician } },
    { A::SeedReveal, { R::Administrator, R::Statistician } },
    { A::AllocationListExport, { R::Administrator, R::Statistician } },
    { A::DesignSimulate, { R::Administrator, R::Statistician } },

    { A::ScreeningRecord, { R::Coordinator, R::Investigator } },
    { A::ConsentRecord, { R::Coordinator, R::Investigator } },
    { A::ParticipantRegister, { R::Coordinator, R::Investigator } },
    { A::ParticipantView,
      { R::Administrator, R::Coordinator, R::Investigator, R::OutcomeAssessor, R::Statistician, R::Monitor } },
    { A::IdentityView, { R::Coordinator, R::Investigator } },
    { A::Randomize, { R::Coordinator, R::Investigator } },
    { A::ArmView, { R::Administrator, R::Coordinator, R::Investigator, R::Statistician, R::Monitor } },
    { A::RandomizationLogView, { R::Administrator, R::Statistician, R::Monitor } },
    { A::RandomizationLogExport, { R::Administrator, R::Statistician, R::Monitor } },
    { A::ParticipantStatusChange, { R::Coordinator, R::Investigator } },

    { A::VisitView,
      { R::Administrator, R::Coordinator, R::Investigator, R::OutcomeAssessor, R::Statistician, R::Monitor } },
    { A::VisitManage, { R::Coordinator, R::Investigator } },
    { A::FormEnter, { R::Coordinator, R::Investigator, R::OutcomeAssessor } },
    { A::FormVerify, { R::Monitor } },
    { A::FormLock, { R::Monitor, R::Administrator } },
    { A::QueryRaise, { R::Monitor } },
    { A::QueryAnswer, { R::Coordinator, R::Investigator, R::OutcomeAssessor } },

    { A::ReportView,
      { R::Administrator, R::Coordinator, R::Investigator, R::OutcomeAssessor, R::Statistician, R::Monitor } },
    { A::ReportByArm, { R::Administrator, R::Statistician, R::Monitor, R::Investigator } },
    { A::DataExport, { R::Administrator, R::Statistician } },
    { A::DataExportIdentifying, { R::Administrator } },
    { A::DemoPopulate, { R::Administrator } },
};

} // namespace

QList<Role> allRoles()
{
    return { R::Administrator, R::Coordinator, R::Investigator, R::OutcomeAssessor, R::Statistician, R::Monitor };
}

QList<Action> allActions()
{
    QList<Action> actions;
    for (int i = 0; i <= static_cast<int>(A::DemoPopulate); ++i)
        actions.append(static_cast<Action>(i));
    return actions;
}

bool Permissions::allows(Role role, Action action)
{
    for (const Rule &rule : kMatrix) {
        if (rule.action != action)
            continue;
        for (Role allowed : rule.roles)
            if (allowed == role)
                return true;
        return false;
    }
    return false;
}

QString roleCode(Role role)
{
    switch (role) {
    case R::Administrator:
        return QStringLiteral("administrator");
    case R::Coordinator:
        return QStringLiteral("coordinator");
    case R::Investigator:
        return QStringLiteral("investigator");
    case R::OutcomeAssessor:
        return QStringLiteral("outcome-assessor");
    case R::Statistician:
        return QStringLiteral("statistician");
    case R::Monitor:
        return QStringLiteral("monitor");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role role : allRoles())
        if (roleCode(role) == code)
            return role;
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case R::Administrator:
        return QCoreApplication::translate("Role", "Administrator");
    case R::Coordinator:
        return QCoreApplication::translate("Role", "Trial coordinator");
    case R::Investigator:
        return QCoreApplication::translate("Role", "Investigator");
    case R::OutcomeAssessor:
        return QCoreApplication::translate("Role", "Outcome assessor (blinded)");
    case R::Statistician:
        return QCoreApplication::translate("Role", "Statistician (unblinded)");
    case R::Monitor:
        return QCoreApplication::translate("Role", "Monitor");
    }
    return {};
}

QString actionCode(Action action)
{
    static const std::array<const char *, static_cast<size_t>(A::DemoPopulate) + 1> codes = {
        "user.manage",
        "site.manage",
        "key.rotate",
        "workspace.backup",
        "password.change-own",
        "audit.view",
        "audit.export",
        "audit.verify",
        "protocol.view",
        "protocol.amend",
        "design.view-concealed",
        "design.edit",
        "design.reveal-seed",
        "allocation-list.export",
        "design.simulate",
        "screening.record",
        "consent.record",
        "participant.register",
        "participant.view",
        "identity.view",
        "randomize",
        "arm.view",
        "randomization-log.view",
        "randomization-log.export",
        "participant.status-change",
        "visit.view",
        "visit.manage",
        "form.enter",
        "form.verify",
        "form.lock",
        "query.raise",
        "query.answer",
        "report.view",
        "report.by-arm",
        "data.export",
        "data.export-identifying",
        "demo.populate",
    };
    return QString::fromLatin1(codes.at(static_cast<size_t>(action)));
}

QString actionDisplayName(Action action)
{
    switch (action) {
    case A::UserManage:
        return QCoreApplication::translate("Action", "manage users");
    case A::SiteManage:
        return QCoreApplication::translate("Action", "manage sites");
    case A::KeyRotate:
        return QCoreApplication::translate("Action", "rotate the database key");
    case A::WorkspaceBackup:
        return QCoreApplication::translate("Action", "back up the trial workspace");
    case A::PasswordChangeOwn:
        return QCoreApplication::translate("Action", "change one's own password");
    case A::AuditView:
        return QCoreApplication::translate("Action", "view the audit trail");
    case A::AuditExport:
        return QCoreApplication::translate("Action", "export the audit trail");
    case A::AuditVerify:
        return QCoreApplication::translate("Action", "verify the audit chain");
    case A::ProtocolView:
        return QCoreApplication::translate("Action", "view the protocol");
    case A::ProtocolAmend:
        return QCoreApplication::translate("Action", "amend the protocol");
    case A::DesignViewConcealed:
        return QCoreApplication::translate("Action", "view the concealed randomization design");
    case A::DesignEdit:
        return QCoreApplication::translate("Action", "edit the randomization design");
    case A::SeedReveal:
        return QCoreApplication::translate("Action", "reveal the randomization seed");
    case A::AllocationListExport:
        return QCoreApplication::translate("Action", "export the allocation list");
    case A::DesignSimulate:
        return QCoreApplication::translate("Action", "simulate randomization designs");
    case A::ScreeningRecord:
        return QCoreApplication::translate("Action", "record screening");
    case A::ConsentRecord:
        return QCoreApplication::translate("Action", "record consent");
    case A::ParticipantRegister:
        return QCoreApplication::translate("Action", "register participants");
    case A::ParticipantView:
        return QCoreApplication::translate("Action", "view participants");
    case A::IdentityView:
        return QCoreApplication::translate("Action", "view participants' identity");
    case A::Randomize:
        return QCoreApplication::translate("Action", "randomize participants");
    case A::ArmView:
        return QCoreApplication::translate("Action", "see allocated arms");
    case A::RandomizationLogView:
        return QCoreApplication::translate("Action", "view the randomization log");
    case A::RandomizationLogExport:
        return QCoreApplication::translate("Action", "export the randomization log");
    case A::ParticipantStatusChange:
        return QCoreApplication::translate("Action", "change a participant's status");
    case A::VisitView:
        return QCoreApplication::translate("Action", "view visits");
    case A::VisitManage:
        return QCoreApplication::translate("Action", "manage visits");
    case A::FormEnter:
        return QCoreApplication::translate("Action", "enter form data");
    case A::FormVerify:
        return QCoreApplication::translate("Action", "verify form data");
    case A::FormLock:
        return QCoreApplication::translate("Action", "lock forms");
    case A::QueryRaise:
        return QCoreApplication::translate("Action", "raise data queries");
    case A::QueryAnswer:
        return QCoreApplication::translate("Action", "answer data queries");
    case A::ReportView:
        return QCoreApplication::translate("Action", "view reports");
    case A::ReportByArm:
        return QCoreApplication::translate("Action", "view reports by arm");
    case A::DataExport:
        return QCoreApplication::translate("Action", "export trial data");
    case A::DataExportIdentifying:
        return QCoreApplication::translate("Action", "export identifying data");
    case A::DemoPopulate:
        return QCoreApplication::translate("Action", "populate a demo trial");
    }
    return {};
}

} // namespace trialdesk::core
