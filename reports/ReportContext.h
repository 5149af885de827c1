#pragma once

#include "core/Result.h"
#include "core/audit/AuditCheckpoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::reports {

// Who asks for a report, on which data, as of when. Every report reads live data through the
// session; the data cut is the instant the report was asked for (UTC), printed on every page so a
// reader knows which state of the trial the numbers describe.
struct ReportContext
{
    core::TrialSession *session = nullptr;
    QDateTime dataCutUtc; // UTC
    QString generatedBy; // "Display Name (username)"
    QString trialCode; // from the protocol in force
    QString trialName; // in the current UI language
    core::AuditCheckpoint auditChain; // entries and head of the audit chain at the data cut

    // The context for `session`'s user now (session clock), with the trial code and name read from
    // the protocol in force (falls back to the trial's stored name when no protocol is recorded).
    static core::Result<ReportContext> forSession(core::TrialSession &session);

    // What every report's JSON says of its provenance, added to `object`: "trial" {code, name},
    // "data_cut_utc" (core::Clock's format, as in the database and export manifests) and
    // "generated_by", and "audit_chain" {entries, head}: a copy of the chain's head outside the
    // database, which audit verify --checkpoint accepts (docs/audit-chain.md).
    QJsonObject withProvenance(QJsonObject object) const;
};

} // namespace trialdesk::reports
