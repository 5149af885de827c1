#include "app/gui/visits/VisitTimelineWidget.h"

#include "app/gui/visits/VisitActions.h"
#include "app/gui/visits/VisitDisplay.h"
#include "app/gui/visits/VisitTableModel.h"
#include "app/gui/visits/VisitWorksheetPdf.h"
#include "core/util/Clock.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace trialdesk::gui {

VisitTimelineWidget::VisitTimelineWidget(core::TrialSession &session, const QString &studyId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_studyId(studyId)
    , m_model(new VisitTableModel(this))
    , m_visitsLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_formsLabel(new QLabel(this))
    , m_forms(new QListWidget(this))
    , m_complete(new QPushButton(this))
    , m_miss(new QPushButton(this))
    , m_reschedule(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("visitTimeline"));
    m_table->setObjectName(QStringLiteral("visitTable"));
    m_forms->setObjectName(QStringLiteral("formsList"));
    m_complete->setObjectName(QStringLiteral("completeVisitButton"));
    m_miss->setObjectName(QStringLiteral("missVisitButton"));
    m_reschedule->setObjectName(QStringLiteral("rescheduleVisitButton"));
    m_print->setObjectName(QStringLiteral("printWorksheetButton"));
    m_message->setObjectName(QStringLiteral("visitMessageLabel"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column : { VisitTableModel::StudyIdColumn, VisitTableModel::DayColumn, VisitTableModel::DaysLateColumn })
        m_table->setColumnHidden(column, true);
    m_table->setColumnWidth(VisitTableModel::VisitColumn, 220);
    m_table->setColumnWidth(VisitTableModel::WindowColumn, 190);
    m_visitsLabel->setBuddy(m_table);
    m_formsLabel->setBuddy(m_forms);
    m_forms->setMaximumHeight(m_forms->fontMetrics().height() * 5);
    m_message->setWordWrap(true);
    const bool manage = m_session.can(core::Action::VisitManage);
    for (QPushButton *button : { m_complete, m_miss, m_reschedule })
        button->setEnabled(manage);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_complete);
    buttons->addWidget(m_miss);
    buttons->addWidget(m_reschedule);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_visitsLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_formsLabel);
    layout->addWidget(m_forms);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    // Both: the view moves the current row before it selects it.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitTimelineWidget::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VisitTimelineWidget::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VisitTimelineWidget::selectionChanged);
    connect(m_forms, &QListWidget::itemActivated, this, &VisitTimelineWidget::formActivated);
    connect(m_complete, &QPushButton::clicked, this, &VisitTimelineWidget::completeSelected);
    connect(m_miss, &QPushButton::clicked, this, &VisitTimelineWidget::missSelected);
    connect(m_reschedule, &QPushButton::clicked, this, &VisitTimelineWidget::rescheduleSelected);
    connect(m_print, &QPushButton::clicked, this, &VisitTimelineWidget::printWorksheet);
    retranslate();
    reload();
}

void VisitTimelineWidget::reload()
{
    const QString current = selectedVisit() ? selectedVisit()->visitCode : QString();
    core::Result<QList<core::VisitRow>> visits = core::VisitService(m_session).timeline(m_studyId);
    if (!visits.ok()) {
        m_model->setRows({}, QDate());
        showMessage(visits.error().message, true);
        return;
    }
    const QList<core::VisitRow> rows = std::move(visits).value();
    const QString site = rows.isEmpty() ? m_session.user().siteCode : rows.first().siteCode;
    m_model->setRows(rows, VisitDisplay::siteToday(m_session, site));
    if (!current.isEmpty())
        selectVisit(current);
}

QString VisitTimelineWidget::messageText() const
{
    return m_message->text();
}

const core::VisitRow *VisitTimelineWidget::selectedVisit() const
{
    // Single selection of rows: any selected cell names the row (hidden columns may be unselected).
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? nullptr : &m_model->row(selected.first().row());
}

