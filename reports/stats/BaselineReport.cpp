#include "reports/stats/BaselineReport.h"

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
#include <QMap>

#include <algorithm>

namespace trialdesk::reports {

namespace {

const QString kStratificationSource = QStringLiteral("stratification");

// "site=ICM,condition=HF" -> {site: ICM, condition: HF}.
QHash<QString, QString> parseStratum(const QString &stratumValues)
{
    QHash<QString, QString> levels;
    for (const QString &pair : stratumValues.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals > 0)
            levels.insert(pair.left(equals), pair.mid(equals + 1));
    }
    return levels;
}

struct Level
{
    QString code;
    QString label;
};

QList<Level> factorLevels(const core::Protocol &protocol, const core::ProtocolFactor &factor)
{
    QList<Level> levels;
    if (factor.isSite) {
        for (const core::Site &site : protocol.sites)
            levels.append({ site.code, core::LocalizedText { site.nameFr, site.nameEn }.current() });
    } else {
        for (const core::ProtocolLevel &level : factor.levels)
            levels.append({ level.code, level.name.current() });
    }
    return levels;
}

// Categorical levels of an item, in definition order (choices, yes/no, severity bands).
QList<Level> itemLevels(const forms::Item &item)
{
    QList<Level> levels;
    if (item.type == forms::ItemType::YesNo) {
        for (bool answer : { true, false }) {
            const QString code = forms::FormValue::formatYesNo(answer);
            levels.append({ code, forms::FormValue::display(item, code) });
        }
    } else if (!item.bands.isEmpty()) {
        for (const forms::Band &band : item.bands)
            levels.append({ band.code, band.label.current() });
    } else {
        for (const forms::Choice &choice : item.choices)
            levels.append({ choice.code, choice.label.current() });
    }
    return levels;
}

bool isSummarized(const forms::Item &item)
{
    switch (item.type) {
    case forms::ItemType::Text:
    case forms::ItemType::Date:
        return false; // free text and calendar dates have no Table 1 summary
    default:
        return true;
    }
}

int decimalsFor(const forms::Item &item)
{
    // One more decimal than the values carry, as usual for means and SDs.
    return std::clamp(item.precision + 1, 1, 3);
}

} // namespace

QString BaselineReport::title()
{
    return tr("Baseline characteristics by arm");
}

core::Result<BaselineTable> BaselineReport::compute(core::TrialSession &session)
{
    auto cut = core::reporting::DataCut::open(session, core::reporting::CutPurpose::ByArmStatistics, title());
    if (!cut)
        return cut.error();
    const core::Protocol &protocol = cut->protocol();

    // The baseline visit: BASELINE when the schedule has it, else the first visit for every arm.
    const core::ProtocolVisit *visit = protocol.schedule.visit(QStringLiteral("BASELINE"));
    for (qsizetype i = 0; !visit && i < protocol.schedule.visits.size(); ++i) {
        if (!protocol.schedule.visits[i].armSpecific())
            visit = &protocol.schedule.visits[i];
    }
    if (!visit)
        return core::makeError(core::ErrorCode::NotFound,
                               tr("The protocol's visit schedule has no baseline visit, so there is no baseline "
                                  "table to compute. Amend the protocol to add one."));
    QList<forms::FormDefinition> forms;
    QStringList formCodes, itemCodes;
    for (const QString &code : visit->forms) {
        const forms::FormDefinition *definition = forms::BundledForms::find(code);
        if (definition && definition->category == forms::FormCategory::Baseline) {
            forms.append(*definition);
            formCodes.append(code);
            for (const forms::Item &item : definition->items) {
                if (isSummarized(item) && !itemCodes.contains(item.code))
                    itemCodes.append(item.code);
            }
        }
    }

    core::reporting::AnalysisRequest request;
    request.strata = true;
    if (!formCodes.isEmpty()) {
        request.visitCodes = QStringList { visit->code };
        request.formCodes = formCodes;
        request.itemCodes = itemCodes;
    }
    auto data = core::reporting::AnalysisData::read(cut.value(), request);
    if (!data)
        return data.error();
    return tabulate(protocol, forms, visit->code, data->strata, data->values);
}

