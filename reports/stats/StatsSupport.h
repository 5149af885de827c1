#pragma once

#include "core/Result.h"
#include "core/protocol/Protocol.h"
#include "core/reporting/AnalysisData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::reports {

// An arm as a report column, in the protocol's order.
struct StatsArm
{
    QString code;
    QString name; // current language
    qint64 participants = 0;
};

// How many times one value of one item occurs, per arm and visit (read in core: AnalysisData).
using ValueCount = core::reporting::ValueCount;

enum class StatsFormat { Pdf, Csv, Json };

// What the three statistical reports (baseline, retention, outcomes) share: the arm columns and how
// they print numbers. Who may see them, which participants they count and the reading of the data
// are core's (core/reporting: DataCut, AnalysisData).
class StatsSupport
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::StatsSupport)

public:
    // The protocol's arms as columns (participants left at 0).
    static QList<StatsArm> armsOf(const core::Protocol &protocol);

    static std::optional<StatsFormat> formatFromName(const QString &name); // "pdf", "csv", "json"

    // Numbers for people, in the locale ("–" for an undefined value).
    static QString number(double value, int decimals, const QLocale &locale = QLocale());
    // "12 (40.0%)".
    static QString countPercent(qint64 count, qint64 total, const QLocale &locale = QLocale());
    // Numbers for machines: JSON null for NaN or infinity.
    static QJsonValue jsonNumber(double value);
    // CSV numbers: C locale, shortest exact form; empty for NaN.
    static QString csvNumber(double value);

    // Writes bytes to a file (replaced), with an error naming the path.
    static core::Status writeFile(const QString &path, const QByteArray &bytes);

    // The label shown on every statistical report.
    static QString descriptiveNote();
};

} // namespace trialdesk::reports
