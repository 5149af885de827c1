#pragma once

#include "core/visits/Visit.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace trialdesk::gui {

// Visits as a read-only table. Each view shows the columns it needs and hides the others. There is
// no arm column and no schedule position: a blinded role's rows read the same as anyone's, with no
// gap in any numbering that would betray a hidden visit.
class VisitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StudyIdColumn,
        VisitColumn,
        DayColumn, // the agenda's day: the actual date when it falls in the period, else the target
        TargetColumn,
        WindowColumn,
        StatusColumn,
        ActualColumn,
        DaysLateColumn,
        WindowFlagColumn,
        ReasonColumn,
        FormsColumn,
        ColumnCount
    };

    explicit VisitTableModel(QObject *parent = nullptr);

    // asOf is the day "days late" and "window passed" are counted from.
    void setRows(const QList<core::VisitRow> &rows, const QDate &asOf);
    // The agenda's period (DayColumn); invalid dates = no period.
    void setPeriod(const QDate &from, const QDate &to);
    const core::VisitRow &row(int row) const { return m_rows.at(row); }
    const QList<core::VisitRow> &rows() const { return m_rows; }
    QDate asOf() const { return m_asOf; }
    QDate dayOf(const core::VisitRow &visit) const;
    QString cellText(const core::VisitRow &visit, int column) const;
    static QString columnTitle(int column);
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::VisitRow> m_rows;
    QDate m_asOf;
    QDate m_from;
    QDate m_to;
};

} // namespace trialdesk::gui
