#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace trialdesk::core::reporting {

// One stored item value of an entry, as in item_values: the canonical value or a missing-data code.
struct ExportValue
{
    QString itemCode;
    QString value;
    QString missingCode;
};

// One form entry with its values, as the export query returns it (rows of one entry are adjacent,
// entries of one participant are adjacent).
struct ExportEntry
{
    qint64 participantId = 0;
    QString studyId;
    QString siteCode;
    QString arm; // empty when not randomized, or when the role may not see arms
    qint64 entryId = 0;
    QString visitCode; // empty = unscheduled
    QString visitDate; // actual date, YYYY-MM-DD, empty when not completed
    QString formCode;
    int formVersion = 0;
    int instance = 1;
    QString state;
    QList<ExportValue> values; // by item code
    QStringList identity; // identifying exports only: ExportEntryStream::identityColumns() order

    const ExportValue *value(const QString &itemCode) const
    {
        for (const ExportValue &candidate : values)
            if (candidate.itemCode == itemCode)
                return &candidate;
        return nullptr;
    }
};

} // namespace trialdesk::core::reporting
