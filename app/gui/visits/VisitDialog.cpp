#include "app/gui/visits/VisitDialog.h"

#include "app/gui/visits/VisitDisplay.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialdesk::gui {

VisitDialog::VisitDialog(core::TrialSession &session, const core::VisitRow &visit, const QString &title,
                         const QString &explanation, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_visit(visit)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Modal and short-lived: the language cannot change while it is open, so texts are set once.
    setWindowTitle(title);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("visitSummaryLabel"));
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary->setText(tr("<b>Participant:</b> %1<br><b>Visit:</b> %2<br><b>Target date:</b> %3<br><b>Window:</b> %4")
                         .arg(visit.studyId.toHtmlEscaped(), VisitDisplay::visitName(visit).toHtmlEscaped(),
                              VisitDisplay::date(visit.targetDate), VisitDisplay::window(visit)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(summary);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VisitDialog::reject);
    setMinimumWidth(480);
}

void VisitDialog::addField(const QString &label, QWidget *field)
{
    field->setParent(this);
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(field);
    m_form->addRow(buddy, field);
}

void VisitDialog::addRow(QWidget *widget)
{
    widget->setParent(this);
    m_form->addRow(widget);
}

void VisitDialog::setAcceptText(const QString &text)
{
    okButton()->setText(text);
}

QPushButton *VisitDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString VisitDialog::errorText() const
{
    return m_error->text();
}

void VisitDialog::updateState()
{
    const QString missing = problem();
    okButton()->setEnabled(missing.isEmpty());
    m_error->setText(missing);
}

void VisitDialog::accept()
{
    // The button is disabled while something is missing; Enter in a field still lands here.
    const QString missing = problem();
    if (!missing.isEmpty()) {
        m_error->setText(missing);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = apply();
    QApplication::restoreOverrideCursor();
    if (!status.ok()) {
        m_error->setText(status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace trialdesk::gui
