#pragma once

#include "Result.h"
#include "workspace/Workspace.h"

#include <QString>

namespace trialdesk::core {

class TrialSession;

// Trial-wide settings: the idle lock delay (in the database) and the login policy (in
// workspace.json, since it applies before the database can be opened). Changes are audited and need
// Action::UserManage (the administrator's).
class SettingsService
{
public:
    explicit SettingsService(TrialSession &session)
        : m_session(session)
    {
    }

    Result<int> idleLockMinutes() const;
    Status setIdleLockMinutes(int minutes, const QString &reason);

    Result<LoginPolicy> loginPolicy() const;
    // 1 to 100 failures, 1 to 1440 minutes of lockout.
    Status setLoginPolicy(const LoginPolicy &policy, const QString &reason);

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
