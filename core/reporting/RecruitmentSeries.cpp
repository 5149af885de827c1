#include "core/reporting/RecruitmentSeries.h"

#include "core/reporting/DataCut.h"
#include "core/sql/SqlUtil.h"
#include "core/workspace/TrialSession.h"

#include <QSqlQuery>

namespace trialdesk::core::reporting {

namespace {
QDate monthOf(const QString &isoText)
{
    return QDate::fromString(isoText.left(7) + QStringLiteral("-01"), Qt::ISODate);
}
} // namespace

Result<RecruitmentSeries> RecruitmentSeries::read(const DataCut &cut)
{
    if (Status allowed
        = cut.requirePurpose({ CutPurpose::Recruitment, CutPurpose::Consort }, QStringLiteral("Recruitment"));
        !allowed)
        return allowed.error();
    QSqlDatabase &db = cut.session().database();
    RecruitmentSeries series;
    series.targetParticipants = cut.protocol().targetParticipants;
    series.plannedPeriod = cut.protocol().recruitment;
    series.today = cut.atUtc().date();
    // Months are taken from the UTC timestamp.
    auto randomized = exec(db,
                           QStringLiteral("SELECT p.site_code, SUBSTR(r.randomized_at, 1, 7), COUNT(*) "
                                          "FROM randomizations r JOIN participants p ON p.id = "
                                          "r.participant_id GROUP BY p.site_code, "
                                          "SUBSTR(r.randomized_at, 1, 7)"));
    if (!randomized)
        return randomized.error();
    while (randomized->next())
        series.randomized.append({ randomized->value(0).toString(), monthOf(randomized->value(1).toString()),
                                   randomized->value(2).toLongLong() });
    // Counts by site come from the (site_code, site_number) index alone, the first screening from
    // the screened_on index (migration 007): neither reads the screenings themselves.
    auto screened = exec(db, QStringLiteral("SELECT site_code, COUNT(*) FROM screenings GROUP BY site_code"));
    if (!screened)
        return screened.error();
    while (screened->next())
        series.screenedBySite[screened->value(0).toString()] = screened->value(1).toLongLong();
    auto first = exec(db, QStringLiteral("SELECT MIN(screened_on) FROM screenings"));
    if (!first)
        return first.error();
    series.firstScreeningMonth = first->next() ? monthOf(first->value(0).toString()) : QDate();
    return series;
}

} // namespace trialdesk::core::reporting
