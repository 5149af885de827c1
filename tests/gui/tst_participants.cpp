#include "app/gui/participants/ConsentPage.h"
#include "app/gui/participants/IdentityPage.h"
#include "app/gui/participants/ParticipantPage.h"
#include "app/gui/participants/ParticipantTableModel.h"
#include "app/gui/participants/ParticipantsPage.h"
#include "app/gui/participants/ScreeningPage.h"
#include "app/gui/participants/ScreeningWizard.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/ParticipantService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/enrollment/ScreeningService.h"
#include "core/services/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "tests/support/GuiProbe.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace trialdesk;
using trialdesk::test::visibleTexts;

namespace {
using test::eligibleScreening;
using test::kUserPassword;
constexpr int kParticipants = 2000;
// The arm names and codes of the bundled protocol, in both languages: none may reach a blinded role.
const QStringList kArmTexts = { QStringLiteral("Patient-partner follow-up"), QStringLiteral("Usual care"),
                                QStringLiteral("Suivi avec patient partenaire"), QStringLiteral("Soins usuels") };
const QStringList kArmCodes = { QStringLiteral("PP"), QStringLiteral("UC") };

QStringList armMentions(QWidget *root)
{
    QStringList found;
    for (const QString &text : visibleTexts(root)) {
        for (const QString &name : kArmTexts)
            if (text.contains(name, Qt::CaseInsensitive))
                found << text;
        for (const QString &code : kArmCodes)
            if (text.split(QRegularExpression(QStringLiteral("\\W+"))).contains(code))
                found << text;
    }
    return found;
}
} // namespace

class TestParticipants : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listLoadsOnePageAtATime();
    void searchWaitsForTypingToPause();
    void filtersBySiteStatusAndArm();
    void blindedAssessorSeesNoArmAnywhere();
    void coordinatorPageShowsArmIdentityAndTimeline();
    void withdrawalThroughTheDialog();
    void wizardRegistersAnEligiblePatient();
    void wizardRecordsButNeverRegistersAnIneligiblePatient();
    void wizardChecksTheRamqNumberInline();

private:
    QDate today() const { return m_trial.today(); }
    qint64 count(core::ParticipantQuery query = {})
    {
        auto total = core::ParticipantService(*m_coordinator).count(query);
        return total.ok() ? total.value() : -1;
    }

    test::TestWorkspace m_trial { QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::utc()),
                                  QStringLiteral("Participants trial") };
    std::unique_ptr<core::TrialSession> m_coordinator;
    std::unique_ptr<core::TrialSession> m_assessor;
    QStringList m_randomized;
};

void TestParticipants::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
    m_coordinator = m_trial.addUserAndSignIn(QStringLiteral("coord"), core::Role::Coordinator, QString(),
                                             QStringLiteral("Chloé Coordinator"));
    m_assessor = m_trial.addUserAndSignIn(QStringLiteral("assessor"), core::Role::OutcomeAssessor, QString(),
                                          QStringLiteral("Olivier Assessor"));
    QVERIFY(m_coordinator && m_assessor);

    // Participants through the real service; the first has an identity to search by name.
    core::EnrollmentService enrollment(*m_coordinator);
    const QStringList conditions
        = { QStringLiteral("HF"), QStringLiteral("CAD"), QStringLiteral("AF"), QStringLiteral("OTHER") };
    for (int i = 0; i < kParticipants; ++i) {
        core::EnrollmentInput input;
        input.strata.insert(QStringLiteral("condition"), conditions.at(i % conditions.size()));
        input.consent = { QStringLiteral("1.0"), today(), QString() };
        if (i == 0)
            input.identity = core::Identity { QStringLiteral("Tremblay"),
                                              QStringLiteral("Marie"),
                                              QDate(1964, 1, 12),
                                              QStringLiteral("TREM64511212"),
                                              QStringLiteral("514 555-0101"),
                                              QStringLiteral("marie@example.org"),
                                              QStringLiteral("fr") };
        auto registered = enrollment.enroll(eligibleScreening(today()), input);
        QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error().message));
    }
    // Three randomized (each signature costs a key derivation).
    for (const char *id : { "ICM-0001", "ICM-0002", "ICM-0003" }) {
        auto done = core::RandomizationService(*m_coordinator).randomize(QString::fromLatin1(id), kUserPassword);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        m_randomized << QString::fromLatin1(id);
    }
}

