#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace trialdesk::core {

// Where a participant stands. Stored by code.
enum class ParticipantStatus {
    Registered, // consented and registered, not yet randomized
    Randomized,
    RandomizedInError, // kept in the log; the position is never reused
    WithdrawnIntervention, // stopped the intervention, still followed
    WithdrawnFollowUp, // no further follow-up; data collected so far is used
    WithdrawnData, // withdrew consent to the use of their data
    LostToFollowUp,
};

QString participantStatusCode(ParticipantStatus status); // "registered", "randomized", ... (stored)
std::optional<ParticipantStatus> participantStatusFromCode(const QString &code);
QString participantStatusDisplayName(ParticipantStatus status); // translated

enum class WithdrawalScope { Intervention, FollowUp, Data };
QString withdrawalScopeCode(WithdrawalScope scope); // "intervention", "follow-up", "data"
std::optional<WithdrawalScope> withdrawalScopeFromCode(const QString &code);

// Identity, kept apart from study data; only IdentityView roles read it.
struct Identity
{
    QString lastName;
    QString firstName;
    QDate dateOfBirth;
    QString ramq; // Quebec health insurance number: 4 letters + 8 digits, upper case, no spaces
    QString phone;
    QString email;
    QString language = QStringLiteral("fr"); // "fr" or "en"
};

// One stratification value as recorded at registration.
struct StratumValue
{
    QString factorCode; // e.g. "site", "condition"
    QString factorName; // translated from the protocol
    QString levelCode; // e.g. "ICM", "HF"
    QString levelName;
};

struct ConsentInput
{
    QString formVersion; // must be the protocol's current approved version
    QDate date; // not in the future, not before the form's approval
    QString obtainedBy; // user name of who obtained it; empty = the signed-in user
};

struct ConsentRecord
{
    QString formVersion;
    QDate date;
    QString obtainedBy;
    QString recordedBy;
    QDateTime recordedAt; // UTC
};

// What registration needs beside the screening.
struct EnrollmentInput
{
    // Factor code -> level code for every stratification factor but the site (the site factor is
    // the screening's site; giving it is allowed when it agrees).
    QMap<QString, QString> strata;
    ConsentInput consent;
    std::optional<Identity> identity;
};

// A row of the participant list. Fields a role may not see are empty.
struct ParticipantSummary
{
    QString studyId;
    QString siteCode;
    ParticipantStatus status = ParticipantStatus::Registered;
    QDateTime registeredAt; // UTC
    QDateTime randomizedAt; // UTC, invalid when not randomized
    QString armCode; // ArmView roles only
    QString displayName; // "Last, First": IdentityView roles only
};

struct ParticipantQuery
{
    QString search; // study ID prefix ("ICM-00"), or a last or first name prefix (IdentityView roles)
    QString siteCode; // empty = all
    std::optional<ParticipantStatus> status;
    QString armCode; // empty = all; ArmView roles only (refused otherwise)
    // Keyset paging in registration order: rows after this participant (0 = from the start).
    qint64 afterKey = 0;
    int offset = 0; // offset paging, when afterKey is 0
    int limit = 200; // 1 to 10,000
};

struct ParticipantPage
{
    QList<ParticipantSummary> rows;
    QList<qint64> keys; // keys[i] is rows[i]'s paging key (pass the last one as afterKey)
};

struct ParticipantDetails
{
    ParticipantSummary summary;
    QString screeningNumber;
    QList<StratumValue> stratumValues; // as recorded
    std::optional<ConsentRecord> latestConsent;
    bool consentCurrent = false; // the latest consent satisfies the current protocol
    std::optional<Identity> identity; // IdentityView roles only
    QString randomizedBy; // empty when not randomized
    int designVersion = 0; // 0 when not randomized
    QMap<QString, QString> misclassifiedAs; // factor code -> the level noted as correct (allocation unchanged)
};

enum class ParticipantEventType {
    RandomizedInError,
    StratumMisclassification,
    Withdrawal,
    LostToFollowUp,
    ProtocolDeviation,
    AdverseEvent,
};
QString participantEventTypeCode(ParticipantEventType type); // "randomized-in-error", ... (stored)
std::optional<ParticipantEventType> participantEventTypeFromCode(const QString &code);
QString participantEventTypeDisplayName(ParticipantEventType type); // translated

struct AdverseEventInput
{
    QString description;
    bool serious = false;
    QDate onset;
    QDate end; // invalid while ongoing
    QString outcome; // e.g. "recovered", "recovering", "not recovered", "fatal", "unknown"
};

struct ParticipantEvent
{
    qint64 id = 0;
    ParticipantEventType type = ParticipantEventType::ProtocolDeviation;
    QDate date; // the day it happened (onset for an adverse event)
    QString reason; // reason or description
    QString detail; // scope of a withdrawal, "factor=level" for a misclassification, AE outcome
    bool serious = false; // adverse events
    QDate endDate; // adverse events
    QString recordedBy;
    QDateTime recordedAt; // UTC
};

// One line of the participant page's timeline, in time order.
struct TimelineItem
{
    QDateTime at; // UTC: when it was recorded
    QDate date; // the day it refers to (screening day, consent day, event day); may be invalid
    QString kind; // "screening", "consent", "registration", "randomization", or an event type code
    QString title; // translated, e.g. "Randomized" (no arm for roles without ArmView)
    QString detail; // translated detail; never the arm for roles without ArmView
    QString by; // user name
};

} // namespace trialdesk::core
