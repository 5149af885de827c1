#pragma once

#include "core/protocol/Protocol.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::core {

// Where a planned visit stands. Stored by code.
enum class VisitStatus {
    Planned,
    Completed, // actualDate set; outOfWindow flags a completion outside [windowStart, windowEnd]
    Missed, // reason set
    Cancelled, // after withdrawal from follow-up (reason set); kept, never deleted
};

QString visitStatusCode(VisitStatus status); // "planned", "completed", "missed", "cancelled" (stored)
std::optional<VisitStatus> visitStatusFromCode(const QString &code);
QString visitStatusDisplayName(VisitStatus status); // translated

// One visit of one participant. Roles without Action::ArmView never receive arm-specific rows.
struct VisitRow
{
    qint64 id = 0;
    QString studyId;
    QString siteCode;
    QString visitCode;
    LocalizedText visitName; // from the protocol version that planned it
    int order = 0; // position in the protocol's schedule
    QDate targetDate; // the appointment (moved by a reschedule)
    QDate windowStart; // from the protocol, never moved
    QDate windowEnd;
    VisitStatus status = VisitStatus::Planned;
    QDate actualDate; // completed visits
    bool outOfWindow = false;
    QString reason; // missed, cancelled, or the last reschedule
    bool armSpecific = false;
    bool primaryOutcome = false;
    QStringList forms; // codes of the forms expected at the visit

    // Relative to a day: planned and its target before the day / its window ended before the day.
    bool isOverdue(const QDate &asOf) const { return status == VisitStatus::Planned && targetDate < asOf; }
    bool isOutOfWindow(const QDate &asOf) const { return status == VisitStatus::Planned && windowEnd < asOf; }
};

// The coordinator's "today" view for one site (or every site the user may see), as of a day.
// Each list holds at most kListLimit rows (the earliest targets first, then by participant); the
// *Total counts give the full number, so a screen can say "200 of 1,234" and page through
// VisitService::overduePage or due(). Counts never include rows the user may not see.
struct TodayView
{
    static constexpr int kListLimit = 200;

    QDate asOf;
    QList<VisitRow> dueToday; // planned, target == asOf
    QList<VisitRow> dueThisWeek; // planned, target in (asOf, asOf + 6]
    QList<VisitRow> overdue; // planned, target < asOf <= windowEnd: late but still in window
    QList<VisitRow> outOfWindow; // planned, windowEnd < asOf
    int dueTodayTotal = 0;
    int dueThisWeekTotal = 0;
    int overdueTotal = 0;
    int outOfWindowTotal = 0;
};

// One page of a long list: rows [offset, offset + rows.size()) of total.
struct VisitPage
{
    QList<VisitRow> rows;
    int offset = 0;
    int total = 0;
};

} // namespace trialdesk::core
