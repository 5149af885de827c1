#include "app/gui/participants/EventDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialdesk::gui {

EventDialog::EventDialog(const QString &title, const QString &explanation, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Modal and short-lived: the language cannot change while it is open, so texts are set once.
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(title);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    setMinimumWidth(480);
}

void EventDialog::addField(const QString &label, QWidget *field)
{
    field->setParent(this);
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(field);
    m_form->addRow(buddy, field);
}

void EventDialog::setAcceptText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

QString EventDialog::errorText() const
{
    return m_error->text();
}

void EventDialog::accept()
{
    if (!m_action) {
        QDialog::accept();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = m_action();
    QApplication::restoreOverrideCursor();
    if (!status.ok()) {
        m_error->setText(status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace trialdesk::gui
