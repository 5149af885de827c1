#include "app/gui/wizard/AdminPage.h"

#include "app/gui/PasswordPairWidget.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace trialdesk::gui {

AdminPage::AdminPage(QWidget *parent)
    : QWizardPage(parent)
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_usernameFeedback(new QLabel(this))
    , m_displayNameLabel(new QLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_passwords(new PasswordPairWidget(this))
{
    m_username->setObjectName(QStringLiteral("adminUsernameEdit"));
    m_displayName->setObjectName(QStringLiteral("adminDisplayNameEdit"));
    m_passwords->setObjectName(QStringLiteral("adminPasswords"));
    m_usernameFeedback->setObjectName(QStringLiteral("usernameFeedbackLabel"));
    m_usernameFeedback->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_usernameFeedback->setWordWrap(true);
    m_usernameLabel->setBuddy(m_username);
    m_displayNameLabel->setBuddy(m_displayName);

    auto *layout = new QFormLayout(this);
    layout->addRow(m_usernameLabel, m_username);
    layout->addRow(QString(), m_usernameFeedback);
    layout->addRow(m_displayNameLabel, m_displayName);
    layout->addRow(m_passwords);

    connect(m_username, &QLineEdit::textChanged, this, &AdminPage::updateUsernameFeedback);
    connect(m_username, &QLineEdit::textChanged, this, &AdminPage::completeChanged);
    connect(m_displayName, &QLineEdit::textChanged, this, &AdminPage::completeChanged);
    connect(m_passwords, &PasswordPairWidget::acceptabilityChanged, this, &AdminPage::completeChanged);
    retranslate();
}

QString AdminPage::username() const
{
    return m_username->text().trimmed();
}

QString AdminPage::displayName() const
{
    return m_displayName->text().simplified();
}

QByteArray AdminPage::password() const
{
    return m_passwords->password();
}

void AdminPage::clearPassword()
{
    m_passwords->clear();
}

bool AdminPage::isComplete() const
{
    return isValidUsername(username()) && !displayName().isEmpty() && m_passwords->isAcceptable();
}

bool AdminPage::isValidUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return pattern.match(username).hasMatch();
}

void AdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void AdminPage::retranslate()
{
    setTitle(tr("Administrator"));
    setSubTitle(tr("The administrator manages accounts, sites and settings. Choose a password you will not "
                   "forget: it opens the trial's encrypted database."));
    m_usernameLabel->setText(tr("&User name:"));
    m_username->setPlaceholderText(tr("e.g. admin"));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_displayName->setPlaceholderText(tr("e.g. Marie Tremblay"));
    updateUsernameFeedback();
}

void AdminPage::updateUsernameFeedback()
{
    const QString name = username();
    if (name.isEmpty() || isValidUsername(name))
        m_usernameFeedback->clear();
    else
        m_usernameFeedback->setText(
            tr("Use 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or a digit."));
}

} // namespace trialdesk::gui
