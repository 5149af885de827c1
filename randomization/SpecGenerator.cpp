#include "randomization/SpecGenerator.h"

#include <boost/random/seed_seq.hpp>

#include <vector>

namespace trialdesk::randomization {

namespace {

boost::random::mt19937 seededEngine(const Seed &seed, std::initializer_list<std::uint32_t> extraWords)
{
    std::vector<std::uint32_t> words(seed.words().begin(), seed.words().end());
    words.insert(words.end(), extraWords.begin(), extraWords.end());
    boost::random::seed_seq sequence(words.begin(), words.end());
    return boost::random::mt19937(sequence);
}

} // namespace

SpecGenerator::SpecGenerator(const Seed &seed, std::initializer_list<std::uint32_t> extraWords)
    : m_engine(seededEngine(seed, extraWords))
{
}

} // namespace trialdesk::randomization
