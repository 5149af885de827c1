// Design assessment: 10,000 simulated trials of 500 participants, 2 x 4 strata, 1:1 blocks of 4 and
// 6, with guessing and imbalance measures, on 1 thread and on 2 threads (the baseline and the
// parallel speed-up in the same run). Optional arguments: trials participants.
#include "randomization/Simulator.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace trialdesk::randomization;

namespace {

double timed(const SimulationSettings &settings, SimulationResult &result)
{
    const auto start = std::chrono::steady_clock::now();
    auto run = Simulator::run(settings);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!run.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(run.message()));
        std::exit(1);
    }
    result = std::move(run).value();
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    SimulationSettings settings;
    settings.trials = argc > 1 ? std::atoi(argv[1]) : 10000;
    settings.participants = argc > 2 ? std::atoi(argv[2]) : 500;
    Design &design = settings.design;
    design.arms = { { QStringLiteral("A"), 1 }, { QStringLiteral("B"), 1 } };
    design.multiples = { 2, 3 };
    design.factors = { { QStringLiteral("F1"), { QStringLiteral("L1"), QStringLiteral("L2") } },
                       { QStringLiteral("F2"),
                         { QStringLiteral("L1"), QStringLiteral("L2"), QStringLiteral("L3"), QStringLiteral("L4") } } };
    design.seed
        = Seed::fromHex(QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")).value();

    SimulationResult one;
    SimulationResult two;
    settings.threads = 1;
    const double oneThread = timed(settings, one);
    settings.threads = 2;
    const double twoThreads = timed(settings, two);
    const bool identical = one.correctGuessRate == two.correctGuessRate
        && one.deterministicRate == two.deterministicRate && one.finalImbalanceByTrial == two.finalImbalanceByTrial;

    std::printf("measure,value\n");
    std::printf("trials,%d\nparticipants,%d\n", settings.trials, settings.participants);
    std::printf("seconds_1_thread,%.3f\n", oneThread);
    std::printf("seconds_2_threads,%.3f\n", twoThreads);
    std::printf("speedup_2_over_1,%.2f\n", oneThread / twoThreads);
    std::printf("allocations_per_s_2_threads,%.0f\n", double(settings.trials) * settings.participants / twoThreads);
    std::printf("correct_guess_rate,%.6f\n", two.correctGuessRate);
    std::printf("deterministic_rate,%.6f\n", two.deterministicRate);
    std::printf("final_imbalance_mean_abs,%.4f\n", two.finalImbalance.meanAbs);
    std::printf("max_within_trial_imbalance_mean_abs,%.4f\n", two.maxWithinTrialImbalance.meanAbs);
    std::printf("identical_1_vs_2_threads,%s\n", identical ? "yes" : "no");
    std::printf("goal_under_1s_on_2_threads_met,%s\n", twoThreads < 1.0 ? "yes" : "no");
    return identical ? 0 : 1;
}