void TestParticipants::listLoadsOnePageAtATime()
{
    gui::ParticipantsPage page(*m_coordinator);
    gui::ParticipantTableModel *model = page.model();
    QCOMPARE(model->totalCount(), kParticipants);
    // Only the first page is read; the rest waits for the view to scroll.
    QCOMPARE(model->rowCount(), model->pageSize());
    QVERIFY(model->pageSize() < kParticipants);
    QVERIFY(model->canFetchMore(QModelIndex()));
    QCOMPARE(model->studyId(0), QStringLiteral("ICM-0001"));
    model->fetchMore(QModelIndex());
    QCOMPARE(model->rowCount(), 2 * model->pageSize());
    QCOMPARE(model->studyId(model->pageSize()),
             QStringLiteral("ICM-%1").arg(model->pageSize() + 1, 4, 10, QLatin1Char('0')));
    // Scrolling the view to the end asks for the next page, not for everything.
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("participantTable"));
    QVERIFY(table);
    const int before = model->rowCount();
    table->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > before);
    QVERIFY(model->rowCount() < kParticipants);
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    QCOMPARE(model->rowCount(), kParticipants);
    QCOMPARE(model->studyId(kParticipants - 1), QStringLiteral("ICM-%1").arg(kParticipants, 4, 10, QLatin1Char('0')));
    auto *label = page.findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(label->text().contains(QString::number(kParticipants)));
}

void TestParticipants::searchWaitsForTypingToPause()
{
    gui::ParticipantsPage page(*m_coordinator);
    page.show();
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("ICM-001"));
    // Nothing is queried while typing: the filter applies once the timer fires.
    QCOMPARE(page.model()->totalCount(), kParticipants);
    QTRY_COMPARE(page.model()->totalCount(), 10); // ICM-0010 .. ICM-0019
    QCOMPARE(page.model()->rowCount(), 10);
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QVERIFY(page.model()->studyId(row).startsWith(QStringLiteral("ICM-001")));
    // Coordinators find people by name (accents and case folded); Return applies at once.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("trem"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->studyId(0), QStringLiteral("ICM-0001"));
    const int nameColumn = page.model()->column(gui::ParticipantTableModel::Field::Name);
    QVERIFY(nameColumn >= 0);
    QCOMPARE(page.model()->index(0, nameColumn).data().toString(), QStringLiteral("Tremblay, Marie"));
    // The blinded assessor's name search matches study IDs only, and the list has no name column.
    gui::ParticipantsPage blinded(*m_assessor);
    QCOMPARE(blinded.model()->column(gui::ParticipantTableModel::Field::Name), -1);
    auto *blindedSearch = blinded.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    blindedSearch->setText(QStringLiteral("trem"));
    blinded.applyFilter();
    QCOMPARE(blinded.model()->rowCount(), 0);
}

void TestParticipants::filtersBySiteStatusAndArm()
{
    gui::ParticipantsPage page(*m_coordinator);
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilterCombo"));
    auto *site = page.findChild<QComboBox *>(QStringLiteral("siteFilterCombo"));
    auto *arm = page.findChild<QComboBox *>(QStringLiteral("armFilterCombo"));
    QVERIFY(status && site && arm);
    status->setCurrentIndex(status->findData(static_cast<int>(core::ParticipantStatus::Randomized)));
    QCOMPARE(page.model()->rowCount(), m_randomized.size());
    QStringList ids;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        ids << page.model()->studyId(row);
    QCOMPARE(ids, m_randomized);
    const int armColumn = page.model()->column(gui::ParticipantTableModel::Field::Arm);
    QVERIFY(armColumn >= 0);
    // Each arm filter keeps only its arm, and the two together are the randomized participants.
    int byArm = 0;
    for (int i = 1; i < arm->count(); ++i) {
        arm->setCurrentIndex(i);
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QCOMPARE(page.model()->index(row, armColumn).data().toString(), arm->itemText(i));
        byArm += page.model()->rowCount();
    }
    QCOMPARE(byArm, m_randomized.size());
    arm->setCurrentIndex(0);
    status->setCurrentIndex(0);
    site->setCurrentIndex(site->findData(QStringLiteral("ICM")));
    QCOMPARE(page.model()->totalCount(), kParticipants);
}

