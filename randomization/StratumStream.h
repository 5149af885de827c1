#pragma once

#include "randomization/Allocation.h"
#include "randomization/BlockGenerator.h"
#include "randomization/Design.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace trialdesk::randomization {

// One stratum's spec v1 list with random access: entry(k) generates blocks lazily up to k and
// keeps them, so the list never runs out and earlier entries cost nothing to look up again.
class StratumStream
{
public:
    // The design must be valid; stratumIndex in [0, design.stratumCount()).
    StratumStream(const Design &design, int stratumIndex);

    int stratumIndex() const { return m_stratumIndex; }
    // sequence >= 1.
    Allocation entry(qint64 sequence);
    QString armCode(int armIndex) const { return m_armCodes.value(armIndex); }
    // Entries generated so far (whole blocks).
    qint64 generated() const { return qint64(m_arms.size()); }

private:
    void extendTo(qint64 sequence);

    int m_stratumIndex;
    QStringList m_armCodes;
    SpecGenerator m_generator;
    BlockGenerator m_blocks;
    std::vector<std::uint8_t> m_arms; // entry k at k - 1
    std::vector<qint64> m_blockStarts; // 0-based first entry of each block
};

} // namespace trialdesk::randomization
