#include "app/gui/BackupScheduler.h"
#include "app/gui/admin/AdministrationPage.h"
#include "app/gui/admin/NewRecoveryCodeDialog.h"
#include "app/gui/admin/ReasonDialog.h"
#include "app/gui/admin/SecurityPanel.h"
#include "core/services/BackupService.h"
#include "core/services/SettingsService.h"
#include "core/services/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "tests/support/GuiProbe.h"
#include "tests/support/TestWorkspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace trialdesk;
using trialdesk::test::child;

namespace {
using test::kAdminPassword;
using test::kUserPassword;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

class TestSecurityPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabShownToAdministratorOnly();
    void backupNeedsReasonAndAppearsInList();
    void backupScheduleRunsWarnsAndVerifies();
    void loginPolicySavedAndReadBack();
    void rotationWithWrongPasswordChangesNothing();
    void rotationShowsNewCodeUntilSaved();

private:
    std::unique_ptr<core::TrialSession> login(const QString &username, const QByteArray &password);
    static void clickOk(QDialog *dialog);
    QString keysDir() const { return QDir(m_directory).filePath(QStringLiteral("keys")); }

    test::TestWorkspace m_trial { QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                                  QStringLiteral("Security trial") };
    QString m_directory;
    QString m_recoveryCode;
    core::Workspace *m_workspace = nullptr;
    std::unique_ptr<core::TrialSession> m_admin;
};

void TestSecurityPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
    m_directory = m_trial.directory();
    m_recoveryCode = m_trial.recoveryCode();
    m_workspace = m_trial.workspace();
    QVERIFY(m_workspace);
    m_admin = login(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(m_admin);
    core::UserService users(*m_admin);
    for (const auto &[name, role] :
         { std::pair { "coord", core::Role::Coordinator }, std::pair { "monitor", core::Role::Monitor } }) {
        const core::Status added = users.add(QString::fromLatin1(name), QString::fromLatin1(name), role,
                                             QStringLiteral("ICM"), kUserPassword);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    }
}

std::unique_ptr<core::TrialSession> TestSecurityPanel::login(const QString &username, const QByteArray &password)
{
    auto session = m_workspace->login(username, password);
    if (!session.ok()) {
        qWarning("login %s failed: %s", qPrintable(username), qPrintable(session.error().message));
        return nullptr;
    }
    return std::move(session).value();
}

void TestSecurityPanel::clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
}

void TestSecurityPanel::tabShownToAdministratorOnly()
{
    gui::AdministrationPage adminPage(*m_admin);
    auto *tabs = child<QTabWidget>(&adminPage, "administrationTabs");
    auto *panel = adminPage.findChild<gui::SecurityPanel *>();
    QVERIFY(panel);
    const int index = tabs->indexOf(panel);
    QVERIFY(index >= 0);
    QCOMPARE(tabs->tabText(index), QStringLiteral("Se&curity"));
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("backUpButton")));
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("rotateKeyButton")));
    QVERIFY(panel->findChild<QSpinBox *>(QStringLiteral("maxFailuresSpin")));

    // The monitor may do none of it: no tab, and no part of the panel built anywhere.
    auto monitor = login(QStringLiteral("monitor"), kUserPassword);
    QVERIFY(monitor);
    QVERIFY(!monitor->can(core::Action::KeyRotate));
    gui::AdministrationPage monitorPage(*monitor);
    QVERIFY(!monitorPage.findChild<gui::SecurityPanel *>());
    QVERIFY(!monitorPage.findChild<QPushButton *>(QStringLiteral("rotateKeyButton")));
    for (int i = 0; i < child<QTabWidget>(&monitorPage, "administrationTabs")->count(); ++i)
        QVERIFY(!child<QTabWidget>(&monitorPage, "administrationTabs")->tabText(i).contains(QStringLiteral("curity")));
}

