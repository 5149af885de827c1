#pragma once

#include "Result.h"
#include "protocol/Protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::reports {

// An arm as a report column, in the protocol's order.
struct StatsArm
{
    QString code;
    QString name; // current language
    qint64 participants = 0;
};

// How many times one value of one item occurs, per arm and visit (a GROUP BY row).
struct ValueCount
{
    QString arm;
    QString visitCode;
    QString formCode;
    QString itemCode;
    QString value;
    qint64 count = 0;
};

enum class StatsFormat { Pdf, Csv, Json };

// What the three statistical reports (baseline, retention, outcomes) share: who may see them, which
// participants they count, how they read item values, and how they print numbers.
class StatsSupport
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::StatsSupport)

public:
    // Every statistical report is by arm: ReportView and ReportByArm are both required, so blinded
    // roles get nothing by arm (not even Table 1 or retention, which could hint at the allocation).
    static core::Status requireByArm(core::TrialSession &session, const QString &reportName);

    // SQL condition on a participant id column: randomized and not randomized in error. Such
    // participants never belonged to the trial and are left out of every statistical report.
    static QString inTrialCondition(const QString &participantIdColumn);

    // The protocol's arms as columns (participants left at 0).
    static QList<StatsArm> armsOf(const core::Protocol &protocol);

    // Item values of entries that are not drafts (complete, verified, locked), first instance, at
    // the given visits (not those of one arm only), of the given forms and items, for participants
    // in the trial, counted by arm, visit, form, item and value, in no particular order. An empty
    // list matches nothing. Missing-data codes and empty values are not values and are not
    // returned.
    static core::Result<QList<ValueCount>> fetchValueCounts(core::TrialSession &session, const QStringList &visitCodes,
                                                            const QStringList &formCodes, const QStringList &itemCodes);

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
