#include "app/gui/FirstRunWizard.h"

#include "app/gui/Secrets.h"
#include "app/gui/wizard/AdminPage.h"
#include "app/gui/wizard/ProtocolPage.h"
#include "app/gui/wizard/RecoveryPage.h"
#include "app/gui/wizard/ServerPage.h"
#include "app/gui/wizard/SitesPage.h"
#include "app/gui/wizard/TrialPage.h"
#include "core/workspace/Workspace.h"

#include <QEvent>

namespace trialdesk::gui {

FirstRunWizard::FirstRunWizard(const core::Clock &clock, QWidget *parent)
    : QWizard(parent)
    , m_clock(clock)
    , m_trialPage(new TrialPage(this))
    , m_adminPage(new AdminPage(this))
    , m_sitesPage(new SitesPage(this))
    , m_protocolPage(new ProtocolPage(this))
    , m_recoveryPage(new RecoveryPage(this))
    , m_serverPage(new ServerPage(clock, this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(TrialPageId, m_trialPage);
    setPage(AdminPageId, m_adminPage);
    setPage(SitesPageId, m_sitesPage);
    setPage(ProtocolPageId, m_protocolPage);
    setPage(RecoveryPageId, m_recoveryPage);
    setPage(ServerPageId, m_serverPage);
    setStartId(TrialPageId);
    m_protocolPage->setCreateAction([this] { return createWorkspace(); });
    setMinimumSize(640, 480);
    retranslate();
}

FirstRunWizard::~FirstRunWizard() = default;

QString FirstRunWizard::createdDirectory() const
{
    return m_createdDirectory.isEmpty() ? m_serverPage->connectedDirectory() : m_createdDirectory;
}

QString FirstRunWizard::adminUsername() const
{
    // On a trial server each user signs in with their own account: nobody to suggest.
    return m_serverPage->connectedDirectory().isEmpty() ? m_adminPage->username() : QString();
}

void FirstRunWizard::done(int result)
{
    // Once the workspace exists the only way out is Finish, after confirming the code was saved.
    if (result == QDialog::Rejected && !m_createdDirectory.isEmpty() && !m_recoveryPage->isComplete())
        return;
    m_recoveryPage->forgetRecoveryCode();
    QWizard::done(result);
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("TrialDesk — New trial"));
}

core::Status FirstRunWizard::createWorkspace()
{
    if (!m_createdDirectory.isEmpty())
        return {};
    core::NewTrial trial;
    trial.directory = m_trialPage->directory();
    trial.trialName = m_trialPage->trialName();
    trial.adminUsername = m_adminPage->username();
    trial.adminDisplayName = m_adminPage->displayName();
    trial.protocolFile = m_protocolPage->protocolFile();
    trial.sites = m_sitesPage->sites();
    // The password leaves the widgets only now and is wiped right after use; it stays in the field
    // until the workspace exists, so a failed attempt (full disk ...) can simply be retried.
    trial.adminPassword = m_adminPage->password();
    core::Result<QString> created = core::Workspace::create(trial, m_clock);
    Secrets::wipe(trial.adminPassword);
    if (!created.ok())
        return created.error();
    m_adminPage->clearPassword();
    m_createdDirectory = trial.directory;
    m_recoveryPage->setRecoveryCode(created.value());
    return {};
}

} // namespace trialdesk::gui
