#include "app/gui/randomization/RandomizeDialog.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/RandomizationLogService.h"
#include "core/services/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace trialdesk;

namespace {
using test::eligibleScreening;
using test::kUserPassword;
const QStringList kArmNames = { QStringLiteral("Patient-partner follow-up"), QStringLiteral("Usual care") };

QString allLabels(QWidget *root)
{
    QStringList texts;
    for (QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts << button->text();
    return texts.join(QLatin1Char('\n'));
}
} // namespace

class TestRandomize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void confirmationComesBeforeTheSignature();
    void wrongSignatureIsRefusedAndConsumesNothing();
    void rightSignatureShowsTheArm();
    void refusedParticipantShowsWhyOnly();

private:
    QString enroll(const QString &condition);
    qint64 logSize()
    {
        auto report = core::RandomizationLogService(*m_admin).report();
        return report.ok() ? report->entries.size() : -1;
    }

    test::TestWorkspace m_trial { QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::utc()),
                                  QStringLiteral("Randomize trial") };
    std::unique_ptr<core::TrialSession> m_admin;
    std::unique_ptr<core::TrialSession> m_coordinator;
    QString m_studyId;
};

void TestRandomize::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
    m_admin = m_trial.admin();
    m_coordinator = m_trial.addUserAndSignIn(QStringLiteral("coord"), core::Role::Coordinator);
    QVERIFY(m_admin && m_coordinator);
    m_studyId = enroll(QStringLiteral("HF"));
    QVERIFY(!m_studyId.isEmpty());
}

QString TestRandomize::enroll(const QString &condition)
{
    core::EnrollmentInput input = test::enrollmentInput(m_trial.today(), condition);
    input.identity = core::Identity {
        QStringLiteral("Côté"), QStringLiteral("Émile"), QDate(1950, 6, 1), QString(), QString(), QString(),
        QStringLiteral("fr")
    };
    auto registered = core::EnrollmentService(*m_coordinator).enroll(eligibleScreening(m_trial.today()), input);
    return registered.ok() ? registered->studyId : QString();
}

void TestRandomize::confirmationComesBeforeTheSignature()
{
    gui::RandomizeDialog dialog(*m_coordinator, m_studyId);
    dialog.show();
    QVERIFY(dialog.prepared());
    auto *steps = dialog.findChild<QStackedWidget *>(QStringLiteral("stepStack"));
    QCOMPARE(steps->currentWidget()->objectName(), QStringLiteral("confirmationStep"));
    // The participant and the values to confirm, never an arm.
    const QString texts = allLabels(&dialog);
    QVERIFY(texts.contains(m_studyId));
    QVERIFY(texts.contains(QStringLiteral("Côté, Émile")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("stratum_condition"))
                ->text()
                .contains(QStringLiteral("Heart failure")));
    for (const QString &arm : kArmNames)
        QVERIFY(!texts.contains(arm));
    auto *next = dialog.findChild<QPushButton *>(QStringLiteral("nextButton"));
    QVERIFY(!next->isEnabled());
    dialog.goToSignature(); // refused while unchecked
    QCOMPARE(steps->currentWidget()->objectName(), QStringLiteral("confirmationStep"));
    QTest::keyClick(dialog.findChild<QCheckBox *>(QStringLiteral("confirmCheckBox")), Qt::Key_Space);
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(steps->currentWidget()->objectName(), QStringLiteral("signatureStep"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("meaningLabel"))
                ->text()
                .contains(QStringLiteral("I confirm eligibility and consent")));
}

void TestRandomize::wrongSignatureIsRefusedAndConsumesNothing()
{
    const qint64 before = logSize();
    QCOMPARE(before, 0);
    gui::RandomizeDialog dialog(*m_coordinator, m_studyId);
    dialog.show();
    dialog.findChild<QCheckBox *>(QStringLiteral("confirmCheckBox"))->setChecked(true);
    dialog.goToSignature();
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("signatureEdit"));
    QTest::keyClicks(password, QStringLiteral("not my password at all"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!dialog.randomized());
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(password->text().isEmpty()); // the field does not keep the attempt
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("armLabel")));
    for (const QString &arm : kArmNames)
        QVERIFY(!allLabels(&dialog).contains(arm));
    QCOMPARE(logSize(), before);
    // An empty signature is refused by the dialog before reaching the core.
    dialog.findChild<QPushButton *>(QStringLiteral("signButton"))->click();
    QVERIFY(!dialog.randomized());
    QCOMPARE(logSize(), before);
}

void TestRandomize::rightSignatureShowsTheArm()
{
    gui::RandomizeDialog dialog(*m_coordinator, m_studyId);
    dialog.show();
    dialog.findChild<QCheckBox *>(QStringLiteral("confirmCheckBox"))->setChecked(true);
    dialog.goToSignature();
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("signatureEdit"));
    password->setText(QString::fromUtf8(kUserPassword));
    dialog.findChild<QPushButton *>(QStringLiteral("signButton"))->click();
    QVERIFY2(dialog.randomized(), qPrintable(dialog.errorText()));
    auto *arm = dialog.findChild<QLabel *>(QStringLiteral("armLabel"));
    QVERIFY(arm);
    QVERIFY(arm->isVisible());
    QVERIFY(kArmNames.contains(dialog.outcome()->armName));
    QVERIFY(arm->text().contains(dialog.outcome()->armName));
    // The earlier refusals consumed nothing: this allocation is the stratum's first position.
    auto report = core::RandomizationLogService(*m_admin).report();
    QVERIFY(report.ok());
    QCOMPARE(report->entries.size(), 1);
    QCOMPARE(report->entries.at(0).studyId, m_studyId);
    QCOMPARE(report->entries.at(0).sequence, 1);
    QCOMPARE(report->entries.at(0).armCode, dialog.outcome()->armCode);
    QVERIFY(report->clean());
    dialog.findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestRandomize::refusedParticipantShowsWhyOnly()
{
    // Already randomized: prepare() refuses; the dialog shows the core's message and no step.
    gui::RandomizeDialog dialog(*m_coordinator, m_studyId);
    QVERIFY(!dialog.prepared());
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("signatureEdit")));
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("confirmCheckBox")));
    gui::RandomizeDialog unknown(*m_coordinator, QStringLiteral("ICM-9999"));
    QVERIFY(!unknown.prepared());
    QVERIFY(unknown.errorText().contains(QStringLiteral("ICM-9999")));
    QCOMPARE(logSize(), 1);
}

QTEST_MAIN(TestRandomize)
#include "tst_randomize.moc"
