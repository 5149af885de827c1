#pragma once

#include "app/gui/visits/VisitDialog.h"

class QDateEdit;
class QLabel;
class QLineEdit;

namespace trialdesk::gui {

// Moves a planned visit's target date; the window does not move (it is shown, and a new date outside
// it is pointed out). The reason is required and audited.
class RescheduleVisitDialog : public VisitDialog
{
    Q_OBJECT

public:
    RescheduleVisitDialog(core::TrialSession &session, const core::VisitRow &visit, QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QString noteText() const;

protected:
    QString problem() const override;
    core::Status apply() override;

private:
    void dateChanged();

    QDateEdit *m_date;
    QLabel *m_note;
    QLineEdit *m_reason;
};

} // namespace trialdesk::gui
