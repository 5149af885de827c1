#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace trialdesk::reports {

// One distinct value of a sample and how many times it occurs. Reports fetch samples grouped by
// value (GROUP BY in SQL), which keeps 100,000 participants' values to a few hundred rows while
// every statistic below stays exact.
struct Frequency
{
    double value = 0;
    qint64 count = 0;
};

// n, mean, SD (denominator n - 1), median and quartiles (Hyndman & Fan type 7, R's default
// quantile()), minimum and maximum. Undefined statistics are NaN (mean of nothing, SD of one value).
struct NumericSummary
{
    qint64 n = 0;
    double mean = 0;
    double sd = 0;
    double median = 0;
    double q1 = 0;
    double q3 = 0;
    double minimum = 0;
    double maximum = 0;
};

// Difference of two means (first - second) with its confidence interval from Welch's t
// (unequal variances, Welch-Satterthwaite degrees of freedom), as R's t.test(x, y) reports it.
struct WelchInterval
{
    double difference = 0;
    double standardError = 0;
    double degreesOfFreedom = 0;
    double tQuantile = 0; // t(1 - alpha/2, df)
    double lower = 0;
    double upper = 0;
    double confidence = 0.95;
};

// Pure descriptive statistics for the reports; no database, no Qt beyond containers.
class Descriptive
{
public:
    // Type 7 quantile of sorted values: h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])
    // (0-based). NaN for an empty sample; p in [0, 1].
    static double quantile(const std::vector<double> &sorted, double p);
    // The same over frequencies sorted by value with counts > 0 (total = sum of counts).
    static double quantile(const QList<Frequency> &sorted, double p);

    static NumericSummary summarize(std::vector<double> values);
    // Frequencies in any order, duplicates of a value allowed; counts <= 0 ignored.
    static NumericSummary summarize(QList<Frequency> frequencies);

    // Welch interval for mean(first) - mean(second); empty when either group has fewer than two
    // values or both have no spread (the interval is undefined), or confidence is not in (0, 1).
    static std::optional<WelchInterval> welch(const NumericSummary &first, const NumericSummary &second,
                                              double confidence = 0.95);

    // Quantile of Student's t distribution with df degrees of freedom (df > 0, may be fractional).
    static double studentTQuantile(double probability, double degreesOfFreedom);

    // 100 * count / total; NaN when total is 0.
    static double percent(qint64 count, qint64 total);
};

} // namespace trialdesk::reports
