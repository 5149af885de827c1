#include "randomization/Simulator.h"

#include "randomization/BlockGenerator.h"
#include "randomization/BlockObserver.h"
#include "randomization/Minimizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <numeric>
#include <optional>
#include <thread>

namespace trialdesk::randomization {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::randomization::Simulator)
};

constexpr std::uint32_t kArrivalWord = 0xFFFFFFFEu;
constexpr std::uint32_t kAllocationWord = 0xFFFFFFFFu;

// max - min of count / weight: |n_A - n_B| for 1:1.
double imbalance(const qint64 *counts, const std::vector<qint64> &weights)
{
    double low = double(counts[0]) / double(weights[0]);
    double high = low;
    for (std::size_t a = 1; a < weights.size(); ++a) {
        const double x = double(counts[a]) / double(weights[a]);
        low = std::min(low, x);
        high = std::max(high, x);
    }
    return high - low;
}

ImbalanceSummary summarize(std::vector<double> values)
{
    ImbalanceSummary summary;
    if (values.empty())
        return summary;
    double sum = 0;
    for (double v : values)
        sum += v;
    summary.meanAbs = sum / double(values.size());
    std::sort(values.begin(), values.end());
    const std::size_t rank = std::size_t(std::ceil(0.95 * double(values.size())));
    summary.p95Abs = values[std::max<std::size_t>(rank, 1) - 1];
    summary.maxAbs = values.back();
    return summary;
}

// Per-trial results, written by whichever thread ran the trial, combined in trial order.
struct Outcomes
{
    std::vector<double> guessCredit;
    std::vector<qint64> certain;
    std::vector<double> finalImbalance;
    std::vector<double> maxImbalance;
    std::vector<double> stratumFinal; // trial * strata + stratum
    std::vector<double> stratumMax;
};

// One worker's reusable state: streams, observers and counts for every stratum.
class TrialRunner
{
public:
    TrialRunner(const SimulationSettings &settings, const std::vector<std::uint32_t> &cumulative)
        : m_settings(settings)
        , m_design(settings.design)
        , m_cumulative(cumulative)
        , m_strata(int(settings.design.stratumCount()))
        , m_arms(std::size_t(settings.design.armCount()))
    {
        for (const Arm &arm : m_design.arms)
            m_weights.push_back(arm.weight);
        if (m_design.method == Method::Blocks) {
            for (int s = 0; s < m_strata; ++s) {
                m_blocks.emplace_back(m_design);
                m_observers.emplace_back(m_design);
            }
            m_block.resize(std::size_t(m_strata));
            m_position.resize(std::size_t(m_strata));
        }
        m_stratumCounts.resize(std::size_t(m_strata) * m_arms);
        m_stratumMax.resize(std::size_t(m_strata));
        m_started.resize(std::size_t(m_strata));
        for (int s = 0; s < m_strata; ++s)
            m_levels.push_back(m_design.levelIndexes(s));
    }

