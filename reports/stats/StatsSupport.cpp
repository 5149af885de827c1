#include "reports/stats/StatsSupport.h"

#include "reports/ReportFiles.h"

#include <QDir>

#include <cmath>

namespace trialdesk::reports {

QList<StatsArm> StatsSupport::armsOf(const core::Protocol &protocol)
{
    QList<StatsArm> arms;
    for (const core::ProtocolArm &arm : protocol.arms)
        arms.append({ arm.code, arm.name.current(), 0 });
    return arms;
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
