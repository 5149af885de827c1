#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// What the main window shows while locked: the trial's data is hidden until the signed-in user
// types their password again (TrialSession::verifyPassword; failures count towards the lockout).
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(core::TrialSession &session, QWidget *parent = nullptr);

    // Clears the field and the last error, focuses the password.
    void reset();

signals:
    void unlocked();
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void tryUnlock();

    core::TrialSession &m_session;
    QLabel *m_title;
    QLabel *m_explanation;
    QLineEdit *m_password;
    QPushButton *m_unlock;
    QPushButton *m_quit;
    QLabel *m_error;
};

} // namespace trialdesk::gui
