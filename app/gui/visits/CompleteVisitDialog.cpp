#include "app/gui/visits/CompleteVisitDialog.h"

#include "app/gui/visits/VisitDisplay.h"
#include "core/visits/VisitService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLocale>

namespace trialdesk::gui {

CompleteVisitDialog::CompleteVisitDialog(core::TrialSession &session, const core::VisitRow &visit, const QDate &today,
                                         QWidget *parent)
    : VisitDialog(session, visit, tr("Complete visit: %1").arg(visit.studyId),
                  tr("Record the day the visit took place. A day outside the window is accepted but flagged."), parent)
    , m_today(today)
    , m_date(new QDateEdit(this))
    , m_warning(new QLabel(this))
    , m_confirm(new QCheckBox(this))
{
    setObjectName(QStringLiteral("completeVisitDialog"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_confirm->setObjectName(QStringLiteral("confirmCheckBox"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(VisitDisplay::dateEditFormat());
    m_date->setMaximumDate(today);
    // The target is the likeliest day when it is not in the future; otherwise today.
    m_date->setDate(visit.targetDate.isValid() && visit.targetDate <= today ? visit.targetDate : today);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));
    m_confirm->setText(tr("I &confirm this date outside the window"));
    addField(tr("&Date of the visit:"), m_date);
    addRow(m_warning);
    addRow(m_confirm);
    setAcceptText(tr("&Complete the visit"));
    connect(m_date, &QDateEdit::dateChanged, this, &CompleteVisitDialog::dateChanged);
    connect(m_confirm, &QCheckBox::toggled, this, &CompleteVisitDialog::updateState);
    dateChanged();
}

bool CompleteVisitDialog::outsideWindow() const
{
    const QDate day = m_date->date();
    return day < visit().windowStart || day > visit().windowEnd;
}

QString CompleteVisitDialog::warningText() const
{
    return m_warning->text();
}

void CompleteVisitDialog::dateChanged()
{
    const bool outside = outsideWindow();
    if (outside)
        m_warning->setText(tr("%1 is outside the window (%2): the visit will be flagged as completed out of window.")
                               .arg(VisitDisplay::date(m_date->date()), VisitDisplay::window(visit())));
    else
        m_warning->clear();
    m_warning->setVisible(outside);
    m_confirm->setVisible(outside);
    if (!outside)
        m_confirm->setChecked(false);
    updateState();
}

QString CompleteVisitDialog::problem() const
{
    if (m_date->date() > m_today)
        return tr("The date cannot be in the future: choose the day the visit took place.");
    if (outsideWindow() && !m_confirm->isChecked())
        return tr("Tick the confirmation to record a date outside the window, or choose a date within it.");
    return QString();
}

core::Status CompleteVisitDialog::apply()
{
    return core::VisitService(m_session).complete(visit().studyId, visit().visitCode, m_date->date());
}

} // namespace trialdesk::gui
