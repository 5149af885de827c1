#pragma once

#include "core/Result.h"
#include "core/protocol/Protocol.h"
#include "core/reporting/AnalysisData.h"
#include "reports/ReportDocument.h"
#include "reports/stats/StatsSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::reports {

struct ReportContext;

// Visits of one visit code and one arm (or all arms) by what became of them. planned counts every
// visit row; the other fields split it exactly.
struct RetentionCell
{
    qint64 planned = 0;
    qint64 onTime = 0; // completed within the window
    qint64 outOfWindow = 0; // completed outside the window
    qint64 missed = 0;
    qint64 cancelled = 0;
    qint64 pending = 0; // still planned and the window has not closed (not yet due)
    qint64 overdue = 0; // still planned but the window closed: nothing recorded yet

    qint64 completed() const { return onTime + outOfWindow; }
    // Visits whose window has closed or that were recorded: planned minus pending.
    qint64 due() const { return planned - pending; }
};

struct RetentionRow
{
    QString visitCode;
    QString visitName;
    QList<RetentionCell> cells; // per arm in protocol order, then the total
};

struct RetentionTable
{
    QList<StatsArm> arms;
    QList<RetentionRow> rows; // common visits (for every arm) in protocol order
};

// Retention and visit completion by visit and arm, for the visits every arm has (the
// arm-specific patient-partner contacts would reveal the arm and are not comparable).
// Participants: randomized and not randomized in error.
class RetentionReport
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::RetentionReport)

public:
    // One GROUP BY row of the visits table.
    // Visits grouped by arm, visit, site, status, window (read in core: AnalysisData).
    using VisitCount = core::reporting::VisitCount;

    static core::Result<RetentionTable> compute(core::TrialSession &session);
    // `today` is each site's calendar date at the data cut; siteless or unknown sites use `fallbackToday`.
    static RetentionTable tabulate(const core::Protocol &protocol, const QList<VisitCount> &counts,
                                   const QHash<QString, QDate> &today, const QDate &fallbackToday);

    static QList<ReportDocument::Table> displayTables(const RetentionTable &table);
    static ReportDocument document(const RetentionTable &table, const ReportContext &context);
    static QByteArray toCsv(const RetentionTable &table);
    static QJsonObject toJson(const RetentionTable &table, const ReportContext &context);
    static core::Status write(const RetentionTable &table, const ReportContext &context, StatsFormat format,
                              const QString &path);
    static QString title();
};

} // namespace trialdesk::reports
