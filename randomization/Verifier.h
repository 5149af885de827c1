#pragma once

#include "randomization/Design.h"
#include "randomization/Verification.h"

namespace trialdesk::randomization {

// Regenerates what the seed gives and compares a randomization log with it: the check a monitor
// or an independent statistician makes without trusting the program that kept the log.
class Verifier
{
public:
    // Sequences above this are refused as invalid rather than generated (a typo like 10^9 would
    // otherwise cost gigabytes).
    static constexpr qint64 kMaxSequence = 10'000'000;

    // The design must be valid.
    explicit Verifier(Design design);

    // Each entry against its stratum's spec v1 list; gaps and duplicates per stratum.
    VerificationReport verifyBlocks(const QList<BlocksLogEntry> &log) const;
    // Replays minimization over the ordered log: each assignment is recomputed from the history
    // as logged (so one mismatch does not hide the following ones).
    VerificationReport verifyMinimization(const QList<MinimizationLogEntry> &log) const;

private:
    Design m_design;
};

} // namespace trialdesk::randomization
