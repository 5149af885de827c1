// Descriptive statistics against values worked by hand and checked with R 4.x.
#include "reports/stats/Descriptive.h"
#include "reports/stats/StatsSupport.h"

#include <QtTest>

#include <cmath>

using namespace trialdesk::reports;

class TestStatsDescriptive : public QObject
{
    Q_OBJECT

private slots:
    void meanSdMedianIqr();
    void frequenciesGiveTheSameSummaryAsValues();
    void quantileType7();
    void emptyAndSingleSamples();
    void welchMatchesRTTest();
    void welchSmallSample();
    void welchUndefined();
    void studentQuantile();
    void percent();
};

static bool near(double actual, double expected, double tolerance = 1e-9)
{
    return std::fabs(actual - expected) <= tolerance;
}

void TestStatsDescriptive::meanSdMedianIqr()
{
    // 50, 56, 60, 70: mean 236/4 = 59; squared deviations 81 + 9 + 1 + 121 = 212, SD = sqrt(212/3).
    // Type 7: h = 3p; Q1: h = 0.75 -> 50 + 0.75 * 6 = 54.5; median h = 1.5 -> 58; Q3 h = 2.25 -> 60 + 0.25 * 10 = 62.5.
    const NumericSummary s = Descriptive::summarize(std::vector<double> { 70, 50, 60, 56 });
    QCOMPARE(s.n, qint64(4));
    QVERIFY(near(s.mean, 59));
    QVERIFY(near(s.sd, std::sqrt(212.0 / 3)));
    QVERIFY(near(s.median, 58));
    QVERIFY(near(s.q1, 54.5));
    QVERIFY(near(s.q3, 62.5));
    QCOMPARE(s.minimum, 50.0);
    QCOMPARE(s.maximum, 70.0);
}

void TestStatsDescriptive::frequenciesGiveTheSameSummaryAsValues()
{
    // 1, 2, 2, 3, 3, 3, 10 as values and as (value, count) pairs, unordered with a split duplicate.
    const NumericSummary a = Descriptive::summarize(std::vector<double> { 1, 2, 2, 3, 3, 3, 10 });
    const NumericSummary b
        = Descriptive::summarize(QList<Frequency> { { 3, 2 }, { 10, 1 }, { 2, 2 }, { 1, 1 }, { 3, 1 } });
    QCOMPARE(b.n, qint64(7));
    QVERIFY(near(a.mean, b.mean));
    QVERIFY(near(a.sd, b.sd));
    QVERIFY(near(b.median, 3)); // h = 3 -> the 4th value
    QVERIFY(near(b.q1, 2)); // h = 1.5 -> between 2 and 2
    QVERIFY(near(b.q3, 3)); // h = 4.5 -> between 3 and 3
    QVERIFY(near(a.q1, b.q1));
    QVERIFY(near(a.q3, b.q3));
    QVERIFY(near(b.mean, 24.0 / 7));
}

void TestStatsDescriptive::quantileType7()
{
    // R: quantile(c(1,2,3,4,10,11), c(.25,.5,.75)) -> 2.25 3.50 8.50
    const std::vector<double> sorted { 1, 2, 3, 4, 10, 11 };
    QVERIFY(near(Descriptive::quantile(sorted, 0.25), 2.25));
    QVERIFY(near(Descriptive::quantile(sorted, 0.5), 3.5));
    QVERIFY(near(Descriptive::quantile(sorted, 0.75), 8.5));
    QVERIFY(near(Descriptive::quantile(sorted, 0), 1));
    QVERIFY(near(Descriptive::quantile(sorted, 1), 11));
    const QList<Frequency> frequencies { { 1, 1 }, { 2, 1 }, { 3, 1 }, { 4, 1 }, { 10, 1 }, { 11, 1 } };
    QVERIFY(near(Descriptive::quantile(frequencies, 0.75), 8.5));
    QVERIFY(std::isnan(Descriptive::quantile(std::vector<double> {}, 0.5)));
}

void TestStatsDescriptive::emptyAndSingleSamples()
{
    const NumericSummary empty = Descriptive::summarize(std::vector<double> {});
    QCOMPARE(empty.n, qint64(0));
    QVERIFY(std::isnan(empty.mean));
    QVERIFY(std::isnan(empty.median));
    const NumericSummary one = Descriptive::summarize(std::vector<double> { 42 });
    QCOMPARE(one.n, qint64(1));
    QCOMPARE(one.mean, 42.0);
    QVERIFY(std::isnan(one.sd)); // n - 1 = 0
    QCOMPARE(one.median, 42.0);
    QCOMPARE(one.q1, 42.0);
}

