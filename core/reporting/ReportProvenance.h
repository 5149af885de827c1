#pragma once

#include "core/Result.h"
#include "core/audit/AuditCheckpoint.h"

#include <QDateTime>
#include <QString>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::core::reporting {

// What every report prints of its provenance: the trial (from the protocol in force, else the
// trial's stored name), the data cut, who asked, and the audit chain's head at that moment.
struct ReportProvenance
{
    QDateTime dataCutUtc;
    QString generatedBy; // "Display Name (username)"
    QString trialCode;
    QString trialName; // current language
    AuditCheckpoint auditChain;

    static Result<ReportProvenance> read(TrialSession &session);
};

} // namespace trialdesk::core::reporting
