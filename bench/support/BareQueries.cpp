#include "bench/support/BareQueries.h"

#include "bench/support/BenchTools.h"

#include <QStringList>

namespace trialdesk::bench {

qint64 consortBare(QSqlDatabase &db)
{
    return bare(db, QStringLiteral("SELECT s.outcome, COUNT(*) FROM screenings s GROUP BY s.outcome"))
        + bare(db, QStringLiteral("SELECT arm, COUNT(*) FROM randomizations GROUP BY arm"))
        + bare(db,
               QStringLiteral("SELECT e.event_type, r.arm, COUNT(*) FROM participant_events e JOIN "
                              "randomizations r ON r.participant_id = e.participant_id GROUP BY e.event_type, "
                              "r.arm"))
        + bare(db,
               QStringLiteral("SELECT r.arm, v.status, COUNT(*) FROM randomizations r JOIN visits v ON "
                              "v.participant_id = r.participant_id WHERE v.visit_code IN (?, ?) GROUP BY r.arm, "
                              "v.visit_code, v.status"),
               { QStringLiteral("PP_FIRST"), QStringLiteral("M6") });
}

qint64 recruitmentBare(QSqlDatabase &db)
{
    return bare(db,
                QStringLiteral("SELECT p.site_code, SUBSTR(r.randomized_at, 1, 7), COUNT(*) FROM "
                               "randomizations r JOIN participants p ON p.id = r.participant_id GROUP BY "
                               "p.site_code, SUBSTR(r.randomized_at, 1, 7)"))
        + bare(db, QStringLiteral("SELECT site_code, COUNT(*) FROM screenings GROUP BY site_code"));
}

QString inTrial(const QString &participantColumn)
{
    return QStringLiteral("%1 NOT IN (SELECT e.participant_id FROM participant_events e "
                          "WHERE e.event_type = 'randomized-in-error')")
        .arg(participantColumn);
}

QString formValueCountsSql(const QString &filter)
{
    return QStringLiteral("SELECT r.arm, v.visit_code, fe.form_code, iv.item_code, iv.value, COUNT(*) "
                          "FROM form_entries fe JOIN visits v ON v.id = fe.visit_id "
                          "JOIN randomizations r ON r.participant_id = fe.participant_id "
                          "JOIN item_values iv ON iv.entry_id = fe.id "
                          "WHERE fe.state <> 'draft' AND fe.instance = 1 AND fe.arm_specific = 0 AND "
                          "v.arm_specific = 0 AND iv.value IS NOT NULL AND iv.value <> '' AND %1 %2 "
                          "GROUP BY r.arm, v.visit_code, fe.form_code, iv.item_code, iv.value")
        .arg(inTrial(QStringLiteral("fe.participant_id")), filter);
}

qint64 baselineBare(QSqlDatabase &db)
{
    return bare(db,
                QStringLiteral("SELECT r.arm, p.stratum_values, COUNT(*) FROM randomizations r JOIN participants "
                               "p ON p.id = r.participant_id WHERE %1 GROUP BY r.arm, p.stratum_values")
                    .arg(inTrial(QStringLiteral("r.participant_id"))))
        + bare(db, formValueCountsSql(QStringLiteral("AND v.visit_code = ? AND fe.form_code IN (?, ?)")),
               { QStringLiteral("BASELINE"), QStringLiteral("DEMOGRAPHICS"), QStringLiteral("CONDITIONS") });
}

qint64 visitsBare(QSqlDatabase &db, const QString &where, const QVariantList &values, int limit)
{
    const QString columns = QStringLiteral(
        "SELECT v.id, v.participant_id, p.study_id, v.site_code, v.visit_code, v.visit_order, v.protocol_version, "
        "v.arm_specific, v.target_date, v.window_start, v.window_end, v.status, v.actual_date, v.out_of_window, "
        "v.reason FROM visits v JOIN participants p ON p.id = v.participant_id WHERE ");
    const QString order = QStringLiteral(" ORDER BY v.target_date, v.participant_id, v.visit_order");
    if (limit <= 0)
        return bare(db, columns + where + order, values);
    QSqlQuery ids = runOrFail(
        db, QStringLiteral("SELECT v.id FROM visits v WHERE ") + where + order + QStringLiteral(" LIMIT %1").arg(limit),
        values);
    QStringList marks;
    QVariantList rowValues;
    while (ids.next()) {
        marks.append(QStringLiteral("?"));
        rowValues.append(ids.value(0));
    }
    ids.finish(); // a forward-only PostgreSQL result is read to its end before the next query
    if (marks.isEmpty())
        return 0;
    return bare(db, columns + QStringLiteral("v.id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'), rowValues);
}

qint64 todayBare(QSqlDatabase &db, const QString &site, const QDate &day, int page)
{
    const QString today = day.toString(Qt::ISODate);
    const QString planned = QStringLiteral("planned");
    return visitsBare(db, QStringLiteral("v.site_code = ? AND v.status = ? AND v.target_date = ?"),
                      { site, planned, today }, page)
        + visitsBare(db,
                     QStringLiteral("v.site_code = ? AND v.status = ? AND v.target_date > ? AND v.target_date <= ?"),
                     { site, planned, today, day.addDays(6).toString(Qt::ISODate) }, page)
        + visitsBare(db, QStringLiteral("v.site_code = ? AND v.status = ? AND v.target_date < ? AND v.window_end >= ?"),
                     { site, planned, today, today }, page)
        + visitsBare(db, QStringLiteral("v.site_code = ? AND v.status = ? AND v.window_end < ?"),
                     { site, planned, today }, page);
}

} // namespace trialdesk::bench
