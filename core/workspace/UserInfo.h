#pragma once

#include "core/security/Permissions.h"

#include <QDateTime>
#include <QString>

namespace trialdesk::core {

struct UserInfo
{
    qint64 id = 0;
    QString username; // [a-z0-9._-], stable, used in the audit trail
    QString displayName;
    Role role = Role::Coordinator;
    QString siteCode; // empty = all sites
    bool active = true;
    QDateTime createdAt;
};

} // namespace trialdesk::core
