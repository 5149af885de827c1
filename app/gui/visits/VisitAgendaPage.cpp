#include "app/gui/visits/VisitAgendaPage.h"

#include "app/gui/participants/ParticipantOverlay.h"
#include "app/gui/participants/ParticipantPage.h"
#include "app/gui/visits/VisitDisplay.h"
#include "app/gui/visits/VisitTableModel.h"
#include "core/services/SiteService.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace trialdesk::gui {

VisitAgendaPage::VisitAgendaPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new VisitTableModel(this))
    , m_stack(new ParticipantOverlay(session, this))
    , m_agendaPage(new QWidget(m_stack))
    , m_heading(new QLabel(m_agendaPage))
    , m_siteLabel(new QLabel(m_agendaPage))
    , m_site(new QComboBox(m_agendaPage))
    , m_byDay(new QRadioButton(m_agendaPage))
    , m_byWeek(new QRadioButton(m_agendaPage))
    , m_spanGroup(new QButtonGroup(this))
    , m_previous(new QPushButton(m_agendaPage))
    , m_today(new QPushButton(m_agendaPage))
    , m_next(new QPushButton(m_agendaPage))
    , m_period(new QLabel(m_agendaPage))
    , m_tableLabel(new QLabel(m_agendaPage))
    , m_table(new QTableView(m_agendaPage))
    , m_open(new QPushButton(m_agendaPage))
    , m_count(new QLabel(m_agendaPage))
    , m_message(new QLabel(m_agendaPage))
{
    setObjectName(QStringLiteral("agendaPage"));
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_byDay->setObjectName(QStringLiteral("byDayRadio"));
    m_byWeek->setObjectName(QStringLiteral("byWeekRadio"));
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_period->setObjectName(QStringLiteral("periodLabel"));
    m_table->setObjectName(QStringLiteral("agendaTable"));
    m_open->setObjectName(QStringLiteral("openParticipantButton"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_message->setObjectName(QStringLiteral("messageLabel"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    QFont periodFont = m_period->font();
    periodFont.setBold(true);
    m_period->setFont(periodFont);

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
    m_tableLabel->setBuddy(m_table);
    m_spanGroup->addButton(m_byDay);
    m_spanGroup->addButton(m_byWeek);
    m_byDay->setChecked(true);
    m_day = VisitDisplay::siteToday(m_session, siteCode());

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column : { VisitTableModel::DaysLateColumn, VisitTableModel::ReasonColumn, VisitTableModel::FormsColumn })
        m_table->setColumnHidden(column, true);
    m_table->setColumnWidth(VisitTableModel::VisitColumn, 220);
    m_table->setColumnWidth(VisitTableModel::WindowColumn, 180);
    m_message->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_siteLabel);
    filters->addWidget(m_site, 1);
    filters->addWidget(m_byDay);
    filters->addWidget(m_byWeek);
    filters->addSpacing(12);
    filters->addWidget(m_previous);
    filters->addWidget(m_today);
    filters->addWidget(m_next);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_open);
    auto *agendaLayout = new QVBoxLayout(m_agendaPage);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    agendaLayout->addWidget(m_heading);
    agendaLayout->addLayout(filters);
    agendaLayout->addWidget(m_period);
    agendaLayout->addWidget(m_tableLabel);
    agendaLayout->addWidget(m_table, 1);
    agendaLayout->addLayout(bottom);
    agendaLayout->addWidget(m_message);
    m_stack->addWidget(m_agendaPage);
    connect(m_stack, &ParticipantOverlay::listShown, this, [this] {
        // Visits may have been recorded on the participant's page.
        refresh();
        m_table->setFocus();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_site, &QComboBox::currentIndexChanged, this, &VisitAgendaPage::refresh);
    connect(m_byDay, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setSpan(Span::Day);
    });
    connect(m_byWeek, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setSpan(Span::Week);
    });
    connect(m_previous, &QPushButton::clicked, this, &VisitAgendaPage::previous);
    connect(m_next, &QPushButton::clicked, this, &VisitAgendaPage::next);
    connect(m_today, &QPushButton::clicked, this, &VisitAgendaPage::goToday);
    connect(m_table, &QTableView::activated, this, &VisitAgendaPage::openSelected);
    connect(m_open, &QPushButton::clicked, this, &VisitAgendaPage::openSelected);
    retranslate();
    refresh();
}

QDate VisitAgendaPage::from() const
{
    if (m_span == Span::Day)
        return m_day;
    const int first = static_cast<int>(QLocale().firstDayOfWeek());
    return m_day.addDays(-((m_day.dayOfWeek() - first + 7) % 7));
}

