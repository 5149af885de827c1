#include "app/gui/admin/SitesPanel.h"

#include "app/gui/admin/AddSiteDialog.h"
#include "core/services/SiteService.h"
#include "core/workspace/TrialSession.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace trialdesk::gui {

SitesPanel::SitesPanel(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(0, 5, this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("sitesPanel"));
    m_table->setObjectName(QStringLiteral("sitesTable"));
    m_add->setObjectName(QStringLiteral("addSiteButton"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_add->setEnabled(m_session.can(core::Action::SiteManage));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    connect(m_add, &QPushButton::clicked, this, &SitesPanel::addSite);
    retranslate();
    refresh();
}

void SitesPanel::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    const core::Result<QList<core::Site>> sites = core::SiteService(m_session).list();
    if (!sites.ok()) {
        showMessage(sites.error().message, true);
        return;
    }
    for (const core::Site &site : sites.value()) {
        m_model->appendRow({ new QStandardItem(site.code), new QStandardItem(site.nameFr),
                             new QStandardItem(site.nameEn), new QStandardItem(site.timeZone),
                             new QStandardItem(site.active ? tr("active") : tr("closed")) });
    }
    m_table->resizeColumnsToContents();
}

void SitesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SitesPanel::retranslate()
{
    m_model->setHorizontalHeaderLabels(
        { tr("Code"), tr("Name (French)"), tr("Name (English)"), tr("Time zone"), tr("Status") });
    m_add->setText(tr("&Add site…"));
}

void SitesPanel::addSite()
{
    auto *dialog = new AddSiteDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        showMessage(tr("Site added."), false);
    });
    dialog->open();
}

void SitesPanel::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
    m_message->setText(text);
}

} // namespace trialdesk::gui
