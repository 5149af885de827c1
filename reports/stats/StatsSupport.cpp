#include "StatsSupport.h"

#include "sql/SqlUtil.h"
#include "workspace/TrialSession.h"

#include <QDir>
#include <QSaveFile>
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

core::Result<QList<ValueCount>> StatsSupport::fetchValueCounts(core::TrialSession &session,
                                                               const QStringList &visitCodes,
                                                               const QStringList &formCodes,
                                                               const QStringList &itemCodes)
{
    auto placeholders = [](qsizetype n) {
        QStringList marks;
        for (qsizetype i = 0; i < n; ++i)
            marks.append(QStringLiteral("?"));
        return marks.join(QLatin1Char(','));
    };
    QString sql = QStringLiteral("SELECT r.arm, v.visit_code, fe.form_code, iv.item_code, iv.value, COUNT(*) "
                                 "FROM form_entries fe "
                                 "JOIN visits v ON v.id = fe.visit_id "
                                 "JOIN randomizations r ON r.participant_id = fe.participant_id "
                                 "JOIN item_values iv ON iv.entry_id = fe.id "
                                 "WHERE fe.state <> 'draft' AND fe.instance = 1 AND fe.arm_specific = 0 "
                                 "AND v.arm_specific = 0 AND iv.value IS NOT NULL AND iv.value <> '' AND ")
        + inTrialCondition(QStringLiteral("fe.participant_id"));
    if (!visitCodes.isEmpty())
        sql += QStringLiteral(" AND v.visit_code IN (%1)").arg(placeholders(visitCodes.size()));
    if (!formCodes.isEmpty())
        sql += QStringLiteral(" AND fe.form_code IN (%1)").arg(placeholders(formCodes.size()));
    if (!itemCodes.isEmpty())
        sql += QStringLiteral(" AND iv.item_code IN (%1)").arg(placeholders(itemCodes.size()));
    sql += QStringLiteral(" GROUP BY r.arm, v.visit_code, fe.form_code, iv.item_code, iv.value");

    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return core::storageError(tr("Could not read the item values for the report."), query);
    for (const QStringList *codes : { &visitCodes, &formCodes, &itemCodes }) {
        for (const QString &code : *codes)
            query.addBindValue(code);
    }
    if (!query.exec())
        return core::storageError(tr("Could not read the item values for the report."), query);
    QList<ValueCount> counts;
    while (query.next()) {
        counts.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong() });
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return core::makeError(core::ErrorCode::Storage,
                               tr("Could not write %1: %2. Check the folder exists and you may write to it.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString StatsSupport::descriptiveNote()
{
    return tr("Descriptive summary of the data entered so far, not the trial's analysis.");
}

} // namespace trialdesk::reports
