#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace trialdesk::core {

class TrialSession;

// Rotation of the database key (Action::KeyRotate, the administrator's).
//
// The new key's slots (the administrator's and a new recovery slot) are first written to keys.next/;
// then the database is re-encrypted (PRAGMA rekey, atomic); then keys.next/ replaces the slots. Other
// users' slots cannot be rewrapped (their passwords are unknown): they are removed, and the
// administrator sets new passwords for them (UserService::resetPassword). A crash between the rekey and
// the move is finished at the next login (Workspace::login tries keys.next/).
class KeyService
{
public:
    struct Rotation
    {
        QString recoveryCode; // the new recovery code, to show once; the old one no longer opens
        QStringList resetUsers; // users whose slots were removed and need a new password
    };

    explicit KeyService(TrialSession &session)
        : m_session(session)
    {
    }

    // The administrator's current password rewraps their own slot under the new key.
    Result<Rotation> rotate(const QByteArray &adminPassword, const QString &reason);

    // Users whose slot does not open the current key (left stale by a rotation) or who have none.
    Result<QStringList> usersWithoutValidSlot() const;

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