BaselineTable BaselineReport::tabulate(const core::Protocol &protocol, const QList<forms::FormDefinition> &forms,
                                       const QString &visitCode, const QList<StratumCount> &strata,
                                       const QList<ValueCount> &values)
{
    BaselineTable table;
    table.arms = StatsSupport::armsOf(protocol);
    table.visitCode = visitCode;
    if (const core::ProtocolVisit *visit = protocol.schedule.visit(visitCode))
        table.visitName = visit->name.current();
    const qsizetype armCount = table.arms.size();
    const qsizetype columns = armCount + 1; // arms, then the total
    QHash<QString, qsizetype> armIndex;
    for (qsizetype i = 0; i < armCount; ++i)
        armIndex.insert(table.arms[i].code, i);

    for (const StratumCount &stratum : strata) {
        const auto arm = armIndex.constFind(stratum.arm);
        if (arm == armIndex.cend())
            continue; // an arm no longer in the protocol cannot be a column
        table.arms[*arm].participants += stratum.count;
        table.total += stratum.count;
    }
    QList<qint64> columnTotals;
    for (const StatsArm &arm : std::as_const(table.arms))
        columnTotals.append(arm.participants);
    columnTotals.append(table.total);

    auto finishMissing = [&](BaselineVariable &variable) {
        for (qsizetype c = 0; c < columns; ++c)
            variable.missing.append(std::max<qint64>(0, columnTotals[c] - variable.answered[c]));
    };

    // Stratification factors, from participants.stratum_values (corrected after a misclassification).
    for (const core::ProtocolFactor &factor : protocol.factors) {
        BaselineVariable variable;
        variable.source = kStratificationSource;
        variable.code = factor.code;
        variable.label = factor.name.current();
        variable.kind = BaselineVariable::Kind::Categorical;
        variable.answered = QList<qint64>(columns, 0);
        QHash<QString, qsizetype> levelIndex;
        for (const Level &level : factorLevels(protocol, factor)) {
            levelIndex.insert(level.code, variable.levels.size());
            variable.levels.append({ level.code, level.label, QList<qint64>(columns, 0) });
        }
        for (const StratumCount &stratum : strata) {
            const auto arm = armIndex.constFind(stratum.arm);
            if (arm == armIndex.cend())
                continue;
            const QString levelCode = parseStratum(stratum.stratumValues).value(factor.code);
            const auto level = levelIndex.constFind(levelCode);
            if (level == levelIndex.cend())
                continue; // not recorded for this factor: counted as missing
            for (qsizetype c : { *arm, armCount }) {
                variable.levels[*level].counts[c] += stratum.count;
                variable.answered[c] += stratum.count;
            }
        }
        finishMissing(variable);
        table.variables.append(variable);
    }

    // Items of the baseline forms. Values are grouped by (form, item) for each arm.
    QHash<QString, QList<const ValueCount *>> byItem;
    for (const ValueCount &value : values) {
        if (value.visitCode == visitCode)
            byItem[value.formCode + QLatin1Char('/') + value.itemCode].append(&value);
    }
    for (const forms::FormDefinition &form : forms) {
        for (const forms::Item &item : form.items) {
            if (!isSummarized(item))
                continue;
            BaselineVariable variable;
            variable.source = form.code;
            variable.code = item.code;
            variable.label = item.label.current();
            variable.unit = item.unit;
            variable.answered = QList<qint64>(columns, 0);
            const QList<const ValueCount *> itemValues = byItem.value(form.code + QLatin1Char('/') + item.code);
            if (item.isNumeric()) {
                variable.kind = BaselineVariable::Kind::Numeric;
                variable.decimals = decimalsFor(item);
                QList<QList<Frequency>> frequencies(columns);
                for (const ValueCount *value : itemValues) {
                    const auto arm = armIndex.constFind(value->arm);
                    const std::optional<double> number = forms::FormValue::toNumber(item, value->value);
                    if (arm == armIndex.cend() || !number)
                        continue; // unreadable values count as missing
                    for (qsizetype c : { *arm, armCount }) {
                        frequencies[c].append({ *number, value->count });
                        variable.answered[c] += value->count;
                    }
                }
                for (qsizetype c = 0; c < columns; ++c)
                    variable.summaries.append(Descriptive::summarize(frequencies[c]));
            } else {
                variable.kind = BaselineVariable::Kind::Categorical;
                variable.multipleChoice = item.type == forms::ItemType::MultipleChoice;
                QHash<QString, qsizetype> levelIndex;
                for (const Level &level : itemLevels(item)) {
                    levelIndex.insert(level.code, variable.levels.size());
                    variable.levels.append({ level.code, level.label, QList<qint64>(columns, 0) });
                }
                for (const ValueCount *value : itemValues) {
                    const auto arm = armIndex.constFind(value->arm);
                    if (arm == armIndex.cend())
                        continue;
                    const QStringList codes = variable.multipleChoice
                        ? value->value.split(QLatin1Char('|'), Qt::SkipEmptyParts)
                        : QStringList { value->value };
                    QList<qsizetype> known;
                    for (const QString &code : codes) {
                        if (const auto level = levelIndex.constFind(code); level != levelIndex.cend())
                            known.append(*level);
                    }
                    if (known.isEmpty())
                        continue; // no known code: missing
                    for (qsizetype c : { *arm, armCount }) {
                        variable.answered[c] += value->count;
                        for (qsizetype level : std::as_const(known))
                            variable.levels[level].counts[c] += value->count;
                    }
                }
            }
            finishMissing(variable);
            table.variables.append(variable);
        }
    }

    // Balance: arm counts per stratum, strata in the protocol's level order.
    QMap<QList<int>, BalanceRow> rows;
    for (const StratumCount &stratum : strata) {
        const auto arm = armIndex.constFind(stratum.arm);
        if (arm == armIndex.cend())
            continue;
        const QHash<QString, QString> levels = parseStratum(stratum.stratumValues);
        QList<int> order;
        QStringList labels;
        for (const core::ProtocolFactor &factor : protocol.factors) {
            const QString code = levels.value(factor.code);
            const QList<Level> known = factorLevels(protocol, factor);
            int position = int(known.size());
            QString label = code;
            for (int i = 0; i < known.size(); ++i) {
                if (known[i].code == code) {
                    position = i;
                    label = known[i].label;
                }
            }
            order.append(position);
            labels.append(label);
        }
        order.append(int(qHash(stratum.stratumValues) & 0x7fffffff)); // unknown levels: distinct, stable rows
        BalanceRow &row = rows[order];
        if (row.counts.isEmpty()) {
            row.stratum = stratum.stratumValues;
            row.label = labels.join(QStringLiteral(" / "));
            row.counts = QList<qint64>(columns, 0);
        }
        row.counts[*arm] += stratum.count;
        row.counts[armCount] += stratum.count;
    }
    for (BalanceRow &row : rows) {
        if (armCount == 2) {
            row.difference = row.counts[0] - row.counts[1];
        } else if (armCount > 2) {
            const auto [low, high] = std::minmax_element(row.counts.cbegin(), row.counts.cbegin() + armCount);
            row.difference = *high - *low;
        }
        table.balance.append(row);
    }
    return table;
}