QDate VisitAgendaPage::to() const
{
    return m_span == Span::Day ? m_day : from().addDays(6);
}

QString VisitAgendaPage::siteCode() const
{
    return m_site->currentData().toString();
}

QString VisitAgendaPage::periodText() const
{
    return m_period->text();
}

QString VisitAgendaPage::messageText() const
{
    return m_message->text();
}

void VisitAgendaPage::setSpan(Span span)
{
    const QSignalBlocker dayBlocker(m_byDay);
    const QSignalBlocker weekBlocker(m_byWeek);
    (span == Span::Day ? m_byDay : m_byWeek)->setChecked(true);
    if (m_span == span)
        return;
    m_span = span;
    refresh();
}

void VisitAgendaPage::setDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_day = day;
    refresh();
}

void VisitAgendaPage::setSite(const QString &siteCode)
{
    const int index = m_site->findData(siteCode);
    if (index >= 0)
        m_site->setCurrentIndex(index);
}

void VisitAgendaPage::previous()
{
    setDay(m_day.addDays(m_span == Span::Day ? -1 : -7));
}

void VisitAgendaPage::next()
{
    setDay(m_day.addDays(m_span == Span::Day ? 1 : 7));
}

void VisitAgendaPage::goToday()
{
    setDay(VisitDisplay::siteToday(m_session, siteCode()));
}

void VisitAgendaPage::refresh()
{
    const QDate start = from();
    const QDate end = to();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::Result<QList<core::VisitRow>> agenda = core::VisitService(m_session).agenda(siteCode(), start, end);
    QApplication::restoreOverrideCursor();
    m_model->setPeriod(start, end);
    if (!agenda.ok()) {
        m_model->setRows({}, VisitDisplay::siteToday(m_session, siteCode()));
        m_loaded = false;
        updateTexts();
        showMessage(agenda.error().message, true);
        return;
    }
    QList<core::VisitRow> rows = std::move(agenda).value();
    // By the day it appears on in this period, then study ID and schedule order.
    std::stable_sort(rows.begin(), rows.end(), [this](const core::VisitRow &a, const core::VisitRow &b) {
        const QDate dayA = m_model->dayOf(a);
        const QDate dayB = m_model->dayOf(b);
        if (dayA != dayB)
            return dayA < dayB;
        if (a.studyId != b.studyId)
            return a.studyId < b.studyId;
        return a.order < b.order;
    });
    m_model->setRows(rows, VisitDisplay::siteToday(m_session, siteCode()));
    m_loaded = true;
    m_message->clear();
    updateTexts();
}

void VisitAgendaPage::updateTexts()
{
    const QLocale locale;
    if (m_span == Span::Day)
        m_period->setText(locale.toString(from(), QLocale::LongFormat));
    else
        //: The agenda's week: first and last day.
        m_period->setText(
            tr("Week of %1 to %2")
                .arg(locale.toString(from(), QLocale::LongFormat), locale.toString(to(), QLocale::LongFormat)));
    if (m_loaded)
        m_count->setText(tr("%n visits in this period.", nullptr, m_model->rowCount()));
    else
        m_count->clear();
}

void VisitAgendaPage::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        showMessage(tr("Select a visit in the agenda first."), true);
        return;
    }
    openParticipant(m_model->row(current.row()).studyId);
}

void VisitAgendaPage::openParticipant(const QString &studyId)
{
    if (const QString error = m_stack->open(studyId); !error.isEmpty())
        showMessage(error, true);
}

void VisitAgendaPage::showAgenda()
{
    m_stack->showList();
}

void VisitAgendaPage::showEvent(QShowEvent *event)
{
    if (m_shown && m_stack->currentWidget() == m_agendaPage)
        refresh();
    m_shown = true;
    QWidget::showEvent(event);
}

void VisitAgendaPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VisitAgendaPage::retranslate()
{
    m_heading->setText(tr("Visit agenda"));
    m_siteLabel->setText(tr("&Site:"));
    if (m_session.user().siteCode.isEmpty())
        m_site->setItemText(0, tr("all sites"));
    m_byDay->setText(tr("By &day"));
    m_byWeek->setText(tr("By &week"));
    m_previous->setText(tr("&Previous"));
    m_today->setText(tr("&Today"));
    m_next->setText(tr("&Next"));
    m_tableLabel->setText(tr("&Visits"));
    m_open->setText(tr("&Open participant"));
    m_model->retranslate();
    updateTexts();
}

void VisitAgendaPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
    m_message->setText(text);
}

} // namespace trialdesk::gui
