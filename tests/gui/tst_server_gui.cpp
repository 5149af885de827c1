// The GUI with a trial server, on a real PostgreSQL 15 started by the test (TLS, SCRAM): the
// first-run wizard connects a workspace folder to the server (a refused connection string and a
// missing certificate file are said in the page and write nothing), the sign-in dialog signs in on the
// server (a wrong password is refused), and a form whose save fails because the server stopped keeps
// every value typed, says so without a modal dialog, reconnects by itself once the server is back,
// and then saves: the entry and its audit entry are on the server.
#include "app/gui/BackupScheduler.h"
#include "app/gui/ConnectionBanner.h"
#include "app/gui/FirstRunWizard.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/admin/SecurityPanel.h"
#include "app/gui/forms/FormEntryDialog.h"
#include "app/gui/forms/FormRenderer.h"
#include "app/gui/forms/ItemEditor.h"
#include "app/gui/participants/IdentityPage.h"
#include "app/gui/participants/ScreeningWizard.h"
#include "app/gui/randomization/RandomizeDialog.h"
#include "core/audit/AuditTrail.h"
#include "core/data/FormEntryService.h"
#include "core/enrollment/ParticipantService.h"
#include "core/enrollment/RandomizationLogService.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "tests/support/GuiProbe.h"
#include "tests/support/PgCluster.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace trialdesk;
using trialdesk::test::child;
using trialdesk::test::PgCluster;
using trialdesk::test::TestWorkspace;

namespace {
const QString kDatabase = QStringLiteral("guitrial");
// Hand-worked: 1+2+0+3+1+0+2+1+0 = 10.
const int kPhq9[] = { 1, 2, 0, 3, 1, 0, 2, 1, 0 };

QAbstractButton *choice(gui::FormRenderer *renderer, const QString &item, int index)
{
    return renderer->editor(item)->findChild<QAbstractButton *>(QStringLiteral("choice_%1").arg(index));
}

// Whether every PHQ-9 answer typed is still selected in the form.
bool phq9StillTyped(gui::FormRenderer *renderer)
{
    for (int i = 0; i < 9; ++i)
        if (!choice(renderer, QStringLiteral("phq9_%1").arg(i + 1), kPhq9[i])->isChecked())
            return false;
    return choice(renderer, QStringLiteral("phq9_10"), 1)->isChecked();
}
} // namespace

class TestServerGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wizardConnectsAFolderToTheServer();
    void signInOnTheServer();
    void aLostConnectionKeepsTheFormAndSavesOnceBack();
    void aRandomizationRefusedByALostConnectionIsSignedAgainOnceBack();
    void aRegistrationRefusedByALostConnectionKeepsTheIdentity();

private:
    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<TestWorkspace> m_trial;
    QTemporaryDir m_temp;
    QString m_connectedFolder;
    QString m_participant;
};

void TestServerGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    QVERIFY(m_temp.isValid());
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    m_trial = std::make_unique<TestWorkspace>(*m_cluster, kDatabase,
                                              QDateTime(QDate(2026, 9, 24), QTime(14, 0), QTimeZone::utc()));
    QVERIFY2(m_trial->ok(), qPrintable(m_trial->error()));
    QVERIFY(m_trial->addUser(QStringLiteral("coord"), core::Role::Coordinator).ok());
    auto coordinator = m_trial->signIn(QStringLiteral("coord"));
    QVERIFY(coordinator);
    auto randomized = test::randomizeEligible(*coordinator, QDate(2026, 9, 24));
    QVERIFY2(randomized.ok(), qPrintable(randomized.ok() ? QString() : randomized.error().message));
    m_participant = randomized->studyId;
}