void TestParticipants::blindedAssessorSeesNoArmAnywhere()
{
    gui::ParticipantsPage page(*m_assessor);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.findChild<QComboBox *>(QStringLiteral("armFilterCombo")));
    QCOMPARE(page.model()->column(gui::ParticipantTableModel::Field::Arm), -1);
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("screenButton"))->isVisible());
    // The randomized participants are listed (their status shows) but nothing names their arm.
    QVERIFY(page.model()->rowCount() > 0);
    QVERIFY2(armMentions(&page).isEmpty(), qPrintable(armMentions(&page).join(QStringLiteral(" | "))));
    for (const QString &id : m_randomized) {
        page.openParticipant(id);
        gui::ParticipantPage *participant = page.participantPage();
        QVERIFY(participant);
        QVERIFY(participant->loaded());
        QVERIFY(participant->details().summary.randomizedAt.isValid());
        QVERIFY(!participant->findChild<QGroupBox *>(QStringLiteral("identityBox")));
        QVERIFY(!participant->findChild<QPushButton *>(QStringLiteral("randomizeButton")));
        QVERIFY(!participant->findChild<QPushButton *>(QStringLiteral("withdrawButton")));
        auto *timeline = participant->findChild<QListWidget *>(QStringLiteral("timelineList"));
        QVERIFY(timeline->count() >= 4); // screening, consent, registration, randomization
        QVERIFY2(armMentions(&page).isEmpty(), qPrintable(armMentions(&page).join(QStringLiteral(" | "))));
        QVERIFY(!visibleTexts(&page).join(QLatin1Char('\n')).contains(QStringLiteral("Tremblay")));
        page.showList();
    }
    QVERIFY(!page.participantPage());
}

void TestParticipants::coordinatorPageShowsArmIdentityAndTimeline()
{
    gui::ParticipantsPage page(*m_coordinator);
    page.openParticipant(QStringLiteral("ICM-0001"));
    gui::ParticipantPage *participant = page.participantPage();
    QVERIFY(participant && participant->loaded());
    const QString armCode = participant->details().summary.armCode;
    QVERIFY(kArmCodes.contains(armCode));
    auto *header = participant->findChild<QLabel *>(QStringLiteral("participantHeader"));
    QVERIFY(header->text().contains(armCode == QLatin1String("PP") ? kArmTexts.at(0) : kArmTexts.at(1)));
    auto *identity = participant->findChild<QLabel *>(QStringLiteral("identityLabel"));
    QVERIFY(identity);
    QVERIFY(identity->text().contains(QStringLiteral("Tremblay")));
    QVERIFY(identity->text().contains(QStringLiteral("TREM64511212")));
    auto *timeline = participant->findChild<QListWidget *>(QStringLiteral("timelineList"));
    QStringList kinds;
    for (int i = 0; i < timeline->count(); ++i)
        kinds << timeline->item(i)->data(Qt::UserRole).toString();
    for (const char *kind : { "screening", "consent", "registration", "randomization" })
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    // Randomize is offered only before randomization.
    QVERIFY(!participant->findChild<QPushButton *>(QStringLiteral("randomizeButton"))->isEnabled());
    page.openParticipant(QStringLiteral("ICM-0100"));
    QVERIFY(page.participantPage()->findChild<QPushButton *>(QStringLiteral("randomizeButton"))->isEnabled());
    QVERIFY(!page.participantPage()->findChild<QPushButton *>(QStringLiteral("inErrorButton"))->isEnabled());
    // A study ID that cannot be opened changes nothing and says why; Back returns to the list.
    gui::ParticipantPage *open = page.participantPage();
    page.openParticipant(QStringLiteral("ICM-9999"));
    QCOMPARE(page.participantPage(), open);
    QStringList messages; // the list's message label (the participant's page has one too)
    for (const QLabel *label : page.findChildren<QLabel *>(QStringLiteral("messageLabel")))
        messages << label->text();
    QVERIFY2(messages.filter(QStringLiteral("ICM-9999")).size() == 1, qPrintable(messages.join(QLatin1Char('|'))));
    emit open->backRequested();
    QVERIFY(!page.participantPage());
}

