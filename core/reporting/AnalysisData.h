#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trialdesk::core::reporting {

class DataCut;

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

// Participants in the trial by arm and stratum values (Table 1's strata rows).
struct StratumCount
{
    QString arm;
    QString stratumValues;
    qint64 count = 0;
};

// Visits (not arm-specific) of participants in the trial, grouped for the retention report.
struct VisitCount
{
    QString arm;
    QString visitCode;
    QString siteCode;
    QString status; // planned, completed, missed, cancelled
    bool outOfWindow = false;
    QString windowEnd; // YYYY-MM-DD, only for planned visits
    qint64 count = 0;
};

// What the analysis data set should hold: each part is read only when asked for.
struct AnalysisRequest
{
    bool strata = false; // Table 1
    bool visits = false; // retention
    // Item values of entries that are not drafts, first instance, at these visits (not those of one
    // arm only), of these forms and items. An empty list matches nothing.
    QStringList visitCodes;
    QStringList formCodes;
    QStringList itemCodes;
};

// The analysis data set of the statistical reports (baseline, retention, outcomes), by arm: only
// participants in the trial (randomized and not randomized in error) count. Needs a cut opened for
// CutPurpose::ByArmStatistics.
struct AnalysisData
{
    QList<StratumCount> strata;
    QList<VisitCount> visits;
    QList<ValueCount> values; // in no particular order; missing-data codes and empty values left out

    static Result<AnalysisData> read(const DataCut &cut, const AnalysisRequest &request);
};

} // namespace trialdesk::core::reporting
