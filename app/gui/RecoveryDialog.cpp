#include "app/gui/RecoveryDialog.h"

#include "app/gui/PasswordPairWidget.h"
#include "app/gui/Secrets.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <sodium.h>

namespace trialdesk::gui {

RecoveryDialog::RecoveryDialog(core::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_code(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_passwords(new PasswordPairWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Modal dialogs cannot see a language change (it is made from a page behind them), so the texts
    // are set once here.
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Open the trial with the recovery code"));
    m_code->setObjectName(QStringLiteral("recoveryCodeEdit"));
    m_username->setObjectName(QStringLiteral("adminUsernameEdit"));
    m_passwords->setObjectName(QStringLiteral("newPasswords"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::TypeWriter);
    mono.setFixedPitch(true);
    m_code->setFont(mono);
    m_code->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open and set password"));

    auto *explanation = new QLabel(tr("Type the recovery code shown when the trial was created, your administrator "
                                      "user name, and a new password. The use of the recovery code is recorded in "
                                      "the audit trail."),
                                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Recovery &code:"), m_code);
    form->addRow(tr("Administrator &user name:"), m_username);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_passwords);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecoveryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecoveryDialog::reject);
    setMinimumWidth(480);
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::setAdminUsername(const QString &username)
{
    m_username->setText(username);
}

std::unique_ptr<core::TrialSession> RecoveryDialog::takeSession()
{
    return std::move(m_session);
}

void RecoveryDialog::accept()
{
    if (m_code->text().trimmed().isEmpty() || m_username->text().trimmed().isEmpty()) {
        m_error->setText(tr("Type the recovery code and the administrator's user name."));
        return;
    }
    if (!m_passwords->isAcceptable()) {
        m_error->setText(m_passwords->problem());
        return;
    }
    QByteArray code = Secrets::take(m_code);
    QString codeText = QString::fromUtf8(code);
    QByteArray password = m_passwords->password();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::Result<std::unique_ptr<core::TrialSession>> result
        = m_workspace.recover(codeText.trimmed(), m_username->text().trimmed(), password);
    QApplication::restoreOverrideCursor();
    Secrets::wipe(password);
    Secrets::wipe(code);
    if (!codeText.isEmpty())
        sodium_memzero(codeText.data(), static_cast<size_t>(codeText.size()) * sizeof(QChar));
    if (!result.ok()) {
        m_error->setText(result.error().message);
        return;
    }
    m_passwords->clear();
    m_session = std::move(result).value();
    QDialog::accept();
}

} // namespace trialdesk::gui
