#pragma once

#include "core/enrollment/Participant.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trialdesk::core {

// What the randomize dialog shows before the signature: who, and the stratum values the user must
// confirm. Never the next arm, the sequence, the block or the design's details.
struct RandomizationPreview
{
    QString studyId;
    QString siteCode;
    QString displayName; // "Last, First": IdentityView roles only
    QString screeningNumber;
    QDate screeningDate;
    QList<StratumValue> stratumValues;
    QString consentVersion;
    QDate consentDate;
    QString signatureMeaning; // translated: "I confirm eligibility and consent"
};

// What randomize() returns, after the commit.
struct RandomizationOutcome
{
    QString studyId;
    QString armCode;
    QString armName; // translated from the protocol
    QDateTime randomizedAt; // UTC
    QString randomizedBy;
};

// One allocation of the randomization log, for monitors (RandomizationLogView roles).
struct RandomizationLogEntry
{
    qint64 id = 0;
    QDateTime randomizedAt; // UTC
    QString randomizedBy;
    QString studyId;
    QString siteCode;
    int designVersion = 0;
    int streamLineage = 0; // the first design version of the version's stream lineage
    int stratumIndex = 0;
    QString stratumLabel; // "ICM / HF"
    qint64 sequence = 0;
    qint64 blockNumber = 0;
    int blockSize = 0;
    int positionInBlock = 0;
    QString armCode;
    bool inError = false; // marked randomized in error afterwards (kept in the log)
    // Verification against the stream regenerated from the design and seed.
    bool matches = false;
    bool duplicate = false;
    QString expectedArm; // what the stream gives at (stratum, sequence)
    QString problem; // translated, empty when the entry verifies
};

// One stream lineage of the design history (docs/randomization-spec.md): the design versions that
// share seed, arms, weights, block multiples and method, and so one list per stratum.
struct RandomizationLogLineage
{
    int firstVersion = 0;
    QList<int> versions;
    qint64 entries = 0; // allocations made under the lineage
    QString note; // translated: why this lineage started new streams; empty for the first
};

struct RandomizationLogGap
{
    int streamLineage = 0; // gaps are per (lineage, stratum)
    int stratumIndex = 0;
    qint64 firstMissing = 0;
    qint64 lastMissing = 0;
};

struct RandomizationLogReport
{
    QList<RandomizationLogEntry> entries; // in randomization order
    QList<RandomizationLogLineage> lineages; // every lineage of the design history, by first version
    QList<RandomizationLogGap> gaps;
    qint64 mismatches = 0;
    qint64 duplicates = 0;
    bool auditChainOk = false;
    QByteArray auditHead; // hex hash of the last audit entry
    QString auditProblem; // translated, empty when the chain verifies
    // Every entry matches its stream, no gap, no duplicate, and the audit chain verifies.
    bool clean() const { return mismatches == 0 && duplicates == 0 && gaps.isEmpty() && auditChainOk; }
};

} // namespace trialdesk::core