QList<ReportDocument::Table> BaselineReport::displayTables(const BaselineTable &table)
{
    const QLocale locale;
    const qsizetype columns = table.arms.size() + 1;
    ReportDocument::Table main;
    main.caption = tr("Table 1. Baseline characteristics by arm (%1)").arg(table.visitName);
    main.header.append(tr("Characteristic"));
    for (const StatsArm &arm : table.arms)
        main.header.append(tr("%1 (n = %2)").arg(arm.name, locale.toString(arm.participants)));
    main.header.append(tr("Total (n = %1)").arg(locale.toString(table.total)));
    for (qsizetype c = 1; c <= columns; ++c)
        main.numericColumns.insert(int(c));
    main.columnWeights.append(2.2);
    for (qsizetype c = 0; c < columns; ++c)
        main.columnWeights.append(1);

    auto row = [&](const QString &label, const std::function<QString(qsizetype)> &cell) {
        QStringList cells { label };
        for (qsizetype c = 0; c < columns; ++c)
            cells.append(cell(c));
        main.rows.append(cells);
    };
    const QString indent = QStringLiteral("    ");
    for (const BaselineVariable &variable : table.variables) {
        QString label = variable.label;
        if (!variable.unit.isEmpty())
            label = tr("%1 (%2)").arg(label, variable.unit);
        if (variable.source == kStratificationSource)
            label = tr("%1 (stratification factor)").arg(label);
        if (variable.multipleChoice)
            label = tr("%1 (more than one answer possible)").arg(label);
        row(label, [](qsizetype) { return QString(); });
        if (variable.kind == BaselineVariable::Kind::Numeric) {
            row(indent + tr("Mean (SD)"), [&](qsizetype c) {
                const NumericSummary &s = variable.summaries[c];
                return tr("%1 (%2)").arg(StatsSupport::number(s.mean, variable.decimals, locale),
                                         StatsSupport::number(s.sd, variable.decimals, locale));
            });
            row(indent + tr("Median (IQR)"), [&](qsizetype c) {
                const NumericSummary &s = variable.summaries[c];
                //: Median and interquartile range: "72.0 (65.0 to 79.0)".
                return tr("%1 (%2 to %3)")
                    .arg(StatsSupport::number(s.median, variable.decimals, locale),
                         StatsSupport::number(s.q1, variable.decimals, locale),
                         StatsSupport::number(s.q3, variable.decimals, locale));
            });
        } else {
            for (const BaselineLevel &level : variable.levels) {
                row(indent + level.label, [&](qsizetype c) {
                    return StatsSupport::countPercent(level.counts[c], variable.answered[c], locale);
                });
            }
        }
        row(indent + tr("Missing"), [&](qsizetype c) { return locale.toString(variable.missing[c]); });
    }

    ReportDocument::Table balance;
    balance.caption = tr("Balance by stratum (participants per arm)");
    balance.header.append(tr("Stratum"));
    for (const StatsArm &arm : table.arms)
        balance.header.append(arm.name);
    balance.header.append(tr("Total"));
    balance.header.append(table.arms.size() == 2
                              ? tr("Difference (%1 \u2212 %2)").arg(table.arms[0].code, table.arms[1].code)
                              : tr("Largest \u2212 smallest"));
    for (qsizetype c = 1; c <= columns + 1; ++c)
        balance.numericColumns.insert(int(c));
    for (const BalanceRow &stratum : table.balance) {
        QStringList cells { stratum.label };
        for (qint64 count : stratum.counts)
            cells.append(locale.toString(count));
        cells.append(locale.toString(stratum.difference));
        balance.rows.append(cells);
    }
    return { main, balance };
}