void TestSecurityPanel::backupNeedsReasonAndAppearsInList()
{
    gui::SecurityPanel panel(*m_admin);
    panel.resize(900, 800);
    panel.show();
    auto *list = child<QTreeWidget>(&panel, "backupList");
    QVERIFY(panel.backupFolders().isEmpty());
    QCOMPARE(list->topLevelItemCount(), 1); // the "no backup yet" line
    QVERIFY(!(list->topLevelItem(0)->flags() & Qt::ItemIsSelectable));

    child<QPushButton>(&panel, "backUpButton")->click();
    auto *dialog = panel.findChild<gui::ReasonDialog *>(QStringLiteral("backupDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // No reason: refused in the dialog, no folder made.
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->text().isEmpty());
    QVERIFY(panel.backupFolders().isEmpty());

    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Before the interim analysis"));
    clickOk(dialog);
    QTRY_VERIFY(!panel.findChild<gui::ReasonDialog *>(QStringLiteral("backupDialog")));

    const QStringList folders = panel.backupFolders();
    QCOMPARE(folders.size(), 1);
    const QString folder = QDir(m_directory).filePath(QStringLiteral("backups/") + folders.first());
    QVERIFY(QFileInfo(QDir(folder).filePath(QStringLiteral("trial.db"))).size() > 0);
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("keys/recovery.slot"))));
    // Named after the manual clock's time, listed with that date and its full path, and selected.
    QCOMPARE(folders.first(), QStringLiteral("20260302-090000-000"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *item = list->topLevelItem(0);
    QCOMPARE(item->text(1), QDir::toNativeSeparators(folder));
    QCOMPARE(
        item->text(0),
        QLocale().toString(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(list->currentItem(), item);
    QVERIFY(child<QLabel>(&panel, "backupMessageLabel")->text().contains(QDir::toNativeSeparators(folder)));

    // The backup opens with the password valid when it was made.
    auto backup = core::Workspace::open(folder, m_trial.clock());
    QVERIFY2(backup.ok(), qPrintable(backup.ok() ? QString() : backup.error().message));
    auto session = backup.value()->login(QStringLiteral("admin"), kAdminPassword);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
}

void TestSecurityPanel::backupScheduleRunsWarnsAndVerifies()
{
    QTemporaryDir offsite;
    gui::SecurityPanel panel(*m_admin);
    panel.resize(900, 1000);
    panel.show();
    auto *status = child<QLabel>(&panel, "backupStatusLabel");
    QVERIFY(status->text().startsWith(QStringLiteral("Last good backup")));

    // The schedule: another folder, daily, keep 3, warn after 2 days; saved with a reason, audited.
    auto *folder = child<QLineEdit>(&panel, "backupFolderEdit");
    QVERIFY(folder->text().isEmpty());
    folder->setText(QDir::toNativeSeparators(offsite.path()));
    child<QCheckBox>(&panel, "dailyBackupCheck")->setChecked(true);
    child<QSpinBox>(&panel, "backupKeepSpin")->setValue(3);
    child<QSpinBox>(&panel, "backupWarnDaysSpin")->setValue(2);
    child<QPushButton>(&panel, "saveBackupScheduleButton")->click();
    auto *dialog = panel.findChild<gui::ReasonDialog *>(QStringLiteral("backupScheduleDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Backups to the shared drive"));
    clickOk(dialog);
    QTRY_VERIFY(!panel.findChild<gui::ReasonDialog *>(QStringLiteral("backupScheduleDialog")));
    const core::BackupSchedule saved = core::SettingsService(*m_admin).backupSchedule().value();
    QCOMPARE(saved, (core::BackupSchedule { QDir(offsite.path()).absolutePath(), true, 3, 2 }));
    // Nothing in the new folder yet: the warning.
    QVERIFY(status->text().startsWith(QStringLiteral("Warning: there is no good backup")));
    QVERIFY(panel.backupFolders().isEmpty());

    // The scheduler backs up at once, then not again within the day; the warning clears.
    gui::BackupScheduler scheduler(*m_admin);
    QSignalSpy backedUp(&scheduler, &gui::BackupScheduler::backedUp);
    QSignalSpy warnings(&scheduler, &gui::BackupScheduler::warningChanged);
    scheduler.start();
    QVERIFY(scheduler.isActive());
    QTRY_COMPARE(backedUp.size(), 1);
    QVERIFY(backedUp.first().first().toString().startsWith(QDir(offsite.path()).absolutePath()));
    QCOMPARE(warnings.last().first().toString(), QString());
    scheduler.check();
    QCOMPARE(backedUp.size(), 1);
    // Three days on, before the next check: warned; the check backs up and clears it.
    m_trial.clock().advanceMs(3LL * 24 * 3600 * 1000);
    scheduler.refreshWarning();
    QVERIFY(warnings.last().first().toString().contains(QStringLiteral("more than 2 day")));
    scheduler.check();
    QCOMPARE(backedUp.size(), 2);
    QCOMPARE(warnings.last().first().toString(), QString());
    panel.refresh();
    QCOMPARE(panel.backupFolders().size(), 2);
    QVERIFY(status->text().startsWith(QStringLiteral("Last good backup")));

    // Verify the newest one: a wrong password keeps the dialog open; the right one says it is good.
    auto *list = child<QTreeWidget>(&panel, "backupList");
    list->setCurrentItem(list->topLevelItem(0));
    auto *verify = child<QPushButton>(&panel, "verifyBackupButton");
    QVERIFY(verify->isEnabled());
    verify->click();
    auto *verifyDialog = panel.findChild<QDialog *>(QStringLiteral("verifyBackupDialog"));
    QVERIFY(verifyDialog);
    QTest::keyClicks(child<QLineEdit>(verifyDialog, "verifyPasswordEdit"), QStringLiteral("wrong password here"));
    clickOk(verifyDialog);
    QVERIFY(verifyDialog->isVisible());
    QVERIFY(child<QLabel>(verifyDialog, "errorLabel")->text().contains(QStringLiteral("password")));
    QVERIFY(child<QLineEdit>(verifyDialog, "verifyPasswordEdit")->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(verifyDialog, "verifyPasswordEdit"), QString::fromUtf8(kAdminPassword));
    clickOk(verifyDialog);
    QTRY_VERIFY(!panel.findChild<QDialog *>(QStringLiteral("verifyBackupDialog")));
    QVERIFY2(child<QLabel>(&panel, "backupMessageLabel")->text().contains(QStringLiteral("is good")),
             qPrintable(child<QLabel>(&panel, "backupMessageLabel")->text()));
}

void TestSecurityPanel::loginPolicySavedAndReadBack()
{
    gui::SecurityPanel panel(*m_admin);
    panel.show();
    auto *failures = child<QSpinBox>(&panel, "maxFailuresSpin");
    auto *lockout = child<QSpinBox>(&panel, "lockoutMinutesSpin");
    QCOMPARE(failures->minimum(), 1);
    QCOMPARE(failures->maximum(), 100);
    QCOMPARE(lockout->minimum(), 1);
    QCOMPARE(lockout->maximum(), 1440);
    const core::LoginPolicy defaults;
    QCOMPARE(failures->value(), defaults.maxFailures);
    QCOMPARE(lockout->value(), defaults.lockoutMinutes);

    failures->setValue(7);
    lockout->setValue(45);
    child<QPushButton>(&panel, "saveLoginPolicyButton")->click();
    auto *dialog = panel.findChild<gui::ReasonDialog *>(QStringLiteral("loginPolicyDialog"));
    QVERIFY(dialog);
    // Cancelling saves nothing.
    dialog->reject();
    QCOMPARE(core::SettingsService(*m_admin).loginPolicy()->maxFailures, defaults.maxFailures);
    QTRY_VERIFY(!panel.findChild<gui::ReasonDialog *>(QStringLiteral("loginPolicyDialog")));

    child<QPushButton>(&panel, "saveLoginPolicyButton")->click();
    dialog = panel.findChild<gui::ReasonDialog *>(QStringLiteral("loginPolicyDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Security review"));
    clickOk(dialog);
    QTRY_VERIFY(!panel.findChild<gui::ReasonDialog *>(QStringLiteral("loginPolicyDialog")));
    QVERIFY(!child<QLabel>(&panel, "policyMessageLabel")->text().isEmpty());

    const core::Result<core::LoginPolicy> saved = core::SettingsService(*m_admin).loginPolicy();
    QVERIFY(saved.ok());
    QCOMPARE(saved->maxFailures, 7);
    QCOMPARE(saved->lockoutMinutes, 45);
    auto reopened = core::Workspace::open(m_directory, m_trial.clock());
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->loginPolicy().maxFailures, 7);
    QCOMPARE(reopened.value()->loginPolicy().lockoutMinutes, 45);

    // A new panel reads the saved policy back.
    gui::SecurityPanel again(*m_admin);
    QCOMPARE(child<QSpinBox>(&again, "maxFailuresSpin")->value(), 7);
    QCOMPARE(child<QSpinBox>(&again, "lockoutMinutesSpin")->value(), 45);
}

void TestSecurityPanel::rotationWithWrongPasswordChangesNothing()
{
    gui::SecurityPanel panel(*m_admin);
    panel.show();
    const QString recoverySlot = QDir(keysDir()).filePath(QStringLiteral("recovery.slot"));
    const QString adminSlot = QDir(keysDir()).filePath(QStringLiteral("user-admin.slot"));
    const QString coordSlot = QDir(keysDir()).filePath(QStringLiteral("user-coord.slot"));
    const QByteArray recoveryBefore = fileBytes(recoverySlot);
    const QByteArray adminBefore = fileBytes(adminSlot);
    const QByteArray coordBefore = fileBytes(coordSlot);
    QVERIFY(!recoveryBefore.isEmpty());
    QVERIFY(!adminBefore.isEmpty());
    QVERIFY(!coordBefore.isEmpty());

    child<QPushButton>(&panel, "rotateKeyButton")->click();
    auto *dialog = panel.findChild<gui::ReasonDialog *>(QStringLiteral("rotateKeyDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *password = child<QLineEdit>(dialog, "adminPasswordEdit");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    // Keyboard first: the password field has the focus and Tab goes on to the reason.
    QCOMPARE(dialog->focusWidget(), password);
    QTest::keyClick(password, Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, "reasonEdit"));
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Laptop stolen"));
    // No password at all: refused before the core is asked.
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->text().isEmpty());

    QTest::keyClicks(password, QStringLiteral("not the admin password"));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("password"), Qt::CaseInsensitive));
    QVERIFY(password->text().isEmpty()); // the typed secret does not linger in the field
    if (qEnvironmentVariableIsSet("TRIALDESK_GRAB_DIR")) {
        QCoreApplication::processEvents();
        QVERIFY(dialog->grab().save(
            QDir(qEnvironmentVariable("TRIALDESK_GRAB_DIR")).filePath(QStringLiteral("rotate-key-dialog.png"))));
    }
    QVERIFY(!panel.findChild<gui::NewRecoveryCodeDialog *>());
    dialog->reject();
    QTRY_VERIFY(!panel.findChild<gui::ReasonDialog *>(QStringLiteral("rotateKeyDialog")));

    QCOMPARE(fileBytes(recoverySlot), recoveryBefore);
    QCOMPARE(fileBytes(adminSlot), adminBefore);
    QCOMPARE(fileBytes(coordSlot), coordBefore);
    QVERIFY(!QFileInfo::exists(QDir(m_directory).filePath(QStringLiteral("keys.next"))));
    QVERIFY(child<QLabel>(&panel, "staleUsersLabel")->isHidden());
    // Everyone still signs in with their password.
    QVERIFY(login(QStringLiteral("coord"), kUserPassword));
}