void TestParticipants::withdrawalThroughTheDialog()
{
    gui::ParticipantPage page(*m_coordinator, QStringLiteral("ICM-0002"));
    QVERIFY(page.loaded());
    QString firstError;
    bool sawDialog = false;
    // The modal dialog is driven from inside its event loop: first without a reason (the service
    // refuses and the dialog stays open with its message), then with one.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("scopeCombo"));
        scope->setCurrentIndex(scope->findData(static_cast<int>(core::WithdrawalScope::FollowUp)));
        dialog->accept();
        firstError = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("Moved to Gaspésie"));
        dialog->accept();
        if (dialog->isVisible())
            dialog->reject();
    });
    page.withdraw();
    QVERIFY(sawDialog);
    QVERIFY2(!firstError.isEmpty(), "an empty reason must be refused");
    QVERIFY(page.changed());
    QCOMPARE(page.details().summary.status, core::ParticipantStatus::WithdrawnFollowUp);
    auto *timeline = page.findChild<QListWidget *>(QStringLiteral("timelineList"));
    QCOMPARE(timeline->item(timeline->count() - 1)->data(Qt::UserRole).toString(), QStringLiteral("withdrawal"));
    QVERIFY(timeline->item(timeline->count() - 1)->text().contains(QStringLiteral("Moved to Gaspésie")));
}

void TestParticipants::wizardRegistersAnEligiblePatient()
{
    const qint64 before = count();
    gui::ScreeningWizard wizard(*m_coordinator);
    wizard.show();
    QVERIFY(wizard.protocolLoaded());
    gui::ScreeningPage *screening = wizard.screeningPage();
    wizard.findChild<QSpinBox *>(QStringLiteral("ageSpin"))->setValue(71);
    auto *sex = wizard.findChild<QComboBox *>(QStringLiteral("sexCombo"));
    sex->setCurrentIndex(sex->findData(QStringLiteral("M")));
    QVERIFY(!screening->isComplete());
    for (const char *code : { "AGE18", "FOLLOWED", "LANGUAGE", "CONSENT_ABLE" })
        wizard.findChild<QAbstractButton *>(QStringLiteral("yes_") + QLatin1String(code))->click();
    for (const char *code : { "COGNITIVE", "LIFE_EXPECTANCY" })
        wizard.findChild<QAbstractButton *>(QStringLiteral("no_") + QLatin1String(code))->click();
    QVERIFY(!screening->isComplete());
    wizard.findChild<QAbstractButton *>(QStringLiteral("no_ALREADY_PAIRED"))->click();
    QVERIFY(screening->isComplete());
    QVERIFY(screening->eligible());
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("outcomeLabel"))->text().contains(QStringLiteral("eligible")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::ScreeningWizard::ConsentPageId));
    QVERIFY(wizard.screeningNumber().isEmpty()); // nothing written yet
    QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("siteLabel"))->text(), QStringLiteral("ICM"));
    QVERIFY(!wizard.consentPage()->isComplete()); // the condition must be chosen
    auto *condition = wizard.findChild<QComboBox *>(QStringLiteral("level_condition"));
    condition->setCurrentIndex(condition->findData(QStringLiteral("CAD")));
    QVERIFY(wizard.consentPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::ScreeningWizard::IdentityPageId));
    wizard.findChild<QLineEdit *>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("Gagnon"));
    wizard.findChild<QLineEdit *>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Luc"));
    wizard.findChild<QDateEdit *>(QStringLiteral("dateOfBirthEdit"))->setDate(QDate(1955, 3, 4));
    wizard.findChild<QLineEdit *>(QStringLiteral("ramqEdit"))->setText(QStringLiteral("GAGL 5503 0412"));
    QCOMPARE(wizard.identityPage()->ramqCheck(), QStringLiteral("Valid RAMQ number."));
    wizard.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("luc@example.org"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::ScreeningWizard::ResultPageId));
    const QString studyId = wizard.registeredStudyId();
    QCOMPARE(studyId, QStringLiteral("ICM-%1").arg(kParticipants + 1, 4, 10, QLatin1Char('0')));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("studyIdLabel"))->text().contains(studyId));
    QCOMPARE(count(), before + 1);
    auto details = core::ParticipantService(*m_coordinator).details(studyId);
    QVERIFY(details.ok());
    QCOMPARE(details->identity->lastName, QStringLiteral("Gagnon"));
    QCOMPARE(details->stratumValues.at(1).levelCode, QStringLiteral("CAD"));
    QCOMPARE(details->latestConsent->formVersion, QStringLiteral("1.0"));
    auto screened = core::ScreeningService(*m_coordinator).find(wizard.screeningNumber());
    QVERIFY(screened.ok());
    QCOMPARE(screened->age, 71);
    QCOMPARE(screened->studyId, studyId);
}

