#include "app/gui/forms/FormHistoryPanel.h"

#include "forms/FormValue.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trialdesk::gui {

FormHistoryPanel::FormHistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_label->setBuddy(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_table, 1);
    retranslate();
}

void FormHistoryPanel::setChanges(const forms::FormDefinition &definition, const QList<core::ValueChange> &changes)
{
    m_definition = definition;
    m_changes = changes;
    fill();
}

QString FormHistoryPanel::valueText(const QString &itemCode, const std::optional<QString> &stored) const
{
    if (!stored || stored->isEmpty())
        return tr("(empty)");
    static const QString missingPrefix = QStringLiteral("missing:");
    if (stored->startsWith(missingPrefix))
        return tr("Missing: %1").arg(forms::FormValue::missingCodeLabel(stored->mid(missingPrefix.size())));
    const forms::Item *item = m_definition.item(itemCode);
    return item ? forms::FormValue::display(*item, *stored) : *stored;
}

QString FormHistoryPanel::actionText(const QString &action) const
{
    if (action == QLatin1String("form.save"))
        return tr("Draft saved");
    if (action == QLatin1String("form.complete"))
        return tr("Completed");
    if (action == QLatin1String("form.edit"))
        return tr("Edited");
    if (action == QLatin1String("query.correct"))
        return tr("Corrected (data query)");
    return action;
}

void FormHistoryPanel::fill()
{
    m_table->setRowCount(static_cast<int>(m_changes.size()));
    for (int row = 0; row < m_changes.size(); ++row) {
        const core::ValueChange &change = m_changes.at(row);
        const forms::Item *item = m_definition.item(change.itemCode);
        auto set = [&](int column, const QString &text, const QString &toolTip = QString()) {
            auto *cell = new QTableWidgetItem(text);
            cell->setToolTip(toolTip.isEmpty() ? text : toolTip);
            m_table->setItem(row, column, cell);
        };
        set(WhenColumn, QLocale().toString(change.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            change.at.toString(Qt::ISODate));
        set(WhoColumn, change.username);
        set(ItemColumn, item ? item->label.current() : change.itemCode, change.itemCode);
        set(OldColumn, valueText(change.itemCode, change.oldValue), change.oldValue.value_or(QString()));
        set(NewColumn, valueText(change.itemCode, change.newValue), change.newValue.value_or(QString()));
        set(ReasonColumn, change.reason.value_or(QString()));
        set(ActionColumn, actionText(change.action), change.action);
    }
    m_table->resizeColumnsToContents();
}

void FormHistoryPanel::retranslate()
{
    m_label->setText(tr("Every change of a value, oldest first:"));
    m_table->setHorizontalHeaderLabels(
        { tr("When"), tr("Who"), tr("Item"), tr("Old value"), tr("New value"), tr("Reason"), tr("Change") });
}

void FormHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace trialdesk::gui
