// Target dates and windows of the visit schedule: pure calendar arithmetic (no database).
#include "core/protocol/Protocol.h"
#include "core/visits/VisitCalendar.h"

#include <QTimeZone>
#include <QtTest>

using namespace trialdesk::core;

namespace {

ProtocolVisit visitAt(int offset, int before, int after)
{
    ProtocolVisit visit;
    visit.code = QStringLiteral("V");
    visit.offsetDays = offset;
    visit.windowBefore = before;
    visit.windowAfter = after;
    return visit;
}

VisitSchedule quebecSchedule(bool shift)
{
    auto protocol = Protocol::bundledDefault();
    VisitSchedule schedule = protocol.ok() ? protocol->schedule : VisitSchedule {};
    schedule.shiftOffNonWorkingDays = shift;
    return schedule;
}

} // namespace

class TestVisitsCalendar : public QObject
{
    Q_OBJECT

private slots:
    void defaultScheduleShape();
    void leapYear();
    void holidayAndWeekendShift();
    void shiftStaysInWindow();
    void noShiftWhenTheFlagIsOff();
    void localDateInTheSiteZone();
    void calendarDaysAcrossDaylightSavingChanges();
};

void TestVisitsCalendar::defaultScheduleShape()
{
    auto protocol = Protocol::bundledDefault();
    QVERIFY2(protocol.ok(), protocol.ok() ? "" : qPrintable(protocol.error().message));
    int usual = 0;
    int partner = 0;
    for (const ProtocolVisit &visit : std::as_const(protocol->schedule.visits)) {
        usual += visit.appliesTo(QStringLiteral("UC")) ? 1 : 0;
        partner += visit.appliesTo(QStringLiteral("PP")) ? 1 : 0;
    }
    QCOMPARE(usual, 4);
    QCOMPARE(partner, 11);
    QVERIFY(protocol->schedule.shiftOffNonWorkingDays);
    QVERIFY(protocol->schedule.holidays.contains(QDate(2027, 6, 24)));
}

void TestVisitsCalendar::leapYear()
{
    const VisitSchedule schedule = quebecSchedule(false);
    const VisitCalendar calendar(schedule);
    // Day 365 from 29 February 2028 is 28 February 2029 (2029 has no 29 February).
    const PlannedDates dates = calendar.plan(visitAt(365, 30, 30), QDate(2028, 2, 29));
    QCOMPARE(dates.target, QDate(2029, 2, 28));
    QCOMPARE(dates.windowStart, QDate(2029, 1, 29));
    QCOMPARE(dates.windowEnd, QDate(2029, 3, 30));
    // Day 365 from 1 March 2027 crosses 29 February 2028: 29 February 2028 itself.
    QCOMPARE(calendar.plan(visitAt(365, 0, 0), QDate(2027, 3, 1)).target, QDate(2028, 2, 29));
}

void TestVisitsCalendar::holidayAndWeekendShift()
{
    const VisitSchedule schedule = quebecSchedule(true);
    const VisitCalendar calendar(schedule);
    // Thursday 24 June 2027 (Fête nationale) moves to Friday the 25th; the window stays on the 24th.
    PlannedDates dates = calendar.plan(visitAt(0, 7, 7), QDate(2027, 6, 24));
    QCOMPARE(dates.target, QDate(2027, 6, 25));
    QCOMPARE(dates.windowStart, QDate(2027, 6, 17));
    QCOMPARE(dates.windowEnd, QDate(2027, 7, 1));
    // A Saturday moves to Monday.
    QCOMPARE(QDate(2027, 1, 16).dayOfWeek(), int(Qt::Saturday));
    QCOMPARE(calendar.plan(visitAt(5, 7, 7), QDate(2027, 1, 11)).target, QDate(2027, 1, 18));
    // Good Friday 26 March 2027, then the weekend: Monday 29 March.
    dates = calendar.plan(visitAt(91, 14, 14), QDate(2026, 12, 25));
    QCOMPARE(QDate(2026, 12, 25).addDays(91), QDate(2027, 3, 26));
    QCOMPARE(dates.target, QDate(2027, 3, 29));
    QCOMPARE(dates.windowStart, QDate(2027, 3, 12));
    // A working day does not move.
    QCOMPARE(calendar.plan(visitAt(1, 0, 0), QDate(2027, 6, 22)).target, QDate(2027, 6, 23));
    QVERIFY(calendar.isWorkingDay(QDate(2027, 6, 23)));
    QVERIFY(!calendar.isWorkingDay(QDate(2027, 7, 1)));
}

