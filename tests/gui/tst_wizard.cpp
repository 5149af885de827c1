#include "app/gui/FirstRunWizard.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "tests/support/GuiProbe.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace trialdesk;
using trialdesk::test::child;

namespace {
const QString kPassword = QStringLiteral("correct horse battery staple");
const QString kNewPassword = QStringLiteral("another long passphrase");
} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesNonEmptyFolder();
    void validatesAdministratorAndSites();
    void createsWorkspaceAndRequiresRecoveryConfirmation();

private:
    void fillTrialPage(gui::FirstRunWizard &wizard, const QString &folder);
    void fillAdminPage(gui::FirstRunWizard &wizard);

    core::ManualClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC) };
};

void TestWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWizard::fillTrialPage(gui::FirstRunWizard &wizard, const QString &folder)
{
    QTest::keyClicks(child<QLineEdit>(&wizard, "trialNameEdit"), QStringLiteral("Cardiac rehab pilot"));
    auto *folderEdit = child<QLineEdit>(&wizard, "workspaceFolderEdit");
    // The folder follows the trial's name until the user types one.
    QVERIFY(folderEdit->text().endsWith(QStringLiteral("cardiac-rehab-pilot")));
    folderEdit->selectAll();
    QTest::keyClicks(folderEdit, folder);
}

void TestWizard::fillAdminPage(gui::FirstRunWizard &wizard)
{
    QTest::keyClicks(child<QLineEdit>(&wizard, "adminUsernameEdit"), QStringLiteral("admin"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "adminDisplayNameEdit"), QStringLiteral("Ada Admin"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "newPasswordEdit"), kPassword);
    QTest::keyClicks(child<QLineEdit>(&wizard, "confirmPasswordEdit"), kPassword);
}

void TestWizard::refusesNonEmptyFolder()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QFile stray(temp.filePath(QStringLiteral("notes.txt")));
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("not a workspace");
    stray.close();

    gui::FirstRunWizard wizard(m_clock);
    wizard.show();
    fillTrialPage(wizard, temp.path());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(gui::FirstRunWizard::TrialPageId));
    QVERIFY(child<QLabel>(wizard.currentPage(), "errorLabel")->text().contains(QStringLiteral("not empty")));
}

void TestWizard::validatesAdministratorAndSites()
{
    QTemporaryDir temp;
    gui::FirstRunWizard wizard(m_clock);
    wizard.show();
    fillTrialPage(wizard, temp.filePath(QStringLiteral("ws")));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(gui::FirstRunWizard::AdminPageId));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled());

    QTest::keyClicks(child<QLineEdit>(&wizard, "adminUsernameEdit"), QStringLiteral("Admin"));
    QVERIFY(!child<QLabel>(&wizard, "usernameFeedbackLabel")->text().isEmpty());
    child<QLineEdit>(&wizard, "adminUsernameEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(&wizard, "adminUsernameEdit"), QStringLiteral("admin"));
    QVERIFY(child<QLabel>(&wizard, "usernameFeedbackLabel")->text().isEmpty());
    QTest::keyClicks(child<QLineEdit>(&wizard, "adminDisplayNameEdit"), QStringLiteral("Ada Admin"));

    // Too short, then different: inline feedback and no way on.
    auto *password = child<QLineEdit>(&wizard, "newPasswordEdit");
    auto *confirmation = child<QLineEdit>(&wizard, "confirmPasswordEdit");
    auto *feedback = child<QLabel>(&wizard, "passwordFeedbackLabel");
    QTest::keyClicks(password, QStringLiteral("short"));
    QTest::keyClicks(confirmation, QStringLiteral("short"));
    QVERIFY(feedback->text().contains(QStringLiteral("12")));
    QVERIFY(!next->isEnabled());
    password->clear();
    confirmation->clear();
    QTest::keyClicks(password, kPassword);
    QTest::keyClicks(confirmation, kPassword + QStringLiteral("!"));
    QVERIFY(feedback->text().contains(QStringLiteral("differ")));
    QVERIFY(!next->isEnabled());
    QTest::keyClick(confirmation, Qt::Key_Backspace);
    QVERIFY(next->isEnabled());
    next->click();

    QCOMPARE(wizard.currentId(), int(gui::FirstRunWizard::SitesPageId));
    auto *sites = child<QTableWidget>(&wizard, "sitesTable");
    QCOMPARE(sites->rowCount(), 1);
    QCOMPARE(sites->item(0, 0)->text(), QStringLiteral("ICM"));
    QCOMPARE(sites->item(0, 1)->text(), QStringLiteral("Institut de Cardiologie de Montréal"));
    QCOMPARE(sites->item(0, 2)->text(), QStringLiteral("Montreal Heart Institute"));
    QVERIFY(next->isEnabled());
    sites->item(0, 0)->setText(QStringLiteral("1X"));
    QVERIFY(!next->isEnabled());
    sites->item(0, 0)->setText(QStringLiteral("ICM"));
    QVERIFY(next->isEnabled());
    auto *remove = child<QPushButton>(&wizard, "removeSiteButton");
    QVERIFY(!remove->isEnabled());
    sites->setCurrentCell(0, 1);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(sites->rowCount(), 0);
    QVERIFY(!next->isEnabled());
    QVERIFY(!child<QLabel>(&wizard, "sitesFeedbackLabel")->text().isEmpty());
    QVERIFY(!core::Workspace::exists(temp.filePath(QStringLiteral("ws"))));
}

