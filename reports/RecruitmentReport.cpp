#include "reports/RecruitmentReport.h"

#include "core/reporting/DataCut.h"
#include "core/reporting/RecruitmentSeries.h"
#include "core/util/Clock.h"
#include "core/util/Csv.h"
#include "reports/ReportFiles.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace trialdesk::reports {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::RecruitmentReport)
};

QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

QString RecruitmentReport::title()
{
    return Tr::tr("Recruitment report");
}

core::Result<RecruitmentData> RecruitmentReport::compute(core::TrialSession &session)
{
    auto cut = core::reporting::DataCut::open(session, core::reporting::CutPurpose::Recruitment);
    if (!cut)
        return cut.error();
    auto series = core::reporting::RecruitmentSeries::read(cut.value());
    if (!series)
        return series.error();
    return compute(series.value());
}

RecruitmentData RecruitmentReport::compute(const core::reporting::RecruitmentSeries &series)
{
    RecruitmentData data;
    data.targetParticipants = series.targetParticipants;
    QDate lastMonth;
    QDate firstRandomization;
    for (const core::reporting::SiteMonthCount &row : series.randomized) {
        data.bySiteAndMonth[row.site][row.month] += row.count;
        data.randomizedBySite[row.site] += row.count;
        data.randomized += row.count;
        if (!lastMonth.isValid() || row.month > lastMonth)
            lastMonth = row.month;
        if (!firstRandomization.isValid() || row.month < firstRandomization)
            firstRandomization = row.month;
    }
    data.screenedBySite = series.screenedBySite;
    for (qint64 count : series.screenedBySite)
        data.screened += count;
    const QDate firstScreening = series.firstScreeningMonth;
    QSet<QString> sites;
    for (auto it = data.screenedBySite.cbegin(); it != data.screenedBySite.cend(); ++it)
        sites.insert(it.key());
    for (auto it = data.randomizedBySite.cbegin(); it != data.randomizedBySite.cend(); ++it)
        sites.insert(it.key());
    data.sites = QStringList(sites.cbegin(), sites.cend());
    data.sites.sort();

    // The planned period: the protocol's (checked when it was loaded) when given; otherwise it starts
    // the month of the first screening (or randomization) and lasts kDefaultPeriodMonths.
    const std::optional<core::RecruitmentPeriod> &planned = series.plannedPeriod;
    if (planned) {
        data.periodStart = QDate(planned->start.year(), planned->start.month(), 1);
        data.periodMonths = planned->months;
        data.periodFromProtocol = true;
    } else {
        data.periodStart = firstScreening.isValid() ? firstScreening : firstRandomization;
        if (!data.periodStart.isValid()) {
            const QDate today = series.today;
            data.periodStart = QDate(today.year(), today.month(), 1);
        }
        if (firstRandomization.isValid() && firstRandomization < data.periodStart)
            data.periodStart = firstRandomization;
        data.periodMonths = kDefaultPeriodMonths;
    }
    QDate end = data.periodStart.addMonths(data.periodMonths - 1);
    if (lastMonth.isValid() && lastMonth > end)
        end = lastMonth;
    QMap<QDate, qint64> total;
    for (auto site = data.bySiteAndMonth.cbegin(); site != data.bySiteAndMonth.cend(); ++site)
        for (auto it = site->cbegin(); it != site->cend(); ++it)
            total[it.key()] += it.value();
    qint64 cumulative = 0;
    // Randomizations before the planned start (a protocol start later than the first one) count in
    // the first month.
    for (auto it = total.cbegin(); it != total.cend() && it.key() < data.periodStart; ++it)
        cumulative += it.value();
    int index = 0;
    for (QDate month = data.periodStart; month <= end; month = month.addMonths(1), ++index) {
        RecruitmentMonth row;
        row.month = month;
        row.randomized = total.value(month) + (index == 0 ? cumulative : 0);
        cumulative += total.value(month);
        row.cumulative = cumulative;
        row.target = data.targetParticipants * std::min(1.0, double(index + 1) / data.periodMonths);
        data.months.append(row);
    }
    return data;
}