    void run(int trial, Outcomes &outcomes)
    {
        const std::uint32_t t = std::uint32_t(trial);
        SpecGenerator arrivals(m_design.seed, { t, kArrivalWord });
        SpecGenerator allocations(m_design.seed, { t, kAllocationWord });
        std::optional<Minimizer> minimizer;
        if (m_design.method == Method::Minimization)
            minimizer.emplace(m_design, allocations);
        std::fill(m_stratumCounts.begin(), m_stratumCounts.end(), 0);
        std::fill(m_stratumMax.begin(), m_stratumMax.end(), 0.0);
        std::fill(m_started.begin(), m_started.end(), 0);
        std::vector<qint64> totals(m_arms, 0);
        double guess = 0;
        qint64 certain = 0;
        double maxImbalance = 0;
        const std::uint32_t weightTotal = m_cumulative.back();
        const bool allCertain = m_design.minimization.probabilityMillionths == 1000000;

        for (int i = 0; i < m_settings.participants; ++i) {
            const std::uint32_t u = arrivals.below(weightTotal);
            const int s = int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u) - m_cumulative.begin());
            const std::size_t si = std::size_t(s);
            int arm;
            if (minimizer) {
                const std::uint32_t preferred = minimizer->preferredArms(m_levels[si]);
                arm = minimizer->draw(preferred);
                minimizer->record(m_levels[si], arm);
                if (preferred & (1u << arm))
                    guess += 1.0 / std::popcount(preferred);
                if (allCertain && preferred != minimizer->allArms() && std::popcount(preferred) == 1)
                    ++certain;
            } else {
                if (!m_started[si]) {
                    m_observers[si].reset();
                    m_block[si] = {};
                    m_position[si] = 0;
                }
                if (m_position[si] == m_block[si].size()) {
                    m_block[si] = m_blocks[si].nextBlock(allocations);
                    m_position[si] = 0;
                }
                arm = m_block[si][m_position[si]++];
                BlockObserver &observer = m_observers[si];
                guess += observer.guessCredit(arm);
                certain += observer.isCertain() ? 1 : 0;
                observer.observe(arm);
            }
            m_started[si] = 1;
            ++totals[std::size_t(arm)];
            qint64 *stratumCounts = &m_stratumCounts[si * m_arms];
            ++stratumCounts[arm];
            maxImbalance = std::max(maxImbalance, imbalance(totals.data(), m_weights));
            m_stratumMax[si] = std::max(m_stratumMax[si], imbalance(stratumCounts, m_weights));
        }

        const std::size_t ti = std::size_t(trial);
        outcomes.guessCredit[ti] = guess;
        outcomes.certain[ti] = certain;
        outcomes.finalImbalance[ti] = imbalance(totals.data(), m_weights);
        outcomes.maxImbalance[ti] = maxImbalance;
        for (int s = 0; s < m_strata; ++s)
            outcomes.stratumFinal[ti * std::size_t(m_strata) + std::size_t(s)]
                = imbalance(&m_stratumCounts[std::size_t(s) * m_arms], m_weights);
        outcomes.stratumMax[ti] = *std::max_element(m_stratumMax.begin(), m_stratumMax.end());
    }

private:
    const SimulationSettings &m_settings;
    const Design &m_design;
    const std::vector<std::uint32_t> &m_cumulative;
    int m_strata;
    std::size_t m_arms;
    std::vector<qint64> m_weights;
    std::vector<BlockGenerator> m_blocks;
    std::vector<BlockObserver> m_observers;
    std::vector<std::span<const std::uint8_t>> m_block;
    std::vector<std::size_t> m_position;
    std::vector<qint64> m_stratumCounts;
    std::vector<double> m_stratumMax;
    std::vector<char> m_started;
    std::vector<std::vector<int>> m_levels;
};

} // namespace