bool VisitTimelineWidget::selectVisit(const QString &visitCode)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->row(row).visitCode == visitCode) {
            m_table->selectRow(row);
            m_table->setCurrentIndex(m_model->index(row, VisitTableModel::VisitColumn));
            return true;
        }
    return false;
}

void VisitTimelineWidget::selectionChanged()
{
    const core::VisitRow *visit = selectedVisit();
    const bool allowed = visit && VisitActions::allowed(m_session, *visit);
    m_complete->setEnabled(allowed);
    m_miss->setEnabled(allowed);
    m_reschedule->setEnabled(allowed);
    m_forms->clear();
    if (!visit)
        return;
    for (const QString &form : visit->forms) {
        auto *item = new QListWidgetItem(VisitDisplay::formName(form), m_forms);
        item->setData(Qt::UserRole, form);
        item->setToolTip(tr("Press Enter or double-click to enter this form for the visit."));
    }
}

void VisitTimelineWidget::formActivated(QListWidgetItem *item)
{
    const core::VisitRow *visit = selectedVisit();
    if (!visit || !item)
        return;
    emit formRequested(m_studyId, visit->visitCode, item->data(Qt::UserRole).toString());
}

void VisitTimelineWidget::completeSelected()
{
    const core::VisitRow *visit = selectedVisit();
    const QString refusal = VisitActions::refusal(m_session, visit);
    if (!refusal.isEmpty()) {
        showMessage(refusal, true);
        return;
    }
    const core::VisitRow chosen = *visit;
    afterAction(VisitActions::complete(m_session, chosen, this));
}

void VisitTimelineWidget::missSelected()
{
    const core::VisitRow *visit = selectedVisit();
    const QString refusal = VisitActions::refusal(m_session, visit);
    if (!refusal.isEmpty()) {
        showMessage(refusal, true);
        return;
    }
    const core::VisitRow chosen = *visit;
    afterAction(VisitActions::miss(m_session, chosen, this));
}

void VisitTimelineWidget::rescheduleSelected()
{
    const core::VisitRow *visit = selectedVisit();
    const QString refusal = VisitActions::refusal(m_session, visit);
    if (!refusal.isEmpty()) {
        showMessage(refusal, true);
        return;
    }
    const core::VisitRow chosen = *visit;
    afterAction(VisitActions::reschedule(m_session, chosen, this));
}

void VisitTimelineWidget::afterAction(bool changed)
{
    if (!changed)
        return;
    reload();
    showMessage(tr("Recorded."), false);
    emit visitsChanged();
}

core::Status VisitTimelineWidget::exportWorksheetTo(const QString &path)
{
    const core::VisitRow *visit = selectedVisit();
    core::Result<QList<VisitWorksheetPdf::Sheet>> sheets
        = VisitWorksheetPdf::forParticipant(m_session, m_studyId, visit ? visit->visitCode : QString());
    if (!sheets.ok())
        return sheets.error();
    return VisitWorksheetPdf::write(sheets.value(), VisitWorksheetPdf::headerFor(m_session), path);
}

void VisitTimelineWidget::printWorksheet()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("worksheet-%1.pdf").arg(m_studyId));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the visit worksheet"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = exportWorksheetTo(path);
    QApplication::restoreOverrideCursor();
    if (!status.ok())
        showMessage(status.error().message, true);
    else
        showMessage(tr("Worksheet saved to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void VisitTimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VisitTimelineWidget::retranslate()
{
    m_visitsLabel->setText(tr("&Visits"));
    m_formsLabel->setText(tr("Expected &forms of the selected visit (Enter opens the form):"));
    m_complete->setText(tr("Com&plete visit…"));
    m_miss->setText(tr("Mi&ssed…"));
    m_reschedule->setText(tr("Resc&hedule…"));
    m_print->setText(tr("Print wor&ksheet…"));
    m_model->retranslate();
}

void VisitTimelineWidget::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
    m_message->setText(text);
}

} // namespace trialdesk::gui