ReportDocument::Table RecruitmentReport::siteMonthTable(const RecruitmentData &data)
{
    ReportDocument::Table table;
    table.caption = Tr::tr("Randomizations by site and month");
    table.header << Tr::tr("Month");
    table.header << data.sites;
    table.header << Tr::tr("Total");
    for (int c = 1; c < table.header.size(); ++c)
        table.numericColumns.insert(c);
    QMap<QString, qint64> siteTotals;
    for (const RecruitmentMonth &month : data.months) {
        QStringList row { monthKey(month.month) };
        qint64 rowTotal = 0;
        for (const QString &site : data.sites) {
            qint64 count = 0;
            const QMap<QDate, qint64> bySite = data.bySiteAndMonth.value(site);
            for (auto it = bySite.cbegin(); it != bySite.cend(); ++it)
                if (it.key() == month.month || (&month == &data.months.first() && it.key() < month.month))
                    count += it.value();
            row << QString::number(count);
            rowTotal += count;
            siteTotals[site] += count;
        }
        row << QString::number(rowTotal);
        table.rows << row;
    }
    QStringList totals { Tr::tr("Total") };
    for (const QString &site : data.sites)
        totals << QString::number(siteTotals.value(site));
    totals << QString::number(data.randomized);
    table.rows << totals;
    return table;
}

ReportDocument::Table RecruitmentReport::siteRatioTable(const RecruitmentData &data)
{
    ReportDocument::Table table;
    table.caption = Tr::tr("Screening to randomization by site");
    table.header
        = QStringList { Tr::tr("Site"), Tr::tr("Screened"), Tr::tr("Randomized"), Tr::tr("Screened per randomized") };
    table.numericColumns = { 1, 2, 3 };
    auto ratio = [](qint64 screened, qint64 randomized) {
        return randomized > 0 ? number(double(screened) / double(randomized), 2) : QStringLiteral("\u2014");
    };
    for (const QString &site : data.sites)
        table.rows << QStringList { site, QString::number(data.screenedBySite.value(site)),
                                    QString::number(data.randomizedBySite.value(site)),
                                    ratio(data.screenedBySite.value(site), data.randomizedBySite.value(site)) };
    table.rows << QStringList { Tr::tr("Total"), QString::number(data.screened), QString::number(data.randomized),
                                ratio(data.screened, data.randomized) };
    return table;
}

ReportDocument::Table RecruitmentReport::cumulativeTable(const RecruitmentData &data)
{
    ReportDocument::Table table;
    table.caption = Tr::tr("Cumulative randomizations against the target");
    table.header = QStringList { Tr::tr("Month"), Tr::tr("Randomized"), Tr::tr("Cumulative"), Tr::tr("Target"),
                                 Tr::tr("% of target") };
    table.numericColumns = { 1, 2, 3, 4 };
    for (const RecruitmentMonth &month : data.months)
        table.rows << QStringList { monthKey(month.month), QString::number(month.randomized),
                                    QString::number(month.cumulative), number(month.target, 1),
                                    month.target > 0 ? number(100.0 * month.cumulative / month.target, 1)
                                                     : QStringLiteral("\u2014") };
    return table;
}

