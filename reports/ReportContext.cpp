#include "reports/ReportContext.h"

#include "core/reporting/ReportProvenance.h"
#include "core/util/Clock.h"

namespace trialdesk::reports {

core::Result<ReportContext> ReportContext::forSession(core::TrialSession &session)
{
    auto provenance = core::reporting::ReportProvenance::read(session);
    if (!provenance)
        return provenance.error();
    ReportContext context;
    context.session = &session;
    context.dataCutUtc = provenance->dataCutUtc;
    context.generatedBy = provenance->generatedBy;
    context.trialCode = provenance->trialCode;
    context.trialName = provenance->trialName;
    context.auditChain = provenance->auditChain;
    return context;
}

QJsonObject ReportContext::withProvenance(QJsonObject object) const
{
    object.insert(QStringLiteral("trial"),
                  QJsonObject { { QStringLiteral("code"), trialCode }, { QStringLiteral("name"), trialName } });
    object.insert(QStringLiteral("data_cut_utc"), core::Clock::format(dataCutUtc));
    object.insert(QStringLiteral("generated_by"), generatedBy);
    if (!auditChain.head.isEmpty())
        object.insert(QStringLiteral("audit_chain"), auditChain.toJson());
    return object;
}

} // namespace trialdesk::reports
