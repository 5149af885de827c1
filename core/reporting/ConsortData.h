#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::core::reporting {

class DataCut;

// Screenings counted by outcome, split by whether the person was randomized.
struct ScreeningOutcomeCount
{
    QString outcome; // eligible, not-eligible, declined, ...
    bool randomized = false;
    qint64 count = 0;
};

// Screenings not randomized and not eligible, counted by outcome, failed criteria and reason.
struct ScreeningExclusionCount
{
    QString outcome;
    QStringList failedCriteria; // criterion codes, trimmed
    QString reason;
    qint64 count = 0;
};

// One withdrawal, loss to follow-up or randomized-in-error event of a randomized participant.
struct ParticipantEventRow
{
    qint64 participantId = 0;
    QString arm;
    QString type; // randomized-in-error, withdrawal, lost-to-follow-up
    QString reason;
    QString detail; // withdrawal scope: intervention, follow-up, data
};

// What CONSORT needs of one arm that only the database knows.
struct ConsortArmData
{
    QString code;
    QString name; // from the protocol, current language; the code for an arm dropped by an amendment
    qint64 allocated = 0;
    // The arm's first visit of its own (the patient-partner meetings): receiving the intervention
    // means completing it or a form of it. None: the arm receives what it was allocated.
    std::optional<QString> interventionVisitName;
    // Not randomized in error, with the intervention visit completed or one of its forms done.
    qint64 received = 0;
    // Of those who received it, the ones with a withdrawal or loss to follow-up event.
    QSet<qint64> receivedWithEvents;
    // Not randomized in error and not withdrawn from data use: who may be analysed.
    qint64 followed = 0;
    // The status of the primary outcome visit of those followed (visit status -> count); followed
    // participants without that visit are not in it.
    QHash<QString, qint64> primaryVisitStatuses;
};

// The inputs of the CONSORT 2010 flow (docs/consort.md), read in core from one data cut. Needs a cut
// opened for CutPurpose::Consort.
struct ConsortData
{
    QList<ScreeningOutcomeCount> screenings;
    QList<ScreeningExclusionCount> exclusions;
    QHash<QString, QString> criterionText; // eligibility criterion code -> text (current language)
    QList<ParticipantEventRow> events; // by participant, then event order
    QString primaryOutcomeVisit; // code; the protocol's flagged visit, else its last visit for every arm
    QString primaryOutcomeVisitName;
    QList<ConsortArmData> arms; // protocol order, then arms that have participants but left the protocol

    static Result<ConsortData> read(const DataCut &cut);
};

} // namespace trialdesk::core::reporting
