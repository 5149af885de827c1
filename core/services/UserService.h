#pragma once

#include "core/Result.h"
#include "core/security/Permissions.h"
#include "core/workspace/UserInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace trialdesk::core {

class TrialSession;

// Accounts and their key slots. Every change is permission-checked (Action::UserManage, or
// PasswordChangeOwn) and audited in the same transaction; the key slot file is written only after
// the database change committed, and undone if it cannot be.
class UserService
{
public:
    explicit UserService(TrialSession &session)
        : m_session(session)
    {
    }

    Result<QList<UserInfo>> list() const;
    Result<UserInfo> find(const QString &username) const;

    // New account with an initial password (at least 12 characters) that opens its key slot.
    Status add(const QString &username, const QString &displayName, Role role, const QString &siteCode,
               const QByteArray &initialPassword);
    // Marks the account inactive and removes its key slot: it can no longer open the database.
    Status deactivate(const QString &username, const QString &reason);
    Status changeRole(const QString &username, Role role, const QString &reason);
    // The administrator sets a new password for someone else (rewrites the slot).
    Status resetPassword(const QString &username, const QByteArray &newPassword, const QString &reason);
    // The signed-in user changes their own password.
    Status changeOwnPassword(const QByteArray &oldPassword, const QByteArray &newPassword);

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
