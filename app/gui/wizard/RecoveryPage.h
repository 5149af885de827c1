#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace trialdesk::gui {

// First-run wizard, last step: shows the recovery code once and will not finish until the user
// confirms it was saved.
class RecoveryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryPage(QWidget *parent = nullptr);

    void setRecoveryCode(const QString &code);
    // Removes the code from the widgets (when the wizard closes).
    void forgetRecoveryCode();

    bool isComplete() const override;
    // The last page of a new trial (the server's page comes after it in the wizard's order, on its own path).
    int nextId() const override { return -1; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void copy();

    QLabel *m_explanation;
    QPlainTextEdit *m_code;
    QPushButton *m_copy;
    QCheckBox *m_saved;
};

} // namespace trialdesk::gui
