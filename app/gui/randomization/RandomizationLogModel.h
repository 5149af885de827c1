#pragma once

#include "core/enrollment/Randomization.h"

#include <QAbstractTableModel>
#include <QHash>

namespace trialdesk::gui {

// The randomization log's entries as a table; entries that fail verification (wrong arm for their
// position, duplicates) are painted red with the problem as tooltip.
class RandomizationLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        UserColumn,
        StudyIdColumn,
        StratumColumn,
        SequenceColumn,
        BlockColumn,
        ArmColumn,
        VerificationColumn,
        ColumnCount
    };

    explicit RandomizationLogModel(QObject *parent = nullptr);

    void setEntries(const QList<core::RandomizationLogEntry> &entries, const QHash<QString, QString> &armNames);
    const core::RandomizationLogEntry &entry(int row) const { return m_entries.at(row); }
    static bool flagged(const core::RandomizationLogEntry &entry);
    // The text shown in a cell (also used by the PDF export, so both say the same).
    static QString cellText(const core::RandomizationLogEntry &entry, int column,
                            const QHash<QString, QString> &armNames);
    static QString columnTitle(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QList<core::RandomizationLogEntry> m_entries;
    QHash<QString, QString> m_armNames;
};

} // namespace trialdesk::gui
