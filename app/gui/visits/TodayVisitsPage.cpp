#include "app/gui/visits/TodayVisitsPage.h"

#include "app/gui/participants/ParticipantOverlay.h"
#include "app/gui/participants/ParticipantPage.h"
#include "app/gui/visits/VisitActions.h"
#include "app/gui/visits/VisitDisplay.h"
#include "app/gui/visits/VisitTableModel.h"
#include "app/gui/visits/VisitWorksheetPdf.h"
#include "core/services/SiteService.h"
#include "core/util/Clock.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace trialdesk::gui {

namespace {
const char *const kListNames[] = { "dueToday", "dueThisWeek", "overdue", "outOfWindow" };
} // namespace

TodayVisitsPage::TodayVisitsPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new ParticipantOverlay(session, this))
    , m_listPage(new QWidget(m_stack))
    , m_heading(new QLabel(m_listPage))
    , m_siteLabel(new QLabel(m_listPage))
    , m_site(new QComboBox(m_listPage))
    , m_asOfLabel(new QLabel(m_listPage))
    , m_asOf(new QDateEdit(m_listPage))
    , m_today(new QPushButton(m_listPage))
    , m_refresh(new QPushButton(m_listPage))
    , m_complete(new QPushButton(m_listPage))
    , m_miss(new QPushButton(m_listPage))
    , m_reschedule(new QPushButton(m_listPage))
    , m_open(new QPushButton(m_listPage))
    , m_print(new QPushButton(m_listPage))
    , m_message(new QLabel(m_listPage))
{
    setObjectName(QStringLiteral("todayPage"));
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_complete->setObjectName(QStringLiteral("completeVisitButton"));
    m_miss->setObjectName(QStringLiteral("missVisitButton"));
    m_reschedule->setObjectName(QStringLiteral("rescheduleVisitButton"));
    m_open->setObjectName(QStringLiteral("openParticipantButton"));
    m_print->setObjectName(QStringLiteral("printWorksheetButton"));
    m_message->setObjectName(QStringLiteral("messageLabel"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    // An account tied to a site sees that site only; the others may look at one site or all.
    const QString ownSite = m_session.user().siteCode;
    if (ownSite.isEmpty()) {
        m_site->addItem(QString(), QString());
        const core::Result<QList<core::Site>> sites = core::SiteService(m_session).list();
        if (sites.ok())
            for (const core::Site &site : sites.value())
                m_site->addItem(site.code, site.code);
    } else {
        m_site->addItem(ownSite, ownSite);
        m_site->setEnabled(false);
    }
    m_siteLabel->setBuddy(m_site);
    m_asOfLabel->setBuddy(m_asOf);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(VisitDisplay::dateEditFormat());
    m_asOf->setDate(VisitDisplay::siteToday(m_session, siteCode()));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_siteLabel);
    filters->addWidget(m_site, 1);
    filters->addWidget(m_asOfLabel);
    filters->addWidget(m_asOf);
    filters->addWidget(m_today);
    filters->addWidget(m_refresh);

    auto *lists = new QGridLayout;
    for (int list = 0; list < ListCount; ++list) {
        auto *group = new QGroupBox(m_listPage);
        auto *table = new QTableView(group);
        auto *model = new VisitTableModel(this);
        group->setObjectName(QLatin1String(kListNames[list]) + QStringLiteral("Group"));
        table->setObjectName(QLatin1String(kListNames[list]) + QStringLiteral("Table"));
        table->setModel(model);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setTabKeyNavigation(false);
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->horizontalHeader()->setStretchLastSection(true);
        for (int column = 0; column < VisitTableModel::ColumnCount; ++column)
            table->setColumnHidden(column,
                                   column != VisitTableModel::StudyIdColumn && column != VisitTableModel::VisitColumn
                                       && column != VisitTableModel::TargetColumn
                                       && column != VisitTableModel::WindowColumn
                                       && column != VisitTableModel::DaysLateColumn);
        table->setColumnWidth(VisitTableModel::VisitColumn, 200);
        table->setColumnWidth(VisitTableModel::WindowColumn, 180);
        auto *more = new QPushButton(group);
        more->setObjectName(QLatin1String(kListNames[list]) + QStringLiteral("MoreButton"));
        more->setVisible(false);
        auto *groupLayout = new QVBoxLayout(group);
        groupLayout->addWidget(table);
        groupLayout->addWidget(more, 0, Qt::AlignRight);
        m_more[list] = more;
        connect(more, &QPushButton::clicked, this, [this, list] { showAll(static_cast<List>(list)); });
        lists->addWidget(group, list / 2, list % 2);
        m_groups[list] = group;
        m_tables[list] = table;
        m_models[list] = model;
        // Both: the view moves the current row before it selects it.
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this, list] { rowChosen(static_cast<List>(list)); });
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, list] { rowChosen(static_cast<List>(list)); });
        connect(table, &QTableView::activated, this, &TodayVisitsPage::openSelected);
    }

    const bool manage = m_session.can(core::Action::VisitManage);
    for (QPushButton *button : { m_complete, m_miss, m_reschedule })
        button->setEnabled(manage);
    m_message->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_complete);
    actions->addWidget(m_miss);
    actions->addWidget(m_reschedule);
    actions->addStretch(1);
    actions->addWidget(m_open);
    actions->addWidget(m_print);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_heading);
    listLayout->addLayout(filters);
    listLayout->addLayout(lists, 1);
    listLayout->addLayout(actions);
    listLayout->addWidget(m_message);
    m_stack->addWidget(m_listPage);
    connect(m_stack, &ParticipantOverlay::listShown, this, [this] {
        // Visits may have been recorded on the participant's page.
        refresh();
        m_tables[DueToday]->setFocus();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_site, &QComboBox::currentIndexChanged, this, &TodayVisitsPage::refresh);
    connect(m_asOf, &QDateEdit::dateChanged, this, &TodayVisitsPage::refresh);
    connect(m_today, &QPushButton::clicked, this, &TodayVisitsPage::goToday);
    connect(m_refresh, &QPushButton::clicked, this, &TodayVisitsPage::refresh);
    connect(m_complete, &QPushButton::clicked, this, &TodayVisitsPage::completeSelected);
    connect(m_miss, &QPushButton::clicked, this, &TodayVisitsPage::missSelected);
    connect(m_reschedule, &QPushButton::clicked, this, &TodayVisitsPage::rescheduleSelected);
    connect(m_open, &QPushButton::clicked, this, &TodayVisitsPage::openSelected);
    connect(m_print, &QPushButton::clicked, this, &TodayVisitsPage::printWorksheet);
    retranslate();
    refresh();
}

