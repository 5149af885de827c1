#include "app/gui/participants/ParticipantsPage.h"

#include "app/gui/participants/ParticipantOverlay.h"
#include "app/gui/participants/ParticipantPage.h"
#include "app/gui/participants/ParticipantTableModel.h"
#include "app/gui/participants/ScreeningWizard.h"
#include "app/gui/participants/TrialProtocol.h"
#include "core/services/SiteService.h"
#include "core/workspace/TrialSession.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace trialdesk::gui {

namespace {
const core::ParticipantStatus kStatuses[] = {
    core::ParticipantStatus::Registered,        core::ParticipantStatus::Randomized,
    core::ParticipantStatus::RandomizedInError, core::ParticipantStatus::WithdrawnIntervention,
    core::ParticipantStatus::WithdrawnFollowUp, core::ParticipantStatus::WithdrawnData,
    core::ParticipantStatus::LostToFollowUp,
};
} // namespace

ParticipantsPage::ParticipantsPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ParticipantTableModel(session, this))
    , m_stack(new ParticipantOverlay(session, this))
    , m_listPage(new QWidget(m_stack))
    , m_heading(new QLabel(m_listPage))
    , m_searchLabel(new QLabel(m_listPage))
    , m_search(new QLineEdit(m_listPage))
    , m_siteLabel(new QLabel(m_listPage))
    , m_site(new QComboBox(m_listPage))
    , m_statusLabel(new QLabel(m_listPage))
    , m_status(new QComboBox(m_listPage))
    , m_screen(new QPushButton(m_listPage))
    , m_open(new QPushButton(m_listPage))
    , m_table(new QTableView(m_listPage))
    , m_count(new QLabel(m_listPage))
    , m_message(new QLabel(m_listPage))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("participantsPage"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_site->setObjectName(QStringLiteral("siteFilterCombo"));
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_screen->setObjectName(QStringLiteral("screenButton"));
    m_open->setObjectName(QStringLiteral("openParticipantButton"));
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_message->setObjectName(QStringLiteral("messageLabel"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_siteLabel->setBuddy(m_site);
    m_statusLabel->setBuddy(m_status);
    m_site->addItem(QString(), QString());
    const core::Result<QList<core::Site>> sites = core::SiteService(m_session).list();
    if (sites.ok())
        for (const core::Site &site : sites.value())
            m_site->addItem(site.code, site.code);
    // An account tied to a site sees that site only: the filter says so rather than offering others.
    if (!m_session.user().siteCode.isEmpty()) {
        m_site->setCurrentIndex(qMax(0, m_site->findData(m_session.user().siteCode)));
        m_site->setEnabled(false);
    }
    fillStatusFilter();

    auto *filters = new QGridLayout;
    filters->addWidget(m_searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 3);
    filters->addWidget(m_siteLabel, 1, 0);
    filters->addWidget(m_site, 1, 1);
    filters->addWidget(m_statusLabel, 1, 2);
    filters->addWidget(m_status, 1, 3);
    // The arm filter is not merely hidden for blinded roles: it is never created.
    if (m_session.can(core::Action::ArmView)) {
        m_armLabel = new QLabel(m_listPage);
        m_arm = new QComboBox(m_listPage);
        m_arm->setObjectName(QStringLiteral("armFilterCombo"));
        m_armLabel->setBuddy(m_arm);
        fillArmFilter();
        filters->addWidget(m_armLabel, 1, 4);
        filters->addWidget(m_arm, 1, 5);
        filters->setColumnStretch(5, 1);
    }
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling through 100,000 rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 120);
    m_screen->setVisible(m_session.can(core::Action::ScreeningRecord));
    m_message->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_open);
    actions->addWidget(m_screen);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_heading);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(actions);
    listLayout->addWidget(m_message);
    m_stack->addWidget(m_listPage);
    connect(m_stack, &ParticipantOverlay::listShown, this, [this](bool changed) {
        // Statuses and arms may have changed on the participant's page.
        if (changed)
            applyFilter();
        m_table->setFocus();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &ParticipantsPage::applyFilter);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ParticipantsPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ParticipantsPage::applyFilter);
    if (m_arm)
        connect(m_arm, &QComboBox::currentIndexChanged, this, &ParticipantsPage::applyFilter);
    connect(m_table, &QTableView::activated, this, &ParticipantsPage::openSelected);
    connect(m_open, &QPushButton::clicked, this, &ParticipantsPage::openSelected);
    connect(m_screen, &QPushButton::clicked, this, &ParticipantsPage::screenPatient);
    connect(m_model, &ParticipantTableModel::errorOccurred, this,
            [this](const QString &text) { showMessage(text, true); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ParticipantsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParticipantsPage::updateCount);
    retranslate();
    applyFilter();
}

