#include "reports/stats/Descriptive.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace trialdesk::reports {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The value at 0-based order statistic `index` of frequencies sorted by value.
double orderStatistic(const QList<Frequency> &sorted, qint64 index)
{
    qint64 seen = 0;
    for (const Frequency &f : sorted) {
        seen += f.count;
        if (index < seen)
            return f.value;
    }
    return sorted.isEmpty() ? kNaN : sorted.last().value;
}

NumericSummary emptySummary()
{
    NumericSummary summary;
    summary.mean = summary.sd = summary.median = summary.q1 = summary.q3 = summary.minimum = summary.maximum = kNaN;
    return summary;
}

} // namespace

double Descriptive::quantile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty() || !(p >= 0 && p <= 1))
        return kNaN;
    const double h = double(sorted.size() - 1) * p;
    const auto low = std::size_t(std::floor(h));
    if (low + 1 >= sorted.size())
        return sorted.back();
    return sorted[low] + (h - double(low)) * (sorted[low + 1] - sorted[low]);
}

double Descriptive::quantile(const QList<Frequency> &sorted, double p)
{
    qint64 total = 0;
    for (const Frequency &f : sorted)
        total += f.count;
    if (total == 0 || !(p >= 0 && p <= 1))
        return kNaN;
    const double h = double(total - 1) * p;
    const auto low = qint64(std::floor(h));
    const double lowValue = orderStatistic(sorted, low);
    if (low + 1 >= total)
        return lowValue;
    const double highValue = orderStatistic(sorted, low + 1);
    return lowValue + (h - double(low)) * (highValue - lowValue);
}

NumericSummary Descriptive::summarize(std::vector<double> values)
{
    QList<Frequency> frequencies;
    frequencies.reserve(qsizetype(values.size()));
    for (double value : values)
        frequencies.append({ value, 1 });
    return summarize(std::move(frequencies));
}

NumericSummary Descriptive::summarize(QList<Frequency> frequencies)
{
    // Merge duplicates and sort by value; ignore empty and non-finite entries.
    std::map<double, qint64> merged;
    for (const Frequency &f : std::as_const(frequencies)) {
        if (f.count > 0 && std::isfinite(f.value))
            merged[f.value] += f.count;
    }
    NumericSummary summary = emptySummary();
    if (merged.empty())
        return summary;
    QList<Frequency> sorted;
    sorted.reserve(qsizetype(merged.size()));
    for (const auto &[value, count] : merged) {
        sorted.append({ value, count });
        summary.n += count;
    }
    // Two passes (mean, then squared deviations) to keep the variance accurate for large values.
    double sum = 0;
    for (const Frequency &f : sorted)
        sum += f.value * double(f.count);
    summary.mean = sum / double(summary.n);
    if (summary.n > 1) {
        double squares = 0;
        for (const Frequency &f : sorted)
            squares += (f.value - summary.mean) * (f.value - summary.mean) * double(f.count);
        summary.sd = std::sqrt(squares / double(summary.n - 1));
    }
    summary.minimum = sorted.first().value;
    summary.maximum = sorted.last().value;
    summary.median = quantile(sorted, 0.5);
    summary.q1 = quantile(sorted, 0.25);
    summary.q3 = quantile(sorted, 0.75);
    return summary;
}

std::optional<WelchInterval> Descriptive::welch(const NumericSummary &first, const NumericSummary &second,
                                                double confidence)
{
    if (first.n < 2 || second.n < 2 || !(confidence > 0 && confidence < 1))
        return std::nullopt;
    const double v1 = first.sd * first.sd / double(first.n);
    const double v2 = second.sd * second.sd / double(second.n);
    const double variance = v1 + v2;
    if (!(variance > 0) || !std::isfinite(variance))
        return std::nullopt;
    WelchInterval interval;
    interval.confidence = confidence;
    interval.difference = first.mean - second.mean;
    interval.standardError = std::sqrt(variance);
    interval.degreesOfFreedom = variance * variance / (v1 * v1 / double(first.n - 1) + v2 * v2 / double(second.n - 1));
    interval.tQuantile = studentTQuantile(1 - (1 - confidence) / 2, interval.degreesOfFreedom);
    interval.lower = interval.difference - interval.tQuantile * interval.standardError;
    interval.upper = interval.difference + interval.tQuantile * interval.standardError;
    return interval;
}

double Descriptive::studentTQuantile(double probability, double degreesOfFreedom)
{
    if (!(degreesOfFreedom > 0) || !(probability > 0 && probability < 1))
        return kNaN;
    const boost::math::students_t distribution(degreesOfFreedom);
    return boost::math::quantile(distribution, probability);
}

double Descriptive::percent(qint64 count, qint64 total)
{
    return total > 0 ? 100.0 * double(count) / double(total) : kNaN;
}

} // namespace trialdesk::reports
