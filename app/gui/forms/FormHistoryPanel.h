#pragma once

#include "core/data/FormEntry.h"
#include "forms/FormDefinition.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace trialdesk::gui {

// Every value change of one form entry, from the audit trail: when, who, item, old and new value
// (as people read them, the stored text in the tool tip), the reason and what the change was.
class FormHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, ItemColumn, OldColumn, NewColumn, ReasonColumn, ActionColumn, ColumnCount };

    explicit FormHistoryPanel(QWidget *parent = nullptr);

    void setChanges(const forms::FormDefinition &definition, const QList<core::ValueChange> &changes);
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    QString valueText(const QString &itemCode, const std::optional<QString> &stored) const;
    QString actionText(const QString &action) const;

    forms::FormDefinition m_definition;
    QList<core::ValueChange> m_changes;
    QLabel *m_label;
    QTableWidget *m_table;
};

} // namespace trialdesk::gui
