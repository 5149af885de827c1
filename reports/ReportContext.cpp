#include "ReportContext.h"

#include "audit/AuditTrail.h"
#include "protocol/CurrentProtocol.h"
#include "util/Clock.h"
#include "workspace/TrialSession.h"

namespace trialdesk::reports {

core::Result<ReportContext> ReportContext::forSession(core::TrialSession &session)
{
    ReportContext context;
    context.session = &session;
    context.dataCutUtc = session.clock().nowUtc().toUTC();
    const core::UserInfo &user = session.user();
    context.generatedBy
        = user.displayName.isEmpty() ? user.username : QStringLiteral("%1 (%2)").arg(user.displayName, user.username);
    core::Result<core::CurrentProtocol::Loaded> loaded = core::CurrentProtocol::load(session.database());
    if (loaded) {
        context.trialCode = loaded->protocol.trialCode;
        context.trialName = loaded->protocol.trialName.current();
    }
    if (context.trialName.isEmpty())
        context.trialName = session.trialName();
    core::Result<core::AuditCheckpoint> chain = core::AuditTrail::checkpoint(session.database());
    if (!chain)
        return chain.error();
    context.auditChain = chain.value();
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