void RecruitmentReport::paintChart(const RecruitmentData &data, QPainter &painter, const QRectF &rect)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Logical 800 x 450 units scaled into the rect, so text sizes keep their proportion.
    const qreal width = 800, height = 450;
    const qreal scale = std::min(rect.width() / width, rect.height() / height);
    painter.translate(rect.left() + (rect.width() - width * scale) / 2,
                      rect.top() + (rect.height() - height * scale) / 2);
    painter.scale(scale, scale);
    painter.fillRect(QRectF(0, 0, width, height), Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    painter.setFont(font);
    const QRectF plot(60, 40, width - 80, height - 100);
    const int count = std::max<int>(1, static_cast<int>(data.months.size()));
    double maxY = std::max<double>(data.targetParticipants, 1);
    for (const RecruitmentMonth &month : data.months)
        maxY = std::max<double>(maxY, month.cumulative);
    // A round axis maximum: 1, 2 or 5 times a power of ten, with five ticks.
    const double rawStep = maxY / 5;
    const double power = std::pow(10.0, std::floor(std::log10(rawStep)));
    double step = power;
    for (double factor : { 1.0, 2.0, 5.0, 10.0 })
        if (factor * power >= rawStep) {
            step = factor * power;
            break;
        }
    const double top = std::ceil(maxY / step) * step;
    auto xOf = [&](int index) { return plot.left() + plot.width() * (index + 1) / count; };
    auto yOf = [&](double value) { return plot.bottom() - plot.height() * value / top; };
    const QColor grid(0xdd, 0xdd, 0xdd), ink(0x20, 0x20, 0x20);
    for (double value = 0; value <= top + step / 2; value += step) {
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), yOf(value)), QPointF(plot.right(), yOf(value)));
        painter.setPen(ink);
        painter.drawText(QRectF(0, yOf(value) - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().toString(value, 'f', 0));
    }
    painter.setPen(QPen(ink, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    const int labelEvery = std::max(1, count / 12);
    for (int i = 0; i < data.months.size(); ++i)
        if (i % labelEvery == 0 || i == data.months.size() - 1) {
            painter.save();
            painter.translate(xOf(i), plot.bottom() + 6);
            painter.rotate(-45);
            painter.drawText(QRectF(-70, -8, 70, 16), Qt::AlignRight | Qt::AlignVCenter,
                             monthKey(data.months[i].month));
            painter.restore();
        }
    QPainterPath target, actual;
    target.moveTo(plot.left(), yOf(0));
    actual.moveTo(plot.left(), yOf(0));
    for (int i = 0; i < data.months.size(); ++i) {
        target.lineTo(xOf(i), yOf(data.months[i].target));
        actual.lineTo(xOf(i), yOf(data.months[i].cumulative));
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 2, Qt::DashLine));
    painter.drawPath(target);
    painter.setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 2.5));
    painter.drawPath(actual);
    // Legend and title.
    painter.setPen(ink);
    QFont bold = font;
    bold.setBold(true);
    bold.setPixelSize(14);
    painter.setFont(bold);
    painter.drawText(QRectF(0, 4, width, 24), Qt::AlignHCenter | Qt::AlignVCenter,
                     Tr::tr("Cumulative randomizations against the target"));
    painter.setFont(font);
    const qreal legendY = height - 16;
    painter.setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 2.5));
    painter.drawLine(QPointF(150, legendY), QPointF(180, legendY));
    painter.setPen(ink);
    painter.drawText(QRectF(186, legendY - 8, 220, 16), Qt::AlignLeft | Qt::AlignVCenter,
                     Tr::tr("Randomized (cumulative)"));
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 2, Qt::DashLine));
    painter.drawLine(QPointF(430, legendY), QPointF(460, legendY));
    painter.setPen(ink);
    painter.drawText(QRectF(466, legendY - 8, 300, 16), Qt::AlignLeft | Qt::AlignVCenter,
                     Tr::tr("Target (%1 over %n months)", nullptr, data.periodMonths).arg(data.targetParticipants));
    painter.restore();
}

