#pragma once

#include "randomization/Checked.h"
#include "randomization/Design.h"

#include <QIODevice>

namespace trialdesk::randomization {

// Writes the first N entries of every stratum's spec v1 list, streamed (memory does not grow with
// the number of strata), as
//  - Spec: the spec's CSV, stratum_index,sequence,block_number,block_size,position_in_block,arm,
//    then one column per factor (named by the factor code) with the level code;
//  - Redcap: a REDCap allocation table: redcap_randomization_group (the arm code), one column per
//    stratification field (named by the factor code, holding the level code) and, for the factor
//    marked as site, redcap_data_access_group. Codes are written as they are: give arms and levels
//    the raw values of the REDCap fields (e.g. 1 and 2).
class AllocationListWriter
{
public:
    enum class Format { Spec, Redcap };

    // The design must be valid and use blocks (minimization has no list made in advance).
    explicit AllocationListWriter(Design design);

    // Rows written (without the header), or why nothing (or not everything) could be written.
    Checked<qint64> write(QIODevice &device, Format format, qint64 perStratum) const;

private:
    Design m_design;
};

} // namespace trialdesk::randomization
