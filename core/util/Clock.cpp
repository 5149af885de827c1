#include "core/util/Clock.h"

#include <QTimeZone>

namespace trialdesk::core {

namespace {
class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QString Clock::format(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QDateTime Clock::parse(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (parsed.isValid())
        parsed = parsed.toUTC();
    return parsed;
}

} // namespace trialdesk::core