QJsonObject RecruitmentReport::toJson(const RecruitmentData &data, const ReportContext &context)
{
    QJsonArray months;
    for (const RecruitmentMonth &month : data.months)
        months.append(QJsonObject { { QStringLiteral("month"), monthKey(month.month) },
                                    { QStringLiteral("randomized"), month.randomized },
                                    { QStringLiteral("cumulative"), month.cumulative },
                                    { QStringLiteral("target"), month.target } });
    QJsonArray sites;
    for (const QString &site : data.sites) {
        QJsonObject byMonth;
        const QMap<QDate, qint64> counts = data.bySiteAndMonth.value(site);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            byMonth.insert(monthKey(it.key()), it.value());
        sites.append(QJsonObject { { QStringLiteral("site"), site },
                                   { QStringLiteral("screened"), data.screenedBySite.value(site) },
                                   { QStringLiteral("randomized"), data.randomizedBySite.value(site) },
                                   { QStringLiteral("randomized_by_month"), byMonth } });
    }
    return context.withProvenance(QJsonObject {
        { QStringLiteral("format"), QStringLiteral("trialdesk-recruitment") },
        { QStringLiteral("format_version"), 1 },
        { QStringLiteral("target_participants"), data.targetParticipants },
        { QStringLiteral("period"),
          QJsonObject { { QStringLiteral("start"), monthKey(data.periodStart) },
                        { QStringLiteral("months"), data.periodMonths },
                        { QStringLiteral("source"),
                          data.periodFromProtocol ? QStringLiteral("protocol") : QStringLiteral("assumed") } } },
        { QStringLiteral("screened"), data.screened },
        { QStringLiteral("randomized"), data.randomized },
        { QStringLiteral("screened_per_randomized"), data.screeningPerRandomization() },
        { QStringLiteral("months"), months },
        { QStringLiteral("sites"), sites },
    });
}

QByteArray RecruitmentReport::toCsv(const RecruitmentData &data)
{
    // One tidy table: one row per month and site (site "ALL" carries the cumulative and target).
    QByteArray out
        = core::Csv::line({ QStringLiteral("month"), QStringLiteral("site"), QStringLiteral("randomized"),
                            QStringLiteral("cumulative"), QStringLiteral("target"), QStringLiteral("screened") });
    for (const RecruitmentMonth &month : data.months) {
        out += core::Csv::line({ monthKey(month.month), QStringLiteral("ALL"), QString::number(month.randomized),
                                 QString::number(month.cumulative), number(month.target, 2), QString() });
        for (const QString &site : data.sites)
            out += core::Csv::line({ monthKey(month.month), site,
                                     QString::number(data.bySiteAndMonth.value(site).value(month.month)), QString(),
                                     QString(), QString() });
    }
    for (const QString &site : data.sites)
        out += core::Csv::line({ QString(), site, QString::number(data.randomizedBySite.value(site)), QString(),
                                 QString(), QString::number(data.screenedBySite.value(site)) });
    return out;
}

ReportDocument RecruitmentReport::document(const RecruitmentData &data, const ReportContext &context)
{
    ReportDocument document = ReportDocument::forContext(title(), context);
    document.addParagraph(Tr::tr("%1 screened, %2 randomized (target %3); %4 screened per randomized.")
                              .arg(data.screened)
                              .arg(data.randomized)
                              .arg(data.targetParticipants)
                              .arg(number(data.screeningPerRandomization(), 2)));
    document.addParagraph(
        data.periodFromProtocol
            ? Tr::tr("Planned recruitment period (protocol): %n months from %1.", nullptr, data.periodMonths)
                  .arg(monthKey(data.periodStart))
            : Tr::tr("The protocol gives no recruitment period: the target line assumes %n months "
                     "from the first screening (%1).",
                     nullptr, data.periodMonths)
                  .arg(monthKey(data.periodStart)));
    document.addDrawing([data](QPainter &painter, const QRectF &rect) { paintChart(data, painter, rect); },
                        QSizeF(180, 101));
    document.addTable(cumulativeTable(data));
    document.addTable(siteMonthTable(data));
    document.addTable(siteRatioTable(data));
    return document;
}

core::Status RecruitmentReport::writePdf(const RecruitmentData &data, const ReportContext &context, const QString &path)
{
    return document(data, context).writePdf(path);
}

core::Status RecruitmentReport::writeCsv(const RecruitmentData &data, const QString &path)
{
    return ReportFiles::save(path, toCsv(data));
}

core::Status RecruitmentReport::writeJson(const RecruitmentData &data, const ReportContext &context,
                                          const QString &path)
{
    return ReportFiles::save(path, QJsonDocument(toJson(data, context)).toJson(QJsonDocument::Indented));
}

} // namespace trialdesk::reports
