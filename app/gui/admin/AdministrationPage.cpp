#include "app/gui/admin/AdministrationPage.h"

#include "app/gui/admin/SecurityPanel.h"
#include "app/gui/admin/SitesPanel.h"
#include "app/gui/admin/UsersPanel.h"
#include "core/workspace/TrialSession.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace trialdesk::gui {

AdministrationPage::AdministrationPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("administrationTabs"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    if (session.can(core::Action::UserManage)) {
        m_users = new UsersPanel(session, m_tabs);
        m_tabs->addTab(m_users, QString());
    }
    if (session.can(core::Action::SiteManage)) {
        m_sites = new SitesPanel(session, m_tabs);
        m_tabs->addTab(m_sites, QString());
    }
    if (session.can(core::Action::KeyRotate) || session.can(core::Action::WorkspaceBackup)
        || session.can(core::Action::UserManage)) {
        auto *security = new SecurityPanel(session, m_tabs);
        m_tabs->addTab(security, QString());
        if (m_users && session.can(core::Action::KeyRotate))
            connect(m_users, &UsersPanel::keyRotationRequested, this, [this, security] {
                m_tabs->setCurrentWidget(security);
                security->rotateKey();
            });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void AdministrationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdministrationPage::retranslate()
{
    m_heading->setText(tr("Administration"));
    if (m_users)
        m_tabs->setTabText(m_tabs->indexOf(m_users), tr("&Users"));
    if (m_sites)
        m_tabs->setTabText(m_tabs->indexOf(m_sites), tr("&Sites"));
    if (auto *security = m_tabs->findChild<SecurityPanel *>())
        m_tabs->setTabText(m_tabs->indexOf(security), tr("Se&curity"));
}

} // namespace trialdesk::gui
