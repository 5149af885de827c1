#include "SecurityPanel.h"

#include "NewRecoveryCodeDialog.h"
#include "ReasonDialog.h"
#include "Secrets.h"
#include "services/BackupService.h"
#include "services/SettingsService.h"
#include "workspace/TrialSession.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <sodium.h>

namespace trialdesk::gui {

namespace {

// BackupService names each backup folder after the UTC time it was made.
const QString kBackupStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
constexpr int kFolderRole = Qt::UserRole + 1;

// The recovery code is a secret: overwrite it once it has been handed to the widget showing it.
void wipe(QString &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()) * sizeof(QChar));
    secret.clear();
}

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SecurityPanel::SecurityPanel(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("securityPanel"));
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    if (m_session.can(core::Action::WorkspaceBackup)) {
        m_backupBox = new QGroupBox(content);
        m_backupBox->setObjectName(QStringLiteral("backupBox"));
        m_backupExplanation = wrappedLabel(m_backupBox);
        m_backups = new QTreeWidget(m_backupBox);
        m_backups->setObjectName(QStringLiteral("backupList"));
        m_backups->setColumnCount(2);
        m_backups->setRootIsDecorated(false);
        m_backups->setUniformRowHeights(true);
        m_backups->setSelectionMode(QAbstractItemView::SingleSelection);
        m_backups->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        m_backups->setMinimumHeight(m_backups->fontMetrics().lineSpacing() * 6);
        m_backUp = new QPushButton(m_backupBox);
        m_backUp->setObjectName(QStringLiteral("backUpButton"));
        m_backupMessage = wrappedLabel(m_backupBox);
        m_backupMessage->setObjectName(QStringLiteral("backupMessageLabel"));
        m_backupMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_backUp);
        buttons->addStretch(1);
        auto *layout = new QVBoxLayout(m_backupBox);
        layout->addWidget(m_backupExplanation);
        layout->addWidget(m_backups);
        layout->addLayout(buttons);
        layout->addWidget(m_backupMessage);
        contentLayout->addWidget(m_backupBox);
        connect(m_backUp, &QPushButton::clicked, this, &SecurityPanel::backUp);
    }

    if (m_session.can(core::Action::KeyRotate) || m_session.can(core::Action::UserManage)) {
        m_keyBox = new QGroupBox(content);
        m_keyBox->setObjectName(QStringLiteral("keyBox"));
        m_keyExplanation = wrappedLabel(m_keyBox);
        m_staleUsers = wrappedLabel(m_keyBox);
        m_staleUsers->setObjectName(QStringLiteral("staleUsersLabel"));
        m_staleUsers->setTextFormat(Qt::PlainText);
        m_staleUsers->setStyleSheet(QStringLiteral("color: #9a5b00;"));
        m_staleUsers->hide();
        auto *layout = new QVBoxLayout(m_keyBox);
        layout->addWidget(m_keyExplanation);
        layout->addWidget(m_staleUsers);
        if (m_session.can(core::Action::KeyRotate)) {
            m_rotate = new QPushButton(m_keyBox);
            m_rotate->setObjectName(QStringLiteral("rotateKeyButton"));
            m_keyMessage = wrappedLabel(m_keyBox);
            m_keyMessage->setObjectName(QStringLiteral("keyMessageLabel"));
            auto *buttons = new QHBoxLayout;
            buttons->addWidget(m_rotate);
            buttons->addStretch(1);
            layout->addLayout(buttons);
            layout->addWidget(m_keyMessage);
            connect(m_rotate, &QPushButton::clicked, this, &SecurityPanel::rotateKey);
        }
        contentLayout->addWidget(m_keyBox);
    }

    if (m_session.can(core::Action::UserManage)) {
        m_policyBox = new QGroupBox(content);
        m_policyBox->setObjectName(QStringLiteral("loginPolicyBox"));
        m_policyExplanation = wrappedLabel(m_policyBox);
        m_maxFailuresLabel = new QLabel(m_policyBox);
        m_maxFailures = new QSpinBox(m_policyBox);
        m_maxFailures->setObjectName(QStringLiteral("maxFailuresSpin"));
        m_maxFailures->setRange(1, 100);
        m_lockoutLabel = new QLabel(m_policyBox);
        m_lockoutMinutes = new QSpinBox(m_policyBox);
        m_lockoutMinutes->setObjectName(QStringLiteral("lockoutMinutesSpin"));
        m_lockoutMinutes->setRange(1, 1440);
        m_maxFailuresLabel->setBuddy(m_maxFailures);
        m_lockoutLabel->setBuddy(m_lockoutMinutes);
        m_savePolicy = new QPushButton(m_policyBox);
        m_savePolicy->setObjectName(QStringLiteral("saveLoginPolicyButton"));
        m_policyMessage = wrappedLabel(m_policyBox);
        m_policyMessage->setObjectName(QStringLiteral("policyMessageLabel"));
        auto *layout = new QFormLayout(m_policyBox);
        // Small numbers: full-width spin boxes would only spread them out.
        layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        layout->addRow(m_policyExplanation);
        layout->addRow(m_maxFailuresLabel, m_maxFailures);
        layout->addRow(m_lockoutLabel, m_lockoutMinutes);
        layout->addRow(QString(), m_savePolicy);
        layout->addRow(m_policyMessage);
        contentLayout->addWidget(m_policyBox);
        connect(m_savePolicy, &QPushButton::clicked, this, &SecurityPanel::saveLoginPolicy);
        loadLoginPolicy();
    }
    contentLayout->addStretch(1);
    // Long lines across a wide screen are hard to read: keep the groups at a comfortable width.
    for (QGroupBox *box : { m_backupBox, m_keyBox, m_policyBox })
        if (box)
            box->setMaximumWidth(760);

    // The three groups can be taller than a small window.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("securityScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The texts wrap to the width available: scrolling only ever needs to be vertical.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    retranslate();
    refresh();
}

