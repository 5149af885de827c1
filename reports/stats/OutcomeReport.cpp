#include "reports/stats/OutcomeReport.h"

#include "core/reporting/DataCut.h"
#include "core/util/Clock.h"
#include "core/util/Csv.h"
#include "core/workspace/TrialSession.h"
#include "forms/BundledForms.h"
#include "forms/FormValue.h"
#include "reports/ReportContext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace trialdesk::reports {

namespace {

const forms::FormDefinition *findForm(const QList<forms::FormDefinition> &forms, const QString &code)
{
    for (const forms::FormDefinition &form : forms) {
        if (form.code == code)
            return &form;
    }
    return nullptr;
}

QString key(const QString &visit, const QString &form, const QString &item)
{
    return visit + QLatin1Char('/') + form + QLatin1Char('/') + item;
}

} // namespace

QString OutcomeReport::title()
{
    return tr("Outcome summary by arm");
}

core::Result<OutcomeTable> OutcomeReport::compute(core::TrialSession &session)
{
    auto cut = core::reporting::DataCut::open(session, core::reporting::CutPurpose::ByArmStatistics, title());
    if (!cut)
        return cut.error();
    const core::Protocol &protocol = cut->protocol();
    QList<forms::FormDefinition> forms;
    QStringList visitCodes, formCodes, itemCodes;
    for (const core::ProtocolVisit &visit : protocol.schedule.visits) {
        if (visit.armSpecific())
            continue;
        for (const QString &code : visit.forms) {
            const forms::FormDefinition *definition = forms::BundledForms::find(code);
            if (!definition || definition->armSpecific() || definition->outcomeItems().isEmpty())
                continue;
            if (!visitCodes.contains(visit.code))
                visitCodes.append(visit.code);
            if (!formCodes.contains(code)) {
                formCodes.append(code);
                forms.append(*definition);
                for (const forms::Item *item : definition->outcomeItems()) {
                    if (!itemCodes.contains(item->code))
                        itemCodes.append(item->code);
                }
            }
        }
    }
    if (formCodes.isEmpty())
        return tabulate(protocol, forms, {});
    core::reporting::AnalysisRequest request;
    request.visitCodes = visitCodes;
    request.formCodes = formCodes;
    request.itemCodes = itemCodes;
    auto data = core::reporting::AnalysisData::read(cut.value(), request);
    if (!data)
        return data.error();
    return tabulate(protocol, forms, data->values);
}

OutcomeTable OutcomeReport::tabulate(const core::Protocol &protocol, const QList<forms::FormDefinition> &forms,
                                     const QList<ValueCount> &values)
{
    OutcomeTable table;
    table.arms = StatsSupport::armsOf(protocol);
    const qsizetype armCount = table.arms.size();
    QHash<QString, qsizetype> armIndex;
    for (qsizetype i = 0; i < armCount; ++i)
        armIndex.insert(table.arms[i].code, i);
    QHash<QString, QList<const ValueCount *>> byKey;
    for (const ValueCount &value : values)
        byKey[key(value.visitCode, value.formCode, value.itemCode)].append(&value);

    for (const core::ProtocolVisit &visit : protocol.schedule.visits) {
        if (visit.armSpecific())
            continue;
        for (const QString &formCode : visit.forms) {
            const forms::FormDefinition *form = findForm(forms, formCode);
            if (!form || form->armSpecific())
                continue;
            for (const forms::Item *item : form->outcomeItems()) {
                const bool binary = item->type == forms::ItemType::YesNo;
                if (!binary && !item->isNumeric())
                    continue; // only continuous and yes/no outcomes have a defined summary here
                OutcomeRow row;
                row.visitCode = visit.code;
                row.visitName = visit.name.current();
                row.formCode = form->code;
                row.itemCode = item->code;
                row.label = item->label.current();
                row.unit = item->unit;
                row.binary = binary;
                row.decimals = std::clamp(item->precision + 1, 1, 3);
                row.cells = QList<OutcomeArmCell>(armCount);
                QList<QList<Frequency>> frequencies(armCount);
                for (const ValueCount *value : byKey.value(key(visit.code, form->code, item->code))) {
                    const auto arm = armIndex.constFind(value->arm);
                    if (arm == armIndex.cend())
                        continue;
                    OutcomeArmCell &cell = row.cells[*arm];
                    if (binary) {
                        const std::optional<bool> answer = forms::FormValue::toYesNo(value->value);
                        if (!answer)
                            continue;
                        cell.answered += value->count;
                        if (*answer)
                            cell.yes += value->count;
                    } else if (const auto number = forms::FormValue::toNumber(*item, value->value)) {
                        frequencies[*arm].append({ *number, value->count });
                        cell.answered += value->count;
                    }
                }
                if (!binary) {
                    for (qsizetype a = 0; a < armCount; ++a)
                        row.cells[a].summary = Descriptive::summarize(frequencies[a]);
                    if (armCount >= 2)
                        row.difference = Descriptive::welch(row.cells[0].summary, row.cells[1].summary);
                }
                table.rows.append(row);
            }
        }
    }
    return table;
}