void TestWizard::createsWorkspaceAndRequiresRecoveryConfirmation()
{
    QTemporaryDir temp;
    const QString folder = temp.filePath(QStringLiteral("ws"));
    gui::FirstRunWizard wizard(m_clock);
    wizard.show();
    fillTrialPage(wizard, folder);
    wizard.button(QWizard::NextButton)->click();
    fillAdminPage(wizard);
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(gui::FirstRunWizard::SitesPageId));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(gui::FirstRunWizard::ProtocolPageId));
    QVERIFY(!core::Workspace::exists(folder));

    // The protocol page is the commit page: "Create trial" makes the workspace.
    QAbstractButton *create = wizard.button(QWizard::CommitButton);
    QVERIFY(create->isVisible());
    create->click();
    QCOMPARE(wizard.currentId(), int(gui::FirstRunWizard::RecoveryPageId));
    QVERIFY(core::Workspace::exists(folder));
    QCOMPARE(wizard.createdDirectory(), QDir::cleanPath(folder));
    QCOMPARE(wizard.adminUsername(), QStringLiteral("admin"));
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled() || !wizard.button(QWizard::BackButton)->isVisible());

    auto *codeEdit = child<QPlainTextEdit>(&wizard, "recoveryCodeEdit");
    const QString recoveryCode = codeEdit->toPlainText();
    QVERIFY(!recoveryCode.isEmpty());
    QVERIFY(codeEdit->isReadOnly());
    QVERIFY(codeEdit->font().fixedPitch() || QFontInfo(codeEdit->font()).fixedPitch());

    QAbstractButton *finish = wizard.button(QWizard::FinishButton);
    QVERIFY(finish->isVisible());
    QVERIFY(!finish->isEnabled());
    // Closing without confirming is refused once the trial exists.
    wizard.reject();
    QVERIFY(wizard.isVisible());
    auto *saved = child<QCheckBox>(&wizard, "recoverySavedCheckBox");
    saved->setChecked(true);
    QVERIFY(finish->isEnabled());
    saved->setChecked(false);
    QVERIFY(!finish->isEnabled());
    QTest::keyClick(saved, Qt::Key_Space);
    QVERIFY(saved->isChecked());
    QVERIFY(finish->isEnabled());
    finish->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(codeEdit->toPlainText().isEmpty());

    // The account and the code shown really open the trial.
    auto workspace = core::Workspace::open(folder, m_clock);
    QVERIFY2(workspace.ok(), qPrintable(workspace.ok() ? QString() : workspace.error().message));
    auto session = workspace.value()->login(QStringLiteral("admin"), kPassword.toUtf8());
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    QCOMPARE(session.value()->trialName(), QStringLiteral("Cardiac rehab pilot"));
    QCOMPARE(session.value()->user().displayName, QStringLiteral("Ada Admin"));
    session.value().reset();
    auto recovered = workspace.value()->recover(recoveryCode, QStringLiteral("admin"), kNewPassword.toUtf8());
    QVERIFY2(recovered.ok(), qPrintable(recovered.ok() ? QString() : recovered.error().message));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
