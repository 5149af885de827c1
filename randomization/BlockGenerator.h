#pragma once

#include "randomization/Design.h"
#include "randomization/SpecGenerator.h"

#include <cstdint>
#include <span>
#include <vector>

namespace trialdesk::randomization {

// Spec v1 blocks, one after the other, drawn from a generator the caller owns: the sequential
// fast path used by StratumStream, the simulator and the benchmark. Arms are their indexes in the
// design. A block is written into a buffer reused from block to block, so no allocation per block.
class BlockGenerator
{
public:
    // The design must be valid (Design::validate() empty).
    explicit BlockGenerator(const Design &design);

    // The next block (steps 1-3 of spec v1): its arms in allocation order, valid until the next call.
    std::span<const std::uint8_t> nextBlock(SpecGenerator &generator);

private:
    std::vector<std::vector<std::uint8_t>> m_layouts; // per multiple, arms in declared order
    std::vector<std::uint64_t> m_limits; // limitFor(n) for n = 0 .. largest block
    std::uint32_t m_multipleCount;
    std::uint64_t m_multipleLimit;
    std::vector<std::uint8_t> m_block;
};

} // namespace trialdesk::randomization
