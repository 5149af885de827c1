#include "demo/DemoWorkspace.h"

#include "core/services/UserService.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "demo/DemoPopulator.h"

#include <QCoreApplication>

namespace trialdesk::core {

QList<DemoAccount> demoAccounts()
{
    return {
        { QStringLiteral("admin"), Role::Administrator, QStringLiteral("demo-admin-2026") },
        { QStringLiteral("coordinator"), Role::Coordinator, QStringLiteral("demo-coordinator-2026") },
        { QStringLiteral("investigator"), Role::Investigator, QStringLiteral("demo-investigator-2026") },
        { QStringLiteral("assessor"), Role::OutcomeAssessor, QStringLiteral("demo-assessor-2026") },
        { QStringLiteral("statistician"), Role::Statistician, QStringLiteral("demo-statistician-2026") },
        { QStringLiteral("monitor"), Role::Monitor, QStringLiteral("demo-monitor-2026") },
    };
}

Result<DemoWorkspaceInfo> ensureDemoWorkspace(const QString &directory, const Clock &clock,
                                              qint64 syntheticParticipants)
{
    DemoWorkspaceInfo info { directory, demoAccounts(), false };
    if (Workspace::exists(directory))
        return info;

    const DemoAccount admin = info.accounts.constFirst();
    NewTrial trial;
    trial.directory = directory;
    trial.trialName = QCoreApplication::translate("trialdesk::core::DemoWorkspace",
                                                  "Patient partners in chronic disease follow-up (demo)");
    trial.adminUsername = admin.username;
    trial.adminDisplayName = QCoreApplication::translate("trialdesk::core::DemoWorkspace", "Demo administrator");
    trial.adminPassword = admin.password.toUtf8();
    trial.demo = true;
    auto created = Workspace::create(trial, clock);
    if (!created)
        return created.error();

    auto workspace = Workspace::open(directory, clock);
    if (!workspace)
        return workspace.error();
    auto session = workspace.value()->login(admin.username, admin.password.toUtf8());
    if (!session)
        return session.error();
    UserService users(*session.value());
    for (const DemoAccount &account : info.accounts) {
        if (account.role == Role::Administrator)
            continue;
        const QString site = account.role == Role::Coordinator || account.role == Role::OutcomeAssessor
            ? QStringLiteral("ICM")
            : QString();
        if (Status added
            = users.add(account.username, roleDisplayName(account.role), account.role, site, account.password.toUtf8());
            !added)
            return added.error();
    }
    // A trial in progress to look at: screenings, registrations, randomizations across strata and a
    // few withdrawals and events, through the real services (deterministic).
    if (syntheticParticipants > 0)
        if (auto populated = DemoPopulator(*session.value()).populate(syntheticParticipants, QStringLiteral("de60"));
            !populated)
            return populated.error();
    info.created = true;
    return info;
}

} // namespace trialdesk::core
