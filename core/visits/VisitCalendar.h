#pragma once

#include "core/protocol/Protocol.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace trialdesk::core {

// The dates of one planned visit, all calendar days in the site's time zone.
struct PlannedDates
{
    QDate target; // the appointment: anchor + offset, shifted to a working day when the protocol asks
    QDate windowStart; // from the unshifted target: a shift never moves the window
    QDate windowEnd;
};

// Pure date arithmetic of a visit schedule: no database, no clock. Calendar days only, so daylight
// saving changes cannot move a visit (QDate has no time of day).
class VisitCalendar
{
public:
    explicit VisitCalendar(const VisitSchedule &schedule)
        : m_schedule(schedule)
    {
    }

    // Target anchorDate + offsetDays, window [target - windowBefore, target + windowAfter] from the
    // unshifted target. With shiftOffNonWorkingDays the target moves to the next working day; when
    // that would leave the window it moves back to the last working day in the window instead, and
    // when the window has none it stays on the unshifted day.
    PlannedDates plan(const ProtocolVisit &visit, const QDate &anchorDate) const;

    // Not a Saturday, a Sunday or a listed holiday.
    bool isWorkingDay(const QDate &date) const;

    // The calendar day of a UTC instant in an IANA time zone (e.g. "America/Toronto"); an unknown
    // zone falls back to UTC, as the sites table only holds zones validated when the site was added.
    static QDate localDate(const QDateTime &utc, const QString &ianaZone);

private:
    const VisitSchedule &m_schedule;
};

} // namespace trialdesk::core