void TestSecurityPanel::rotationShowsNewCodeUntilSaved()
{
    gui::AdministrationPage page(*m_admin);
    page.resize(1000, 900);
    page.show();
    auto *tabs = child<QTabWidget>(&page, "administrationTabs");
    auto *panel = page.findChild<gui::SecurityPanel *>();
    QVERIFY(panel);
    tabs->setCurrentWidget(panel);
    QTRY_VERIFY(panel->isVisible());
    const QString recoverySlot = QDir(keysDir()).filePath(QStringLiteral("recovery.slot"));
    const QByteArray recoveryBefore = fileBytes(recoverySlot);

    child<QPushButton>(panel, "rotateKeyButton")->click();
    auto *dialog = panel->findChild<gui::ReasonDialog *>(QStringLiteral("rotateKeyDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "adminPasswordEdit"), QString::fromUtf8(kAdminPassword));
    QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("Laptop stolen"));
    clickOk(dialog);
    QVERIFY2(!dialog->isVisible(), qPrintable(child<QLabel>(dialog, "errorLabel")->text()));

    auto *shown = panel->findChild<gui::NewRecoveryCodeDialog *>();
    QVERIFY(shown);
    QTRY_VERIFY(shown->isVisible());
    auto *codeEdit = child<QPlainTextEdit>(shown, "recoveryCodeEdit");
    const QString newCode = codeEdit->toPlainText();
    QVERIFY(!newCode.isEmpty());
    QVERIFY(newCode != m_recoveryCode);
    QVERIFY(codeEdit->isReadOnly());
    // Monospace, so the code reads unambiguously: narrow and wide letters take the same room.
    const QFontMetrics metrics(codeEdit->font());
    QCOMPARE(metrics.horizontalAdvance(QLatin1Char('i')), metrics.horizontalAdvance(QLatin1Char('W')));
    QVERIFY(fileBytes(recoverySlot) != recoveryBefore);
    // The other users lost their slot: named in the dialog and in the panel's warning.
    const QString resetUsers = child<QLabel>(shown, "resetUsersLabel")->text();
    QVERIFY(resetUsers.contains(QStringLiteral("coord")));
    QVERIFY(resetUsers.contains(QStringLiteral("monitor")));
    QVERIFY(!resetUsers.contains(QStringLiteral("admin")));
    auto *stale = child<QLabel>(panel, "staleUsersLabel");
    QVERIFY(!stale->isHidden());
    QVERIFY(stale->text().contains(QStringLiteral("coord")));
    QVERIFY(stale->text().contains(QStringLiteral("monitor")));

    child<QPushButton>(shown, "copyRecoveryCodeButton")->click();
    QCOMPARE(QApplication::clipboard()->text(), newCode);

    if (qEnvironmentVariableIsSet("TRIALDESK_GRAB_DIR")) {
        const QDir grabs(qEnvironmentVariable("TRIALDESK_GRAB_DIR"));
        QCoreApplication::processEvents(); // let the pending relayout run before the picture
        QVERIFY(page.grab().save(grabs.filePath(QStringLiteral("security-panel.png"))));
        QVERIFY(shown->grab().save(grabs.filePath(QStringLiteral("new-recovery-code.png"))));
    }

    // It cannot be closed until the code is confirmed saved: not by Escape, the window or a reject.
    auto *close = child<QPushButton>(shown, "closeButton");
    QVERIFY(!close->isEnabled());
    QTest::keyClick(shown, Qt::Key_Escape);
    QVERIFY(shown->isVisible());
    QVERIFY(!shown->close());
    QVERIFY(shown->isVisible());
    shown->reject();
    QVERIFY(shown->isVisible());
    shown->accept();
    QVERIFY(shown->isVisible());
    QVERIFY(!child<QLabel>(shown, "refusalLabel")->text().isEmpty());
    QCOMPARE(codeEdit->toPlainText(), newCode);

    auto *saved = child<QCheckBox>(shown, "recoverySavedCheckBox");
    QTest::keyClick(saved, Qt::Key_Space);
    QVERIFY(saved->isChecked());
    QVERIFY(close->isEnabled());
    // The rotation's staging folder stays until the code is confirmed saved, then goes.
    const QString staging = QDir(keysDir()).filePath(QStringLiteral("../keys.next"));
    QVERIFY(QFileInfo::exists(staging));
    close->click();
    QVERIFY(!shown->isVisible());
    QVERIFY(!QFileInfo::exists(staging));
    QCOMPARE(codeEdit->toPlainText(), QString()); // the code leaves the widget with the dialog
    QTRY_VERIFY(!panel->findChild<gui::NewRecoveryCodeDialog *>());

    // The administrator keeps their password; the others cannot sign in until reset.
    QVERIFY(login(QStringLiteral("admin"), kAdminPassword));
    QVERIFY(!m_workspace->login(QStringLiteral("coord"), kUserPassword).ok());

    // The old code no longer opens the trial; the new one does.
    const QByteArray newPassword = QByteArrayLiteral("a brand new admin password");
    QVERIFY(!m_workspace->recover(m_recoveryCode, QStringLiteral("admin"), newPassword).ok());
    auto recovered = m_workspace->recover(newCode, QStringLiteral("admin"), newPassword);
    QVERIFY2(recovered.ok(), qPrintable(recovered.ok() ? QString() : recovered.error().message));
}

QTEST_MAIN(TestSecurityPanel)
#include "tst_securitypanel.moc"
