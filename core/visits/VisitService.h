#pragma once

#include "core/Result.h"
#include "core/visits/Visit.h"
#include "core/visits/VisitCalendar.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <memory>

namespace trialdesk::core {

class TrialSession;
class Write;

// Visit scheduling and follow-up tracking. Reading needs Action::VisitView, changes
// Action::VisitManage; both are limited to the sites the user may see (as the participant list is).
// Rows of arm-specific visits (patient-partner contacts) are never returned to roles without
// Action::ArmView, in any call, and a call naming one is refused as if it did not exist.
// Every change is audited in its transaction (old and new status/dates, and the reason).
// siteCode empty = every site the user may see.
class VisitService
{
public:
    explicit VisitService(TrialSession &session)
        : m_session(session)
    {
    }

    // Inside the randomization's write (needs Randomize): plans the current protocol's visits that
    // apply to the arm, from the randomization date in the site's time zone.
    Status planAtRandomization(Write &write, qint64 participantId, const QString &arm, const QDate &randomizedOn);

    Result<QList<VisitRow>> timeline(const QString &studyId) const;
    // Planned visits whose target falls in [from, to], by target date then participant (study ID order
    // within a site). Every list below uses the same order.
    Result<QList<VisitRow>> due(const QString &siteCode, const QDate &from, const QDate &to) const;
    // Planned visits whose target is before asOf (late ones and those out of window), every one of
    // them (the command line lists all); screens use overduePage.
    Result<QList<VisitRow>> overdue(const QString &siteCode, const QDate &asOf) const;
    // The same list, limit rows from offset (limit 1 to kMaxPageSize), with the total count.
    static constexpr int kMaxPageSize = 1000;
    Result<VisitPage> overduePage(const QString &siteCode, const QDate &asOf, int offset, int limit) const;
    Result<TodayView> today(const QString &siteCode, const QDate &asOf) const;
    // Every visit (any status) whose target or actual date falls in [from, to]: the agenda.
    Result<QList<VisitRow>> agenda(const QString &siteCode, const QDate &from, const QDate &to) const;

    // Not in the future; flags outOfWindow; re-plans visits anchored on this one.
    Status complete(const QString &studyId, const QString &visitCode, const QDate &actualDate);
    Status miss(const QString &studyId, const QString &visitCode, const QString &reason);
    // Moves the target date (the window stays); a reason is required.
    Status reschedule(const QString &studyId, const QString &visitCode, const QDate &newTarget, const QString &reason);
    // Inside the withdrawal, lost-to-follow-up or randomized-in-error write (needs
    // ParticipantStatusChange): cancels the remaining planned visits.
    Status cancelRemaining(Write &write, qint64 participantId, const QString &reason);
    // Applies the current protocol's schedule to participants randomized under an earlier one
    // (explicit choice, audited): adds visits the new schedule has, re-targets planned ones, never
    // touches completed, missed or cancelled visits. Returns the number of participants changed.
    Result<int> applyCurrentSchedule(const QStringList &studyIds, const QString &reason);

    // iCalendar (RFC 5545) of the planned visits of a site: study IDs and visit codes only. Each
    // event's UID is a keyed hash of study ID and visit code (never a row id): stable across exports.
    Result<QByteArray> exportIcs(const QString &siteCode) const;
    // The same calendar written to path through PrivateFileWriter (0600, never through a link) and
    // audited (visit.export-ics) before it is put in place. Returns the number of visits.
    Result<int> exportIcs(const QString &siteCode, const QString &path) const;

private:
    struct Stored;
    struct Query;

    Result<QString> siteScope(const QString &siteCode) const;
    Result<Query> listQuery(const QString &siteCode, bool datesValid, const QString &invalidDates) const;
    Result<QByteArray> calendarUidKey() const;
    Result<QList<VisitRow>> select(const Query &query) const;
    Result<int> count(const Query &query) const;
    Result<VisitRow> toRow(const Stored &stored) const;
    Result<std::shared_ptr<const Protocol>> protocolVersion(int version) const;
    Result<Stored> findForChange(const QString &studyId, const QString &visitCode);
    Result<QDate> randomizationDate(qint64 participantId);
    Result<QDate> siteToday(const QString &siteCode);
    Status retargetAnchoredOn(const Stored &anchor, const QDate &anchorDate, const QString &reason);
    Status writeDates(const Stored &visit, const PlannedDates &dates, const QString &action, const QString &reason);

    TrialSession &m_session;
    // Protocol versions never change once stored: parsed once per service.
    mutable QHash<int, std::shared_ptr<const Protocol>> m_protocols;
};

} // namespace trialdesk::core