ReportDocument BaselineReport::document(const BaselineTable &table, const ReportContext &context)
{
    ReportDocument document = ReportDocument::forContext(title(), context);
    document.addParagraph(StatsSupport::descriptiveNote(), true);
    document.addParagraph(
        tr("Randomized participants, except those randomized in error; completed entries of the baseline forms. "
           "Percentages are of the participants with an answer; medians and quartiles use R's default "
           "definition (type 7)."));
    for (const ReportDocument::Table &part : displayTables(table))
        document.addTable(part);
    return document;
}

QByteArray BaselineReport::toCsv(const BaselineTable &table)
{
    QByteArray csv = core::Csv::line({ QStringLiteral("section"), QStringLiteral("source"), QStringLiteral("variable"),
                                       QStringLiteral("label"), QStringLiteral("level"), QStringLiteral("level_label"),
                                       QStringLiteral("arm"), QStringLiteral("statistic"), QStringLiteral("value") });
    QStringList columnCodes;
    for (const StatsArm &arm : table.arms)
        columnCodes.append(arm.code);
    columnCodes.append(QStringLiteral("total"));
    auto add = [&](const QString &section, const QString &source, const QString &variable, const QString &label,
                   const QString &level, const QString &levelLabel, const QString &column, const QString &statistic,
                   const QString &value) {
        csv += core::Csv::line({ section, source, variable, label, level, levelLabel, column, statistic, value });
    };
    const QString baseline = QStringLiteral("baseline");
    for (qsizetype c = 0; c < columnCodes.size(); ++c) {
        add(baseline, {}, QStringLiteral("participants"), {}, {}, {}, columnCodes[c], QStringLiteral("n"),
            QString::number(c < table.arms.size() ? table.arms[c].participants : table.total));
    }
    for (const BaselineVariable &v : table.variables) {
        for (qsizetype c = 0; c < columnCodes.size(); ++c) {
            const QString &col = columnCodes[c];
            if (v.kind == BaselineVariable::Kind::Numeric) {
                const NumericSummary &s = v.summaries[c];
                const QList<std::pair<const char *, double>> stats = {
                    { "n", double(s.n) }, { "mean", s.mean }, { "sd", s.sd },       { "median", s.median },
                    { "q1", s.q1 },       { "q3", s.q3 },     { "min", s.minimum }, { "max", s.maximum },
                };
                for (const auto &[name, value] : stats)
                    add(baseline, v.source, v.code, v.label, {}, {}, col, QLatin1String(name),
                        StatsSupport::csvNumber(value));
            } else {
                add(baseline, v.source, v.code, v.label, {}, {}, col, QStringLiteral("answered"),
                    QString::number(v.answered[c]));
                for (const BaselineLevel &level : v.levels) {
                    add(baseline, v.source, v.code, v.label, level.code, level.label, col, QStringLiteral("count"),
                        QString::number(level.counts[c]));
                    add(baseline, v.source, v.code, v.label, level.code, level.label, col, QStringLiteral("percent"),
                        StatsSupport::csvNumber(Descriptive::percent(level.counts[c], v.answered[c])));
                }
            }
            add(baseline, v.source, v.code, v.label, {}, {}, col, QStringLiteral("missing"),
                QString::number(v.missing[c]));
        }
    }
    for (const BalanceRow &row : table.balance) {
        for (qsizetype c = 0; c < columnCodes.size(); ++c)
            add(QStringLiteral("balance"), kStratificationSource, row.stratum, row.label, {}, {}, columnCodes[c],
                QStringLiteral("count"), QString::number(row.counts[c]));
        add(QStringLiteral("balance"), kStratificationSource, row.stratum, row.label, {}, {}, {},
            QStringLiteral("difference"), QString::number(row.difference));
    }
    return csv;
}