QList<ReportDocument::Table> OutcomeReport::displayTables(const OutcomeTable &table)
{
    const QLocale locale;
    const qsizetype armCount = table.arms.size();
    ReportDocument::Table continuous;
    continuous.caption = tr("Continuous outcomes: n, mean (SD) per arm");
    continuous.header = { tr("Visit"), tr("Outcome") };
    for (const StatsArm &arm : table.arms) {
        continuous.header.append(tr("%1: n").arg(arm.name));
        continuous.header.append(tr("%1: mean (SD)").arg(arm.name));
    }
    if (armCount >= 2)
        continuous.header.append(
            tr("Difference %1 \u2212 %2 (95% CI, Welch)").arg(table.arms[0].code, table.arms[1].code));
    for (int c = 2; c < continuous.header.size(); ++c)
        continuous.numericColumns.insert(c);

    ReportDocument::Table binary;
    binary.caption = tr("Yes/no outcomes: participants answering yes, of those answered");
    binary.header = { tr("Visit"), tr("Outcome") };
    for (const StatsArm &arm : table.arms)
        binary.header.append(tr("%1: yes / n (%)").arg(arm.name));
    for (int c = 2; c < binary.header.size(); ++c)
        binary.numericColumns.insert(c);

    for (const OutcomeRow &row : table.rows) {
        const QString label = row.unit.isEmpty() ? row.label : tr("%1 (%2)").arg(row.label, row.unit);
        QStringList cells { row.visitName, label };
        if (row.binary) {
            for (const OutcomeArmCell &cell : row.cells)
                cells.append(tr("%1 / %2 (%3%)")
                                 .arg(locale.toString(cell.yes), locale.toString(cell.answered),
                                      StatsSupport::number(Descriptive::percent(cell.yes, cell.answered), 1, locale)));
            binary.rows.append(cells);
            continue;
        }
        for (const OutcomeArmCell &cell : row.cells) {
            cells.append(locale.toString(cell.summary.n));
            cells.append(tr("%1 (%2)").arg(StatsSupport::number(cell.summary.mean, row.decimals, locale),
                                           StatsSupport::number(cell.summary.sd, row.decimals, locale)));
        }
        if (armCount >= 2) {
            if (row.difference) {
                //: A difference of means and its confidence interval: "2.1 (-0.3 to 4.4)".
                cells.append(tr("%1 (%2 to %3)")
                                 .arg(StatsSupport::number(row.difference->difference, row.decimals, locale),
                                      StatsSupport::number(row.difference->lower, row.decimals, locale),
                                      StatsSupport::number(row.difference->upper, row.decimals, locale)));
            } else {
                cells.append(QStringLiteral("\u2013"));
            }
        }
        continuous.rows.append(cells);
    }
    QList<ReportDocument::Table> tables { continuous };
    if (!binary.rows.isEmpty())
        tables.append(binary);
    return tables;
}

ReportDocument OutcomeReport::document(const OutcomeTable &table, const ReportContext &context)
{
    ReportDocument document = ReportDocument::forContext(title(), context);
    document.setPageSetup({ QPageSize::A4, QPageLayout::Landscape });
    document.addParagraph(StatsSupport::descriptiveNote(), true);
    document.addParagraph(
        tr("Participants with a value at each visit (randomized, not randomized in error; completed entries). "
           "Differences with a 95% confidence interval from Welch's t (unequal variances); no adjustment for "
           "stratification, baseline values or missing data. An interval is shown only when both arms have at "
           "least two values."));
    for (const ReportDocument::Table &part : displayTables(table))
        document.addTable(part);
    return document;
}

