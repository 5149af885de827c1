#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace trialdesk::gui {

// First-run wizard, step 1: the trial's name and the folder that will hold its workspace.
class TrialPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TrialPage(QWidget *parent = nullptr);

    QString trialName() const;
    QString directory() const;

    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void followTrialName();
    void browse();

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_error;
    bool m_folderEdited = false;
};

} // namespace trialdesk::gui
