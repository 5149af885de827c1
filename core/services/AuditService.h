#pragma once

#include "Result.h"
#include "audit/AuditTrail.h"

namespace trialdesk::core {

class TrialSession;

// The audit trail as users see it: permission-checked reads, verification and export
// (exports are themselves audited).
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
    Result<QByteArray> chainHead() const;
    Status exportCsv(const AuditTrail::Filter &filter, const QString &path);

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
