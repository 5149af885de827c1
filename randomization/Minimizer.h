#pragma once

#include "randomization/Design.h"
#include "randomization/SpecGenerator.h"

#include <cstdint>
#include <span>
#include <vector>

namespace trialdesk::randomization {

// Pocock-Simon minimization with arm weights, reproducible from the seed: the exact procedure is
// docs/minimization.md. Participants come one at a time with one level index per factor.
class Minimizer
{
public:
    // Scores are exact integers; 128 bits because the variance measure squares counts.
    __extension__ typedef __int128 Score;
    // The seed_seq word after w0..w7 that names the minimization stream (stratum streams use
    // 0..9999, so they never coincide).
    static constexpr std::uint32_t kStreamWord = 0xFFFFFFFFu;

    // design.method must be Minimization and design.validate() empty.
    explicit Minimizer(const Design &design);
    // Same procedure on another stream: the simulator gives each simulated trial its own.
    Minimizer(const Design &design, SpecGenerator generator);

    // G_a for every arm a: the weighted imbalance if this participant joined arm a (scaled so
    // that every value is an integer; only comparisons matter).
    void scores(std::span<const int> levels, std::span<Score> out) const;
    // Bit a set for every arm with the smallest score (every arm when all tie).
    std::uint32_t preferredArms(std::span<const int> levels) const;
    // The draws of the procedure for that set: the arm chosen. Consumes the stream.
    int draw(std::uint32_t preferred);
    // Adds a participant's allocation to the counts (assign() does it; verification records the
    // logged arm instead).
    void record(std::span<const int> levels, int arm);
    // preferredArms + draw + record.
    int assign(std::span<const int> levels);

    std::uint32_t allArms() const { return m_allArms; }
    // Participants recorded with this level of this factor in this arm.
    qint64 count(int factor, int level, int arm) const;

private:
    int weightedDraw(std::uint32_t arms);

    SpecGenerator m_generator;
    std::vector<std::int64_t> m_armWeights;
    std::vector<std::int64_t> m_scale; // L / r_b, L = lcm of the arm weights
    std::vector<std::int64_t> m_factorWeights;
    std::vector<std::size_t> m_factorOffset; // into m_counts, per factor
    std::vector<std::int64_t> m_counts; // [factor][level][arm]
    ImbalanceMeasure m_measure;
    std::uint32_t m_probabilityMillionths;
    std::uint32_t m_allArms;
    int m_armCount;
};

} // namespace trialdesk::randomization
