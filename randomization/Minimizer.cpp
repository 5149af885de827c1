#include "randomization/Minimizer.h"

#include <algorithm>
#include <numeric>

namespace trialdesk::randomization {

Minimizer::Minimizer(const Design &design)
    : Minimizer(design, SpecGenerator(design.seed, { kStreamWord }))
{
}

Minimizer::Minimizer(const Design &design, SpecGenerator generator)
    : m_generator(std::move(generator))
    , m_measure(design.minimization.measure)
    , m_probabilityMillionths(std::uint32_t(design.minimization.probabilityMillionths))
    , m_armCount(design.armCount())
{
    std::int64_t lcm = 1;
    for (const Arm &arm : design.arms) {
        m_armWeights.push_back(arm.weight);
        lcm = std::lcm(lcm, std::int64_t(arm.weight));
    }
    for (const Arm &arm : design.arms)
        m_scale.push_back(lcm / arm.weight);
    std::size_t offset = 0;
    for (const Factor &factor : design.factors) {
        m_factorWeights.push_back(factor.weight);
        m_factorOffset.push_back(offset);
        offset += std::size_t(factor.levels.size()) * std::size_t(m_armCount);
    }
    m_counts.assign(offset, 0);
    m_allArms = m_armCount >= 32 ? 0xFFFFFFFFu : ((1u << m_armCount) - 1u);
}

void Minimizer::scores(std::span<const int> levels, std::span<Score> out) const
{
    const std::size_t arms = std::size_t(m_armCount);
    std::int64_t x[32];
    for (std::size_t a = 0; a < arms; ++a) {
        Score total = 0;
        for (std::size_t f = 0; f < m_factorOffset.size(); ++f) {
            const std::int64_t *counts = &m_counts[m_factorOffset[f] + std::size_t(levels[f]) * arms];
            // x_b = (count + [b == a]) * L / r_b: the counts relative to the arm weights, in integers.
            for (std::size_t b = 0; b < arms; ++b)
                x[b] = (counts[b] + (b == a ? 1 : 0)) * m_scale[b];
            Score imbalance = 0;
            if (m_measure == ImbalanceMeasure::Range) {
                const auto [low, high] = std::minmax_element(x, x + arms);
                imbalance = *high - *low;
            } else {
                // sum over pairs of squared differences = A * (A - 1) * sample variance: a positive
                // constant common to every arm and factor, so comparisons are those of the variance.
                for (std::size_t b = 0; b < arms; ++b)
                    for (std::size_t c = b + 1; c < arms; ++c) {
                        const Score d = Score(x[b]) - Score(x[c]);
                        imbalance += d * d;
                    }
            }
            total += imbalance * m_factorWeights[f];
        }
        out[a] = total;
    }
}

std::uint32_t Minimizer::preferredArms(std::span<const int> levels) const
{
    Score buffer[32];
    const std::span<Score> values(buffer, std::size_t(m_armCount));
    scores(levels, values);
    const Score best = *std::min_element(values.begin(), values.end());
    std::uint32_t mask = 0;
    for (int a = 0; a < m_armCount; ++a)
        if (values[std::size_t(a)] == best)
            mask |= 1u << a;
    return mask;
}

int Minimizer::weightedDraw(std::uint32_t arms)
{
    std::uint32_t total = 0;
    for (int a = 0; a < m_armCount; ++a)
        if (arms & (1u << a))
            total += std::uint32_t(m_armWeights[std::size_t(a)]);
    std::uint32_t t = m_generator.below(total);
    for (int a = 0; a < m_armCount; ++a) {
        if (!(arms & (1u << a)))
            continue;
        const std::uint32_t w = std::uint32_t(m_armWeights[std::size_t(a)]);
        if (t < w)
            return a;
        t -= w;
    }
    return -1; // unreachable: t < total
}

int Minimizer::draw(std::uint32_t preferred)
{
    if (preferred == m_allArms)
        return weightedDraw(m_allArms);
    const bool takePreferred = m_generator.below(1000000) < m_probabilityMillionths;
    return weightedDraw(takePreferred ? preferred : (m_allArms & ~preferred));
}

void Minimizer::record(std::span<const int> levels, int arm)
{
    for (std::size_t f = 0; f < m_factorOffset.size(); ++f)
        ++m_counts[m_factorOffset[f] + std::size_t(levels[f]) * std::size_t(m_armCount) + std::size_t(arm)];
}

int Minimizer::assign(std::span<const int> levels)
{
    const int arm = draw(preferredArms(levels));
    record(levels, arm);
    return arm;
}

qint64 Minimizer::count(int factor, int level, int arm) const
{
    return m_counts[m_factorOffset[std::size_t(factor)] + std::size_t(level) * std::size_t(m_armCount)
                    + std::size_t(arm)];
}

} // namespace trialdesk::randomization
