#pragma once

#include <QtGlobal>

namespace trialdesk::randomization {

// Entry k of a stratum's spec v1 list: what the log records beside the stratum.
struct Allocation
{
    qint64 sequence = 0; // 1-based within the stratum
    qint64 blockNumber = 0; // 1-based
    int blockSize = 0;
    int positionInBlock = 0; // 1-based
    int armIndex = 0; // into Design::arms

    bool operator==(const Allocation &other) const = default;
};

} // namespace trialdesk::randomization
