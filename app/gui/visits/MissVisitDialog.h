#pragma once

#include "app/gui/visits/VisitDialog.h"

class QLineEdit;

namespace trialdesk::gui {

// Records that a visit did not take place; the reason is required and audited.
class MissVisitDialog : public VisitDialog
{
    Q_OBJECT

public:
    MissVisitDialog(core::TrialSession &session, const core::VisitRow &visit, QWidget *parent = nullptr);

    QLineEdit *reasonEdit() const { return m_reason; }

protected:
    QString problem() const override;
    core::Status apply() override;

private:
    QLineEdit *m_reason;
};

} // namespace trialdesk::gui
