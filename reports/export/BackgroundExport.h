#pragma once

#include "core/Result.h"
#include "core/workspace/TrialSession.h"
#include "reports/export/ExportRequest.h"

#include <QString>

#include <memory>

namespace trialdesk::reports {

// An export run off the GUI thread. A Qt SQL connection belongs to the thread that opened it, so the
// worker opens a session of its own on the same database: prepare() (in the session's thread)
// takes a TrialSession::ThreadClone, and run() (in the worker thread) opens it, runs DataExporter
// on that session and closes it.
class BackgroundExport
{
public:
    static core::Result<std::unique_ptr<BackgroundExport>> prepare(core::TrialSession &session);

    core::Result<ExportSummary> run(const ExportRequest &request, const ExportProgress &progress);

private:
    explicit BackgroundExport(core::TrialSession::ThreadClone clone);

    core::TrialSession::ThreadClone m_clone;
};

} // namespace trialdesk::reports
