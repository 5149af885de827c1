#pragma once

#include "Result.h"

#include <QString>

namespace trialdesk::core {

class TrialSession;

// Trial-wide settings stored in the database (idle lock minutes ...). Changes are audited and
// need Action::UserManage (the administrator's).
class SettingsService
{
public:
    explicit SettingsService(TrialSession &session)
        : m_session(session)
    {
    }

    Result<int> idleLockMinutes() const;
    Status setIdleLockMinutes(int minutes, const QString &reason);

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