QString TodayVisitsPage::siteCode() const
{
    return m_site->currentData().toString();
}

QDate TodayVisitsPage::asOf() const
{
    return m_asOf->date();
}

QString TodayVisitsPage::listTitle(List list) const
{
    return m_groups.at(list)->title();
}

QString TodayVisitsPage::messageText() const
{
    return m_message->text();
}

void TodayVisitsPage::setSite(const QString &siteCode)
{
    const int index = m_site->findData(siteCode);
    if (index >= 0)
        m_site->setCurrentIndex(index);
}

void TodayVisitsPage::setAsOf(const QDate &day)
{
    m_asOf->setDate(day);
}

void TodayVisitsPage::goToday()
{
    m_asOf->setDate(VisitDisplay::siteToday(m_session, siteCode()));
}

void TodayVisitsPage::refresh()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::Result<core::TodayView> view = core::VisitService(m_session).today(siteCode(), asOf());
    QApplication::restoreOverrideCursor();
    if (!view.ok()) {
        for (VisitTableModel *model : m_models)
            model->setRows({}, asOf());
        m_totals.fill(0);
        updateTitles();
        updateActions();
        showMessage(view.error().message, true);
        return;
    }
    const core::TodayView &lists = view.value();
    m_models[DueToday]->setRows(lists.dueToday, lists.asOf);
    m_models[DueThisWeek]->setRows(lists.dueThisWeek, lists.asOf);
    m_models[Overdue]->setRows(lists.overdue, lists.asOf);
    m_models[OutOfWindow]->setRows(lists.outOfWindow, lists.asOf);
    m_totals = { lists.dueTodayTotal, lists.dueThisWeekTotal, lists.overdueTotal, lists.outOfWindowTotal };
    m_message->clear();
    updateTitles();
    updateActions();
}