void SecurityPanel::refresh()
{
    refreshBackups();
    refreshStaleUsers();
}

QStringList SecurityPanel::backupFolders() const
{
    const QDir backups(QDir(m_session.workspaceDirectory()).filePath(QStringLiteral("backups")));
    return backups.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
}

void SecurityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void SecurityPanel::showEvent(QShowEvent *event)
{
    // Passwords reset in the Users tab, or backups made from the command line, show on return here.
    refresh();
    QWidget::showEvent(event);
}

void SecurityPanel::retranslate()
{
    if (m_backupBox) {
        m_backupBox->setTitle(tr("Backups"));
        m_backupExplanation->setText(
            tr("A backup is a complete, still encrypted copy of the trial, made in the workspace's backups folder. "
               "The passwords and the recovery code valid when it was made open it. Copy backup folders to a safe "
               "place away from this computer."));
        m_backups->setHeaderLabels({ tr("Made on"), tr("Folder") });
        m_backUp->setText(tr("&Back up now…"));
    }
    if (m_keyBox) {
        m_keyBox->setTitle(tr("Database key"));
        m_keyExplanation->setText(
            tr("Rotating the database key re-encrypts the trial's data under a new random key, for example after a "
               "computer or a recovery code may have been exposed. A new recovery code replaces the old one, which "
               "stops working. Your own password keeps working; every other user must then get a new password from "
               "you (Users tab, Reset password…). Make a backup first."));
        if (m_rotate)
            m_rotate->setText(tr("&Rotate the database key…"));
    }
    if (m_policyBox) {
        m_policyBox->setTitle(tr("Login policy"));
        m_policyExplanation->setText(tr("After this many failed sign-ins in a row, the account is locked for the "
                                        "given time. The policy applies to the whole trial."));
        m_maxFailuresLabel->setText(tr("&Maximum failed sign-ins:"));
        m_lockoutLabel->setText(tr("L&ockout duration:"));
        m_lockoutMinutes->setSuffix(tr(" min"));
        m_savePolicy->setText(tr("Save login &policy…"));
    }
}

void SecurityPanel::refreshBackups()
{
    if (!m_backups)
        return;
    m_backups->clear();
    const QDir backups(QDir(m_session.workspaceDirectory()).filePath(QStringLiteral("backups")));
    for (const QString &folder : backupFolders()) {
        QDateTime made = QDateTime::fromString(folder, kBackupStampFormat);
        QString when;
        if (made.isValid()) {
            made.setTimeSpec(Qt::UTC);
            when = QLocale().toString(made.toLocalTime(), QLocale::ShortFormat);
        } else {
            // Not named by TrialDesk (copied in by hand): listed, but with no date to claim.
            when = tr("unknown");
        }
        auto *item = new QTreeWidgetItem(m_backups, { when, QDir::toNativeSeparators(backups.filePath(folder)) });
        item->setData(0, kFolderRole, folder);
        if (folder == m_lastBackup)
            m_backups->setCurrentItem(item);
    }
    if (m_backups->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_backups, { tr("No backup yet"), QString() });
        none->setFlags(Qt::NoItemFlags);
    }
}

void SecurityPanel::refreshStaleUsers()
{
    if (!m_staleUsers)
        return;
    if (!m_session.can(core::Action::UserManage)) {
        m_staleUsers->hide();
        return;
    }
    const core::Result<QStringList> stale = core::KeyService(m_session).usersWithoutValidSlot();
    if (!stale.ok()) {
        m_staleUsers->setText(stale.error().message);
        m_staleUsers->show();
        return;
    }
    const QStringList users = stale.value();
    m_staleUsers->setVisible(!users.isEmpty());
    if (!users.isEmpty())
        m_staleUsers->setText(tr("%n user(s) cannot sign in until you set a new password for them (Users tab, Reset "
                                 "password…): %1",
                                 nullptr, static_cast<int>(users.size()))
                                  .arg(users.join(QStringLiteral(", "))));
}