void TestServerGui::wizardConnectsAFolderToTheServer()
{
    const QString folder = m_temp.filePath(QStringLiteral("pilot"));
    gui::FirstRunWizard wizard(m_trial->clock());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    child<QRadioButton>(&wizard, "connectServerRadio")->click();
    // A new trial's name and folder do not apply to a trial that lives on a server.
    QVERIFY(!child<QLineEdit>(&wizard, "trialNameEdit")->isVisible());
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(gui::FirstRunWizard::ServerPageId));
    QWidget *page = wizard.currentPage();
    QAbstractButton *connect = wizard.button(QWizard::FinishButton);

    // A connection string that does not check the server's certificate is refused by core, in the page.
    child<QRadioButton>(page, "conninfoServerRadio")->click();
    QTest::keyClicks(
        child<QLineEdit>(page, "serverConninfoEdit"),
        QStringLiteral("host=localhost port=%1 dbname=%2 sslmode=disable").arg(m_cluster->port()).arg(kDatabase));
    QTest::keyClicks(child<QLineEdit>(page, "serverWorkspaceFolderEdit"), folder);
    QVERIFY(connect->isVisible() && connect->isEnabled());
    connect->click();
    QCOMPARE(wizard.currentId(), int(gui::FirstRunWizard::ServerPageId));
    QVERIFY(wizard.isVisible());
    const QString refused = child<QLabel>(page, "errorLabel")->text();
    QVERIFY2(refused.contains(QStringLiteral("sslmode=verify-full")), qPrintable(refused));
    QVERIFY(!QFileInfo::exists(folder));

    // The fields: a certificate authority file that is not there is said before anything is written.
    child<QRadioButton>(page, "networkServerRadio")->click();
    QVERIFY(!child<QLineEdit>(page, "serverConninfoEdit")->isVisible());
    QTest::keyClicks(child<QLineEdit>(page, "serverHostEdit"), QStringLiteral("localhost"));
    child<QSpinBox>(page, "serverPortSpin")->setValue(m_cluster->port());
    QTest::keyClicks(child<QLineEdit>(page, "serverDatabaseEdit"), kDatabase);
    QTest::keyClicks(child<QLineEdit>(page, "serverCaFileEdit"), m_temp.filePath(QStringLiteral("no-ca.crt")));
    connect->click();
    QCOMPARE(wizard.currentId(), int(gui::FirstRunWizard::ServerPageId));
    QVERIFY2(child<QLabel>(page, "errorLabel")->text().contains(QStringLiteral("no-ca.crt")),
             qPrintable(child<QLabel>(page, "errorLabel")->text()));
    QVERIFY(!QFileInfo::exists(folder));

    // A database the server does not have: nothing is written either.
    auto *ca = child<QLineEdit>(page, "serverCaFileEdit");
    ca->clear();
    QTest::keyClicks(ca, m_cluster->caCertificate());
    auto *port = child<QSpinBox>(page, "serverPortSpin");
    port->setValue(m_cluster->port() == 65535 ? 1 : m_cluster->port() + 1);
    connect->click();
    QCOMPARE(wizard.currentId(), int(gui::FirstRunWizard::ServerPageId));
    QVERIFY2(child<QLabel>(page, "errorLabel")->text().contains(QStringLiteral("does not answer")),
             qPrintable(child<QLabel>(page, "errorLabel")->text()));
    QVERIFY(!QFileInfo::exists(folder));

    port->setValue(m_cluster->port());
    QSignalSpy accepted(&wizard, &QDialog::accepted);
    connect->click();
    QVERIFY2(accepted.count() == 1, qPrintable(child<QLabel>(page, "errorLabel")->text()));
    QCOMPARE(wizard.createdDirectory(), folder);
    QVERIFY(wizard.adminUsername().isEmpty());

    // The folder names the server, verify-full, and holds no secret and no user.
    auto opened = core::Workspace::open(folder, m_trial->clock());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QVERIFY(opened.value()->server().has_value());
    QCOMPARE(opened.value()->server()->database(), kDatabase);
    QCOMPARE(opened.value()->server()->host(), QStringLiteral("localhost"));
    QFile manifest(QDir(folder).filePath(QStringLiteral("workspace.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray text = manifest.readAll();
    QVERIFY2(text.contains("verify-full"), text.constData());
    QVERIFY(!text.contains(test::kAdminPassword));
    QVERIFY(!text.contains("user="));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList { QStringLiteral("workspace.json") });
    m_connectedFolder = folder;
}

void TestServerGui::signInOnTheServer()
{
    QVERIFY(!m_connectedFolder.isEmpty());
    auto workspace = core::Workspace::open(m_connectedFolder, m_trial->clock());
    QVERIFY(workspace.ok());
    gui::LoginDialog dialog(*workspace.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *server = child<QLabel>(&dialog, "serverLabel");
    QVERIFY(server->isVisible());
    QVERIFY2(server->text().contains(kDatabase), qPrintable(server->text()));

    // A trial server has no recovery code: core's reason, in the dialog.
    child<QPushButton>(&dialog, "useRecoveryCodeButton")->click();
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY2(error->text().contains(QStringLiteral("recovery code")), qPrintable(error->text()));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClicks(child<QLineEdit>(&dialog, "usernameEdit"), QStringLiteral("admin"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("not the password 123"));
    child<QPushButton>(&dialog, "loginButton")->click();
    QCOMPARE(accepted.count(), 0);
    QVERIFY2(error->text().contains(QStringLiteral("refused the user name or password")), qPrintable(error->text()));
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());

    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QString::fromUtf8(test::kAdminPassword));
    child<QPushButton>(&dialog, "loginButton")->click();
    QCOMPARE(accepted.count(), 1);
    std::unique_ptr<core::TrialSession> session = dialog.takeSession();
    QVERIFY(session);
    QVERIFY(session->isServer());
    QCOMPARE(session->user().username, QStringLiteral("admin"));
    QCOMPARE(session->role(), core::Role::Administrator);

    {
        // What a server does not have: core's reason, no backup list or schedule, no key to rotate,
        // nobody reported without a key slot; the backup schedule does not run.
        gui::SecurityPanel security(*session);
        security.show();
        QVERIFY(QTest::qWaitForWindowExposed(&security));
        const QString backups = child<QLabel>(&security, "backupStatusLabel")->text();
        QVERIFY2(backups.contains(QStringLiteral("PostgreSQL's own tools")), qPrintable(backups));
        QVERIFY(!child<QWidget>(&security, "backupList")->isVisible());
        QVERIFY(!child<QWidget>(&security, "backUpButton")->isVisible());
        QVERIFY(!child<QWidget>(&security, "saveBackupScheduleButton")->isVisible());
        QVERIFY(!child<QWidget>(&security, "rotateKeyButton")->isVisible());
        QVERIFY(!child<QLabel>(&security, "staleUsersLabel")->isVisible());
        gui::BackupScheduler scheduler(*session);
        scheduler.start();
        QVERIFY(!scheduler.isActive());
    }

    // The main window on the server session: every section the administrator may use opens, the
    // status bar names the server, no backup warning, no banner while connected.
    gui::MainWindow window(std::move(session));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList sections = window.visibleSectionIds();
    QVERIFY(sections.contains(QStringLiteral("administration")));
    for (const QString &id : sections) {
        QVERIFY(window.showSection(id));
        QCOMPARE(window.currentSectionId(), id);
    }
    const QString trial = child<QLabel>(&window, "trialLabel")->toolTip();
    QVERIFY2(trial.contains(kDatabase), qPrintable(trial));
    QVERIFY(!child<QLabel>(&window, "backupWarningLabel")->isVisible());
    QVERIFY(!child<QWidget>(&window, "connectionBanner")->isVisible());
}

void TestServerGui::aLostConnectionKeepsTheFormAndSavesOnceBack()
{
    QVERIFY(!m_participant.isEmpty());
    auto coordinator = m_trial->signIn(QStringLiteral("coord"));
    QVERIFY(coordinator);
    const core::FormSlot slot { m_participant, QStringLiteral("BASELINE"), QStringLiteral("PHQ9"), 0 };
    gui::FormEntryDialog dialog(*coordinator, slot);
    QVERIFY2(dialog.isLoaded(), qPrintable(dialog.messageText()));
    dialog.show();
    gui::FormRenderer *renderer = dialog.renderer();
    for (int i = 0; i < 9; ++i)
        choice(renderer, QStringLiteral("phq9_%1").arg(i + 1), kPhq9[i])->click();
    choice(renderer, QStringLiteral("phq9_10"), 1)->click();
    gui::ConnectionBanner *banner = dialog.connectionBanner();
    QVERIFY(!banner->isVisible());

    // The server goes away; Complete fails, says so, and keeps everything typed.
    QVERIFY2(m_cluster->stopImmediately(), qPrintable(m_cluster->error()));
    auto *complete = child<QPushButton>(&dialog, "completeButton");
    complete->click();
    QCOMPARE(dialog.state(), core::FormEntryState::NotStarted);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->isRetrying());
    QVERIFY2(banner->text().contains(QStringLiteral("was lost; nothing was saved")), qPrintable(banner->text()));
    QVERIFY2(dialog.messageText().contains(QStringLiteral("connection to the trial server was lost")),
             qPrintable(dialog.messageText()));
    QVERIFY(phq9StillTyped(renderer));
    QVERIFY(!renderer->isReadOnly());
    // Retrying while the server is still down changes nothing.
    QTest::qWait(1500);
    QVERIFY(banner->isRetrying());
    QVERIFY(phq9StillTyped(renderer));

    // The server is back: the banner reconnects by itself; the values are still there.
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isRetrying(), 60000);
    QVERIFY2(banner->text().contains(QStringLiteral("is back")), qPrintable(banner->text()));
    QVERIFY(phq9StillTyped(renderer));
    // Nothing was written while the server was down.
    {
        auto reader = m_trial->admin();
        QVERIFY(reader);
        QCOMPARE(core::FormEntryService(*reader).findEntry(slot).error().code, core::ErrorCode::NotFound);
    }

    complete->click();
    QVERIFY2(dialog.state() == core::FormEntryState::Complete, qPrintable(dialog.messageText()));
    QVERIFY(!banner->isVisible());

    // On the server, read by another session: the entry, its values and its audit entry.
    auto admin = m_trial->admin();
    QVERIFY(admin);
    auto stored = core::FormEntryService(*admin).findEntry(slot);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    QCOMPARE(stored->state, core::FormEntryState::Complete);
    QCOMPARE(stored->answers.value(QStringLiteral("phq9_total")).value, QStringLiteral("10"));
    QCOMPARE(stored->answers.value(QStringLiteral("phq9_4")).value, QStringLiteral("3"));
    core::AuditTrail::Filter filter;
    filter.action = QStringLiteral("form.complete");
    filter.entity = QStringLiteral("form_entry");
    filter.entityId = QString::number(stored->id);
    const auto entries = core::AuditTrail::entries(admin->database(), filter);
    QVERIFY2(entries.ok(), qPrintable(entries.ok() ? QString() : entries.error().message));
    // One entry for the state, and one per value entered, all by the coordinator.
    QStringList states;
    QString phq9_4;
    for (const core::AuditEntry &entry : entries.value()) {
        QCOMPARE(entry.username, QStringLiteral("coord"));
        if (entry.field == QLatin1String("state"))
            states << entry.newValue.value_or(QString());
        if (entry.field == QLatin1String("phq9_4"))
            phq9_4 = entry.newValue.value_or(QString());
    }
    QCOMPARE(states, QStringList { QStringLiteral("complete") });
    QCOMPARE(phq9_4, QStringLiteral("3"));
}

