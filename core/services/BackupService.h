#pragma once

#include "Result.h"

#include <QString>

namespace trialdesk::core {

class TrialSession;

// Backups of the trial (Action::WorkspaceBackup, the administrator's). A backup is a complete
// workspace folder under <workspace>/backups/<UTC time>/: a consistent, still encrypted copy of the
// database (SQLCipher's sqlcipher_export under the same key, taken inside a read transaction) with
// the key slots and workspace.json of that moment, so the passwords and the recovery code valid then
// open it. Restoring is copying the folder back (docs/backups.md). Audited.
class BackupService
{
public:
    explicit BackupService(TrialSession &session)
        : m_session(session)
    {
    }

    // Returns the backup folder.
    Result<QString> create(const QString &reason);

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