void SecurityPanel::loadLoginPolicy()
{
    const core::Result<core::LoginPolicy> policy = core::SettingsService(m_session).loginPolicy();
    if (!policy.ok()) {
        showMessage(m_policyMessage, policy.error().message, true);
        m_savePolicy->setEnabled(false);
        return;
    }
    m_maxFailures->setValue(policy->maxFailures);
    m_lockoutMinutes->setValue(policy->lockoutMinutes);
    m_savePolicy->setEnabled(true);
}

void SecurityPanel::backUp()
{
    auto *dialog = new ReasonDialog(
        tr("Back up the trial"),
        tr("A complete encrypted copy of the trial is made now in the workspace's backups folder. The entry in the "
           "audit trail records why."),
        [this](const QString &reason) -> core::Status {
            core::Result<QString> folder = core::BackupService(m_session).create(reason);
            if (!folder.ok())
                return folder.error();
            m_lastBackup = QFileInfo(folder.value()).fileName();
            return {};
        },
        this);
    dialog->setObjectName(QStringLiteral("backupDialog"));
    dialog->setAcceptText(tr("&Back up"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refreshBackups();
        const QString folder = QDir(m_session.workspaceDirectory()).filePath(QStringLiteral("backups/") + m_lastBackup);
        showMessage(m_backupMessage,
                    tr("Backup saved in %1. Copy it to a safe place away from this computer.")
                        .arg(QDir::toNativeSeparators(folder)),
                    false);
    });
    dialog->open();
}

void SecurityPanel::rotateKey()
{
    auto *password = new QLineEdit;
    password->setObjectName(QStringLiteral("adminPasswordEdit"));
    password->setEchoMode(QLineEdit::Password);
    auto *dialog = new ReasonDialog(
        tr("Rotate the database key"),
        tr("The trial's data is re-encrypted under a new key and a new recovery code is shown once. Every other "
           "user's password stops working until you set a new one for them. Type your own password: it protects "
           "your access under the new key."),
        [this, password](const QString &reason) -> core::Status {
            if (password->text().isEmpty()) {
                password->setFocus();
                return core::makeError(core::ErrorCode::InvalidInput,
                                       tr("Type your password to rotate the key: it protects your own access under "
                                          "the new key."));
            }
            QByteArray secret = Secrets::take(password);
            core::Result<core::KeyService::Rotation> rotated = core::KeyService(m_session).rotate(secret, reason);
            Secrets::wipe(secret);
            if (!rotated.ok()) {
                password->setFocus();
                return rotated.error();
            }
            m_rotation = std::move(rotated).value();
            return {};
        },
        this);
    dialog->setObjectName(QStringLiteral("rotateKeyDialog"));
    dialog->addField(tr("Your &password:"), password);
    dialog->setAcceptText(tr("Rotate &key"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The password comes first, in the order the dialog reads; Tab then goes on to the reason.
    password->setFocus();
    connect(dialog, &QDialog::accepted, this, &SecurityPanel::showNewRecoveryCode);
    dialog->open();
}

void SecurityPanel::showNewRecoveryCode()
{
    if (!m_rotation)
        return;
    auto *dialog = new NewRecoveryCodeDialog(m_rotation->recoveryCode, m_rotation->resetUsers, this);
    const int reset = static_cast<int>(m_rotation->resetUsers.size());
    wipe(m_rotation->recoveryCode);
    m_rotation.reset();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog closes only once the code is confirmed saved: the rotation is then over.
    connect(dialog, &QDialog::finished, this, [this] {
        if (core::Status confirmed = core::KeyService(m_session).confirmRecoveryCodeShown(); !confirmed)
            showMessage(m_keyMessage, confirmed.error().message, true);
    });
    refreshStaleUsers();
    showMessage(m_keyMessage,
                reset == 0 ? tr("The database key was rotated.")
                           : tr("The database key was rotated. %n user(s) need a new password.", nullptr, reset),
                false);
    dialog->open();
}

void SecurityPanel::saveLoginPolicy()
{
    const core::LoginPolicy policy { m_maxFailures->value(), m_lockoutMinutes->value() };
    auto *dialog = new ReasonDialog(
        tr("Change the login policy"),
        tr("New policy: maximum failed sign-ins in a row %1, lockout duration %2 min.")
            .arg(policy.maxFailures)
            .arg(policy.lockoutMinutes),
        [this, policy](const QString &reason) {
            return core::SettingsService(m_session).setLoginPolicy(policy, reason);
        },
        this);
    dialog->setObjectName(QStringLiteral("loginPolicyDialog"));
    dialog->setAcceptText(tr("&Save"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        loadLoginPolicy();
        showMessage(m_policyMessage, tr("Login policy saved. It applies to the next sign-ins and unlocks."), false);
    });
    dialog->open();
}

void SecurityPanel::showMessage(QLabel *label, const QString &text, bool error)
{
    label->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
    label->setText(text);
}

} // namespace trialdesk::gui
