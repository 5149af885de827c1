#include "app/gui/account/AccountPage.h"

#include "app/gui/AppSettings.h"
#include "app/gui/PasswordPairWidget.h"
#include "app/gui/Secrets.h"
#include "core/services/SettingsService.h"
#include "core/services/UserService.h"
#include "core/workspace/TrialSession.h"
#include "translations/Localization.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trialdesk::gui {

AccountPage::AccountPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_passwordBox(new QGroupBox(this))
    , m_currentPasswordLabel(new QLabel(this))
    , m_currentPassword(new QLineEdit(this))
    , m_newPassword(new PasswordPairWidget(this))
    , m_changePassword(new QPushButton(this))
    , m_passwordMessage(new QLabel(this))
    , m_languageBox(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
{
    m_currentPassword->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_newPassword->setObjectName(QStringLiteral("newPasswords"));
    m_changePassword->setObjectName(QStringLiteral("changePasswordButton"));
    m_passwordMessage->setObjectName(QStringLiteral("passwordMessageLabel"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_currentPassword->setEchoMode(QLineEdit::Password);
    m_passwordMessage->setWordWrap(true);
    m_currentPasswordLabel->setBuddy(m_currentPassword);
    m_languageLabel->setBuddy(m_language);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *passwordLayout = new QFormLayout(m_passwordBox);
    passwordLayout->addRow(m_currentPasswordLabel, m_currentPassword);
    passwordLayout->addRow(m_newPassword);
    passwordLayout->addRow(QString(), m_changePassword);
    passwordLayout->addRow(m_passwordMessage);

    // Each language is named in itself, so a user lost in the wrong one still finds theirs.
    m_language->addItem(QStringLiteral("Français (Québec)"), i18n::languageCode(i18n::Language::French));
    m_language->addItem(QStringLiteral("English"), i18n::languageCode(i18n::Language::English));
    const i18n::Language current = i18n::languageFor(AppSettings::language(), QLocale());
    m_language->setCurrentIndex(m_language->findData(i18n::languageCode(current)));
    auto *languageLayout = new QFormLayout(m_languageBox);
    languageLayout->addRow(m_languageLabel, m_language);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_passwordBox);
    layout->addWidget(m_languageBox);

    if (m_session.can(core::Action::UserManage)) {
        m_idleBox = new QGroupBox(this);
        m_idleLabel = new QLabel(this);
        m_idleMinutes = new QSpinBox(this);
        m_idleReasonLabel = new QLabel(this);
        m_idleReason = new QLineEdit(this);
        m_saveIdle = new QPushButton(this);
        m_idleMessage = new QLabel(this);
        m_idleMinutes->setObjectName(QStringLiteral("idleMinutesSpin"));
        m_idleReason->setObjectName(QStringLiteral("idleReasonEdit"));
        m_saveIdle->setObjectName(QStringLiteral("saveIdleButton"));
        m_idleMessage->setObjectName(QStringLiteral("idleMessageLabel"));
        m_idleMessage->setWordWrap(true);
        m_idleMinutes->setRange(1, 120);
        m_idleMinutes->setValue(qBound(1, m_session.idleLockMinutes(), 120));
        m_idleLabel->setBuddy(m_idleMinutes);
        m_idleReasonLabel->setBuddy(m_idleReason);
        auto *idleLayout = new QFormLayout(m_idleBox);
        idleLayout->addRow(m_idleLabel, m_idleMinutes);
        idleLayout->addRow(m_idleReasonLabel, m_idleReason);
        idleLayout->addRow(QString(), m_saveIdle);
        idleLayout->addRow(m_idleMessage);
        layout->addWidget(m_idleBox);
        connect(m_saveIdle, &QPushButton::clicked, this, &AccountPage::saveIdleLock);
    }
    layout->addStretch(1);
    // Long fields across a wide screen are hard to read: keep the form at a comfortable width.
    for (QWidget *box : { static_cast<QWidget *>(m_passwordBox), static_cast<QWidget *>(m_languageBox),
                          static_cast<QWidget *>(m_idleBox) })
        if (box)
            box->setMaximumWidth(720);

    connect(m_changePassword, &QPushButton::clicked, this, &AccountPage::changePassword);
    connect(m_language, &QComboBox::activated, this, &AccountPage::applyLanguage);
    retranslate();
}

void AccountPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountPage::retranslate()
{
    m_heading->setText(tr("My account"));
    m_passwordBox->setTitle(tr("Change my password"));
    m_currentPasswordLabel->setText(tr("C&urrent password:"));
    m_changePassword->setText(tr("C&hange password"));
    m_languageBox->setTitle(tr("Language"));
    m_languageLabel->setText(tr("Interface &language:"));
    if (m_idleBox) {
        m_idleBox->setTitle(tr("Automatic lock (whole trial)"));
        m_idleLabel->setText(tr("Lock after &inactivity:"));
        m_idleMinutes->setSuffix(tr(" min"));
        m_idleReasonLabel->setText(tr("&Reason for the change:"));
        m_saveIdle->setText(tr("&Save lock delay"));
    }
}

void AccountPage::changePassword()
{
    if (m_currentPassword->text().isEmpty()) {
        showMessage(m_passwordMessage, tr("Type your current password."), true);
        return;
    }
    if (!m_newPassword->isAcceptable()) {
        showMessage(m_passwordMessage, m_newPassword->problem(), true);
        return;
    }
    QByteArray current = Secrets::take(m_currentPassword);
    QByteArray next = m_newPassword->password();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = core::UserService(m_session).changeOwnPassword(current, next);
    QApplication::restoreOverrideCursor();
    Secrets::wipe(current);
    Secrets::wipe(next);
    if (!status.ok()) {
        showMessage(m_passwordMessage, status.error().message, true);
        return;
    }
    m_newPassword->clear();
    showMessage(m_passwordMessage, tr("Your password was changed. Use the new one from now on."), false);
}

void AccountPage::applyLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    AppSettings::setLanguage(code);
    // Installing the catalogue sends LanguageChange to every widget, which retranslate themselves.
    i18n::installTranslations(*QCoreApplication::instance(), i18n::languageFor(code));
}

void AccountPage::saveIdleLock()
{
    const core::Status status
        = core::SettingsService(m_session).setIdleLockMinutes(m_idleMinutes->value(), m_idleReason->text().trimmed());
    if (!status.ok()) {
        showMessage(m_idleMessage, status.error().message, true);
        return;
    }
    m_idleReason->clear();
    showMessage(m_idleMessage,
                tr("Saved: TrialDesk locks after %n minute(s) without activity, from the next sign-in.", nullptr,
                   m_idleMinutes->value()),
                false);
}

void AccountPage::showMessage(QLabel *label, const QString &text, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
    label->setText(text);
}

} // namespace trialdesk::gui
