#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace trialdesk::gui {

// Shows the recovery code made by a key rotation, once, and the users who now need a new password.
// The old code no longer opens the trial, so the dialog cannot be closed (button, Escape, window
// close) until the administrator confirms the new code was saved.
class NewRecoveryCodeDialog : public QDialog
{
    Q_OBJECT

public:
    NewRecoveryCodeDialog(const QString &recoveryCode, const QStringList &resetUsers, QWidget *parent = nullptr);

    bool isSaved() const;

public slots:
    // Every way of closing ends here: refused until the code is confirmed saved; the code is then
    // removed from the widgets.
    void done(int result) override;

private:
    void copy();

    QPlainTextEdit *m_code;
    QPushButton *m_copy;
    QCheckBox *m_saved;
    QPushButton *m_close;
    QLabel *m_refusal;
};

} // namespace trialdesk::gui
