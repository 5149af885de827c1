#pragma once

#include "Result.h"
#include "workspace/Site.h"

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
    Status add(const Site &site);
    Status update(const Site &site, const QString &reason);

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
