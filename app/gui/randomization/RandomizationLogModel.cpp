#include "app/gui/randomization/RandomizationLogModel.h"

#include "reports/RandomizationReport.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace trialdesk::gui {

RandomizationLogModel::RandomizationLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RandomizationLogModel::setEntries(const QList<core::RandomizationLogEntry> &entries,
                                       const QHash<QString, QString> &armNames)
{
    beginResetModel();
    m_entries = entries;
    m_armNames = armNames;
    endResetModel();
}

bool RandomizationLogModel::flagged(const core::RandomizationLogEntry &entry)
{
    return reports::RandomizationReport::flagged(entry); // the screen flags what the report flags
}

QString RandomizationLogModel::cellText(const core::RandomizationLogEntry &entry, int column,
                                        const QHash<QString, QString> &armNames)
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(entry.randomizedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return entry.randomizedBy;
    case StudyIdColumn:
        return entry.inError ? tr("%1 (in error)").arg(entry.studyId) : entry.studyId;
    case StratumColumn:
        return tr("%1 (#%2, design v%3)").arg(entry.stratumLabel).arg(entry.stratumIndex).arg(entry.designVersion);
    case SequenceColumn:
        return QString::number(entry.sequence);
    case BlockColumn:
        return tr("%1 (size %2, position %3)").arg(entry.blockNumber).arg(entry.blockSize).arg(entry.positionInBlock);
    case ArmColumn: {
        const QString name = armNames.value(entry.armCode);
        return name.isEmpty() || name == entry.armCode ? entry.armCode
                                                       : QStringLiteral("%1 — %2").arg(entry.armCode, name);
    }
    case VerificationColumn:
        if (!flagged(entry))
            return tr("✔ verified");
        if (!entry.problem.isEmpty())
            return QStringLiteral("✘ ") + entry.problem;
        if (entry.duplicate)
            return tr("✘ duplicate position");
        return tr("✘ the stream gives %1").arg(entry.expectedArm);
    default:
        return {};
    }
}

QString RandomizationLogModel::columnTitle(int column)
{
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case StudyIdColumn:
        return tr("Study ID");
    case StratumColumn:
        return tr("Stratum");
    case SequenceColumn:
        return tr("Sequence");
    case BlockColumn:
        return tr("Block");
    case ArmColumn:
        return tr("Arm");
    case VerificationColumn:
        return tr("Verification");
    default:
        return {};
    }
}

int RandomizationLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RandomizationLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RandomizationLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const core::RandomizationLogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(entry, index.column(), m_armNames);
    case Qt::ForegroundRole:
        if (flagged(entry))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == VerificationColumn)
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        return {};
    case Qt::BackgroundRole:
        return flagged(entry) ? QVariant(QBrush(QColor(0xfd, 0xe7, 0xe9))) : QVariant();
    case Qt::ToolTipRole:
        return flagged(entry) ? cellText(entry, VerificationColumn, m_armNames) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SequenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant RandomizationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

void RandomizationLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_entries.size()) - 1, ColumnCount - 1));
}

} // namespace trialdesk::gui
