#pragma once

#include "core/Result.h"
#include "reports/ReportContext.h"
#include "reports/ReportDocument.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace trialdesk::core {
class TrialSession;
}
namespace trialdesk::core::reporting {
struct RecruitmentSeries;
}

namespace trialdesk::reports {

struct RecruitmentMonth
{
    QDate month; // first day of the month
    qint64 randomized = 0;
    qint64 cumulative = 0;
    double target = 0; // cumulative target at the end of the month
};

// Randomizations against the target (docs/consort.md, "Recruitment"): no arm, so every
// ReportView role may see it.
struct RecruitmentData
{
    int targetParticipants = 0;
    QDate periodStart; // first day of the first recruitment month
    int periodMonths = 0;
    bool periodFromProtocol = false; // false: assumed (see docs)
    QList<RecruitmentMonth> months; // from periodStart to the later of the period's end and the last randomization
    QStringList sites; // site codes with screenings or randomizations, sorted
    QMap<QString, QMap<QDate, qint64>> bySiteAndMonth; // site -> month -> randomizations
    QMap<QString, qint64> screenedBySite;
    QMap<QString, qint64> randomizedBySite;
    qint64 screened = 0;
    qint64 randomized = 0;
    // Screenings per randomization (0 when nobody is randomized yet).
    double screeningPerRandomization() const { return randomized > 0 ? double(screened) / double(randomized) : 0; }
};

class RecruitmentReport
{
public:
    static constexpr int kDefaultPeriodMonths = 12;

    // Opens a data cut (ReportView), reads the series in core and computes the report.
    static core::Result<RecruitmentData> compute(core::TrialSession &session);
    // "Recruitment report", translated: the document's title.
    static QString title();
    static RecruitmentData compute(const core::reporting::RecruitmentSeries &series);

    // Month x site table (randomizations), with totals; and per-site screening ratio table.
    static ReportDocument::Table siteMonthTable(const RecruitmentData &data);
    static ReportDocument::Table siteRatioTable(const RecruitmentData &data);
    static ReportDocument::Table cumulativeTable(const RecruitmentData &data);
    static void paintChart(const RecruitmentData &data, QPainter &painter, const QRectF &rect);

    static QJsonObject toJson(const RecruitmentData &data, const ReportContext &context);
    static QByteArray toCsv(const RecruitmentData &data);
    static ReportDocument document(const RecruitmentData &data, const ReportContext &context);

    static core::Status writePdf(const RecruitmentData &data, const ReportContext &context, const QString &path);
    static core::Status writeCsv(const RecruitmentData &data, const QString &path);
    static core::Status writeJson(const RecruitmentData &data, const ReportContext &context, const QString &path);
};

} // namespace trialdesk::reports
