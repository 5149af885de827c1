#include "StatsSupport.h"

#include "ReportFiles.h"
#include "sql/SqlUtil.h"
#include "workspace/TrialSession.h"

#include <QDir>
#include <QHash>
#include <QSqlQuery>

#include <cmath>

namespace trialdesk::reports {

core::Status StatsSupport::requireByArm(core::TrialSession &session, const QString &reportName)
{
    if (!session.can(core::Action::ReportView) || !session.can(core::Action::ReportByArm))
        return core::makeError(
            core::ErrorCode::PermissionDenied,
            tr("The %1 report shows results by arm, which your role (%2) may not see. Ask the trial's "
               "statistician or an unblinded investigator for it.")
                .arg(reportName, core::roleDisplayName(session.role())));
    return {};
}

QString StatsSupport::inTrialCondition(const QString &participantIdColumn)
{
    return QStringLiteral("%1 NOT IN (SELECT e.participant_id FROM participant_events e "
                          "WHERE e.event_type = 'randomized-in-error')")
        .arg(participantIdColumn);
}

QList<StatsArm> StatsSupport::armsOf(const core::Protocol &protocol)
{
    QList<StatsArm> arms;
    for (const core::ProtocolArm &arm : protocol.arms)
        arms.append({ arm.code, arm.name.current(), 0 });
    return arms;
}

namespace {

// A forward-only query over one index range, its codes bound in order.
core::Result<QSqlQuery> readRange(QSqlDatabase &db, const QString &sql, const QStringList &codes)
{
    QVariantList values;
    for (const QString &code : codes)
        values.append(code);
    return core::execList(db, sql, values, StatsSupport::tr("Could not read the item values for the report."));
}

// One counted cell: indexes into the arm, visit, form and item lists, and the value.
struct CellKey
{
    qint32 arm = 0;
    qint32 visit = 0;
    qint32 form = 0;
    qint32 item = 0;
    QString value;
    bool operator==(const CellKey &other) const = default;
};

size_t qHash(const CellKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.arm, key.visit, key.form, key.item, key.value);
}

// What a counted entry contributes to: its participant's arm, its visit and its form.
struct EntryPlace
{
    qint32 arm = 0;
    qint32 visit = 0;
    qint32 form = 0;
};

} // namespace

core::Result<QList<ValueCount>> StatsSupport::fetchValueCounts(core::TrialSession &session,
                                                               const QStringList &visitCodes,
                                                               const QStringList &formCodes,
                                                               const QStringList &itemCodes)
{
    if (visitCodes.isEmpty() || formCodes.isEmpty() || itemCodes.isEmpty())
        return QList<ValueCount>();
    QSqlDatabase &db = session.database();
    // Four reads, each one range of a narrow index (migration 7), joined here in memory: a join in
    // SQL looks each value's entry, visit and randomization up in rows scattered over the whole
    // file, which at 10 million values takes seconds where these reads take a fraction of one.

    // Participants in the trial and their arms.
    QStringList arms;
    QHash<qint64, qint32> armOf;
    {
        auto query = core::exec(db,
                                QStringLiteral("SELECT participant_id, arm FROM randomizations WHERE ")
                                    + inTrialCondition(QStringLiteral("participant_id")));
        if (!query)
            return query.error();
        while (query->next()) {
            const QString arm = query->value(1).toString();
            qsizetype index = arms.indexOf(arm);
            if (index < 0) {
                index = arms.size();
                arms.append(arm);
            }
            armOf.insert(query->value(0).toLongLong(), qint32(index));
        }
    }
    // The visits asked for (not those of one arm only).
    QHash<qint64, qint32> visitOf;
    {
        auto query = readRange(db,
                               QStringLiteral("SELECT id, visit_code FROM visits WHERE visit_code IN (%1) AND "
                                              "arm_specific = 0")
                                   .arg(core::placeholders(visitCodes.size())),
                               visitCodes);
        if (!query)
            return query.error();
        while (query->next())
            visitOf.insert(query->value(0).toLongLong(), qint32(visitCodes.indexOf(query->value(1).toString())));
    }
    // The entries that count: done (not drafts), first instance, not intervention-only, at one of
    // those visits, of a participant in the trial.
    QHash<qint64, EntryPlace> entries;
    {
        auto query = readRange(db,
                               QStringLiteral("SELECT id, form_code, visit_id, participant_id FROM form_entries "
                                              "WHERE form_code IN (%1) AND state <> 'draft' AND instance = 1 AND "
                                              "arm_specific = 0")
                                   .arg(core::placeholders(formCodes.size())),
                               formCodes);
        if (!query)
            return query.error();
        while (query->next()) {
            const auto visit = visitOf.constFind(query->value(2).toLongLong());
            const auto arm = armOf.constFind(query->value(3).toLongLong());
            if (visit == visitOf.cend() || arm == armOf.cend())
                continue;
            entries.insert(query->value(0).toLongLong(),
                           { *arm, *visit, qint32(formCodes.indexOf(query->value(1).toString())) });
        }
    }
    // The values of the items asked for, counted per arm, visit, form, item and value.
    QHash<CellKey, qint64> cells;
    {
        auto query = readRange(db,
                               QStringLiteral("SELECT item_code, entry_id, value FROM item_values WHERE item_code IN "
                                              "(%1) AND value IS NOT NULL AND value <> ''")
                                   .arg(core::placeholders(itemCodes.size())),
                               itemCodes);
        if (!query)
            return query.error();
        QString lastItem;
        qint32 item = -1;
        while (query->next()) {
            const auto entry = entries.constFind(query->value(1).toLongLong());
            if (entry == entries.cend())
                continue;
            const QString itemCode = query->value(0).toString();
            if (item < 0 || itemCode != lastItem) {
                lastItem = itemCode;
                item = qint32(itemCodes.indexOf(itemCode));
            }
            ++cells[CellKey { entry->arm, entry->visit, entry->form, item, query->value(2).toString() }];
        }
    }
    QList<ValueCount> counts;
    counts.reserve(cells.size());
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const CellKey &key = it.key();
        counts.append(
            { arms[key.arm], visitCodes[key.visit], formCodes[key.form], itemCodes[key.item], key.value, it.value() });
    }
    return counts;
}

std::optional<StatsFormat> StatsSupport::formatFromName(const QString &name)
{
    if (name == QLatin1String("pdf"))
        return StatsFormat::Pdf;
    if (name == QLatin1String("csv"))
        return StatsFormat::Csv;
    if (name == QLatin1String("json"))
        return StatsFormat::Json;
    return std::nullopt;
}

QString StatsSupport::number(double value, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("\u2013");
    // Avoid printing "-0.0" for tiny negative values rounded to zero.
    const double rounded = std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    return locale.toString(rounded == 0 ? 0.0 : rounded, 'f', decimals);
}

QString StatsSupport::countPercent(qint64 count, qint64 total, const QLocale &locale)
{
    const double share = total > 0 ? 100.0 * double(count) / double(total) : std::nan("");
    //: A count and its percentage in a table cell, e.g. "12 (40.0%)".
    return tr("%1 (%2%)").arg(locale.toString(count), number(share, 1, locale));
}

QJsonValue StatsSupport::jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QString StatsSupport::csvNumber(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 15) : QString();
}

core::Status StatsSupport::writeFile(const QString &path, const QByteArray &bytes)
{
    return ReportFiles::save(path, bytes);
}

QString StatsSupport::descriptiveNote()
{
    return tr("Descriptive summary of the data entered so far, not the trial's analysis.");
}

} // namespace trialdesk::reports
