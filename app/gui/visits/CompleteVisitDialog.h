#pragma once

#include "app/gui/visits/VisitDialog.h"

#include <QDate>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace trialdesk::gui {

// Records that a visit took place on a day (not in the future). While the chosen day lies outside
// the visit's window a warning says so, and the completion needs an explicit confirmation: it will
// be flagged out of window.
class CompleteVisitDialog : public VisitDialog
{
    Q_OBJECT

public:
    // today: the current calendar day at the participant's site, the latest date allowed.
    CompleteVisitDialog(core::TrialSession &session, const core::VisitRow &visit, const QDate &today,
                        QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *confirmBox() const { return m_confirm; }
    bool outsideWindow() const;
    QString warningText() const;

protected:
    QString problem() const override;
    core::Status apply() override;

private:
    void dateChanged();

    QDate m_today;
    QDateEdit *m_date;
    QLabel *m_warning;
    QCheckBox *m_confirm;
};

} // namespace trialdesk::gui
