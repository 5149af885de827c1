#include "app/gui/admin/SecurityPanel.h"

#include "app/gui/Secrets.h"
#include "app/gui/admin/NewRecoveryCodeDialog.h"
#include "app/gui/admin/ReasonDialog.h"
#include "core/services/BackupService.h"
#include "core/services/SettingsService.h"
#include "core/workspace/TrialSession.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
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
        m_backups->setColumnCount(3);
        m_backups->setRootIsDecorated(false);
        m_backups->setUniformRowHeights(true);
        m_backups->setSelectionMode(QAbstractItemView::SingleSelection);
        m_backups->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        m_backups->setMinimumHeight(m_backups->fontMetrics().lineSpacing() * 6);
        m_backUp = new QPushButton(m_backupBox);
        m_backUp->setObjectName(QStringLiteral("backUpButton"));
        m_verify = new QPushButton(m_backupBox);
        m_verify->setObjectName(QStringLiteral("verifyBackupButton"));
        m_backupMessage = wrappedLabel(m_backupBox);
        m_backupMessage->setObjectName(QStringLiteral("backupMessageLabel"));
        m_backupMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_backupStatus = wrappedLabel(m_backupBox);
        m_backupStatus->setObjectName(QStringLiteral("backupStatusLabel"));
        m_backupStatus->setTextFormat(Qt::PlainText);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_backUp);
        buttons->addWidget(m_verify);
        buttons->addStretch(1);

        // The schedule: where backups go, daily while TrialDesk is open, how many to keep, when to warn.
        m_scheduleTitle = new QLabel(m_backupBox);
        QFont bold = m_scheduleTitle->font();
        bold.setBold(true);
        m_scheduleTitle->setFont(bold);
        m_backupFolderLabel = new QLabel(m_backupBox);
        m_backupFolder = new QLineEdit(m_backupBox);
        m_backupFolder->setObjectName(QStringLiteral("backupFolderEdit"));
        m_chooseFolder = new QPushButton(m_backupBox);
        m_chooseFolder->setObjectName(QStringLiteral("chooseBackupFolderButton"));
        m_backupFolderLabel->setBuddy(m_backupFolder);
        auto *folderRow = new QHBoxLayout;
        folderRow->addWidget(m_backupFolder, 1);
        folderRow->addWidget(m_chooseFolder);
        m_daily = new QCheckBox(m_backupBox);
        m_daily->setObjectName(QStringLiteral("dailyBackupCheck"));
        m_keepLabel = new QLabel(m_backupBox);
        m_keep = new QSpinBox(m_backupBox);
        m_keep->setObjectName(QStringLiteral("backupKeepSpin"));
        m_keep->setRange(core::BackupSchedule::kMinKeep, core::BackupSchedule::kMaxKeep);
        m_keepLabel->setBuddy(m_keep);
        m_warnDaysLabel = new QLabel(m_backupBox);
        m_warnDays = new QSpinBox(m_backupBox);
        m_warnDays->setObjectName(QStringLiteral("backupWarnDaysSpin"));
        m_warnDays->setRange(core::BackupSchedule::kMinWarnDays, core::BackupSchedule::kMaxWarnDays);
        m_warnDaysLabel->setBuddy(m_warnDays);
        m_saveSchedule = new QPushButton(m_backupBox);
        m_saveSchedule->setObjectName(QStringLiteral("saveBackupScheduleButton"));
        auto *schedule = new QFormLayout;
        schedule->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        schedule->addRow(m_backupFolderLabel, folderRow);
        schedule->addRow(QString(), m_daily);
        schedule->addRow(m_keepLabel, m_keep);
        schedule->addRow(m_warnDaysLabel, m_warnDays);
        schedule->addRow(QString(), m_saveSchedule);

        auto *layout = new QVBoxLayout(m_backupBox);
        layout->addWidget(m_backupExplanation);
        layout->addWidget(m_backupStatus);
        layout->addWidget(m_backups);
        layout->addLayout(buttons);
        layout->addWidget(m_backupMessage);
        layout->addWidget(m_scheduleTitle);
        layout->addLayout(schedule);
        contentLayout->addWidget(m_backupBox);
        connect(m_backUp, &QPushButton::clicked, this, &SecurityPanel::backUp);
        connect(m_verify, &QPushButton::clicked, this, &SecurityPanel::verifyBackup);
        connect(m_chooseFolder, &QPushButton::clicked, this, &SecurityPanel::chooseBackupFolder);
        connect(m_saveSchedule, &QPushButton::clicked, this, &SecurityPanel::saveBackupSchedule);
        connect(m_backups, &QTreeWidget::itemSelectionChanged, this, [this] {
            const QTreeWidgetItem *item = m_backups->currentItem();
            m_verify->setEnabled(item && !item->data(0, kFolderRole).toString().isEmpty());
        });
        if (m_session.isServer()) {
            // A trial server is backed up on the server (core refuses TrialDesk's backups there and
            // says why, in the status line): no list, no buttons, no schedule that could not run.
            for (QWidget *widget : std::initializer_list<QWidget *> {
                     m_backupExplanation, m_backupMessage, m_backups, m_backUp, m_verify, m_scheduleTitle,
                     m_backupFolderLabel, m_backupFolder, m_chooseFolder, m_daily, m_keepLabel, m_keep, m_warnDaysLabel,
                     m_warnDays, m_saveSchedule })
                widget->hide();
        } else {
            loadBackupSchedule();
        }
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
            // Nothing to rotate on a trial server (core refuses it too): the explanation says why.
            m_rotate->setVisible(!m_session.isServer());
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
    QStringList names;
    const core::Result<QList<core::BackupInfo>> backups = core::BackupService(m_session).list();
    if (backups.ok())
        for (const core::BackupInfo &backup : backups.value())
            names << QFileInfo(backup.folder).fileName();
    return names;
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
            tr("A backup is a complete, still encrypted copy of the trial. The passwords and the recovery code "
               "valid when it was made open it. Choose a backup folder on another drive or a network share, so that "
               "backups survive this computer."));
        m_backups->setHeaderLabels({ tr("Made on"), tr("Folder"), tr("Manifest") });
        m_backUp->setText(tr("&Back up now…"));
        m_verify->setText(tr("&Verify…"));
        m_verify->setToolTip(tr("Open the selected backup with your password, as a restore would, and check its "
                                "database and its audit trail against the live one."));
        m_scheduleTitle->setText(tr("Schedule"));
        m_backupFolderLabel->setText(tr("Backup &folder:"));
        m_backupFolder->setPlaceholderText(tr("The workspace's backups folder (same disk)"));
        m_chooseFolder->setText(tr("C&hoose…"));
        m_daily->setText(tr("Back up &every day while TrialDesk is open"));
        m_keepLabel->setText(tr("&Keep the last:"));
        m_keep->setSuffix(tr(" backup(s)"));
        m_warnDaysLabel->setText(tr("&Warn when the last backup is older than:"));
        m_warnDays->setSuffix(tr(" day(s)"));
        m_saveSchedule->setText(tr("Save the &schedule…"));
    }
    if (m_keyBox) {
        m_keyBox->setTitle(tr("Database key"));
        if (m_session.isServer())
            m_keyExplanation->setText(
                tr("A trial server has no database key of TrialDesk's to rotate and no recovery code: each user "
                   "signs in with their own password on the server, the administrator resets forgotten passwords, "
                   "and the server's disks are encrypted by its operating system."));
        else
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
    if (m_session.isServer()) {
        refreshBackupStatus();
        return;
    }
    m_backups->clear();
    const core::Result<QList<core::BackupInfo>> backups = core::BackupService(m_session).list();
    if (!backups.ok())
        showMessage(m_backupMessage, backups.error().message, true);
    for (const core::BackupInfo &backup : backups.ok() ? backups.value() : QList<core::BackupInfo>()) {
        // Not named nor described by TrialDesk (copied in by hand): listed, but with no date to claim.
        const QString when = backup.createdAt.isValid()
            ? QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat)
            : tr("unknown");
        auto *item = new QTreeWidgetItem(m_backups,
                                         { when, QDir::toNativeSeparators(backup.folder),
                                           backup.complete
                                               ? tr("%n audit entries", nullptr, static_cast<int>(backup.auditEntries))
                                               : tr("none: not checked when made") });
        item->setData(0, kFolderRole, backup.folder);
        if (QFileInfo(backup.folder).fileName() == m_lastBackup)
            m_backups->setCurrentItem(item);
    }
    if (m_backups->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(m_backups, { tr("No backup yet"), QString() });
        none->setFlags(Qt::NoItemFlags);
    }
    const QTreeWidgetItem *current = m_backups->currentItem();
    m_verify->setEnabled(current && !current->data(0, kFolderRole).toString().isEmpty());
    refreshBackupStatus();
}