void TestServerGui::aRandomizationRefusedByALostConnectionIsSignedAgainOnceBack()
{
    auto coordinator = m_trial->signIn(QStringLiteral("coord"));
    QVERIFY(coordinator);
    auto enrolled = test::enrollEligible(*coordinator, QDate(2026, 9, 24));
    QVERIFY2(enrolled.ok(), qPrintable(enrolled.ok() ? QString() : enrolled.error().message));
    const QString studyId = enrolled.value();
    gui::RandomizeDialog dialog(*coordinator, studyId);
    dialog.show();
    dialog.findChild<QCheckBox *>(QStringLiteral("confirmCheckBox"))->setChecked(true);
    dialog.goToSignature();
    auto *password = child<QLineEdit>(&dialog, "signatureEdit");
    auto *sign = child<QPushButton>(&dialog, "signButton");
    auto *banner = child<gui::ConnectionBanner>(&dialog, "connectionBanner");
    QVERIFY(!banner->isVisible());

    QVERIFY2(m_cluster->stopImmediately(), qPrintable(m_cluster->error()));
    password->setText(QString::fromUtf8(test::kUserPassword));
    sign->click();
    QVERIFY(!dialog.randomized());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("nothing was saved")), qPrintable(banner->text()));
    QVERIFY2(dialog.errorText().contains(QStringLiteral("connection to the trial server was lost")),
             qPrintable(dialog.errorText()));

    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isRetrying(), 60000);
    {
        // Nothing was randomized while the server was down.
        auto admin = m_trial->admin();
        QVERIFY(admin);
        auto report = core::RandomizationLogService(*admin).report();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        for (const auto &entry : report->entries)
            QVERIFY(entry.studyId != studyId);
    }
    // The signature is typed again (a password is never kept in a field), and the server randomizes.
    password->setText(QString::fromUtf8(test::kUserPassword));
    sign->click();
    QVERIFY2(dialog.randomized(), qPrintable(dialog.errorText()));
    QVERIFY(!banner->isVisible());
    auto admin = m_trial->admin();
    QVERIFY(admin);
    auto report = core::RandomizationLogService(*admin).report();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    int found = 0;
    for (const auto &entry : report->entries)
        if (entry.studyId == studyId) {
            ++found;
            QCOMPARE(entry.armCode, dialog.outcome()->armCode);
        }
    QCOMPARE(found, 1);
    QVERIFY(report->clean());
}

