#pragma once

#include "core/Result.h"
#include "core/enrollment/Randomization.h"
#include "reports/ReportContext.h"
#include "reports/ReportDocument.h"

#include <QHash>
#include <QJsonObject>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::reports {

// The randomization report for monitors: every allocation of the log with its verification
// against the regenerated stream, gaps and duplicates, and the audit chain's state and head.
// Reading needs Action::ReportView and Action::RandomizationLogView (the log shows arms); writing a
// file needs Action::RandomizationLogExport.
class RandomizationReport
{
public:
    struct Data
    {
        core::RandomizationLogReport log;
        QHash<QString, QString> armNames; // code -> name in the current language
        qint64 auditEntries = 0;
    };

    static core::Result<Data> compute(core::TrialSession &session);
    // "Randomization report", translated: the document's title.
    static QString title();

    // One paragraph: clean or not, counts, gaps, the audit chain and its head.
    static QString verificationSummary(const core::RandomizationLogReport &log);
    static bool flagged(const core::RandomizationLogEntry &entry);
    static ReportDocument::Table logTable(const Data &data);
    static ReportDocument document(const Data &data, const ReportContext &context);
    static QJsonObject toJson(const Data &data, const ReportContext &context);
    static QByteArray toCsv(const Data &data);

    static core::Status writePdf(core::TrialSession &session, const Data &data, const ReportContext &context,
                                 const QString &path);
    static core::Status writeCsv(core::TrialSession &session, const Data &data, const QString &path);
    static core::Status writeJson(core::TrialSession &session, const Data &data, const ReportContext &context,
                                  const QString &path);
};

} // namespace trialdesk::reports
