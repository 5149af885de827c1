#pragma once

#include "core/Result.h"
#include "core/enrollment/Participant.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

namespace trialdesk::core {

class TrialSession;
class Write;

// Participants after registration: the paged list (for a lazy model over 100,000 rows), details,
// timeline and status changes. Reading needs Action::ParticipantView; the arm is filled only for
// Action::ArmView roles and identity only for Action::IdentityView roles, in every call. Changes
// need Action::ParticipantStatusChange and are audited with their reason.
class ParticipantService
{
public:
    explicit ParticipantService(TrialSession &session)
        : m_session(session)
    {
    }

    Result<ParticipantPage> list(const ParticipantQuery &query) const;
    // Rows the query matches (limit, offset and afterKey ignored).
    Result<qint64> count(const ParticipantQuery &query) const;
    Result<ParticipantDetails> details(const QString &studyId) const;
    // Screening, consents, registration, randomization and events, oldest first.
    Result<QList<TimelineItem>> timeline(const QString &studyId) const;
    Result<QList<ParticipantEvent>> events(const QString &studyId) const;

    // The randomization stays in the log and its position is never reused; needs the electronic
    // signature (the caller wipes the password).
    Status markRandomizedInError(const QString &studyId, const QString &reason, const QByteArray &signaturePassword);
    // Notes the level that should have been recorded; the allocation and the recorded values stay.
    Status noteMisclassification(const QString &studyId, const QString &factorCode, const QString &correctLevel,
                                 const QString &reason);
    // Dates of status changes and events: invalid = today at the participant's site.
    Status withdraw(const QString &studyId, WithdrawalScope scope, const QDate &date, const QString &reason);
    // The same inside the caller's write (needs ParticipantStatusChange).
    Status withdraw(Write &write, const QString &studyId, WithdrawalScope scope, const QDate &date,
                    const QString &reason);
    Status markLostToFollowUp(const QString &studyId, const QDate &date, const QString &reason);
    Status recordDeviation(const QString &studyId, const QDate &date, const QString &description);
    Status recordAdverseEvent(const QString &studyId, const AdverseEventInput &event);

private:
    // Permission and site checks, and the FROM/WHERE clause shared by list() and count().
    struct Filter
    {
        bool seesArm = false;
        bool seesIdentity = false;
        QString fromWhere;
        QVariantList values;
    };
    Result<Filter> filter(const ParticipantQuery &query) const;
    // details() without the identity when withIdentity is false (the timeline needs none, so it
    // neither reads nor audits one); with it, the identity read is audited as identity.view.
    Result<ParticipantDetails> readDetails(const QString &studyId, bool withIdentity) const;

    TrialSession &m_session;
};

} // namespace trialdesk::core
