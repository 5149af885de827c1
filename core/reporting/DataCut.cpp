#include "core/reporting/DataCut.h"

#include "core/audit/AuditTrail.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/security/Permissions.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>

namespace trialdesk::core::reporting {

namespace {

// The refusals moved here from the reports with their wording and their translation contexts, so
// the committed catalogues keep matching them.
struct ConsortTr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::ConsortReport)
};
struct RecruitmentTr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::RecruitmentReport)
};
struct StatsTr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::StatsSupport)
};
struct RandomizationTr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::RandomizationReport)
};
struct ExportTr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::DataExporter)
};

Status refusal(const QString &message)
{
    return makeError(ErrorCode::PermissionDenied, message);
}

Status checkRole(const TrialSession &session, CutPurpose purpose, const QString &reportTitle)
{
    const QString role = roleDisplayName(session.role());
    switch (purpose) {
    case CutPurpose::Consort:
        if (!session.can(Action::ReportView))
            return refusal(ConsortTr::tr("Your role (%1) may not view reports: ask an administrator if you need the "
                                         "CONSORT diagram.")
                               .arg(role));
        if (!session.can(Action::ReportByArm))
            return refusal(ConsortTr::tr("The CONSORT diagram gives numbers by arm and your role (%1) is blinded to "
                                         "the arms: ask an unblinded colleague (statistician, investigator or "
                                         "administrator) for it.")
                               .arg(role));
        return {};
    case CutPurpose::Recruitment:
        if (!session.can(Action::ReportView))
            return refusal(RecruitmentTr::tr("Your role (%1) may not view reports: ask an administrator if you need "
                                             "the recruitment report.")
                               .arg(role));
        return {};
    case CutPurpose::ByArmStatistics:
        if (!session.can(Action::ReportView) || !session.can(Action::ReportByArm))
            return refusal(StatsTr::tr("The %1 report shows results by arm, which your role (%2) may not see. Ask "
                                       "the trial's statistician or an unblinded investigator for it.")
                               .arg(reportTitle, role));
        return {};
    case CutPurpose::RandomizationLog:
        if (!session.can(Action::ReportView))
            return refusal(RandomizationTr::tr("Your role (%1) may not view reports: ask an administrator if you "
                                               "need the randomization report.")
                               .arg(role));
        if (!session.can(Action::RandomizationLogView))
            return refusal(RandomizationTr::tr("The randomization report shows every allocation and your role (%1) "
                                               "may not see the randomization log: ask a monitor, statistician or "
                                               "administrator for it.")
                               .arg(role));
        return {};
    case CutPurpose::Export:
        if (!session.can(Action::DataExport))
            return refusal(ExportTr::tr("Your role (%1) may not export trial data. Ask a statistician or the "
                                        "administrator.")
                               .arg(role));
        return {};
    }
    return refusal(QString());
}

} // namespace

Result<DataCut> DataCut::open(TrialSession &session, CutPurpose purpose, const QString &reportTitle)
{
    if (Status allowed = checkRole(session, purpose, reportTitle); !allowed)
        return allowed.error();
    DataCut cut;
    cut.m_session = &session;
    cut.m_purpose = purpose;
    cut.m_atUtc = session.clock().nowUtc().toUTC();
    auto loaded = CurrentProtocol::load(session.database());
    if (!loaded)
        return loaded.error();
    cut.m_protocol = std::move(loaded->protocol);
    cut.m_protocolVersion = loaded->version;
    return cut;
}

bool DataCut::byArm() const
{
    return (m_purpose == CutPurpose::Consort || m_purpose == CutPurpose::ByArmStatistics)
        && m_session->can(Action::ReportByArm);
}

bool DataCut::armsVisible() const
{
    return m_session->can(Action::ArmView);
}

Result<AuditCheckpoint> DataCut::auditCheckpoint() const
{
    return AuditTrail::checkpoint(m_session->database());
}

Status DataCut::requirePurpose(std::initializer_list<CutPurpose> allowed, const QString &what) const
{
    for (CutPurpose purpose : allowed)
        if (purpose == m_purpose)
            return {};
    // A programming error more than a user's: the message names what was asked for.
    return refusal(tr("%1 cannot be read from a data cut opened for another report.").arg(what));
}

} // namespace trialdesk::core::reporting