void SecurityPanel::refreshBackupStatus()
{
    const core::Result<core::BackupStatus> status = core::BackupService(m_session).status();
    if (!status.ok()) {
        // On a trial server this is core's reason there are no TrialDesk backups: not an error.
        m_backupStatus->setStyleSheet(m_session.isServer() ? QString() : QStringLiteral("color: #b00020;"));
        m_backupStatus->setText(status.error().message);
        return;
    }
    m_backupStatus->setStyleSheet(status->overdue ? QStringLiteral("color: #9a5b00;") : QString());
    if (!status->lastGood)
        m_backupStatus->setText(tr("Warning: there is no good backup in %1 yet. Back up now.")
                                    .arg(QDir::toNativeSeparators(status->folder)));
    else if (status->overdue)
        m_backupStatus->setText(
            tr("Warning: the last good backup is from %1, more than %n day(s) ago. Back up now.", nullptr,
               status->schedule.warnAfterDays)
                .arg(QLocale().toString(status->lastGood->createdAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_backupStatus->setText(
            tr("Last good backup: %1.")
                .arg(QLocale().toString(status->lastGood->createdAt.toLocalTime(), QLocale::ShortFormat)));
}

void SecurityPanel::loadBackupSchedule()
{
    const core::Result<core::BackupSchedule> schedule = core::SettingsService(m_session).backupSchedule();
    if (!schedule.ok()) {
        showMessage(m_backupMessage, schedule.error().message, true);
        m_saveSchedule->setEnabled(false);
        return;
    }
    m_backupFolder->setText(QDir::toNativeSeparators(schedule->folder));
    m_daily->setChecked(schedule->daily);
    m_keep->setValue(schedule->keep);
    m_warnDays->setValue(schedule->warnAfterDays);
    m_saveSchedule->setEnabled(true);
}

void SecurityPanel::chooseBackupFolder()
{
    auto *dialog = new QFileDialog(this, tr("Backup folder"), m_backupFolder->text());
    dialog->setObjectName(QStringLiteral("backupFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_backupFolder->setText(QDir::toNativeSeparators(folder)); });
    dialog->open();
}

void SecurityPanel::saveBackupSchedule()
{
    const core::BackupSchedule schedule { QDir::fromNativeSeparators(m_backupFolder->text().trimmed()),
                                          m_daily->isChecked(), m_keep->value(), m_warnDays->value() };
    auto *dialog = new ReasonDialog(
        tr("Change the backup schedule"),
        schedule.daily ? tr("Backups go to %1, every day while TrialDesk is open; the last %2 are kept.")
                             .arg(schedule.folder.isEmpty() ? tr("the workspace's backups folder")
                                                            : QDir::toNativeSeparators(schedule.folder))
                             .arg(schedule.keep)
                       : tr("Backups go to %1, made by hand only.")
                             .arg(schedule.folder.isEmpty() ? tr("the workspace's backups folder")
                                                            : QDir::toNativeSeparators(schedule.folder)),
        [this, schedule](const QString &reason) {
            return core::SettingsService(m_session).setBackupSchedule(schedule, reason);
        },
        this);
    dialog->setObjectName(QStringLiteral("backupScheduleDialog"));
    dialog->setAcceptText(tr("&Save"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        loadBackupSchedule();
        refreshBackups();
        showMessage(m_backupMessage, tr("Backup schedule saved."), false);
    });
    dialog->open();
}

void SecurityPanel::verifyBackup()
{
    const QTreeWidgetItem *item = m_backups->currentItem();
    const QString folder = item ? item->data(0, kFolderRole).toString() : QString();
    if (folder.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("verifyBackupDialog"));
    dialog->setWindowTitle(tr("Verify a backup"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *explanation = wrappedLabel(dialog);
    explanation->setText(tr("The backup %1 is opened with your password as it was when the backup was made, then "
                            "its database and its audit trail are checked against the live trial.")
                             .arg(QDir::toNativeSeparators(folder)));
    auto *password = new QLineEdit(dialog);
    password->setObjectName(QStringLiteral("verifyPasswordEdit"));
    password->setEchoMode(QLineEdit::Password);
    auto *error = wrappedLabel(dialog);
    error->setObjectName(QStringLiteral("errorLabel"));
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Verify"));
    auto *form = new QFormLayout;
    form->addRow(tr("Your &password:"), password);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, password, error, folder] {
        QByteArray secret = Secrets::take(password);
        const core::Result<core::BackupCheck> check = core::BackupService(m_session).verify(folder, secret);
        Secrets::wipe(secret);
        if (!check.ok()) {
            // Cannot be opened with this password: say so in the dialog, which stays open.
            error->setText(check.error().message);
            password->setFocus();
            return;
        }
        if (check->ok())
            showMessage(m_backupMessage,
                        tr("The backup %1 is good: its database is intact and its %n audit entries are the start "
                           "of the live trail.",
                           nullptr, static_cast<int>(check->chain.entries))
                            .arg(QDir::toNativeSeparators(folder)),
                        false);
        else
            showMessage(m_backupMessage,
                        tr("The backup %1 has problems:\n%2")
                            .arg(QDir::toNativeSeparators(folder), check->problems.join(QLatin1Char('\n'))),
                        true);
        dialog->accept();
    });
    dialog->open();
    password->setFocus();
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
        tr("A complete encrypted copy of the trial is made now in the backup folder. The entry in the audit trail "
           "records why."),
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
        const core::Result<QString> backups = core::BackupService(m_session).folder();
        const QString folder = QDir(backups.ok() ? backups.value() : QString()).filePath(m_lastBackup);
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
