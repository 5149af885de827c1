#pragma once

#include "core/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace trialdesk::gui {

// Asks for the reason of a change (required by the audit trail), with optional extra fields above
// it, and runs the change; the core's error is shown in the dialog, which stays open to fix it.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    using Action = std::function<core::Status(const QString &reason)>;

    ReasonDialog(const QString &title, const QString &explanation, Action action, QWidget *parent = nullptr);

    // Adds a labelled field above the reason; the dialog takes ownership.
    void addField(const QString &label, QWidget *field);
    void setAcceptText(const QString &text);

public slots:
    void accept() override;

private:
    Action m_action;
    QFormLayout *m_form;
    QLineEdit *m_reason;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace trialdesk::gui
