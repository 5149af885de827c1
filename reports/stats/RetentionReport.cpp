#include "reports/stats/RetentionReport.h"

#include "core/reporting/DataCut.h"
#include "core/util/Clock.h"
#include "core/util/Csv.h"
#include "core/workspace/TrialSession.h"
#include "reports/ReportContext.h"
#include "reports/stats/Descriptive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace trialdesk::reports {

namespace {

QList<std::pair<QString, qint64>> cellFields(const RetentionCell &cell)
{
    return {
        { QStringLiteral("planned"), cell.planned },
        { QStringLiteral("completed_on_time"), cell.onTime },
        { QStringLiteral("completed_out_of_window"), cell.outOfWindow },
        { QStringLiteral("missed"), cell.missed },
        { QStringLiteral("cancelled"), cell.cancelled },
        { QStringLiteral("overdue"), cell.overdue },
        { QStringLiteral("pending"), cell.pending },
        { QStringLiteral("completed"), cell.completed() },
        { QStringLiteral("due"), cell.due() },
    };
}

QStringList columnCodes(const RetentionTable &table)
{
    QStringList codes;
    for (const StatsArm &arm : table.arms)
        codes.append(arm.code);
    codes.append(QStringLiteral("total"));
    return codes;
}

} // namespace

QString RetentionReport::title()
{
    return tr("Retention and visit completion by visit and arm");
}

core::Result<RetentionTable> RetentionReport::compute(core::TrialSession &session)
{
    auto dataCut = core::reporting::DataCut::open(session, core::reporting::CutPurpose::ByArmStatistics, title());
    if (!dataCut)
        return dataCut.error();
    core::reporting::AnalysisRequest request;
    request.visits = true;
    auto data = core::reporting::AnalysisData::read(dataCut.value(), request);
    if (!data)
        return data.error();
    const core::Protocol &protocol = dataCut->protocol();
    const QDateTime cut = dataCut->atUtc();
    QHash<QString, QDate> today;
    for (const core::Site &site : protocol.sites) {
        const QTimeZone zone(site.timeZone.toUtf8());
        today.insert(site.code, zone.isValid() ? cut.toTimeZone(zone).date() : cut.date());
    }
    return tabulate(protocol, data->visits, today, cut.date());
}

RetentionTable RetentionReport::tabulate(const core::Protocol &protocol, const QList<VisitCount> &counts,
                                         const QHash<QString, QDate> &today, const QDate &fallbackToday)
{
    RetentionTable table;
    table.arms = StatsSupport::armsOf(protocol);
    const qsizetype armCount = table.arms.size();
    QHash<QString, qsizetype> armIndex;
    for (qsizetype i = 0; i < armCount; ++i)
        armIndex.insert(table.arms[i].code, i);
    QHash<QString, qsizetype> rowIndex;
    for (const core::ProtocolVisit &visit : protocol.schedule.visits) {
        if (visit.armSpecific())
            continue;
        rowIndex.insert(visit.code, table.rows.size());
        table.rows.append({ visit.code, visit.name.current(), QList<RetentionCell>(armCount + 1) });
    }
    for (const VisitCount &count : counts) {
        const auto arm = armIndex.constFind(count.arm);
        if (arm == armIndex.cend())
            continue;
        const core::ProtocolVisit *planned = protocol.schedule.visit(count.visitCode);
        if (planned && planned->armSpecific())
            continue; // reveals the arm and has no counterpart in the other arms
        auto row = rowIndex.constFind(count.visitCode);
        if (row == rowIndex.cend()) {
            // A visit of an earlier protocol version: still reported, after the current schedule.
            row = rowIndex.insert(count.visitCode, table.rows.size());
            table.rows.append({ count.visitCode, count.visitCode, QList<RetentionCell>(armCount + 1) });
        }
        for (qsizetype c : { *arm, armCount }) {
            RetentionCell &cell = table.rows[*row].cells[c];
            cell.planned += count.count;
            if (count.status == QLatin1String("completed")) {
                (count.outOfWindow ? cell.outOfWindow : cell.onTime) += count.count;
            } else if (count.status == QLatin1String("missed")) {
                cell.missed += count.count;
            } else if (count.status == QLatin1String("cancelled")) {
                cell.cancelled += count.count;
            } else {
                const QDate siteToday = today.value(count.siteCode, fallbackToday);
                const QDate windowEnd = QDate::fromString(count.windowEnd, Qt::ISODate);
                // The window's last day is still open: pending until the day after.
                (windowEnd.isValid() && windowEnd < siteToday ? cell.overdue : cell.pending) += count.count;
            }
        }
    }
    return table;
}

