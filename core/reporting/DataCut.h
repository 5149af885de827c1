#pragma once

#include "core/Result.h"
#include "core/audit/AuditCheckpoint.h"
#include "core/protocol/Protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::core::reporting {

// What a data cut is opened for: each purpose names the permissions it needs and the refusal the
// user reads (the wording each report gave before the queries moved into core).
enum class CutPurpose {
    Consort, // ReportView + ReportByArm (every box below "randomized" is per arm)
    Recruitment, // ReportView only: no arm in it
    ByArmStatistics, // ReportView + ReportByArm: baseline (Table 1), retention, outcomes
    RandomizationLog, // ReportView + RandomizationLogView
    Export, // DataExport (identities: DataExportIdentifying, checked by the stream)
};

// One report's or one export's view of the trial: opened once, it checks the user's role for the
// purpose and loads the protocol in force once; every reader of core/reporting (ConsortData,
// RecruitmentSeries, AnalysisData, ExportCatalog, ExportEntryStream, ExportAuditTrail) takes it, so
// the reports and exports never see a query, and a reader refuses a cut opened for a purpose that
// does not allow what it reads (for example the analysis data set from a recruitment cut).
class DataCut
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::reporting::DataCut)

public:
    // `reportTitle` names the report in the ByArmStatistics refusal ("The %1 report shows results by
    // arm ...").
    static Result<DataCut> open(TrialSession &session, CutPurpose purpose, const QString &reportTitle = {});

    CutPurpose purpose() const { return m_purpose; }
    TrialSession &session() const { return *m_session; }
    // The protocol in force when the cut was opened, and its version.
    const Protocol &protocol() const { return m_protocol; }
    int protocolVersion() const { return m_protocolVersion; }
    // The instant of the cut (session clock, UTC).
    const QDateTime &atUtc() const { return m_atUtc; }

    // Whether this cut may read numbers by arm (Consort, ByArmStatistics).
    bool byArm() const;
    // Whether the user's role sees arms in row data (Action::ArmView): exports leave the arm out otherwise.
    bool armsVisible() const;

    // The audit chain's head now (entries, hash), for a manifest or a report's provenance.
    Result<AuditCheckpoint> auditCheckpoint() const;

    // PermissionDenied unless the cut was opened for one of `allowed` (readers call it first).
    Status requirePurpose(std::initializer_list<CutPurpose> allowed, const QString &what) const;

private:
    DataCut() = default;

    TrialSession *m_session = nullptr;
    CutPurpose m_purpose = CutPurpose::Recruitment;
    Protocol m_protocol;
    int m_protocolVersion = 0;
    QDateTime m_atUtc;
};

} // namespace trialdesk::core::reporting
