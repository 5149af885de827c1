#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace trialdesk::core {

// CSV as RFC 4180 writes fields (quoted when they hold a comma, a quote, CR or LF; quotes doubled),
// UTF-8, lines ending with LF as the spec's vectors do.
class Csv
{
public:
    static QByteArray field(const QString &value);
    static QByteArray line(const QStringList &fields);
};

} // namespace trialdesk::core
