#include "randomization/BlockGenerator.h"

#include <algorithm>
#include <utility>

namespace trialdesk::randomization {

BlockGenerator::BlockGenerator(const Design &design)
    : m_multipleCount(std::uint32_t(design.multiples.size()))
    , m_multipleLimit(SpecGenerator::limitFor(std::uint32_t(design.multiples.size())))
{
    std::size_t largest = 0;
    for (int multiple : design.multiples) {
        std::vector<std::uint8_t> layout;
        for (qsizetype arm = 0; arm < design.arms.size(); ++arm)
            layout.insert(layout.end(), std::size_t(multiple) * std::size_t(design.arms.at(arm).weight),
                          std::uint8_t(arm));
        largest = std::max(largest, layout.size());
        m_layouts.push_back(std::move(layout));
    }
    m_limits.resize(largest + 1, 0);
    for (std::size_t n = 1; n <= largest; ++n)
        m_limits[n] = SpecGenerator::limitFor(std::uint32_t(n));
    m_block.reserve(largest);
}

std::span<const std::uint8_t> BlockGenerator::nextBlock(SpecGenerator &generator)
{
    const auto &layout = m_layouts[generator.below(m_multipleCount, m_multipleLimit)];
    m_block.assign(layout.begin(), layout.end());
    std::uint8_t *data = m_block.data();
    for (std::size_t i = m_block.size() - 1; i >= 1; --i) {
        const std::uint32_t n = std::uint32_t(i + 1);
        const std::uint32_t j = generator.below(n, m_limits[n]);
        std::swap(data[i], data[j]);
    }
    return { m_block.data(), m_block.size() };
}

} // namespace trialdesk::randomization
