#pragma once

#include <QByteArray>
#include <QByteArrayList>
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

// The lines of an iCalendar file that carry something a person wrote or a date that was entered:
// every line except the UIDs, which are keyed hex hashes where a run of digits such as a birth year
// turns up by chance. The tests look for identifying data in these lines only.
inline QByteArrayList icsLinesWithoutUids(const QByteArray &calendar)
{
    QByteArrayList lines;
    for (const QByteArray &line : calendar.split('\n'))
        if (!line.startsWith("UID:"))
            lines.append(line);
    return lines;
}

} // namespace trialdesk::test
