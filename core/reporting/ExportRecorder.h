#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::core::reporting {

// A finished data export, as the audit trail records it.
struct ExportRecord
{
    QString format; // csv, odm, redcap
    QString directory; // native separators
    bool identifying = false;
    bool withArm = false;
    qint64 participants = 0;
    qint64 entries = 0;
    qint64 itemValues = 0;
    int files = 0;
    QDateTime dataCutUtc;
    QStringList identityColumns; // identifying exports: the identity columns written
    QString reason; // identifying exports: why (required)
};

// Recording an export is a write to the trial: the permission (DataExport, and
// DataExportIdentifying for identities) is checked and the audit entries are written in one
// transaction: "data.export" (format, folder, counts, data cut), and for an identifying export also
// "data.export-identifying" (the identity columns, the reason).
class ExportRecorder
{
public:
    // The refusals that need no data (role only): the GUI asks before it starts a thread.
    static Status checkAllowed(const TrialSession &session, bool identifying);

    static Status record(TrialSession &session, const ExportRecord &record);
};

} // namespace trialdesk::core::reporting
