#pragma once

#include "core/Result.h"
#include "core/audit/AuditTrail.h"

namespace trialdesk::core {

class TrialSession;

// The audit trail as users see it: permission-checked reads, verification (against checkpoints kept
// outside the database too) and export (exports are themselves audited).
class AuditService
{
public:
    explicit AuditService(TrialSession &session)
        : m_session(session)
    {
    }

    Result<QList<AuditEntry>> entries(const AuditTrail::Filter &filter) const;
    Result<qint64> count(const AuditTrail::Filter &filter) const;
    Result<AuditTrail::Verification> verify() const;
    // Verifies the chain against the checkpoints of a file (AuditCheckpoints::read: a checkpoint
    // file, or an export or backup manifest); a file that cannot be read is an error, not a result.
    Result<AuditTrail::Verification> verifyAgainst(const QString &checkpointFile) const;
    // Verifies the chain (against the file's checkpoints when it has any) and, when it holds, adds
    // the current checkpoint (entries, head, now, this user) to the file, created 0600 when missing.
    // A chain that does not verify is refused (Corrupt): a checkpoint must never anchor a forged
    // chain. Not audited: it reads no trial data and changes nothing.
    Result<AuditTrail::Verification> saveCheckpoint(const QString &checkpointFile) const;
    Result<QByteArray> chainHead() const;
    Status exportCsv(const AuditTrail::Filter &filter, const QString &path);

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
