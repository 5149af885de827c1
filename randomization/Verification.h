#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace trialdesk::randomization {

// One logged allocation of a blocks design.
struct BlocksLogEntry
{
    int stratum = 0;
    qint64 sequence = 0;
    QString arm;
};

// One logged allocation of a minimization design, in the order they were made.
struct MinimizationLogEntry
{
    QStringList levels; // level codes, in factor order
    QString arm;
};

enum class EntryStatus {
    Match, // the arm is the one the seed gives
    Mismatch, // another arm than the seed gives
    Invalid, // unknown stratum, arm or level, or a sequence out of range: cannot be checked
    Unchecked, // minimization only: after an invalid entry the history is unknown
};

struct EntryCheck
{
    qsizetype row = 0; // index in the log
    EntryStatus status = EntryStatus::Match;
    bool duplicate = false; // blocks: the (stratum, sequence) appeared earlier in the log
    QString expectedArm; // empty when it cannot be known
    QString message; // translated, for Invalid
};

struct StratumCheck
{
    int stratum = 0;
    qint64 entries = 0;
    qint64 maxSequence = 0;
    QList<std::pair<qint64, qint64>> gaps; // inclusive ranges of sequences below the max never logged
    QList<qint64> duplicates; // sequences logged more than once
};

struct VerificationReport
{
    QList<EntryCheck> entries;
    QList<StratumCheck> strata; // blocks only: the strata that appear in the log, in index order

    qsizetype count(EntryStatus status) const
    {
        qsizetype n = 0;
        for (const EntryCheck &entry : entries)
            n += entry.status == status ? 1 : 0;
        return n;
    }
    // True when every entry matches and no stratum has a gap or a duplicate.
    bool clean() const
    {
        for (const EntryCheck &entry : entries)
            if (entry.status != EntryStatus::Match || entry.duplicate)
                return false;
        for (const StratumCheck &stratum : strata)
            if (!stratum.gaps.isEmpty() || !stratum.duplicates.isEmpty())
                return false;
        return true;
    }
};

} // namespace trialdesk::randomization
