#include "app/gui/visits/MissVisitDialog.h"

#include "core/visits/VisitService.h"

#include <QLineEdit>

namespace trialdesk::gui {

MissVisitDialog::MissVisitDialog(core::TrialSession &session, const core::VisitRow &visit, QWidget *parent)
    : VisitDialog(session, visit, tr("Missed visit: %1").arg(visit.studyId),
                  tr("Record that the visit did not take place, and why. The visit is kept with its reason."), parent)
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("missVisitDialog"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. could not be reached after three calls"));
    addField(tr("&Reason:"), m_reason);
    setAcceptText(tr("Record as &missed"));
    connect(m_reason, &QLineEdit::textChanged, this, &MissVisitDialog::updateState);
    updateState();
}

QString MissVisitDialog::problem() const
{
    if (m_reason->text().trimmed().isEmpty())
        return tr("Give the reason the visit was missed.");
    return QString();
}

core::Status MissVisitDialog::apply()
{
    return core::VisitService(m_session).miss(visit().studyId, visit().visitCode, m_reason->text().trimmed());
}

} // namespace trialdesk::gui
