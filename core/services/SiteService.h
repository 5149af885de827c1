#pragma once

#include "core/Result.h"
#include "core/workspace/Site.h"

#include <QList>

namespace trialdesk::core {

class TrialSession;

// Sites of the trial (Action::SiteManage to change; everyone may list them). Audited.
class SiteService
{
public:
    explicit SiteService(TrialSession &session)
        : m_session(session)
    {
    }

    Result<QList<Site>> list() const;
    // reason: optional for a new site (no existing data changes); recorded in the audit entries when given.
    Status add(const Site &site, const QString &reason = QString());
    Status update(const Site &site, const QString &reason);

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
