#pragma once

#include "core/Result.h"

#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace trialdesk::gui {

// First-run wizard, step 4: the protocol file (optional), then the trial is created when the user
// goes on. This is the commit page: once the workspace exists there is no way back.
class ProtocolPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProtocolPage(QWidget *parent = nullptr);

    // Empty: the bundled default protocol.
    QString protocolFile() const;
    // What "Create trial" does; its error is shown on the page.
    void setCreateAction(std::function<core::Status()> create);

    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();

    QLabel *m_fileLabel;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_hint;
    QLabel *m_error;
    std::function<core::Status()> m_create;
};

} // namespace trialdesk::gui
