#pragma once

#include "core/Result.h"
#include "core/workspace/TrialSession.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace trialdesk::core {

// Rotation of the database key (Action::KeyRotate, the administrator's). Steps (docs/key-slots.md):
//
// 1. The new key's slots (the administrator's and a new recovery slot) are written to keys.next/ and
//    flushed. A failure or crash here leaves the old key in force; keys.next/ is discarded.
// 2. The database is re-encrypted (PRAGMA rekey, atomic). When the rekey reports a failure, which key
//    opens the file is tested before anything is discarded: keys.next/ is deleted only when the old key
//    still opens it.
// 3. The staged slots are copied over keys/ (each an atomic rename, the folder flushed), then the slots
//    that wrap the old key are removed: other users' passwords are unknown, so the administrator sets
//    new ones (UserService::resetPassword). The rotation is audited.
// 4. keys.next/ stays until the caller has shown the new recovery code and called
//    confirmRecoveryCodeShown(). While it is there, the next sign-in of an administrator whose key
//    opens the database finishes the rotation (finishInterruptedRotation) under yet another recovery
//    code: a code nobody saw is never left as the only recovery code.
class KeyService
{
public:
    using Rotation = TrialSession::FinishedRotation;

    // Points in a rotation where a test can make it fail (FaultHook) or stop the process.
    enum class Step {
        StagingFolderCreated, // keys.next/ exists, empty
        AdminSlotStaged,
        RecoverySlotStaged, // everything staged, the rekey comes next
        Rekeyed, // an error here is handled as a rekey that reported failure after the key changed
        AdminSlotInstalled,
        RecoverySlotInstalled,
        StaleSlotsRemoved,
        Audited, // the rotation is committed; keys.next/ waits for confirmRecoveryCodeShown()
        FinishRecoverySlotWritten, // finishInterruptedRotation: the new recovery slot is in keys/
    };
    // Tests only: called at each Step; an error returned is treated as a failure at that point. Inert
    // (no hook) unless a test sets one; pass nullptr to remove it. Not thread-safe.
    using FaultHook = std::function<Status(Step)>;
    static void setFaultHook(FaultHook hook);

    explicit KeyService(TrialSession &session)
        : m_session(session)
    {
    }

    // The administrator's current password rewraps their own slot under the new key. On success the
    // caller shows the new recovery code once, then calls confirmRecoveryCodeShown().
    Result<Rotation> rotate(const QByteArray &adminPassword, const QString &reason);

    // Ends a rotation (or a finished one) once its recovery code was shown: removes keys.next/.
    Status confirmRecoveryCodeShown();

    // At sign-in (Workspace::login and recover call it for an administrator): when keys.next/ wraps the
    // key in force, a rotation was interrupted after its rekey; its staged slots are installed, a NEW
    // recovery slot is written, stale slots removed and "key.rotate.finish" audited. An empty code when
    // there was nothing to finish (a keys.next/ wrapping another key, left before the rekey, is removed).
    Result<Rotation> finishInterruptedRotation();

    // Users whose slot does not open the current key (left stale by a rotation) or who have none;
    // none on a trial server (no key slots there).
    Result<QStringList> usersWithoutValidSlot() const;

private:
    QString keysDirectory() const;
    QString stagingDirectory() const;
    // Whether a slot in keys.next/ wraps the given key.
    bool stagingWraps(const QByteArray &keyId) const;
    Status discardStaging() const;
    // Removes every user slot of keys/ that does not wrap keyId; returns their users.
    QStringList removeStaleUserSlots(const QByteArray &keyId) const;

    TrialSession &m_session;
};

} // namespace trialdesk::core
