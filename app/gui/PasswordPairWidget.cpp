#include "app/gui/PasswordPairWidget.h"

#include "app/gui/Secrets.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace trialdesk::gui {

PasswordPairWidget::PasswordPairWidget(QWidget *parent)
    : QWidget(parent)
    , m_passwordLabel(new QLabel(this))
    , m_confirmationLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_feedback(new QLabel(this))
{
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_confirmation->setObjectName(QStringLiteral("confirmPasswordEdit"));
    m_feedback->setObjectName(QStringLiteral("passwordFeedbackLabel"));
    for (QLineEdit *edit : { m_password, m_confirmation }) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setClearButtonEnabled(false);
        connect(edit, &QLineEdit::textChanged, this, &PasswordPairWidget::updateFeedback);
    }
    m_passwordLabel->setBuddy(m_password);
    m_confirmationLabel->setBuddy(m_confirmation);
    m_feedback->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(m_passwordLabel, m_password);
    layout->addRow(m_confirmationLabel, m_confirmation);
    layout->addRow(QString(), m_feedback);
    retranslate();
}

bool PasswordPairWidget::isAcceptable() const
{
    return problem().isEmpty();
}

QString PasswordPairWidget::problem() const
{
    const qsizetype length = m_password->text().size();
    if (length < kMinimumLength)
        return tr("The password needs at least %1 characters (%2 typed).").arg(kMinimumLength).arg(length);
    if (m_password->text() != m_confirmation->text())
        return tr("The two passwords differ: type the same password in both fields.");
    return {};
}

QByteArray PasswordPairWidget::takePassword()
{
    QByteArray password = Secrets::take(m_password);
    m_confirmation->clear();
    return password;
}

QByteArray PasswordPairWidget::password() const
{
    return Secrets::peek(m_password);
}

void PasswordPairWidget::clear()
{
    m_password->clear();
    m_confirmation->clear();
}

void PasswordPairWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PasswordPairWidget::retranslate()
{
    m_passwordLabel->setText(tr("&Password:"));
    m_confirmationLabel->setText(tr("Con&firm password:"));
    m_password->setPlaceholderText(tr("at least %1 characters").arg(kMinimumLength));
    updateFeedback();
}

void PasswordPairWidget::updateFeedback()
{
    const bool empty = m_password->text().isEmpty() && m_confirmation->text().isEmpty();
    const QString text = problem();
    // Nothing typed yet: no reproach, only the rule.
    if (empty) {
        m_feedback->setStyleSheet(QString());
        m_feedback->setText(
            tr("Use at least %1 characters; a short sentence is easy to remember.").arg(kMinimumLength));
    } else if (text.isEmpty()) {
        m_feedback->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
        m_feedback->setText(tr("Password accepted."));
    } else {
        m_feedback->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_feedback->setText(text);
    }
    const bool acceptable = text.isEmpty();
    if (acceptable != m_lastAcceptable) {
        m_lastAcceptable = acceptable;
        emit acceptabilityChanged(acceptable);
    }
}

} // namespace trialdesk::gui
