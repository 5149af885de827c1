#pragma once

#include "randomization/Seed.h"

#include <boost/random/mersenne_twister.hpp>

#include <cstdint>
#include <initializer_list>

namespace trialdesk::randomization {

// The random source of spec v1: mt19937 seeded through seed_seq with the seed's eight words
// followed by extra words (spec v1 streams: the stratum index; other uses document theirs),
// and below(n), the spec's exact rejection rule. No library distribution is used: their
// algorithms are not fixed by any standard.
class SpecGenerator
{
public:
    SpecGenerator(const Seed &seed, std::initializer_list<std::uint32_t> extraWords);

    std::uint32_t next() { return static_cast<std::uint32_t>(m_engine()); }

    // Uniform in [0, n), n >= 1: limit = floor(2^32 / n) * n; draw until u < limit; u mod n.
    // Every attempt consumes one output, also when n = 1.
    std::uint32_t below(std::uint32_t n)
    {
        const std::uint64_t limit = ((std::uint64_t(1) << 32) / n) * n;
        for (;;) {
            const std::uint32_t u = next();
            if (u < limit)
                return u % n;
        }
    }

    // below(n) with limit precomputed by limitFor(n): saves a 64-bit division in hot loops.
    std::uint32_t below(std::uint32_t n, std::uint64_t limit)
    {
        for (;;) {
            const std::uint32_t u = next();
            if (u < limit)
                return u % n;
        }
    }
    static std::uint64_t limitFor(std::uint32_t n) { return ((std::uint64_t(1) << 32) / n) * n; }

private:
    boost::random::mt19937 m_engine;
};

} // namespace trialdesk::randomization
