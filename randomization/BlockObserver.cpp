#include "randomization/BlockObserver.h"

#include <algorithm>
#include <bit>

namespace trialdesk::randomization {

BlockObserver::BlockObserver(const Design &design)
    : m_multiples(design.multiples.cbegin(), design.multiples.cend())
    , m_maxMultiple(design.maxMultiple())
    , m_weightSum(design.weightSum())
    , m_counts(std::size_t(design.armCount()), 0)
    , m_reachable { 1 }
{
    for (const Arm &arm : design.arms)
        m_weights.push_back(arm.weight);
}

void BlockObserver::reset()
{
    std::fill(m_counts.begin(), m_counts.end(), 0);
    m_total = 0;
    m_reachable.assign(1, 1);
}

double BlockObserver::guessCredit(int arm) const
{
    // Fewest relative to weight: compare count_a / w_a by cross-multiplying, exactly.
    int best = 0;
    const std::size_t arms = m_counts.size();
    for (std::size_t a = 1; a < arms; ++a)
        if (m_counts[a] * m_weights[std::size_t(best)] < m_counts[std::size_t(best)] * m_weights[a])
            best = int(a);
    int tied = 0;
    bool armTied = false;
    for (std::size_t a = 0; a < arms; ++a) {
        if (m_counts[a] * m_weights[std::size_t(best)] == m_counts[std::size_t(best)] * m_weights[a]) {
            ++tied;
            armTied = armTied || int(a) == arm;
        }
    }
    return armTied ? 1.0 / tied : 0.0;
}

bool BlockObserver::isCertain() const
{
    std::uint32_t possible = 0;
    const std::size_t arms = m_counts.size();
    // Boundaries further back than the largest block cannot start the current block.
    for (qint64 boundary = m_total / m_weightSum; boundary >= 0; --boundary) {
        const qint64 filled = m_total - boundary * m_weightSum;
        if (filled >= m_maxMultiple * m_weightSum)
            break;
        if (!m_reachable[std::size_t(boundary)])
            continue;
        if (filled == 0)
            return false;
        for (int multiple : m_multiples) {
            if (multiple * m_weightSum <= filled)
                continue;
            bool fits = true;
            for (std::size_t a = 0; a < arms && fits; ++a)
                fits = m_counts[a] - boundary * m_weights[a] <= multiple * m_weights[a];
            if (!fits)
                continue;
            for (std::size_t a = 0; a < arms; ++a)
                if (m_counts[a] - boundary * m_weights[a] < multiple * m_weights[a])
                    possible |= 1u << a;
            if (std::popcount(possible) > 1)
                return false;
        }
    }
    return std::popcount(possible) == 1;
}

void BlockObserver::observe(int arm)
{
    ++m_counts[std::size_t(arm)];
    ++m_total;
    if (m_total % m_weightSum != 0)
        return;
    const qint64 boundary = m_total / m_weightSum;
    bool balanced = true;
    for (std::size_t a = 0; a < m_counts.size() && balanced; ++a)
        balanced = m_counts[a] == boundary * m_weights[a];
    bool reachable = false;
    for (int multiple : m_multiples)
        reachable = reachable || (balanced && boundary >= multiple && m_reachable[std::size_t(boundary - multiple)]);
    m_reachable.push_back(reachable ? 1 : 0);
}

} // namespace trialdesk::randomization