void TestVisitsCalendar::shiftStaysInWindow()
{
    const VisitSchedule schedule = quebecSchedule(true);
    const VisitCalendar calendar(schedule);
    // Saturday 16 January 2027 with a window of 1 day after: Monday is out of the window, so the
    // visit moves back to Friday the 15th.
    PlannedDates dates = calendar.plan(visitAt(0, 2, 1), QDate(2027, 1, 16));
    QCOMPARE(dates.target, QDate(2027, 1, 15));
    // No working day in a zero-day window: the target stays on the Saturday.
    dates = calendar.plan(visitAt(0, 0, 0), QDate(2027, 1, 16));
    QCOMPARE(dates.target, QDate(2027, 1, 16));
}

void TestVisitsCalendar::noShiftWhenTheFlagIsOff()
{
    const VisitSchedule schedule = quebecSchedule(false);
    const VisitCalendar calendar(schedule);
    QCOMPARE(calendar.plan(visitAt(0, 7, 7), QDate(2027, 6, 24)).target, QDate(2027, 6, 24));
    QCOMPARE(calendar.plan(visitAt(5, 7, 7), QDate(2027, 1, 11)).target, QDate(2027, 1, 16));
}

void TestVisitsCalendar::localDateInTheSiteZone()
{
    const QString montreal = QStringLiteral("America/Toronto");
    // 02:30 UTC is 21:30 the evening before in Montreal (EST, UTC-5).
    QCOMPARE(VisitCalendar::localDate(QDateTime(QDate(2027, 1, 12), QTime(2, 30), QTimeZone::utc()), montreal),
             QDate(2027, 1, 11));
    QCOMPARE(VisitCalendar::localDate(QDateTime(QDate(2027, 1, 12), QTime(5, 30), QTimeZone::utc()), montreal),
             QDate(2027, 1, 12));
    // In summer (EDT, UTC-4) 03:30 UTC is 23:30 the evening before; 04:30 UTC is already the day.
    QCOMPARE(VisitCalendar::localDate(QDateTime(QDate(2027, 7, 2), QTime(3, 30), QTimeZone::utc()), montreal),
             QDate(2027, 7, 1));
    QCOMPARE(VisitCalendar::localDate(QDateTime(QDate(2027, 7, 2), QTime(4, 30), QTimeZone::utc()), montreal),
             QDate(2027, 7, 2));
    // Elsewhere on the same instant.
    QCOMPARE(VisitCalendar::localDate(QDateTime(QDate(2027, 1, 12), QTime(2, 30), QTimeZone::utc()),
                                      QStringLiteral("Europe/Paris")),
             QDate(2027, 1, 12));
}

void TestVisitsCalendar::calendarDaysAcrossDaylightSavingChanges()
{
    const VisitSchedule schedule = quebecSchedule(false);
    const VisitCalendar calendar(schedule);
    const QString montreal = QStringLiteral("America/Toronto");
    // Randomized at 23:30 local on Saturday 13 March 2027, the night before the spring change:
    // 24-hour steps from that instant would land on the next day after the change; calendar days do not.
    const QDateTime spring(QDate(2027, 3, 14), QTime(4, 30), QTimeZone::utc());
    const QDate springDay = VisitCalendar::localDate(spring, montreal);
    QCOMPARE(springDay, QDate(2027, 3, 13));
    QCOMPARE(calendar.plan(visitAt(91, 14, 14), springDay).target, QDate(2027, 6, 12));
    QCOMPARE(calendar.plan(visitAt(7, 7, 7), springDay).target, QDate(2027, 3, 20));
    // The autumn change (7 November 2027): 00:30 local on Saturday the 6th.
    const QDateTime autumn(QDate(2027, 11, 6), QTime(4, 30), QTimeZone::utc());
    const QDate autumnDay = VisitCalendar::localDate(autumn, montreal);
    QCOMPARE(autumnDay, QDate(2027, 11, 6));
    QCOMPARE(calendar.plan(visitAt(30, 7, 7), autumnDay).target, QDate(2027, 12, 6));
    QCOMPARE(calendar.plan(visitAt(182, 14, 14), autumnDay).target, QDate(2028, 5, 6));
}

QTEST_GUILESS_MAIN(TestVisitsCalendar)
#include "tst_visits_calendar.moc"