void TodayVisitsPage::showAll(List list)
{
    const QDate day = asOf();
    core::VisitService visits(m_session);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::Result<QList<core::VisitRow>> rows = list == DueToday ? visits.due(siteCode(), day, day)
        : list == DueThisWeek                                   ? visits.due(siteCode(), day.addDays(1), day.addDays(6))
                                                                : visits.overdue(siteCode(), day);
    QApplication::restoreOverrideCursor();
    if (!rows.ok()) {
        showMessage(rows.error().message, true);
        return;
    }
    QList<core::VisitRow> chosen;
    // overdue() holds both late lists: each keeps its own.
    for (const core::VisitRow &visit : rows.value())
        if ((list != Overdue || !visit.isOutOfWindow(day)) && (list != OutOfWindow || visit.isOutOfWindow(day)))
            chosen.append(visit);
    m_models[list]->setRows(chosen, day);
    m_totals[list] = static_cast<int>(chosen.size());
    updateTitles();
    updateActions();
}

void TodayVisitsPage::updateTitles()
{
    const QLocale locale;
    for (int list = 0; list < ListCount; ++list) {
        const int shown = m_models[list]->rowCount();
        const int total = qMax(shown, m_totals[list]);
        //: The count in a list heading; "200 of 1,234" when only the first rows are shown.
        const QString count = shown < total ? tr("%1 of %2").arg(locale.toString(shown), locale.toString(total))
                                            : locale.toString(total);
        m_more[list]->setVisible(shown < total);
        m_more[list]->setText(tr("Show all %1").arg(locale.toString(total)));
        switch (list) {
        case DueToday:
            m_groups[list]->setTitle(tr("Due to&day (%1)").arg(count));
            break;
        case DueThisWeek:
            m_groups[list]->setTitle(tr("Due this &week (%1)").arg(count));
            break;
        case Overdue:
            m_groups[list]->setTitle(tr("&Overdue, still in window (%1)").arg(count));
            break;
        default:
            m_groups[list]->setTitle(tr("Out of wi&ndow (%1)").arg(count));
            break;
        }
    }
}

void TodayVisitsPage::rowChosen(List list)
{
    // One selection across the four lists: the actions apply to the row chosen last.
    if (m_tables[list]->selectionModel()->hasSelection())
        for (int other = 0; other < ListCount; ++other)
            if (other != list) {
                const QSignalBlocker blocker(m_tables[other]->selectionModel());
                m_tables[other]->selectionModel()->clear();
                m_tables[other]->viewport()->update();
            }
    updateActions();
}

const core::VisitRow *TodayVisitsPage::selectedVisit() const
{
    for (int list = 0; list < ListCount; ++list) {
        // Single selection of rows: any selected cell names the row (hidden columns may be unselected).
        const QModelIndexList selected = m_tables[list]->selectionModel()->selectedIndexes();
        if (!selected.isEmpty())
            return &m_models[list]->row(selected.first().row());
    }
    return nullptr;
}

bool TodayVisitsPage::selectRow(List list, int row)
{
    if (row < 0 || row >= m_models[list]->rowCount())
        return false;
    m_tables[list]->setCurrentIndex(m_models[list]->index(row, VisitTableModel::StudyIdColumn));
    m_tables[list]->selectRow(row);
    return selectedVisit() == &m_models[list]->row(row);
}

