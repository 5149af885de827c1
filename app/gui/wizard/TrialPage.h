#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace trialdesk::gui {

// First-run wizard, step 1: create a trial on this computer (its name and the folder that will hold
// its workspace) or connect to a trial that lives on a trial server (ServerPage next).
class TrialPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TrialPage(QWidget *parent = nullptr);

    QString trialName() const;
    QString directory() const;
    // The user chose to connect to a trial server rather than create a trial here.
    bool connectsToServer() const;

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void followTrialName();
    void browse();
    void showChoice();

    QRadioButton *m_createLocal;
    QRadioButton *m_connectServer;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_folderLabel;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_error;
    bool m_folderEdited = false;
};

} // namespace trialdesk::gui
