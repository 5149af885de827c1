#pragma once

#include "core/Result.h"
#include "core/visits/Visit.h"

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// Common frame of the complete / missed / reschedule dialogs: which visit (study ID, name, target,
// window), the fields of the subclass, a live error line, OK and Cancel. OK stays disabled until the
// input is complete (e.g. a reason is given); the service's refusal is shown in the dialog, which
// stays open with everything typed so nothing is lost.
class VisitDialog : public QDialog
{
    Q_OBJECT

public:
    const core::VisitRow &visit() const { return m_visit; }
    QString errorText() const;
    QPushButton *okButton() const;

public slots:
    void accept() override;

protected:
    VisitDialog(core::TrialSession &session, const core::VisitRow &visit, const QString &title,
                const QString &explanation, QWidget *parent);

    // Adds a labelled field; the label may carry an & mnemonic and becomes the field's buddy.
    void addField(const QString &label, QWidget *field);
    void addRow(QWidget *widget);
    void setAcceptText(const QString &text);
    // Call when the input changes: enables OK when ready() and shows problem() otherwise.
    void updateState();
    // Empty when the input may be submitted; else what is missing, in words.
    virtual QString problem() const = 0;
    // Runs the service call.
    virtual core::Status apply() = 0;

    core::TrialSession &m_session;

private:
    core::VisitRow m_visit;
    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace trialdesk::gui
