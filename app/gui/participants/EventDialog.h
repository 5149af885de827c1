#pragma once

#include "core/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace trialdesk::gui {

// A small form for one participant event (withdrawal, deviation, adverse event, re-consent ...):
// labelled fields, then OK runs the service call; the core's error is shown as is and the dialog
// stays open to correct it. The fields' validation is the service's: one set of rules.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    using Action = std::function<core::Status()>;

    EventDialog(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    // Adds a labelled field (the label may carry an & mnemonic; it becomes the field's buddy).
    void addField(const QString &label, QWidget *field);
    void setAction(Action action) { m_action = std::move(action); }
    void setAcceptText(const QString &text);
    QString errorText() const;

public slots:
    void accept() override;

private:
    Action m_action;
    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace trialdesk::gui
