#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class SitesPanel;
class UsersPanel;

// Administration: users (Action::UserManage) and sites (Action::SiteManage), each tab shown only
// when the role allows it.
class AdministrationPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdministrationPage(core::TrialSession &session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QTabWidget *m_tabs;
    UsersPanel *m_users = nullptr;
    SitesPanel *m_sites = nullptr;
};

} // namespace trialdesk::gui
