#include "app/gui/admin/AddUserDialog.h"

#include "app/gui/PasswordPairWidget.h"
#include "app/gui/Secrets.h"
#include "core/services/UserService.h"
#include "core/workspace/TrialSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace trialdesk::gui {

AddUserDialog::AddUserDialog(core::TrialSession &session, const QList<core::Site> &sites, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_passwords(new PasswordPairWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Modal and short-lived: the language cannot change while it is open, so texts are set once.
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add a user"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_passwords->setObjectName(QStringLiteral("initialPasswords"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_username->setPlaceholderText(tr("lower-case letters, digits, '.', '_' or '-'"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add user"));

    for (core::Role role : core::allRoles())
        m_role->addItem(core::roleDisplayName(role), static_cast<int>(role));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(core::Role::Coordinator)));
    m_site->addItem(tr("All sites"), QString());
    const bool french = QLocale().language() == QLocale::French;
    for (const core::Site &site : sites)
        if (site.active)
            m_site->addItem(QStringLiteral("%1 — %2").arg(site.code, french ? site.nameFr : site.nameEn), site.code);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Site:"), m_site);
    auto *note = new QLabel(tr("Give the initial password to the person in private; they should change it at their "
                               "first sign-in (My account)."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_passwords);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    setMinimumWidth(480);
}

void AddUserDialog::accept()
{
    const QString username = m_username->text().trimmed();
    const QString displayName = m_displayName->text().simplified();
    if (username.isEmpty() || displayName.isEmpty()) {
        m_error->setText(tr("Give the user name and the display name."));
        return;
    }
    if (!m_passwords->isAcceptable()) {
        m_error->setText(m_passwords->problem());
        return;
    }
    const auto role = static_cast<core::Role>(m_role->currentData().toInt());
    QByteArray password = m_passwords->password();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status
        = core::UserService(m_session).add(username, displayName, role, m_site->currentData().toString(), password);
    QApplication::restoreOverrideCursor();
    Secrets::wipe(password);
    if (!status.ok()) {
        m_error->setText(status.error().message);
        return;
    }
    m_passwords->clear();
    m_added = username;
    QDialog::accept();
}

} // namespace trialdesk::gui
