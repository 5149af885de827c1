#include "app/gui/visits/VisitActions.h"

#include "app/gui/visits/CompleteVisitDialog.h"
#include "app/gui/visits/MissVisitDialog.h"
#include "app/gui/visits/RescheduleVisitDialog.h"
#include "app/gui/visits/VisitDisplay.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::gui {

bool VisitActions::complete(core::TrialSession &session, const core::VisitRow &visit, QWidget *parent)
{
    CompleteVisitDialog dialog(session, visit, VisitDisplay::siteToday(session, visit.siteCode), parent);
    return dialog.exec() == QDialog::Accepted;
}

bool VisitActions::miss(core::TrialSession &session, const core::VisitRow &visit, QWidget *parent)
{
    MissVisitDialog dialog(session, visit, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool VisitActions::reschedule(core::TrialSession &session, const core::VisitRow &visit, QWidget *parent)
{
    RescheduleVisitDialog dialog(session, visit, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool VisitActions::allowed(core::TrialSession &session, const core::VisitRow &visit)
{
    return session.can(core::Action::VisitManage) && visit.status == core::VisitStatus::Planned;
}

QString VisitActions::refusal(core::TrialSession &session, const core::VisitRow *visit)
{
    if (!session.can(core::Action::VisitManage))
        return tr("Your role may view visits but not record them.");
    if (!visit)
        return tr("Select a visit in a list first.");
    if (visit->status != core::VisitStatus::Planned)
        return tr("This visit is already %1: only a planned visit can be completed, missed or rescheduled.")
            .arg(core::visitStatusDisplayName(visit->status).toLower());
    return QString();
}

} // namespace trialdesk::gui
