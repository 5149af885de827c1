#include "app/gui/visits/VisitTableModel.h"

#include "app/gui/visits/VisitDisplay.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace trialdesk::gui {

VisitTableModel::VisitTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VisitTableModel::setRows(const QList<core::VisitRow> &rows, const QDate &asOf)
{
    beginResetModel();
    m_rows = rows;
    m_asOf = asOf;
    endResetModel();
}

void VisitTableModel::setPeriod(const QDate &from, const QDate &to)
{
    beginResetModel();
    m_from = from;
    m_to = to;
    endResetModel();
}

QDate VisitTableModel::dayOf(const core::VisitRow &visit) const
{
    if (visit.actualDate.isValid()
        && (!m_from.isValid() || !m_to.isValid() || (visit.actualDate >= m_from && visit.actualDate <= m_to)))
        return visit.actualDate;
    return visit.targetDate;
}

void VisitTableModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int VisitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VisitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VisitTableModel::cellText(const core::VisitRow &visit, int column) const
{
    switch (column) {
    case StudyIdColumn:
        return visit.studyId;
    case VisitColumn:
        return VisitDisplay::visitName(visit);
    case DayColumn:
        return VisitDisplay::date(dayOf(visit));
    case TargetColumn:
        return VisitDisplay::date(visit.targetDate);
    case WindowColumn:
        return VisitDisplay::window(visit);
    case StatusColumn:
        return VisitDisplay::status(visit);
    case ActualColumn:
        return VisitDisplay::date(visit.actualDate);
    case DaysLateColumn:
        return VisitDisplay::daysLateText(visit, m_asOf);
    case WindowFlagColumn:
        return VisitDisplay::windowFlag(visit, m_asOf);
    case ReasonColumn:
        return visit.reason;
    case FormsColumn:
        return VisitDisplay::forms(visit);
    default:
        return QString();
    }
}

QVariant VisitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::VisitRow &visit = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(visit, index.column());
    case Qt::ToolTipRole:
        if (index.column() == VisitColumn)
            return visit.visitCode;
        if (index.column() == ReasonColumn || index.column() == FormsColumn)
            return cellText(visit, index.column());
        return {};
    case Qt::ForegroundRole:
        // Colour only repeats what the status and flag columns already say in words.
        if (!VisitDisplay::windowFlag(visit, m_asOf).isEmpty())
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole:
        if (visit.primaryOutcome && index.column() == VisitColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLateColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString VisitTableModel::columnTitle(int column)
{
    switch (column) {
    case StudyIdColumn:
        return tr("Study ID");
    case VisitColumn:
        return tr("Visit");
    case DayColumn:
        return tr("Day");
    case TargetColumn:
        return tr("Target date");
    case WindowColumn:
        return tr("Window");
    case StatusColumn:
        return tr("Status");
    case ActualColumn:
        return tr("Actual date");
    case DaysLateColumn:
        return tr("Days late");
    case WindowFlagColumn:
        return tr("Window flag");
    case ReasonColumn:
        return tr("Reason");
    case FormsColumn:
        return tr("Expected forms");
    default:
        return QString();
    }
}

QVariant VisitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

} // namespace trialdesk::gui
