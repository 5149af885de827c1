// Spec v1 stream generation, single thread: allocations per second, against the raw mt19937
// output rate measured in the same run (the ceiling: every allocation costs about one draw).
#include "randomization/BlockGenerator.h"
#include "randomization/Design.h"
#include "randomization/SpecGenerator.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace trialdesk::randomization;

namespace {

double seconds(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    const long long target = argc > 1 ? std::atoll(argv[1]) : 200'000'000LL;
    Design design;
    design.arms = { { QStringLiteral("PP"), 1 }, { QStringLiteral("UC"), 1 } };
    design.multiples = { 2, 3 };
    design.seed
        = Seed::fromHex(QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")).value();

    SpecGenerator raw(design.seed, { 0 });
    auto start = std::chrono::steady_clock::now();
    std::uint32_t sink = 0;
    for (long long i = 0; i < target; ++i)
        sink ^= raw.next();
    const double rawSeconds = seconds(start);

    BlockGenerator blocks(design);
    SpecGenerator generator(design.seed, { 0 });
    start = std::chrono::steady_clock::now();
    long long allocations = 0;
    std::uint64_t checksum = 0;
    while (allocations < target) {
        const auto block = blocks.nextBlock(generator);
        allocations += static_cast<long long>(block.size());
        checksum += block[block.size() - 1];
    }
    const double streamSeconds = seconds(start);

    const double rawRate = double(target) / rawSeconds;
    const double streamRate = double(allocations) / streamSeconds;
    std::printf("measure,value\n");
    std::printf("raw_mt19937_outputs_per_s,%.0f\n", rawRate);
    std::printf("stream_allocations_per_s,%.0f\n", streamRate);
    std::printf("stream_over_raw_ratio,%.3f\n", streamRate / rawRate);
    std::printf("goal_50M_per_s_met,%s\n", streamRate >= 50e6 ? "yes" : "no");
    std::fprintf(stderr, "(checksums %u %llu)\n", sink, static_cast<unsigned long long>(checksum));
    return 0;
}
