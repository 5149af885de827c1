#include "core/reporting/AnalysisData.h"

#include "core/reporting/DataCut.h"
#include "core/sql/SqlUtil.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace trialdesk::core::reporting {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::StatsSupport)
};

// SQL condition on a participant id column: randomized and not randomized in error. Such
// participants never belonged to the trial and are left out of every statistical report.
QString inTrialCondition(const QString &participantIdColumn)
{
    return QStringLiteral("%1 NOT IN (SELECT e.participant_id FROM participant_events e "
                          "WHERE e.event_type = 'randomized-in-error')")
        .arg(participantIdColumn);
}

// A forward-only query over one index range, its codes bound in order.
Result<QSqlQuery> readRange(QSqlDatabase &db, const QString &sql, const QStringList &codes)
{
    QVariantList values;
    for (const QString &code : codes)
        values.append(code);
    return execList(db, sql, values, Tr::tr("Could not read the item values for the report."));
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

Result<QList<ValueCount>> readValueCounts(QSqlDatabase &db, const QStringList &visitCodes, const QStringList &formCodes,
                                          const QStringList &itemCodes)
{
    if (visitCodes.isEmpty() || formCodes.isEmpty() || itemCodes.isEmpty())
        return QList<ValueCount>();
    // Four reads, each one range of a narrow index (migration 7), joined here in memory: a join in
    // SQL looks each value's entry, visit and randomization up in rows scattered over the whole
    // file, which at 10 million values takes seconds where these reads take a fraction of one.

    // Participants in the trial and their arms.
    QStringList arms;
    QHash<qint64, qint32> armOf;
    {
        auto query = exec(db,
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
                                   .arg(placeholders(visitCodes.size())),
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
                                   .arg(placeholders(formCodes.size())),
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
                                   .arg(placeholders(itemCodes.size())),
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

Result<QList<StratumCount>> readStrata(QSqlDatabase &db)
{
    auto query = exec(db,
                      QStringLiteral("SELECT r.arm, p.stratum_values, COUNT(*) FROM randomizations r "
                                     "JOIN participants p ON p.id = r.participant_id WHERE ")
                          + inTrialCondition(QStringLiteral("r.participant_id"))
                          + QStringLiteral(" GROUP BY r.arm, p.stratum_values"));
    if (!query)
        return query.error();
    QList<StratumCount> strata;
    while (query->next())
        strata.append({ query->value(0).toString(), query->value(1).toString(), query->value(2).toLongLong() });
    return strata;
}

Result<QList<VisitCount>> readVisits(QSqlDatabase &db)
{
    // Window ends of planned visits stay in the grouping: whether a visit is overdue depends on each
    // site's date at the data cut, which SQL cannot know portably.
    auto query = exec(db,
                      QStringLiteral("SELECT r.arm, v.visit_code, v.site_code, v.status, v.out_of_window, "
                                     "CASE WHEN v.status = 'planned' THEN v.window_end ELSE '' END, COUNT(*) "
                                     "FROM visits v JOIN randomizations r ON r.participant_id = v.participant_id "
                                     "WHERE v.arm_specific = 0 AND ")
                          + inTrialCondition(QStringLiteral("v.participant_id"))
                          + QStringLiteral(" GROUP BY r.arm, v.visit_code, v.site_code, v.status, v.out_of_window, "
                                           "CASE WHEN v.status = 'planned' THEN v.window_end ELSE '' END"));
    if (!query)
        return query.error();
    QList<VisitCount> counts;
    while (query->next())
        counts.append({ query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                        query->value(3).toString(), query->value(4).toLongLong() != 0, query->value(5).toString(),
                        query->value(6).toLongLong() });
    return counts;
}

} // namespace

Result<AnalysisData> AnalysisData::read(const DataCut &cut, const AnalysisRequest &request)
{
    if (Status allowed = cut.requirePurpose({ CutPurpose::ByArmStatistics }, QStringLiteral("AnalysisData")); !allowed)
        return allowed.error();
    QSqlDatabase &db = cut.session().database();
    AnalysisData data;
    if (request.strata) {
        auto strata = readStrata(db);
        if (!strata)
            return strata.error();
        data.strata = std::move(strata).value();
    }
    if (request.visits) {
        auto visits = readVisits(db);
        if (!visits)
            return visits.error();
        data.visits = std::move(visits).value();
    }
    auto values = readValueCounts(db, request.visitCodes, request.formCodes, request.itemCodes);
    if (!values)
        return values.error();
    data.values = std::move(values).value();
    return data;
}

} // namespace trialdesk::core::reporting
