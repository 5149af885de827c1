#include "app/gui/LoginDialog.h"
#include "app/gui/PasswordPairWidget.h"
#include "app/gui/RecoveryDialog.h"
#include "core/services/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "tests/support/GuiProbe.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace trialdesk;
using trialdesk::test::child;

namespace {
const QString kAdminPassword = QStringLiteral("correct horse battery staple");
const QString kUserPassword = QStringLiteral("coordinator passphrase");
} // namespace

class TestLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loginSucceeds();
    void missingFieldsAreExplained();
    void wrongPasswordShowsError();
    void unknownUserShowsError();
    void lockoutAfterFiveFailures();
    void recoveryCodeOpensTheTrial();

private:
    void attempt(const QString &username, const QString &password);

    QTemporaryDir m_temp;
    core::ManualClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC) };
    QString m_recoveryCode;
    std::unique_ptr<core::Workspace> m_workspace;
    std::unique_ptr<gui::LoginDialog> m_dialog;
};

void TestLogin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_temp.isValid());
    core::NewTrial trial;
    trial.directory = m_temp.filePath(QStringLiteral("ws"));
    trial.trialName = QStringLiteral("Login trial");
    trial.adminUsername = QStringLiteral("admin");
    trial.adminDisplayName = QStringLiteral("Ada Admin");
    trial.adminPassword = kAdminPassword.toUtf8();
    auto created = core::Workspace::create(trial, m_clock);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    m_recoveryCode = created.value();
    auto opened = core::Workspace::open(trial.directory, m_clock);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_workspace = std::move(opened).value();

    auto admin = m_workspace->login(QStringLiteral("admin"), kAdminPassword.toUtf8());
    QVERIFY(admin.ok());
    const core::Status added = core::UserService(*admin.value())
                                   .add(QStringLiteral("carol"), QStringLiteral("Carol Coordinator"),
                                        core::Role::Coordinator, QStringLiteral("ICM"), kUserPassword.toUtf8());
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
}

void TestLogin::init()
{
    m_dialog = std::make_unique<gui::LoginDialog>(*m_workspace);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestLogin::cleanup()
{
    m_dialog.reset();
}

void TestLogin::attempt(const QString &username, const QString &password)
{
    auto *user = child<QLineEdit>(m_dialog.get(), "usernameEdit");
    user->clear();
    QTest::keyClicks(user, username);
    auto *pass = child<QLineEdit>(m_dialog.get(), "passwordEdit");
    pass->clear();
    QTest::keyClicks(pass, password);
    child<QPushButton>(m_dialog.get(), "loginButton")->click();
}

void TestLogin::loginSucceeds()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    attempt(QStringLiteral("carol"), kUserPassword);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    std::unique_ptr<core::TrialSession> session = m_dialog->takeSession();
    QVERIFY(session);
    QCOMPARE(session->user().username, QStringLiteral("carol"));
    QCOMPARE(session->role(), core::Role::Coordinator);
    // The password does not stay in the widget.
    QVERIFY(child<QLineEdit>(m_dialog.get(), "passwordEdit")->text().isEmpty());
}

void TestLogin::missingFieldsAreExplained()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    child<QPushButton>(m_dialog.get(), "loginButton")->click();
    QVERIFY(child<QLabel>(m_dialog.get(), "errorLabel")->text().contains(QStringLiteral("user name")));
    QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "usernameEdit"), QStringLiteral("carol"));
    QTest::keyClick(child<QLineEdit>(m_dialog.get(), "usernameEdit"), Qt::Key_Return);
    QVERIFY(child<QLabel>(m_dialog.get(), "errorLabel")->text().contains(QStringLiteral("password")));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_dialog->isVisible());
}