void TestParticipants::wizardRecordsButNeverRegistersAnIneligiblePatient()
{
    const qint64 before = count();
    gui::ScreeningWizard wizard(*m_coordinator);
    wizard.show();
    gui::ScreeningPage *screening = wizard.screeningPage();
    for (const char *code : { "AGE18", "FOLLOWED", "LANGUAGE", "CONSENT_ABLE" })
        screening->answer(QLatin1String(code), true);
    for (const char *code : { "COGNITIVE", "ALREADY_PAIRED" })
        screening->answer(QLatin1String(code), false);
    screening->answer(QStringLiteral("LIFE_EXPECTANCY"), true);
    QVERIFY(screening->isComplete());
    QVERIFY(!screening->eligible());
    const QString outcome = wizard.findChild<QLabel *>(QStringLiteral("outcomeLabel"))->text();
    QVERIFY2(outcome.contains(QStringLiteral("not eligible")) && outcome.contains(QStringLiteral("Life expectancy")),
             qPrintable(outcome));
    // The way forward is the screening log, never the consent page.
    QCOMPARE(screening->nextId(), int(gui::ScreeningWizard::ResultPageId));
    QVERIFY(screening->isCommitPage());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(gui::ScreeningWizard::ResultPageId));
    QVERIFY(wizard.registeredStudyId().isEmpty());
    QVERIFY(!wizard.screeningNumber().isEmpty());
    QCOMPARE(count(), before);
    auto screened = core::ScreeningService(*m_coordinator).find(wizard.screeningNumber());
    QVERIFY(screened.ok());
    QCOMPARE(screened->outcome, core::ScreeningOutcome::NotEligible);
    QCOMPARE(screened->failedCriteria, QStringList { QStringLiteral("LIFE_EXPECTANCY") });

    // Declined needs its reason before the page completes; then it is recorded as declined.
    gui::ScreeningWizard declined(*m_coordinator);
    declined.show();
    auto *mode = declined.findChild<QComboBox *>(QStringLiteral("modeCombo"));
    mode->setCurrentIndex(1);
    QVERIFY(!declined.screeningPage()->isComplete());
    declined.findChild<QLineEdit *>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("No time for visits"));
    QVERIFY(declined.screeningPage()->isComplete());
    declined.next();
    QCOMPARE(declined.currentId(), int(gui::ScreeningWizard::ResultPageId));
    auto record = core::ScreeningService(*m_coordinator).find(declined.screeningNumber());
    QVERIFY(record.ok());
    QCOMPARE(record->outcome, core::ScreeningOutcome::Declined);
    QCOMPARE(count(), before);
}

void TestParticipants::wizardChecksTheRamqNumberInline()
{
    gui::ScreeningWizard wizard(*m_coordinator);
    auto *ramq = wizard.findChild<QLineEdit *>(QStringLiteral("ramqEdit"));
    auto *check = wizard.findChild<QLabel *>(QStringLiteral("ramqCheckLabel"));
    wizard.findChild<QDateEdit *>(QStringLiteral("dateOfBirthEdit"))->setDate(QDate(1964, 1, 12));
    ramq->setText(QStringLiteral("TRE6451"));
    QVERIFY(!check->text().isEmpty());
    QVERIFY(check->text() != QStringLiteral("Valid RAMQ number."));
    ramq->setText(QStringLiteral("TREM64511212"));
    QCOMPARE(check->text(), QStringLiteral("Valid RAMQ number."));
    // Agreement with the names typed afterwards is checked too.
    wizard.findChild<QLineEdit *>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Marie"));
    wizard.findChild<QLineEdit *>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("Tremblay"));
    QCOMPARE(check->text(), QStringLiteral("Valid RAMQ number."));
    wizard.findChild<QLineEdit *>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("Gagnon"));
    QVERIFY(check->text() != QStringLiteral("Valid RAMQ number."));
    ramq->clear();
    QVERIFY(check->text().isEmpty());
}

QTEST_MAIN(TestParticipants)
#include "tst_participants.moc"
