#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The trial's accounts: table, and add / deactivate / reset password / change role, each through
// UserService with the reason it requires.
class UsersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPanel(core::TrialSession &session, QWidget *parent = nullptr);

    void refresh();
    QString selectedUsername() const;
    bool selectUser(const QString &username);

signals:
    // After a deactivation, the administrator accepted to rotate the key now (the removed slot, in a
    // backup, still opens the trial with the current key).
    void keyRotationRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void addUser();
    void deactivateUser();
    void offerKeyRotation(const QString &username);
    void resetPassword();
    void changeRole();
    void showMessage(const QString &text, bool error);

    core::TrialSession &m_session;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_deactivate;
    QPushButton *m_reset;
    QPushButton *m_changeRole;
    QLabel *m_message;
};

} // namespace trialdesk::gui