void TestLogin::wrongPasswordShowsError()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    attempt(QStringLiteral("admin"), QStringLiteral("not the admin password"));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->takeSession());
    const QString error = child<QLabel>(m_dialog.get(), "errorLabel")->text();
    QVERIFY2(error.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(child<QLineEdit>(m_dialog.get(), "passwordEdit")->text().isEmpty());

    // The right password still works after one failure, and clears the error.
    attempt(QStringLiteral("admin"), kAdminPassword);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(m_dialog->takeSession());
}

void TestLogin::unknownUserShowsError()
{
    attempt(QStringLiteral("nobody"), QStringLiteral("whatever password"));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!child<QLabel>(m_dialog.get(), "errorLabel")->text().isEmpty());
    QVERIFY(!m_dialog->takeSession());
}

void TestLogin::lockoutAfterFiveFailures()
{
    auto *error = child<QLabel>(m_dialog.get(), "errorLabel");
    for (int failure = 1; failure <= 4; ++failure) {
        attempt(QStringLiteral("carol"), QStringLiteral("wrong password %1").arg(failure));
        QVERIFY2(!error->text().contains(QStringLiteral("locked")), qPrintable(error->text()));
    }
    attempt(QStringLiteral("carol"), QStringLiteral("wrong password 5"));
    QVERIFY2(error->text().contains(QStringLiteral("locked")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("minute")), qPrintable(error->text()));
    QVERIFY(m_workspace->lockoutRemainingSeconds(QStringLiteral("carol")) > 0);

    // While locked out even the right password is refused, with the time left.
    error->clear();
    attempt(QStringLiteral("carol"), kUserPassword);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->takeSession());
    QVERIFY2(error->text().contains(QStringLiteral("locked")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("15 minute")), qPrintable(error->text()));

    // Other accounts are not affected; the lockout ends with the policy's delay.
    m_clock.advanceMs(qint64(m_workspace->loginPolicy().lockoutMinutes) * 60 * 1000 + 1000);
    QCOMPARE(m_workspace->lockoutRemainingSeconds(QStringLiteral("carol")), qint64(0));
    attempt(QStringLiteral("carol"), kUserPassword);
    QVERIFY(m_dialog->takeSession());
}

void TestLogin::recoveryCodeOpensTheTrial()
{
    QTest::keyClicks(child<QLineEdit>(m_dialog.get(), "usernameEdit"), QStringLiteral("admin"));
    child<QPushButton>(m_dialog.get(), "useRecoveryCodeButton")->click();
    auto *recovery = m_dialog->findChild<gui::RecoveryDialog *>();
    QVERIFY(recovery);
    QTRY_VERIFY(recovery->isVisible());
    QCOMPARE(child<QLineEdit>(recovery, "adminUsernameEdit")->text(), QStringLiteral("admin"));
    auto *code = child<QLineEdit>(recovery, "recoveryCodeEdit");
    QTest::keyClicks(code, QStringLiteral("WRONG-CODE-0000"));
    const QString newPassword = QStringLiteral("a brand new admin passphrase");
    QTest::keyClicks(child<QLineEdit>(recovery, "newPasswordEdit"), newPassword);
    QTest::keyClicks(child<QLineEdit>(recovery, "confirmPasswordEdit"), newPassword);
    recovery->accept();
    QVERIFY(recovery->isVisible());
    QVERIFY(!child<QLabel>(recovery, "errorLabel")->text().isEmpty());
    QVERIFY(code->text().isEmpty());

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::keyClicks(code, m_recoveryCode);
    recovery->accept();
    QCOMPARE(accepted.count(), 1);
    std::unique_ptr<core::TrialSession> session = m_dialog->takeSession();
    QVERIFY(session);
    QCOMPARE(session->user().username, QStringLiteral("admin"));
    session.reset();
    // The password chosen in the dialog is now the administrator's.
    auto withNewPassword = m_workspace->login(QStringLiteral("admin"), newPassword.toUtf8());
    QVERIFY2(withNewPassword.ok(), qPrintable(withNewPassword.ok() ? QString() : withNewPassword.error().message));
}

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
