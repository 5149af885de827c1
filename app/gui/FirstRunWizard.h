#pragma once

#include "core/Result.h"

#include <QWizard>

namespace trialdesk::core {
class Clock;
}

namespace trialdesk::gui {

class AdminPage;
class ProtocolPage;
class RecoveryPage;
class ServerPage;
class SitesPage;
class TrialPage;

// Creates a trial on first run: name and folder, administrator, sites, protocol; then shows the
// recovery code and finishes only once the user confirms it was saved. Or, chosen on the first page,
// connects a workspace folder to a trial server (ServerPage); the user then signs in on the server.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { TrialPageId, AdminPageId, SitesPageId, ProtocolPageId, RecoveryPageId, ServerPageId };

    explicit FirstRunWizard(const core::Clock &clock, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // Set once the workspace exists (after the protocol page, or once connected to a trial server).
    QString createdDirectory() const;
    QString adminUsername() const;

    void done(int result) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    core::Status createWorkspace();

    const core::Clock &m_clock;
    TrialPage *m_trialPage;
    AdminPage *m_adminPage;
    SitesPage *m_sitesPage;
    ProtocolPage *m_protocolPage;
    RecoveryPage *m_recoveryPage;
    ServerPage *m_serverPage;
    QString m_createdDirectory;
};

} // namespace trialdesk::gui
