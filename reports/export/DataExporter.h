#pragma once

#include "core/Result.h"
#include "core/workspace/UserInfo.h"
#include "reports/export/ExportRequest.h"

#include <QString>

namespace trialdesk::core {
class Clock;
class TrialSession;
} // namespace trialdesk::core

namespace trialdesk::reports {

// The data exports (docs/exports.md): tidy CSV + dictionary + long CSV, CDISC ODM 1.3.2, REDCap.
//
// Permissions: Action::DataExport; identifying exports (identity columns) also need
// Action::DataExportIdentifying and a reason. A de-identified export never reads the identity table.
// The arm is included for roles with Action::ArmView (every DataExport role today).
//
// Streaming: one forward-only query, row by row; writers keep one entry (REDCap: one visit row, ODM:
// one open element path) in memory. The progress callback is called every few entries; returning
// false cancels, and a cancelled or failed export removes every file it created.
//
// Reading: through a core data cut (core/reporting: DataCut, ExportCatalog, ExportEntryStream,
// ExportAuditTrail); the exporter runs no SQL.
// Audit: every finished export is recorded by core (ExportRecorder: "data.export" with format, folder,
// counts, data cut, and for an identifying one also "data.export-identifying" with the identity
// columns and the reason, in one transaction); if it cannot be recorded the files are removed. manifest.json lists each
// file with its size and SHA-256, the data cut time and the user.
class DataExporter
{
public:
    // On the session's connection: a worker thread passes its own session (TrialSession::ThreadClone).
    explicit DataExporter(core::TrialSession &session);

    // The refusals that need no data: role, reason, options. The GUI asks before starting a thread.
    core::Status check(const ExportRequest &request) const;
    core::Result<ExportSummary> run(const ExportRequest &request, const ExportProgress &progress = {});

    static QString odmFileName() { return QStringLiteral("trialdesk-odm.xml"); }

private:
    core::TrialSession &m_session;
};

} // namespace trialdesk::reports
