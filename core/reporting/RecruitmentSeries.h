#pragma once

#include "core/Result.h"
#include "core/protocol/Protocol.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace trialdesk::core::reporting {

class DataCut;

// Randomizations of one site in one month (UTC timestamp's month).
struct SiteMonthCount
{
    QString site;
    QDate month; // first day of the month
    qint64 count = 0;
};

// What the recruitment report needs (docs/consort.md, "Recruitment"): every randomization counts,
// also those later marked in error. No arm: any cut opened for a report may read it.
struct RecruitmentSeries
{
    int targetParticipants = 0;
    std::optional<RecruitmentPeriod> plannedPeriod; // the protocol's, when given
    QList<SiteMonthCount> randomized;
    QMap<QString, qint64> screenedBySite;
    QDate firstScreeningMonth; // invalid when nobody was screened
    QDate today; // the cut's date (UTC)

    static Result<RecruitmentSeries> read(const DataCut &cut);
};

} // namespace trialdesk::core::reporting
