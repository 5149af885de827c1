#pragma once

#include "ExportRequest.h"
#include "Result.h"
#include "workspace/UserInfo.h"

#include <QSqlDatabase>
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
// Audit: every finished export appends "data.export" (format, folder, counts, data cut), and an
// identifying one also "data.export-identifying" (the identity columns, the reason), both in one
// transaction; if the audit cannot be written the files are removed. manifest.json lists each file
// with its size and SHA-256, the data cut time and the user.
class DataExporter
{
public:
    explicit DataExporter(core::TrialSession &session);
    // On a connection of its own (a worker thread), as the given user of the trial.
    DataExporter(QSqlDatabase db, const core::Clock &clock, core::UserInfo user);

    // The refusals that need no data: role, reason, options. The GUI asks before starting a thread.
    core::Status check(const ExportRequest &request) const;
    core::Result<ExportSummary> run(const ExportRequest &request, const ExportProgress &progress = {});

    static QString odmFileName() { return QStringLiteral("trialdesk-odm.xml"); }

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
    core::UserInfo m_user;
};

} // namespace trialdesk::reports
