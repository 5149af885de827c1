#pragma once

#include "randomization/Design.h"

#include <QList>

#include <vector>

namespace trialdesk::randomization {

// A Monte Carlo assessment of a design: K simulated trials of N participants whose strata are drawn
// with the given probabilities. Simulated trial t has two streams of its own, SpecGenerators seeded
// through seed_seq with w0..w7, t and a last word: 0xFFFFFFFE for the participants' strata
// (below(sum of weights), then the first stratum whose cumulative weight exceeds the draw) and
// 0xFFFFFFFF for the allocations (the spec v1 block procedure for whichever stratum needs a new
// block, or the minimization draws). Seeding two generators per trial rather than one per stratum
// keeps the cost of seeding small; the blocks themselves follow spec v1's procedure exactly.
// A result depends on the seed only, never on the number of threads.
struct SimulationSettings
{
    Design design;
    int participants = 500;
    int trials = 1000;
    QList<int> stratumWeights; // empty: equal; else one non-negative weight per stratum
    int threads = 1; // 0: one per core
};

// Over simulated trials (or trial x stratum pairs): mean, 95th percentile (nearest rank: the
// ceil(0.95 K)-th smallest) and maximum. Imbalance between arms is max - min of count/weight,
// i.e. |n_A - n_B| for 1:1.
struct ImbalanceSummary
{
    double meanAbs = 0;
    double p95Abs = 0;
    double maxAbs = 0;
};

struct SimulationResult
{
    int trials = 0;
    int participants = 0;
    // Convergence-strategy guesses within stratum (blocks, see BlockObserver) or of the arms
    // minimization prefers given every earlier allocation (minimization), over all allocations.
    double correctGuessRate = 0;
    // Allocations an observer knowing the design and all earlier allocations could be sure of.
    double deterministicRate = 0;
    ImbalanceSummary finalImbalance; // whole trial, at the end
    ImbalanceSummary maxWithinTrialImbalance; // whole trial, largest at any time
    ImbalanceSummary finalStratumImbalance; // per trial and stratum, at the end
    ImbalanceSummary maxStratumImbalance; // per trial, largest in any stratum at any time
    std::vector<double> finalImbalanceByTrial;
    std::vector<double> maxImbalanceByTrial;
};

} // namespace trialdesk::randomization
