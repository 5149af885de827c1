#pragma once

#include "core/Result.h"
#include "core/security/Permissions.h"

#include <QList>
#include <QString>

namespace trialdesk::core {

class Clock;

struct DemoAccount
{
    QString username;
    Role role;
    QString password; // demo only: synthetic data, printed in the terminal, never for a real trial
};

struct DemoWorkspaceInfo
{
    QString directory;
    QList<DemoAccount> accounts;
    bool created = false;
};

// The demo trial: created on first use with one account per role (fixed, published passwords;
// the trial is marked DEMO so nobody mistakes it for a real one) and syntheticParticipants
// participants entered through the real services, reused afterwards.
inline constexpr qint64 kDemoParticipants = 48;
Result<DemoWorkspaceInfo> ensureDemoWorkspace(const QString &directory, const Clock &clock,
                                              qint64 syntheticParticipants = kDemoParticipants);

// The demo accounts and their passwords.
QList<DemoAccount> demoAccounts();

} // namespace trialdesk::core
