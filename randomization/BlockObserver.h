#pragma once

#include "randomization/Design.h"

#include <cstdint>
#include <vector>

namespace trialdesk::randomization {

// What an observer of one stratum of a blocks design can infer: someone who knows the design
// (arms, weights, allowed block multiples) and every earlier allocation of the stratum, but not
// the seed. Used by the simulator for the two predictability measures:
//  - guessCredit(): the convergence (Blackwell-Hodges) guess is the arm with the fewest allocations
//    relative to its weight; when T arms tie the guess is one of them at random, so a correct
//    guess counts 1/T when the next arm is among them (an exact expectation, no extra randomness).
//  - isCertain(): the next arm is forced. With several block sizes the observer does not know where
//    the current block began; a past position is a possible block boundary when the history up to
//    it splits into complete blocks of allowed sizes. The next arm is certain when, for every
//    possible boundary and every allowed size of the current block consistent with what followed
//    that boundary, the block has room for one arm only. A fresh block (a possible boundary at the
//    current position) is never certain, as a design has at least two arms.
class BlockObserver
{
public:
    explicit BlockObserver(const Design &design);

    // Forgets every allocation: a new simulated trial.
    void reset();

    double guessCredit(int arm) const;
    bool isCertain() const;
    void observe(int arm);

    qint64 count(int arm) const { return m_counts[std::size_t(arm)]; }
    qint64 total() const { return m_total; }

private:
    std::vector<qint64> m_weights;
    std::vector<int> m_multiples;
    int m_maxMultiple;
    qint64 m_weightSum;
    std::vector<qint64> m_counts;
    qint64 m_total = 0;
    // reachable[M]: the position M * R is a possible block boundary (the counts there are M times
    // the weights and the history before it splits into complete blocks).
    std::vector<char> m_reachable;
};

} // namespace trialdesk::randomization
