#include "app/gui/visits/RescheduleVisitDialog.h"

#include "app/gui/visits/VisitDisplay.h"
#include "core/visits/VisitService.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace trialdesk::gui {

RescheduleVisitDialog::RescheduleVisitDialog(core::TrialSession &session, const core::VisitRow &visit, QWidget *parent)
    : VisitDialog(session, visit, tr("Reschedule visit: %1").arg(visit.studyId),
                  tr("Choose the new appointment and say why it moves. The window set by the protocol does not "
                     "move."),
                  parent)
    , m_date(new QDateEdit(this))
    , m_note(new QLabel(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("rescheduleVisitDialog"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(VisitDisplay::dateEditFormat());
    m_date->setDate(visit.targetDate);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_reason->setPlaceholderText(tr("e.g. participant asked for a later day"));
    auto *window = new QLabel(VisitDisplay::window(visit), this);
    window->setObjectName(QStringLiteral("windowLabel"));
    addField(tr("&New date:"), m_date);
    addField(tr("Window:"), window);
    addRow(m_note);
    addField(tr("&Reason:"), m_reason);
    setAcceptText(tr("Re&schedule"));
    connect(m_date, &QDateEdit::dateChanged, this, &RescheduleVisitDialog::dateChanged);
    connect(m_reason, &QLineEdit::textChanged, this, &RescheduleVisitDialog::updateState);
    dateChanged();
}

QString RescheduleVisitDialog::noteText() const
{
    return m_note->text();
}

void RescheduleVisitDialog::dateChanged()
{
    const QDate day = m_date->date();
    const bool outside = day < visit().windowStart || day > visit().windowEnd;
    m_note->setText(outside ? tr("%1 is outside the window (%2): a visit on that day will be flagged out of window.")
                                  .arg(VisitDisplay::date(day), VisitDisplay::window(visit()))
                            : QString());
    m_note->setVisible(outside);
    updateState();
}

QString RescheduleVisitDialog::problem() const
{
    if (m_date->date() == visit().targetDate)
        return tr("Choose a new date different from the current target.");
    if (m_reason->text().trimmed().isEmpty())
        return tr("Give the reason for the new date.");
    return QString();
}

core::Status RescheduleVisitDialog::apply()
{
    return core::VisitService(m_session).reschedule(visit().studyId, visit().visitCode, m_date->date(),
                                                    m_reason->text().trimmed());
}

} // namespace trialdesk::gui
