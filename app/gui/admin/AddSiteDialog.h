#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// Adds a recruiting site (SiteService::add).
class AddSiteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddSiteDialog(core::TrialSession &session, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    core::TrialSession &m_session;
    QLineEdit *m_code;
    QLineEdit *m_nameFr;
    QLineEdit *m_nameEn;
    QComboBox *m_timeZone;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace trialdesk::gui