void TodayVisitsPage::updateActions()
{
    const core::VisitRow *visit = selectedVisit();
    const bool allowed = visit && VisitActions::allowed(m_session, *visit);
    for (QPushButton *button : { m_complete, m_miss, m_reschedule })
        button->setEnabled(allowed);
    m_open->setEnabled(visit != nullptr);
}

bool TodayVisitsPage::checkAction(const core::VisitRow *visit)
{
    const QString refusal = VisitActions::refusal(m_session, visit);
    if (refusal.isEmpty())
        return true;
    showMessage(refusal, true);
    return false;
}

void TodayVisitsPage::completeSelected()
{
    const core::VisitRow *visit = selectedVisit();
    if (!checkAction(visit))
        return;
    const core::VisitRow chosen = *visit;
    afterAction(VisitActions::complete(m_session, chosen, this));
}

void TodayVisitsPage::missSelected()
{
    const core::VisitRow *visit = selectedVisit();
    if (!checkAction(visit))
        return;
    const core::VisitRow chosen = *visit;
    afterAction(VisitActions::miss(m_session, chosen, this));
}

void TodayVisitsPage::rescheduleSelected()
{
    const core::VisitRow *visit = selectedVisit();
    if (!checkAction(visit))
        return;
    const core::VisitRow chosen = *visit;
    afterAction(VisitActions::reschedule(m_session, chosen, this));
}

void TodayVisitsPage::afterAction(bool changed)
{
    if (!changed)
        return;
    refresh();
    showMessage(tr("Recorded."), false);
}

void TodayVisitsPage::openSelected()
{
    const core::VisitRow *visit = selectedVisit();
    if (!visit) {
        showMessage(tr("Select a visit in a list first."), true);
        return;
    }
    openParticipant(visit->studyId);
}

void TodayVisitsPage::openParticipant(const QString &studyId)
{
    if (const QString error = m_stack->open(studyId); !error.isEmpty())
        showMessage(error, true);
}

void TodayVisitsPage::showLists()
{
    m_stack->showList();
}

core::Status TodayVisitsPage::exportWorksheetTo(const QString &path)
{
    core::Result<QList<VisitWorksheetPdf::Sheet>> sheets = VisitWorksheetPdf::forDay(m_session, siteCode(), asOf());
    if (!sheets.ok())
        return sheets.error();
    return VisitWorksheetPdf::write(sheets.value(), VisitWorksheetPdf::headerFor(m_session), path);
}

void TodayVisitsPage::printWorksheet()
{
    const QString name
        = QStringLiteral("worksheet-%1-%2.pdf")
              .arg(siteCode().isEmpty() ? QStringLiteral("all") : siteCode(), asOf().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the visit worksheet"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("PDF files (*.pdf)"));
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

void TodayVisitsPage::showEvent(QShowEvent *event)
{
    // Coming back to the section shows what was recorded elsewhere meanwhile.
    if (m_shown && m_stack->currentWidget() == m_listPage)
        refresh();
    m_shown = true;
    QWidget::showEvent(event);
}

void TodayVisitsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TodayVisitsPage::retranslate()
{
    m_heading->setText(tr("Today's visits"));
    m_siteLabel->setText(tr("&Site:"));
    if (m_session.user().siteCode.isEmpty())
        m_site->setItemText(0, tr("all sites"));
    m_asOfLabel->setText(tr("&As of:"));
    m_today->setText(tr("&Today"));
    m_refresh->setText(tr("&Refresh"));
    m_complete->setText(tr("&Complete…"));
    m_miss->setText(tr("&Missed…"));
    m_reschedule->setText(tr("R&eschedule…"));
    m_open->setText(tr("Open partici&pant"));
    m_print->setText(tr("Print wor&ksheet…"));
    for (VisitTableModel *model : m_models)
        model->retranslate();
    updateTitles();
}

void TodayVisitsPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
    m_message->setText(text);
}

} // namespace trialdesk::gui