void ParticipantsPage::applyFilter()
{
    core::ParticipantQuery query;
    query.search = m_search->text().trimmed();
    query.siteCode = m_site->currentData().toString();
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        query.status = static_cast<core::ParticipantStatus>(status);
    if (m_arm)
        query.armCode = m_arm->currentData().toString();
    m_message->clear();
    m_model->setQuery(query);
}

void ParticipantsPage::openParticipant(const QString &studyId)
{
    if (const QString error = m_stack->open(studyId); !error.isEmpty())
        showMessage(error, true);
}

void ParticipantsPage::showList()
{
    m_stack->showList();
}

void ParticipantsPage::screenPatient()
{
    ScreeningWizard wizard(m_session, this);
    wizard.exec();
    if (!wizard.registeredStudyId().isEmpty()) {
        applyFilter();
        openParticipant(wizard.registeredStudyId());
    }
}

void ParticipantsPage::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        showMessage(tr("Select a participant in the list first."), true);
        return;
    }
    openParticipant(m_model->studyId(current.row()));
}

void ParticipantsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ParticipantsPage::retranslate()
{
    m_heading->setText(tr("Participants"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(m_session.can(core::Action::IdentityView)
                                     ? tr("study ID (ICM-0012) or last or first name")
                                     : tr("study ID, e.g. ICM-0012"));
    m_siteLabel->setText(tr("S&ite:"));
    m_site->setItemText(0, tr("all sites"));
    m_statusLabel->setText(tr("S&tatus:"));
    fillStatusFilter();
    if (m_arm) {
        m_armLabel->setText(tr("&Arm:"));
        fillArmFilter();
    }
    m_screen->setText(tr("S&creen a patient…"));
    m_open->setText(tr("&Open participant"));
    m_model->retranslate();
    updateCount();
}

void ParticipantsPage::fillStatusFilter()
{
    const QSignalBlocker blocker(m_status);
    const int current = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("any status"), -1);
    for (core::ParticipantStatus status : kStatuses)
        m_status->addItem(core::participantStatusDisplayName(status), static_cast<int>(status));
    m_status->setCurrentIndex(qMax(0, current));
}

void ParticipantsPage::fillArmFilter()
{
    const QSignalBlocker blocker(m_arm);
    const int current = m_arm->currentIndex();
    m_arm->clear();
    m_arm->addItem(tr("any arm"), QString());
    const core::Result<core::Protocol> protocol = TrialProtocol::current(m_session);
    if (protocol.ok())
        for (const core::ProtocolArm &arm : protocol->arms)
            m_arm->addItem(arm.name.current(), arm.code);
    m_arm->setCurrentIndex(qMax(0, current));
}

void ParticipantsPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (total < 0) {
        m_count->setText(tr("%n participants loaded.", nullptr, m_model->rowCount()));
        return;
    }
    if (m_model->rowCount() >= total)
        m_count->setText(tr("%n matching participants.", nullptr, static_cast<int>(total)));
    else
        m_count->setText(
            tr("%1 of %n matching participants loaded; scroll down for more.", nullptr, static_cast<int>(total))
                .arg(m_model->rowCount()));
}

void ParticipantsPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
    m_message->setText(text);
}

} // namespace trialdesk::gui
