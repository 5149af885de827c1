#include "reports/export/BackgroundExport.h"

#include "core/workspace/TrialSession.h"
#include "reports/export/DataExporter.h"

namespace trialdesk::reports {

BackgroundExport::BackgroundExport(core::TrialSession::ThreadClone clone)
    : m_clone(std::move(clone))
{
}

core::Result<std::unique_ptr<BackgroundExport>> BackgroundExport::prepare(core::TrialSession &session)
{
    auto clone = session.cloneForThread();
    if (!clone)
        return clone.error();
    return std::unique_ptr<BackgroundExport>(new BackgroundExport(std::move(clone).value()));
}

core::Result<ExportSummary> BackgroundExport::run(const ExportRequest &request, const ExportProgress &progress)
{
    auto session = m_clone.open();
    if (!session)
        return session.error();
    DataExporter exporter(*session.value());
    return exporter.run(request, progress);
}

} // namespace trialdesk::reports
