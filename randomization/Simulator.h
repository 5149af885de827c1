#pragma once

#include "randomization/Checked.h"
#include "randomization/Simulation.h"

#include <atomic>
#include <functional>

namespace trialdesk::randomization {

// Runs SimulationSettings on worker threads. Results are bit-identical whatever the thread count:
// each trial has its own streams and per-trial results are combined in trial order.
class Simulator
{
public:
    // Called on the calling thread with (trials done, trials in all), a few times a second.
    using Progress = std::function<void(int done, int total)>;

    static constexpr int kMaxParticipants = 100'000;
    static constexpr int kMaxTrials = 10'000'000;

    static QList<Problem> validate(const SimulationSettings &settings);
    // The settings are validated first. A set cancel flag stops the run with a "cancelled" problem.
    static Checked<SimulationResult> run(const SimulationSettings &settings, const Progress &progress = {},
                                         const std::atomic<bool> *cancel = nullptr);
};

} // namespace trialdesk::randomization
