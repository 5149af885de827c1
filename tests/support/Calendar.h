#pragma once

#include <QByteArray>
#include <QMap>

namespace trialdesk::test {

// The UID of every event of an iCalendar file by its SUMMARY ("<study ID> <visit code>"): how the
// calendar tests compare exports without a calendar library.
inline QMap<QByteArray, QByteArray> icsUidsBySummary(const QByteArray &calendar)
{
    QMap<QByteArray, QByteArray> uids;
    QByteArray uid;
    for (const QByteArray &raw : calendar.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("UID:"))
            uid = line.mid(4);
        else if (line.startsWith("SUMMARY:"))
            uids.insert(line.mid(8), uid);
    }
    return uids;
}

} // namespace trialdesk::test