void TestServerGui::aRegistrationRefusedByALostConnectionKeepsTheIdentity()
{
    auto coordinator = m_trial->signIn(QStringLiteral("coord"));
    QVERIFY(coordinator);
    gui::ScreeningWizard wizard(*coordinator);
    wizard.show();
    QVERIFY(wizard.protocolLoaded());
    child<QSpinBox>(&wizard, "ageSpin")->setValue(71);
    auto *sex = child<QComboBox>(&wizard, "sexCombo");
    sex->setCurrentIndex(sex->findData(QStringLiteral("M")));
    for (const char *code : { "AGE18", "FOLLOWED", "LANGUAGE", "CONSENT_ABLE" })
        wizard.findChild<QAbstractButton *>(QStringLiteral("yes_") + QLatin1String(code))->click();
    for (const char *code : { "COGNITIVE", "LIFE_EXPECTANCY", "ALREADY_PAIRED" })
        wizard.findChild<QAbstractButton *>(QStringLiteral("no_") + QLatin1String(code))->click();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::ScreeningWizard::ConsentPageId));
    auto *condition = child<QComboBox>(&wizard, "level_condition");
    condition->setCurrentIndex(condition->findData(QStringLiteral("CAD")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::ScreeningWizard::IdentityPageId));
    auto *lastName = child<QLineEdit>(&wizard, "lastNameEdit");
    auto *firstName = child<QLineEdit>(&wizard, "firstNameEdit");
    auto *ramq = child<QLineEdit>(&wizard, "ramqEdit");
    lastName->setText(QStringLiteral("Gagnon"));
    firstName->setText(QStringLiteral("Luc"));
    child<QDateEdit>(&wizard, "dateOfBirthEdit")->setDate(QDate(1955, 3, 4));
    ramq->setText(QStringLiteral("GAGL 5503 0412"));
    child<QLineEdit>(&wizard, "emailEdit")->setText(QStringLiteral("luc@example.org"));
    gui::IdentityPage *identity = wizard.identityPage();
    auto *banner = child<gui::ConnectionBanner>(identity, "connectionBanner");

    QVERIFY2(m_cluster->stopImmediately(), qPrintable(m_cluster->error()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::ScreeningWizard::IdentityPageId));
    QVERIFY(wizard.registeredStudyId().isEmpty());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Your entries are kept")), qPrintable(banner->text()));
    QCOMPARE(lastName->text(), QStringLiteral("Gagnon"));
    QCOMPARE(firstName->text(), QStringLiteral("Luc"));
    QCOMPARE(ramq->text(), QStringLiteral("GAGL 5503 0412"));
    QCOMPARE(child<QDateEdit>(&wizard, "dateOfBirthEdit")->date(), QDate(1955, 3, 4));

    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isRetrying(), 60000);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::ScreeningWizard::ResultPageId));
    const QString studyId = wizard.registeredStudyId();
    QVERIFY(!studyId.isEmpty());
    auto details = core::ParticipantService(*coordinator).details(studyId);
    QVERIFY2(details.ok(), qPrintable(details.ok() ? QString() : details.error().message));
    QVERIFY(details->identity.has_value());
    QCOMPARE(details->identity->lastName, QStringLiteral("Gagnon"));
    QCOMPARE(details->identity->firstName, QStringLiteral("Luc"));
}

QTEST_MAIN(TestServerGui)
#include "tst_server_gui.moc"