QJsonObject BaselineReport::toJson(const BaselineTable &table, const ReportContext &context)
{
    QStringList columnCodes;
    QJsonArray arms;
    for (const StatsArm &arm : table.arms) {
        columnCodes.append(arm.code);
        arms.append(QJsonObject { { QStringLiteral("code"), arm.code },
                                  { QStringLiteral("name"), arm.name },
                                  { QStringLiteral("participants"), arm.participants } });
    }
    columnCodes.append(QStringLiteral("total"));
    QJsonArray variables;
    for (const BaselineVariable &v : table.variables) {
        QJsonObject variable { { QStringLiteral("source"), v.source },
                               { QStringLiteral("code"), v.code },
                               { QStringLiteral("label"), v.label },
                               { QStringLiteral("unit"), v.unit },
                               { QStringLiteral("kind"),
                                 v.kind == BaselineVariable::Kind::Numeric ? QStringLiteral("numeric")
                                                                           : QStringLiteral("categorical") },
                               { QStringLiteral("multiple_choice"), v.multipleChoice } };
        QJsonObject byColumn;
        for (qsizetype c = 0; c < columnCodes.size(); ++c) {
            QJsonObject cell { { QStringLiteral("answered"), v.answered[c] },
                               { QStringLiteral("missing"), v.missing[c] } };
            if (v.kind == BaselineVariable::Kind::Numeric) {
                const NumericSummary &s = v.summaries[c];
                cell.insert(QStringLiteral("n"), s.n);
                cell.insert(QStringLiteral("mean"), StatsSupport::jsonNumber(s.mean));
                cell.insert(QStringLiteral("sd"), StatsSupport::jsonNumber(s.sd));
                cell.insert(QStringLiteral("median"), StatsSupport::jsonNumber(s.median));
                cell.insert(QStringLiteral("q1"), StatsSupport::jsonNumber(s.q1));
                cell.insert(QStringLiteral("q3"), StatsSupport::jsonNumber(s.q3));
                cell.insert(QStringLiteral("min"), StatsSupport::jsonNumber(s.minimum));
                cell.insert(QStringLiteral("max"), StatsSupport::jsonNumber(s.maximum));
            } else {
                QJsonArray levels;
                for (const BaselineLevel &level : v.levels) {
                    levels.append(QJsonObject {
                        { QStringLiteral("code"), level.code },
                        { QStringLiteral("label"), level.label },
                        { QStringLiteral("count"), level.counts[c] },
                        { QStringLiteral("percent"),
                          StatsSupport::jsonNumber(Descriptive::percent(level.counts[c], v.answered[c])) } });
                }
                cell.insert(QStringLiteral("levels"), levels);
            }
            byColumn.insert(columnCodes[c], cell);
        }
        variable.insert(QStringLiteral("columns"), byColumn);
        variables.append(variable);
    }
    QJsonArray balance;
    for (const BalanceRow &row : table.balance) {
        QJsonObject counts;
        for (qsizetype c = 0; c < columnCodes.size(); ++c)
            counts.insert(columnCodes[c], row.counts[c]);
        balance.append(QJsonObject { { QStringLiteral("stratum"), row.stratum },
                                     { QStringLiteral("label"), row.label },
                                     { QStringLiteral("counts"), counts },
                                     { QStringLiteral("difference"), row.difference } });
    }
    return context.withProvenance(QJsonObject {
        { QStringLiteral("report"), QStringLiteral("baseline") },
        { QStringLiteral("title"), title() },
        { QStringLiteral("note"), StatsSupport::descriptiveNote() },
        { QStringLiteral("visit"), table.visitCode },
        { QStringLiteral("quantile_type"), 7 },
        { QStringLiteral("arms"), arms },
        { QStringLiteral("total"), table.total },
        { QStringLiteral("variables"), variables },
        { QStringLiteral("balance"), balance },
    });
}

core::Status BaselineReport::write(const BaselineTable &table, const ReportContext &context, StatsFormat format,
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
