#include "app/gui/admin/ReasonDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialdesk::gui {

ReasonDialog::ReasonDialog(const QString &title, const QString &explanation, Action action, QWidget *parent)
    : QDialog(parent)
    , m_action(std::move(action))
    , m_form(new QFormLayout)
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Modal and short-lived: the language cannot change while it is open, so texts are set once.
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_reason->setPlaceholderText(tr("required, recorded in the audit trail"));

    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    m_form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    setMinimumWidth(460);
}

void ReasonDialog::addField(const QString &label, QWidget *field)
{
    field->setParent(this);
    m_form->insertRow(m_form->rowCount() - 1, label, field);
}

void ReasonDialog::setAcceptText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void ReasonDialog::accept()
{
    const QString reason = m_reason->text().simplified();
    if (reason.isEmpty()) {
        m_error->setText(tr("Give a reason: it is recorded in the audit trail with the change."));
        m_reason->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = m_action(reason);
    QApplication::restoreOverrideCursor();
    if (!status.ok()) {
        m_error->setText(status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace trialdesk::gui
