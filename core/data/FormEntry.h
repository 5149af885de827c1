#pragma once

#include "core/protocol/Protocol.h"
#include "core/visits/Visit.h"
#include "forms/FormDefinition.h"
#include "forms/FormEvaluator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace trialdesk::core {

// Where one form of one participant stands. "Not started" is the absence of a row; the others are
// stored by code in form_entries.state.
enum class FormEntryState {
    NotStarted,
    Draft, // saved, may be incomplete (values present are valid)
    Complete, // validated with every required item; changes need a reason
    Verified, // the monitor's source data verification; an edit sends it back to Complete
    Locked, // refuses every change until unlocked
};

QString formEntryStateCode(FormEntryState state); // "not_started", "draft", "complete", "verified", "locked"
std::optional<FormEntryState> formEntryStateFromCode(const QString &code);
QString formEntryStateDisplayName(FormEntryState state); // translated

// Names a form to save: at a visit (visitCode) or unscheduled (visitCode empty: adverse event, end
// of study). instance: unscheduled forms may repeat (several adverse events); 0 asks for a new
// instance (the next number) for a repeating form, or the single instance of a non-repeating one.
// Scheduled forms always have instance 1.
struct FormSlot
{
    QString studyId;
    QString visitCode; // empty = unscheduled
    QString formCode;
    int instance = 0;
};

// One form entry with its values, read with the definition version it was entered with.
struct FormEntry
{
    qint64 id = 0;
    QString studyId;
    QString siteCode;
    qint64 visitId = 0; // 0 = unscheduled
    QString visitCode; // empty = unscheduled
    int visitOrder = 0; // the visit's position in the schedule (unscheduled: after every visit)
    QString formCode;
    int formVersion = 0;
    int instance = 1;
    FormEntryState state = FormEntryState::Draft;
    bool armSpecific = false; // never returned to roles without Action::ArmView
    QDateTime createdAt; // UTC
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
    QDateTime completedAt; // null when never completed
    QString completedBy;
    QDateTime verifiedAt;
    QString verifiedBy;
    QDateTime lockedAt;
    QString lockedBy;
    forms::Answers answers; // item code -> canonical value or missing-data code (computed scores included)
    int openQueries = 0; // data queries not closed (open or answered)
};

// One expected form of a participant (at a visit, or an unscheduled one) and its state.
struct ExpectedForm
{
    QString formCode;
    LocalizedText title; // from the entry's definition version, or the current one when not started
    forms::FormCategory category = forms::FormCategory::Outcome;
    qint64 entryId = 0; // 0 = not started
    int instance = 1;
    int formVersion = 0; // the entry's version, or the version a new entry would use
    FormEntryState state = FormEntryState::NotStarted;
    int openQueries = 0;
};

// A participant's visit with its expected forms.
struct VisitForms
{
    qint64 visitId = 0;
    QString visitCode;
    LocalizedText visitName;
    int order = 0;
    VisitStatus visitStatus = VisitStatus::Planned;
    QDate targetDate;
    QDate actualDate;
    QList<ExpectedForm> forms; // in the protocol's order
};

// Everything a participant is expected to fill, as one role may see it.
struct ParticipantForms
{
    QString studyId;
    QString siteCode;
    QList<VisitForms> visits; // in visit order
    // The unscheduled forms the protocol allows (AE, EOS): entered instances, then one not-started
    // slot per form that may still be added (a repeating form always offers a new instance).
    QList<ExpectedForm> unscheduled;
};

// One change of one item value, from the audit trail.
struct ValueChange
{
    QDateTime at; // UTC
    QString username;
    QString itemCode;
    std::optional<QString> oldValue; // canonical text or "missing:<code>"; absent when the item was empty
    std::optional<QString> newValue;
    std::optional<QString> reason; // present for changes of completed data
    QString action; // "form.save", "form.complete", "form.edit", "query.correct"
};

enum class QueryStatus {
    Open,
    Answered,
    Closed,
};

QString queryStatusCode(QueryStatus status); // "open", "answered", "closed" (stored)
std::optional<QueryStatus> queryStatusFromCode(const QString &code);
QString queryStatusDisplayName(QueryStatus status); // translated

// A monitor's question on one item of one entry.
struct DataQuery
{
    qint64 id = 0; // row id: for the GUI's own calls, never shown (see queryReference)
    qint64 entryId = 0;
    QString studyId;
    QString siteCode;
    QString visitCode; // empty = unscheduled form
    QString formCode;
    int instance = 1; // the entry's instance
    int number = 0; // 1, 2, ... in the order the queries of this entry were raised
    QString itemCode;
    QueryStatus status = QueryStatus::Open;
    QString question;
    QString raisedBy;
    QDateTime raisedAt;
    QString answer; // the coordinator's answer (or the correction's reason)
    QString answeredBy;
    QDateTime answeredAt;
    QString closedBy;
    QDateTime closedAt;
    QString closeNote;
};

// How people and scripts name an entry or a query: by what they see, never by a row id. Row ids
// are shared by every arm's forms, so their gaps would tell a blinded role which participants have
// the partner arm's extra forms.
//   entry: STUDY_ID/VISIT/FORM/INSTANCE, e.g. ICM-0001/M3/PHQ9/1; an unscheduled form has no
//          visit: ICM-0001//AE/2
//   query: the entry, '#' and the query's number within that entry, e.g. ICM-0001/M3/PHQ9/1#2
struct QueryReference
{
    FormSlot entry;
    int number = 0;
};

QString entryReference(const QString &studyId, const QString &visitCode, const QString &formCode, int instance);
QString entryReference(const FormEntry &entry);
QString queryReference(const DataQuery &query);
// nullopt when the text is not a reference (wrong number of parts, empty study ID or form, an
// instance or number below 1).
std::optional<FormSlot> parseEntryReference(const QString &text);
std::optional<QueryReference> parseQueryReference(const QString &text);

} // namespace trialdesk::core