QList<Problem> Simulator::validate(const SimulationSettings &settings)
{
    QList<Problem> problems = settings.design.validate();
    if (settings.participants < 1 || settings.participants > kMaxParticipants)
        problems.append({ QStringLiteral("participants"),
                          Tr::tr("The number of participants must be from 1 to %1.").arg(kMaxParticipants) });
    if (settings.trials < 1 || settings.trials > kMaxTrials)
        problems.append(
            { QStringLiteral("trials"), Tr::tr("The number of trials must be from 1 to %1.").arg(kMaxTrials) });
    if (settings.threads < 0 || settings.threads > 256)
        problems.append(
            { QStringLiteral("threads"), Tr::tr("The number of threads must be from 0 (one per core) to 256.") });
    if (!settings.stratumWeights.isEmpty()) {
        const qint64 strata = settings.design.stratumCount();
        qint64 sum = 0;
        bool negative = false;
        for (int w : settings.stratumWeights) {
            sum += w;
            negative = negative || w < 0;
        }
        if (settings.stratumWeights.size() != strata)
            problems.append({ QStringLiteral("weights"),
                              Tr::tr("Give one weight per stratum: %1 weight(s) for %2 strata.")
                                  .arg(settings.stratumWeights.size())
                                  .arg(strata) });
        else if (negative || sum < 1 || sum > 1'000'000'000)
            problems.append(
                { QStringLiteral("weights"),
                  Tr::tr("Stratum weights must be whole numbers of at least 0 with a total from 1 to 1000000000.") });
    }
    return problems;
}

Checked<SimulationResult> Simulator::run(const SimulationSettings &settings, const Progress &progress,
                                         const std::atomic<bool> *cancel)
{
    const QList<Problem> problems = validate(settings);
    if (!problems.isEmpty())
        return problems;

    const int strata = int(settings.design.stratumCount());
    std::vector<std::uint32_t> cumulative;
    std::uint32_t running = 0;
    for (int s = 0; s < strata; ++s) {
        running += settings.stratumWeights.isEmpty() ? 1u : std::uint32_t(settings.stratumWeights.at(s));
        cumulative.push_back(running);
    }

    const int trials = settings.trials;
    Outcomes outcomes;
    outcomes.guessCredit.resize(std::size_t(trials));
    outcomes.certain.resize(std::size_t(trials));
    outcomes.finalImbalance.resize(std::size_t(trials));
    outcomes.maxImbalance.resize(std::size_t(trials));
    outcomes.stratumFinal.resize(std::size_t(trials) * std::size_t(strata));
    outcomes.stratumMax.resize(std::size_t(trials));

    int threads = settings.threads == 0 ? int(std::max(1u, std::thread::hardware_concurrency())) : settings.threads;
    threads = std::min(threads, trials);
    std::atomic<int> next { 0 };
    std::atomic<int> done { 0 };
    std::atomic<bool> stopped { false };
    std::mutex mutex;
    std::condition_variable finished;
    int active = threads;

    auto work = [&]() {
        TrialRunner runner(settings, cumulative);
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                break;
            }
            const int trial = next.fetch_add(1, std::memory_order_relaxed);
            if (trial >= trials)
                break;
            runner.run(trial, outcomes);
            done.fetch_add(1, std::memory_order_relaxed);
        }
        std::lock_guard lock(mutex);
        --active;
        finished.notify_all();
    };
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i)
        workers.emplace_back(work);
    {
        std::unique_lock lock(mutex);
        while (active > 0) {
            // Progress is for display only; the interval never affects the result.
            finished.wait_for(lock, std::chrono::milliseconds(200));
            if (progress) {
                lock.unlock();
                progress(done.load(), trials);
                lock.lock();
            }
        }
    }
    for (std::thread &worker : workers)
        worker.join();
    if (stopped)
        return Problem { QStringLiteral("simulation"), Tr::tr("The simulation was cancelled.") };

    SimulationResult result;
    result.trials = trials;
    result.participants = settings.participants;
    double guess = 0;
    qint64 certain = 0;
    for (int t = 0; t < trials; ++t) {
        guess += outcomes.guessCredit[std::size_t(t)];
        certain += outcomes.certain[std::size_t(t)];
    }
    const double allocations = double(trials) * double(settings.participants);
    result.correctGuessRate = guess / allocations;
    result.deterministicRate = double(certain) / allocations;
    result.finalImbalance = summarize(outcomes.finalImbalance);
    result.maxWithinTrialImbalance = summarize(outcomes.maxImbalance);
    result.finalStratumImbalance = summarize(outcomes.stratumFinal);
    result.maxStratumImbalance = summarize(outcomes.stratumMax);
    result.finalImbalanceByTrial = std::move(outcomes.finalImbalance);
    result.maxImbalanceByTrial = std::move(outcomes.maxImbalance);
    return result;
}

} // namespace trialdesk::randomization
