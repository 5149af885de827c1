#include "randomization/StratumStream.h"

#include <algorithm>

namespace trialdesk::randomization {

StratumStream::StratumStream(const Design &design, int stratumIndex)
    : m_stratumIndex(stratumIndex)
    , m_generator(design.seed, { std::uint32_t(stratumIndex) })
    , m_blocks(design)
{
    for (const Arm &arm : design.arms)
        m_armCodes.append(arm.code);
}

void StratumStream::extendTo(qint64 sequence)
{
    while (qint64(m_arms.size()) < sequence) {
        const auto block = m_blocks.nextBlock(m_generator);
        m_blockStarts.push_back(qint64(m_arms.size()));
        m_arms.insert(m_arms.end(), block.begin(), block.end());
    }
}

Allocation StratumStream::entry(qint64 sequence)
{
    extendTo(sequence);
    const qint64 offset = sequence - 1;
    const auto after = std::upper_bound(m_blockStarts.begin(), m_blockStarts.end(), offset);
    const std::size_t block = std::size_t(after - m_blockStarts.begin()) - 1;
    const qint64 start = m_blockStarts[block];
    const qint64 end = block + 1 < m_blockStarts.size() ? m_blockStarts[block + 1] : qint64(m_arms.size());
    Allocation allocation;
    allocation.sequence = sequence;
    allocation.blockNumber = qint64(block) + 1;
    allocation.blockSize = int(end - start);
    allocation.positionInBlock = int(offset - start) + 1;
    allocation.armIndex = m_arms[std::size_t(offset)];
    return allocation;
}

} // namespace trialdesk::randomization
