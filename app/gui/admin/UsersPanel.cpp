#include "app/gui/admin/UsersPanel.h"

#include "app/gui/PasswordPairWidget.h"
#include "app/gui/Secrets.h"
#include "app/gui/admin/AddUserDialog.h"
#include "app/gui/admin/ReasonDialog.h"
#include "core/security/Permissions.h"
#include "core/services/SiteService.h"
#include "core/services/UserService.h"
#include "core/workspace/TrialSession.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace trialdesk::gui {

namespace {
enum Column { UsernameColumn, DisplayNameColumn, RoleColumn, SiteColumn, StatusColumn, CreatedColumn, ColumnCount };
constexpr int kActiveRole = Qt::UserRole + 1;
constexpr int kRoleRole = Qt::UserRole + 2;
} // namespace

UsersPanel::UsersPanel(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_deactivate(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_changeRole(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("usersPanel"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_deactivate->setObjectName(QStringLiteral("deactivateUserButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_changeRole->setObjectName(QStringLiteral("changeRoleButton"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_add, m_deactivate, m_reset, m_changeRole })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &UsersPanel::addUser);
    connect(m_deactivate, &QPushButton::clicked, this, &UsersPanel::deactivateUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPanel::resetPassword);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersPanel::changeRole);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPanel::updateButtons);
    retranslate();
    refresh();
}

void UsersPanel::refresh()
{
    const QString selected = selectedUsername();
    m_model->removeRows(0, m_model->rowCount());
    const core::Result<QList<core::UserInfo>> users = core::UserService(m_session).list();
    if (!users.ok()) {
        showMessage(users.error().message, true);
        updateButtons();
        return;
    }
    m_table->setSortingEnabled(false);
    for (const core::UserInfo &user : users.value()) {
        QList<QStandardItem *> row;
        row << new QStandardItem(user.username) << new QStandardItem(user.displayName)
            << new QStandardItem(core::roleDisplayName(user.role))
            << new QStandardItem(user.siteCode.isEmpty() ? tr("all sites") : user.siteCode)
            << new QStandardItem(user.active ? tr("active") : tr("deactivated"))
            << new QStandardItem(QLocale().toString(user.createdAt.toLocalTime(), QLocale::ShortFormat));
        row.first()->setData(user.active, kActiveRole);
        row.first()->setData(static_cast<int>(user.role), kRoleRole);
        if (!user.active)
            for (QStandardItem *item : row)
                item->setForeground(QBrush(Qt::gray));
        m_model->appendRow(row);
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectUser(selected);
    updateButtons();
}

QString UsersPanel::selectedUsername() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(UsernameColumn);
    return rows.isEmpty() ? QString() : rows.first().data().toString();
}

bool UsersPanel::selectUser(const QString &username)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, UsernameColumn)->text() == username) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void UsersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void UsersPanel::retranslate()
{
    m_model->setHorizontalHeaderLabels(
        { tr("User name"), tr("Display name"), tr("Role"), tr("Site"), tr("Status"), tr("Created") });
    m_add->setText(tr("&Add user…"));
    m_deactivate->setText(tr("&Deactivate…"));
    m_reset->setText(tr("Reset &password…"));
    m_changeRole->setText(tr("Change r&ole…"));
}

void UsersPanel::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(UsernameColumn);
    const bool activeSelected = !rows.isEmpty() && rows.first().data(kActiveRole).toBool();
    const bool self = !rows.isEmpty() && rows.first().data().toString() == m_session.user().username;
    m_deactivate->setEnabled(activeSelected && !self);
    m_reset->setEnabled(activeSelected);
    m_changeRole->setEnabled(activeSelected && !self);
}

void UsersPanel::addUser()
{
    const core::Result<QList<core::Site>> sites = core::SiteService(m_session).list();
    auto *dialog = new AddUserDialog(m_session, sites.ok() ? sites.value() : QList<core::Site>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString added = dialog->addedUsername();
        refresh();
        selectUser(added);
        showMessage(tr("User %1 added.").arg(added), false);
    });
    dialog->open();
}

void UsersPanel::deactivateUser()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    auto *dialog = new ReasonDialog(
        tr("Deactivate %1").arg(username),
        tr("%1 will no longer be able to sign in: their key slot is removed. Their past entries stay in the audit "
           "trail.")
            .arg(username),
        [this, username](const QString &reason) { return core::UserService(m_session).deactivate(username, reason); },
        this);
    dialog->setObjectName(QStringLiteral("deactivateDialog"));
    dialog->setAcceptText(tr("&Deactivate"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, username] {
        refresh();
        showMessage(tr("User %1 deactivated.").arg(username), false);
        offerKeyRotation(username);
    });
    dialog->open();
}

void UsersPanel::offerKeyRotation(const QString &username)
{
    if (!m_session.can(core::Action::KeyRotate))
        return;
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Rotate the database key?"),
        tr("Copies of %1's key slot in backups still open the trial with the current key. Rotate the key now so "
           "that they no longer do? Every other user will then need a new password.")
            .arg(username),
        QMessageBox::Yes | QMessageBox::No, this);
    question->setObjectName(QStringLiteral("offerKeyRotationBox"));
    question->setDefaultButton(QMessageBox::Yes);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            emit keyRotationRequested();
    });
    question->open();
}

void UsersPanel::resetPassword()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    auto *passwords = new PasswordPairWidget;
    passwords->setObjectName(QStringLiteral("newPasswords"));
    auto *dialog = new ReasonDialog(
        tr("Reset the password of %1").arg(username),
        tr("Set a new password for %1 and give it to them in private.").arg(username),
        [this, username, passwords](const QString &reason) -> core::Status {
            if (!passwords->isAcceptable())
                return core::makeError(core::ErrorCode::InvalidInput, passwords->problem());
            QByteArray password = passwords->password();
            const core::Status status = core::UserService(m_session).resetPassword(username, password, reason);
            Secrets::wipe(password);
            if (status.ok())
                passwords->clear();
            return status;
        },
        this);
    dialog->setObjectName(QStringLiteral("resetPasswordDialog"));
    dialog->addField(QString(), passwords);
    dialog->setAcceptText(tr("&Reset password"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, username] { showMessage(tr("The password of %1 was reset.").arg(username), false); });
    dialog->open();
}

void UsersPanel::changeRole()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(UsernameColumn);
    if (rows.isEmpty())
        return;
    const QString username = rows.first().data().toString();
    const int currentRole = rows.first().data(kRoleRole).toInt();
    auto *roles = new QComboBox;
    roles->setObjectName(QStringLiteral("roleCombo"));
    for (core::Role role : core::allRoles())
        roles->addItem(core::roleDisplayName(role), static_cast<int>(role));
    roles->setCurrentIndex(roles->findData(currentRole));
    auto *dialog = new ReasonDialog(
        tr("Change the role of %1").arg(username),
        tr("The new role decides what %1 may see and do from their next sign-in.").arg(username),
        [this, username, roles](const QString &reason) {
            return core::UserService(m_session).changeRole(
                username, static_cast<core::Role>(roles->currentData().toInt()), reason);
        },
        this);
    dialog->setObjectName(QStringLiteral("changeRoleDialog"));
    dialog->addField(tr("New r&ole:"), roles);
    dialog->setAcceptText(tr("&Change role"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, username] {
        refresh();
        showMessage(tr("The role of %1 was changed.").arg(username), false);
    });
    dialog->open();
}

void UsersPanel::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
    m_message->setText(text);
}

} // namespace trialdesk::gui