QByteArray OutcomeReport::toCsv(const OutcomeTable &table)
{
    QByteArray csv = core::Csv::line({ QStringLiteral("visit"), QStringLiteral("form"), QStringLiteral("item"),
                                       QStringLiteral("label"), QStringLiteral("type"), QStringLiteral("arm"),
                                       QStringLiteral("statistic"), QStringLiteral("value") });
    for (const OutcomeRow &row : table.rows) {
        const QString type = row.binary ? QStringLiteral("binary") : QStringLiteral("continuous");
        auto add = [&](const QString &arm, const QString &statistic, const QString &value) {
            csv += core::Csv::line(
                { row.visitCode, row.formCode, row.itemCode, row.label, type, arm, statistic, value });
        };
        for (qsizetype a = 0; a < row.cells.size(); ++a) {
            const OutcomeArmCell &cell = row.cells[a];
            const QString &arm = table.arms[a].code;
            add(arm, QStringLiteral("n"), QString::number(cell.answered));
            if (row.binary) {
                add(arm, QStringLiteral("yes"), QString::number(cell.yes));
                add(arm, QStringLiteral("proportion"),
                    StatsSupport::csvNumber(cell.answered > 0 ? double(cell.yes) / double(cell.answered) : qQNaN()));
            } else {
                add(arm, QStringLiteral("mean"), StatsSupport::csvNumber(cell.summary.mean));
                add(arm, QStringLiteral("sd"), StatsSupport::csvNumber(cell.summary.sd));
            }
        }
        if (row.difference) {
            const QString arms = table.arms[0].code + QLatin1Char('-') + table.arms[1].code;
            add(arms, QStringLiteral("difference"), StatsSupport::csvNumber(row.difference->difference));
            add(arms, QStringLiteral("ci95_lower"), StatsSupport::csvNumber(row.difference->lower));
            add(arms, QStringLiteral("ci95_upper"), StatsSupport::csvNumber(row.difference->upper));
            add(arms, QStringLiteral("welch_df"), StatsSupport::csvNumber(row.difference->degreesOfFreedom));
        }
    }
    return csv;
}

QJsonObject OutcomeReport::toJson(const OutcomeTable &table, const ReportContext &context)
{
    QJsonArray arms;
    for (const StatsArm &arm : table.arms)
        arms.append(QJsonObject { { QStringLiteral("code"), arm.code }, { QStringLiteral("name"), arm.name } });
    QJsonArray rows;
    for (const OutcomeRow &row : table.rows) {
        QJsonObject byArm;
        for (qsizetype a = 0; a < row.cells.size(); ++a) {
            const OutcomeArmCell &cell = row.cells[a];
            QJsonObject out { { QStringLiteral("n"), cell.answered } };
            if (row.binary) {
                out.insert(QStringLiteral("yes"), cell.yes);
                out.insert(
                    QStringLiteral("proportion"),
                    StatsSupport::jsonNumber(cell.answered > 0 ? double(cell.yes) / double(cell.answered) : qQNaN()));
            } else {
                out.insert(QStringLiteral("mean"), StatsSupport::jsonNumber(cell.summary.mean));
                out.insert(QStringLiteral("sd"), StatsSupport::jsonNumber(cell.summary.sd));
            }
            byArm.insert(table.arms[a].code, out);
        }
        QJsonObject item { { QStringLiteral("visit"), row.visitCode },
                           { QStringLiteral("visit_name"), row.visitName },
                           { QStringLiteral("form"), row.formCode },
                           { QStringLiteral("item"), row.itemCode },
                           { QStringLiteral("label"), row.label },
                           { QStringLiteral("unit"), row.unit },
                           { QStringLiteral("type"),
                             row.binary ? QStringLiteral("binary") : QStringLiteral("continuous") },
                           { QStringLiteral("arms"), byArm } };
        if (row.difference) {
            item.insert(QStringLiteral("difference"),
                        QJsonObject { { QStringLiteral("arms"), QJsonArray { table.arms[0].code, table.arms[1].code } },
                                      { QStringLiteral("estimate"), row.difference->difference },
                                      { QStringLiteral("ci95_lower"), row.difference->lower },
                                      { QStringLiteral("ci95_upper"), row.difference->upper },
                                      { QStringLiteral("standard_error"), row.difference->standardError },
                                      { QStringLiteral("welch_df"), row.difference->degreesOfFreedom } });
        } else if (!row.binary) {
            item.insert(QStringLiteral("difference"), QJsonValue::Null);
        }
        rows.append(item);
    }
    return context.withProvenance(QJsonObject {
        { QStringLiteral("report"), QStringLiteral("outcomes") },
        { QStringLiteral("title"), title() },
        { QStringLiteral("note"), StatsSupport::descriptiveNote() },
        { QStringLiteral("arms"), arms },
        { QStringLiteral("outcomes"), rows },
    });
}

core::Status OutcomeReport::write(const OutcomeTable &table, const ReportContext &context, StatsFormat format,
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