QList<ReportDocument::Table> RetentionReport::displayTables(const RetentionTable &table)
{
    const QLocale locale;
    ReportDocument::Table out;
    out.caption = tr("Visits by outcome; percentages of the planned visits, completion of the visits due");
    out.header
        = { tr("Visit"),  tr("Arm"),       tr("Planned"), tr("Completed on time"),     tr("Completed out of window"),
            tr("Missed"), tr("Cancelled"), tr("Overdue"), tr("Pending (not yet due)"), tr("Completed of due") };
    for (int c = 2; c < out.header.size(); ++c)
        out.numericColumns.insert(c);
    out.columnWeights = { 1.6, 1.4, 0.8, 1, 1, 1, 1, 1, 1, 1 };
    for (const RetentionRow &row : table.rows) {
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const RetentionCell &cell = row.cells[c];
            const QString arm = c < table.arms.size() ? table.arms[c].name : tr("All arms");
            out.rows.append({ row.visitName, arm, locale.toString(cell.planned),
                              StatsSupport::countPercent(cell.onTime, cell.planned, locale),
                              StatsSupport::countPercent(cell.outOfWindow, cell.planned, locale),
                              StatsSupport::countPercent(cell.missed, cell.planned, locale),
                              StatsSupport::countPercent(cell.cancelled, cell.planned, locale),
                              StatsSupport::countPercent(cell.overdue, cell.planned, locale),
                              StatsSupport::countPercent(cell.pending, cell.planned, locale),
                              StatsSupport::countPercent(cell.completed(), cell.due(), locale) });
        }
    }
    return { out };
}

ReportDocument RetentionReport::document(const RetentionTable &table, const ReportContext &context)
{
    ReportDocument document = ReportDocument::forContext(title(), context);
    document.addParagraph(StatsSupport::descriptiveNote(), true);
    document.addParagraph(tr("Visits every arm has, for randomized participants except those randomized in error. "
                             "Overdue: the window has closed and nothing is recorded. Pending: the window has not "
                             "closed at the data cut (site's calendar date). Due: planned minus pending."));
    for (const ReportDocument::Table &part : displayTables(table))
        document.addTable(part);
    return document;
}

QByteArray RetentionReport::toCsv(const RetentionTable &table)
{
    QByteArray csv
        = core::Csv::line({ QStringLiteral("visit"), QStringLiteral("visit_name"), QStringLiteral("arm"),
                            QStringLiteral("statistic"), QStringLiteral("count"), QStringLiteral("percent") });
    const QStringList columns = columnCodes(table);
    for (const RetentionRow &row : table.rows) {
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            const RetentionCell &cell = row.cells[c];
            for (const auto &[name, value] : cellFields(cell)) {
                // Shares of planned, except "completed", which is a share of the visits due.
                const qint64 base = name == QLatin1String("completed") ? cell.due() : cell.planned;
                const bool share = name != QLatin1String("planned") && name != QLatin1String("due");
                csv += core::Csv::line(
                    { row.visitCode, row.visitName, columns[c], name, QString::number(value),
                      share ? StatsSupport::csvNumber(Descriptive::percent(value, base)) : QString() });
            }
        }
    }
    return csv;
}

QJsonObject RetentionReport::toJson(const RetentionTable &table, const ReportContext &context)
{
    const QStringList columns = columnCodes(table);
    QJsonArray arms;
    for (const StatsArm &arm : table.arms)
        arms.append(QJsonObject { { QStringLiteral("code"), arm.code }, { QStringLiteral("name"), arm.name } });
    QJsonArray visits;
    for (const RetentionRow &row : table.rows) {
        QJsonObject byColumn;
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            QJsonObject cell;
            for (const auto &[name, value] : cellFields(row.cells[c]))
                cell.insert(name, value);
            cell.insert(QStringLiteral("completed_percent_of_due"),
                        StatsSupport::jsonNumber(Descriptive::percent(row.cells[c].completed(), row.cells[c].due())));
            byColumn.insert(columns[c], cell);
        }
        visits.append(QJsonObject { { QStringLiteral("code"), row.visitCode },
                                    { QStringLiteral("name"), row.visitName },
                                    { QStringLiteral("columns"), byColumn } });
    }
    return context.withProvenance(QJsonObject {
        { QStringLiteral("report"), QStringLiteral("retention") },
        { QStringLiteral("title"), title() },
        { QStringLiteral("note"), StatsSupport::descriptiveNote() },
        { QStringLiteral("arms"), arms },
        { QStringLiteral("visits"), visits },
    });
}

core::Status RetentionReport::write(const RetentionTable &table, const ReportContext &context, StatsFormat format,
                                    const QString &path)
{
    switch (format) {
    case StatsFormat::Pdf:
        return document(table, context).writePdf(path);
    case StatsFormat::Csv:
        return StatsSupport::writeFile(path, toCsv(table));
    case StatsFormat::Json:
        return StatsSupport::writeFile(path, QJsonDocument(toJson(table, context)).toJson(QJsonDocument::Indented));
    }
    return core::makeError(core::ErrorCode::InvalidInput, tr("Unknown report format."));
}

} // namespace trialdesk::reports
