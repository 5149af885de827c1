#pragma once

#include "randomization/Checked.h"
#include "randomization/Seed.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace trialdesk::randomization {

enum class Method { Blocks, Minimization };
enum class ImbalanceMeasure { Range, Variance };

struct Arm
{
    QString code;
    int weight = 1;

    bool operator==(const Arm &other) const = default;
};

struct Factor
{
    QString code;
    QStringList levels; // ordered level codes
    int weight = 1; // Pocock-Simon weight; ignored by blocks
    bool isSite = false; // written as redcap_data_access_group in REDCap tables
};

// Pocock-Simon parameters (docs/minimization.md). The probability of taking the minimizing arm is
// held in millionths so that the draw is an exact integer comparison.
struct MinimizationSettings
{
    ImbalanceMeasure measure = ImbalanceMeasure::Range;
    int probabilityMillionths = 800000;
};

// A randomization design: everything that, with the seed, fixes every allocation.
// A plain value; validate() before use: the engine's classes assume a valid design.
struct Design
{
    static constexpr int kMaxArms = 32;
    static constexpr int kMaxWeight = 100;
    static constexpr int kMaxMultiple = 100;
    static constexpr int kMaxBlockSize = 10000;
    static constexpr int kMaxStrata = 10000;
    static constexpr int kMaxFactorWeight = 1000;

    QList<Arm> arms;
    QList<int> multiples { 1 };
    QList<Factor> factors;
    Method method = Method::Blocks;
    MinimizationSettings minimization;
    Seed seed;

    // Every problem, each naming its field ("arms", "multiples", "factors[1].levels" ...).
    QList<Problem> validate() const;

    int armCount() const { return int(arms.size()); }
    // R in spec v1: the sum of the arm weights.
    int weightSum() const;
    int maxMultiple() const;
    int armIndex(const QString &code) const;
    // Product of the factors' level counts, 1 without factors; saturates above kMaxStrata.
    qint64 stratumCount() const;
    // Mixed radix, first factor most significant (spec v1); nullopt when a level is out of range.
    std::optional<int> stratumIndex(std::span<const int> levelIndexes) const;
    // The inverse of stratumIndex(): one 0-based level index per factor.
    std::vector<int> levelIndexes(int stratumIndex) const;
    // The level codes of a stratum, in factor order.
    QStringList levelCodes(int stratumIndex) const;
    // Index of the site factor, -1 when none is marked.
    int siteFactor() const;

    // "PP:1,UC:1" (weight defaults to 1 when ":w" is omitted).
    static Checked<QList<Arm>> parseArms(const QString &text);
    // "2,3"
    static Checked<QList<int>> parseMultiples(const QString &text);
    // A probability with at most six decimals, e.g. "0.8", as millionths.
    static Checked<int> parseProbability(const QString &text);

    // True when a code matches [A-Za-z0-9_-]{1,16}.
    static bool isValidCode(const QString &code);
};

} // namespace trialdesk::randomization