void TestStatsDescriptive::welchMatchesRTTest()
{
    // x <- c(12.1, 14.3, 9.8, 11.0, 13.5); y <- c(10.2, 8.7, 9.9, 11.4); t.test(x, y):
    // mean x = 60.7/5 = 12.14, mean y = 40.2/4 = 10.05, difference 2.09;
    // var x = 13.292/4 = 3.323, var y = 3.69/3 = 1.23;
    // SE = sqrt(3.323/5 + 1.23/4) = sqrt(0.6646 + 0.3075) = 0.985951317257;
    // df = 0.9721^2 / (0.6646^2/4 + 0.3075^2/3) = 6.65749491835; qt(0.975, df) = 2.38951020019;
    // 95 percent confidence interval: -0.265940729474 4.445940729474.
    const NumericSummary x = Descriptive::summarize(std::vector<double> { 12.1, 14.3, 9.8, 11.0, 13.5 });
    const NumericSummary y = Descriptive::summarize(std::vector<double> { 10.2, 8.7, 9.9, 11.4 });
    const auto interval = Descriptive::welch(x, y);
    QVERIFY(interval.has_value());
    QVERIFY(near(interval->difference, 2.09, 1e-12));
    QVERIFY(near(interval->standardError, 0.985951317257, 1e-11));
    QVERIFY(near(interval->degreesOfFreedom, 6.65749491835, 1e-10));
    QVERIFY(near(interval->tQuantile, 2.38951020019, 1e-10));
    QVERIFY(near(interval->lower, -0.265940729474, 1e-10));
    QVERIFY(near(interval->upper, 4.445940729474, 1e-10));
    // Reversed groups: the difference and the interval change sign.
    const auto reversed = Descriptive::welch(y, x);
    QVERIFY(near(reversed->lower, -4.445940729474, 1e-10));
}

void TestStatsDescriptive::welchSmallSample()
{
    // t.test(c(60, 70, 62), c(50, 58)): means 64 and 54; variances 28 and 32; SE = sqrt(28/3 + 16)
    // = 5.03322295685; df = 25.3333^2 / (9.3333^2/2 + 16^2/1) = 2.14243323442;
    // interval -10.33337039824 30.33337039824.
    const auto interval = Descriptive::welch(Descriptive::summarize(std::vector<double> { 60, 70, 62 }),
                                             Descriptive::summarize(std::vector<double> { 50, 58 }));
    QVERIFY(interval.has_value());
    QVERIFY(near(interval->difference, 10));
    QVERIFY(near(interval->standardError, 5.03322295685, 1e-10));
    QVERIFY(near(interval->degreesOfFreedom, 2.14243323442, 1e-10));
    QVERIFY(near(interval->lower, -10.33337039824, 1e-9));
    QVERIFY(near(interval->upper, 30.33337039824, 1e-9));
}

void TestStatsDescriptive::welchUndefined()
{
    const NumericSummary one = Descriptive::summarize(std::vector<double> { 5 });
    const NumericSummary two = Descriptive::summarize(std::vector<double> { 5, 7 });
    QVERIFY(!Descriptive::welch(one, two).has_value()); // one value: no variance
    const NumericSummary flat = Descriptive::summarize(std::vector<double> { 3, 3, 3 });
    QVERIFY(!Descriptive::welch(flat, flat).has_value()); // no spread at all
    QVERIFY(Descriptive::welch(flat, two).has_value()); // one group's spread suffices
    QVERIFY(!Descriptive::welch(two, two, 1.0).has_value());
}

void TestStatsDescriptive::studentQuantile()
{
    // qt(0.975, 10) = 2.22813885199
    QVERIFY(near(Descriptive::studentTQuantile(0.975, 10), 2.22813885199, 1e-10));
    // Large df tends to the normal quantile 1.959964.
    QVERIFY(near(Descriptive::studentTQuantile(0.975, 1e7), 1.959964, 1e-5));
    QVERIFY(std::isnan(Descriptive::studentTQuantile(0.975, 0)));
}

void TestStatsDescriptive::percent()
{
    QVERIFY(near(Descriptive::percent(1, 3), 100.0 / 3));
    QVERIFY(std::isnan(Descriptive::percent(0, 0)));
    QCOMPARE(StatsSupport::countPercent(1, 4, QLocale::c()), QStringLiteral("1 (25.0%)"));
    QCOMPARE(StatsSupport::number(-0.04, 1, QLocale::c()), QStringLiteral("0.0"));
    QCOMPARE(StatsSupport::number(qQNaN(), 1, QLocale::c()), QStringLiteral("\u2013"));
}

QTEST_GUILESS_MAIN(TestStatsDescriptive)
#include "tst_stats_descriptive.moc"
