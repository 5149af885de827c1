#include "core/reporting/ReportProvenance.h"

#include "core/audit/AuditTrail.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::core::reporting {

Result<ReportProvenance> ReportProvenance::read(TrialSession &session)
{
    ReportProvenance provenance;
    provenance.dataCutUtc = session.clock().nowUtc().toUTC();
    const UserInfo &user = session.user();
    provenance.generatedBy
        = user.displayName.isEmpty() ? user.username : QStringLiteral("%1 (%2)").arg(user.displayName, user.username);
    Result<CurrentProtocol::Loaded> loaded = CurrentProtocol::load(session.database());
    if (loaded) {
        provenance.trialCode = loaded->protocol.trialCode;
        provenance.trialName = loaded->protocol.trialName.current();
    }
    if (provenance.trialName.isEmpty())
        provenance.trialName = session.trialName();
    Result<AuditCheckpoint> chain = AuditTrail::checkpoint(session.database());
    if (!chain)
        return chain.error();
    provenance.auditChain = chain.value();
    return provenance;
}

} // namespace trialdesk::core::reporting
