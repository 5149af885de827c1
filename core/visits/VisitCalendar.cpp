#include "core/visits/VisitCalendar.h"

#include <QTimeZone>

#include <algorithm>

namespace trialdesk::core {

PlannedDates VisitCalendar::plan(const ProtocolVisit &visit, const QDate &anchorDate) const
{
    const QDate unshifted = anchorDate.addDays(visit.offsetDays);
    PlannedDates dates { unshifted, unshifted.addDays(-visit.windowBefore), unshifted.addDays(visit.windowAfter) };
    if (!m_schedule.shiftOffNonWorkingDays || isWorkingDay(unshifted))
        return dates;
    QDate forward = unshifted;
    while (!isWorkingDay(forward))
        forward = forward.addDays(1);
    if (forward <= dates.windowEnd) {
        dates.target = forward;
        return dates;
    }
    for (QDate back = unshifted.addDays(-1); back >= dates.windowStart; back = back.addDays(-1)) {
        if (isWorkingDay(back)) {
            dates.target = back;
            return dates;
        }
    }
    return dates;
}

bool VisitCalendar::isWorkingDay(const QDate &date) const
{
    const int weekday = date.dayOfWeek();
    if (weekday == Qt::Saturday || weekday == Qt::Sunday)
        return false;
    return !std::binary_search(m_schedule.holidays.cbegin(), m_schedule.holidays.cend(), date);
}

QDate VisitCalendar::localDate(const QDateTime &utc, const QString &ianaZone)
{
    const QTimeZone zone(ianaZone.toUtf8());
    if (!zone.isValid())
        return utc.toUTC().date();
    return utc.toTimeZone(zone).date();
}

} // namespace trialdesk::core
