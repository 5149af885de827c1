#include "app/gui/LoginDialog.h"

#include "app/gui/RecoveryDialog.h"
#include "app/gui/Secrets.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialdesk::gui {

LoginDialog::LoginDialog(core::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_notice(new QLabel(this))
    , m_server(new QLabel(this))
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_recovery(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_login(m_buttons->button(QDialogButtonBox::Ok))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_recovery->setObjectName(QStringLiteral("useRecoveryCodeButton"));
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_server->setWordWrap(true);
    m_server->setTextFormat(Qt::PlainText);
    m_server->setVisible(m_workspace.server().has_value());
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_recovery->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_server);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_recovery, 0, Qt::AlignLeft);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_recovery, &QPushButton::clicked, this, &LoginDialog::openRecovery);
    setMinimumWidth(420);
    retranslate();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_password->setFocus();
}

std::unique_ptr<core::TrialSession> LoginDialog::takeSession()
{
    return std::move(m_session);
}

void LoginDialog::accept()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        showError(tr("Type your user name."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Type your password."));
        m_password->setFocus();
        return;
    }
    QByteArray password = Secrets::take(m_password);
    m_error->clear();
    m_login->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::Result<std::unique_ptr<core::TrialSession>> result = m_workspace.login(username, password);
    QApplication::restoreOverrideCursor();
    Secrets::wipe(password);
    m_login->setEnabled(true);
    m_password->setFocus();
    if (!result.ok()) {
        // The core's messages already tell wrong password, unknown user, or how long a lockout lasts.
        showError(result.error().message);
        return;
    }
    m_session = std::move(result).value();
    QDialog::accept();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("TrialDesk — Sign in"));
    m_usernameLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_recovery->setText(tr("Use &recovery code…"));
    m_recovery->setToolTip(tr("For an administrator who lost their password: open the trial with the recovery "
                              "code shown when it was created, and choose a new password."));
    m_login->setText(tr("&Sign in"));
    if (const auto &server = m_workspace.server())
        m_server->setText(tr("Trial server %1, database %2: sign in with your own account on the server.")
                              .arg(server->host(), server->database()));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
}

void LoginDialog::openRecovery()
{
    // A trial server has no recovery code: core says so, and who resets passwords instead.
    if (m_workspace.server()) {
        const core::Result<std::unique_ptr<core::TrialSession>> refused
            = m_workspace.recover(QString(), m_username->text().trimmed(), QByteArray());
        if (!refused.ok()) {
            showError(refused.error().message);
            return;
        }
    }
    auto *dialog = new RecoveryDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAdminUsername(m_username->text().trimmed());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session = dialog->takeSession();
        if (m_session)
            QDialog::accept();
    });
    dialog->open();
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
}

} // namespace trialdesk::gui
