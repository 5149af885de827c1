#include "app/gui/forms/FormEntryDialog.h"
#include "app/gui/forms/FormHistoryPanel.h"
#include "app/gui/forms/FormQueriesPanel.h"
#include "app/gui/forms/FormRenderer.h"
#include "app/gui/forms/ItemEditor.h"
#include "app/gui/forms/ParticipantFormsPage.h"
#include "app/gui/forms/QueriesPage.h"
#include "app/gui/participants/EventDialog.h"
#include "app/gui/participants/ParticipantPage.h"
#include "app/gui/visits/VisitTimelineWidget.h"
#include "core/data/DataQueryService.h"
#include "core/data/FormEntryService.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/services/UserService.h"
#include "core/util/Clock.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "tests/support/GuiProbe.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <functional>
#include <memory>

using namespace trialdesk;
using trialdesk::test::driveDialog;

namespace {
using test::eligibleScreening;
using test::kUserPassword;

void clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
}

QAbstractButton *choice(gui::FormRenderer *renderer, const QString &item, int index)
{
    return renderer->editor(item)->findChild<QAbstractButton *>(QStringLiteral("choice_%1").arg(index));
}

QStringList rowTexts(const QTableWidget *table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        if (const QTableWidgetItem *cell = table->item(row, column))
            texts << cell->text();
    return texts;
}
} // namespace

class TestFormEntry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void completingPhq9StoresTheTotal();
    void completeNeedsEveryRequiredItem();
    void editOfACompleteEntryAsksAReason();
    void monitorVerifiesAndLocks();
    void outcomeAssessorCannotOpenPatientPartnerContact();
    void queriesLifecycleAndSection();
    void participantPageOpensTheRequestedForm();
    void formsSectionListsVisitsAndUnscheduledForms();

private:
    QString randomize(const QDate &day);
    core::FormSlot phq9Slot() const { return { m_participant, QStringLiteral("BASELINE"), QStringLiteral("PHQ9"), 0 }; }

    test::TestWorkspace m_trial { QDateTime(QDate(2026, 9, 24), QTime(14, 0), QTimeZone::utc()),
                                  QStringLiteral("Forms trial") };
    std::unique_ptr<core::TrialSession> m_coordinator;
    std::unique_ptr<core::TrialSession> m_assessor;
    std::unique_ptr<core::TrialSession> m_monitor;
    QString m_participant; // any arm: PHQ-9 at baseline
    QString m_partnerArm; // patient-partner arm: PP_CONTACT at PP_FIRST
    qint64 m_phq9Entry = 0;
    qint64 m_contactEntry = 0;
};

QString TestFormEntry::randomize(const QDate &day)
{
    auto done = test::randomizeEligible(*m_coordinator, day);
    if (!done.ok()) {
        qWarning("%s", qPrintable(done.error().message));
        return QString();
    }
    return done->studyId;
}

void TestFormEntry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
    m_coordinator = m_trial.addUserAndSignIn(QStringLiteral("coord"), core::Role::Coordinator);
    m_assessor = m_trial.addUserAndSignIn(QStringLiteral("assessor"), core::Role::OutcomeAssessor);
    m_monitor = m_trial.addUserAndSignIn(QStringLiteral("monitor"), core::Role::Monitor);
    QVERIFY(m_coordinator && m_assessor && m_monitor);

    // Block randomization balances the arms: among a few participants one is in the patient-partner arm.
    for (int i = 0; i < 8 && m_partnerArm.isEmpty(); ++i) {
        m_trial.clock().advanceMs(60 * 1000);
        const QString studyId = randomize(QDate(2026, 9, 24));
        QVERIFY(!studyId.isEmpty());
        if (m_participant.isEmpty())
            m_participant = studyId;
        auto timeline = core::VisitService(*m_coordinator).timeline(studyId);
        QVERIFY(timeline.ok());
        for (const core::VisitRow &visit : timeline.value())
            if (visit.visitCode == QLatin1String("PP_FIRST"))
                m_partnerArm = studyId;
    }
    QVERIFY(!m_partnerArm.isEmpty());
    m_trial.clock().set(QDateTime(QDate(2026, 9, 28), QTime(14, 0), QTimeZone::utc()));
}

void TestFormEntry::completingPhq9StoresTheTotal()
{
    gui::FormEntryDialog dialog(*m_coordinator, phq9Slot());
    QVERIFY2(dialog.isLoaded(), qPrintable(dialog.messageText()));
    QCOMPARE(dialog.state(), core::FormEntryState::NotStarted);
    QVERIFY(dialog.headerText().contains(m_participant));
    QVERIFY(dialog.headerText().contains(QStringLiteral("PHQ-9")));
    QVERIFY(dialog.headerText().contains(QStringLiteral("Baseline")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("completeButton"))->isVisibleTo(&dialog));
    gui::FormRenderer *renderer = dialog.renderer();
    // Hand-worked: 1+2+0+3+1+0+2+1+0 = 10, "moderate" (10 to 14).
    const int values[] = { 1, 2, 0, 3, 1, 0, 2, 1, 0 };
    QVERIFY(!renderer->isItemShown(QStringLiteral("phq9_10")));
    for (int i = 0; i < 9; ++i)
        choice(renderer, QStringLiteral("phq9_%1").arg(i + 1), values[i])->click();
    // The difficulty question appears once a problem is reported; the total is computed live.
    QVERIFY(renderer->isItemShown(QStringLiteral("phq9_10")));
    QCOMPARE(
        renderer->editor(QStringLiteral("phq9_total"))->findChild<QLabel *>(QStringLiteral("computedValue"))->text(),
        QStringLiteral("10"));
    choice(renderer, QStringLiteral("phq9_10"), 1)->click();
    dialog.findChild<QPushButton *>(QStringLiteral("completeButton"))->click();
    QVERIFY2(renderer->summaryText().isEmpty(), qPrintable(renderer->summaryText()));
    QCOMPARE(dialog.state(), core::FormEntryState::Complete);
    QVERIFY(dialog.changed());
    QVERIFY(renderer->isReadOnly());

    // Read back from the service.
    auto stored = core::FormEntryService(*m_coordinator).findEntry(phq9Slot());
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    QCOMPARE(stored->state, core::FormEntryState::Complete);
    QCOMPARE(stored->answers.value(QStringLiteral("phq9_total")).value, QStringLiteral("10"));
    QCOMPARE(stored->answers.value(QStringLiteral("phq9_severity")).value, QStringLiteral("moderate"));
    QCOMPARE(stored->answers.value(QStringLiteral("phq9_4")).value, QStringLiteral("3"));
    m_phq9Entry = stored->id;
}

void TestFormEntry::completeNeedsEveryRequiredItem()
{
    const core::FormSlot slot { m_participant, QStringLiteral("BASELINE"), QStringLiteral("GAD7"), 0 };
    gui::FormEntryDialog dialog(*m_coordinator, slot);
    QVERIFY(dialog.isLoaded());
    choice(dialog.renderer(), QStringLiteral("gad7_1"), 2)->click();
    QVERIFY(!dialog.completeEntry());
    QVERIFY(!dialog.renderer()->summaryText().isEmpty());
    QVERIFY(!dialog.renderer()->editor(QStringLiteral("gad7_2"))->message().isEmpty());
    QCOMPARE(core::FormEntryService(*m_coordinator).findEntry(slot).error().code, core::ErrorCode::NotFound);
    // A draft keeps what was typed.
    QVERIFY(dialog.saveDraft());
    QCOMPARE(dialog.state(), core::FormEntryState::Draft);
    auto stored = core::FormEntryService(*m_coordinator).findEntry(slot);
    QVERIFY(stored.ok());
    QCOMPARE(stored->answers.value(QStringLiteral("gad7_1")).value, QStringLiteral("2"));
}

void TestFormEntry::editOfACompleteEntryAsksAReason()
{
    QVERIFY(m_phq9Entry > 0);
    gui::FormEntryDialog dialog(*m_coordinator, phq9Slot());
    QVERIFY(dialog.isLoaded());
    QCOMPARE(dialog.state(), core::FormEntryState::Complete);
    auto *edit = dialog.findChild<QPushButton *>(QStringLiteral("editButton"));
    QVERIFY(edit->isVisibleTo(&dialog));
    QVERIFY(dialog.renderer()->isReadOnly());
    edit->click();
    QVERIFY(dialog.isEditing());
    QVERIFY(!dialog.renderer()->isReadOnly());
    choice(dialog.renderer(), QStringLiteral("phq9_1"), 3)->click(); // 1 -> 3: total 12

    QString emptyReasonError;
    const bool asked
        = driveDialog<gui::EventDialog>([&] { dialog.saveEdit(); },
                                        [&](gui::EventDialog *reasonDialog) {
                                            clickOk(reasonDialog); // no reason: refused
                                            emptyReasonError = reasonDialog->errorText();
                                            reasonDialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))
                                                ->setText(QStringLiteral("Transcription error"));
                                            clickOk(reasonDialog);
                                        });
    QVERIFY(asked);
    QVERIFY(!emptyReasonError.isEmpty());
    QVERIFY(!dialog.isEditing());
    QCOMPARE(dialog.state(), core::FormEntryState::Complete);

    auto history = core::FormEntryService(*m_coordinator).history(m_phq9Entry);
    QVERIFY(history.ok());
    bool item = false;
    bool total = false;
    for (const core::ValueChange &change : history.value()) {
        if (change.action != QLatin1String("form.edit"))
            continue;
        QCOMPARE(change.reason.value_or(QString()), QStringLiteral("Transcription error"));
        if (change.itemCode == QLatin1String("phq9_1")) {
            item = change.oldValue == QStringLiteral("1") && change.newValue == QStringLiteral("3");
        } else if (change.itemCode == QLatin1String("phq9_total")) {
            total = change.oldValue == QStringLiteral("10") && change.newValue == QStringLiteral("12");
        }
    }
    QVERIFY(item);
    QVERIFY(total);
    // The history panel shows it: old and new values as read, and the reason.
    const QTableWidget *table = dialog.historyPanel()->table();
    bool shown = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QStringList texts = rowTexts(table, row);
        if (texts.contains(QStringLiteral("Transcription error"))
            && table->item(row, gui::FormHistoryPanel::OldColumn)->toolTip() == QLatin1String("1")
            && table->item(row, gui::FormHistoryPanel::NewColumn)->toolTip() == QLatin1String("3")
            && table->item(row, gui::FormHistoryPanel::WhoColumn)->text() == QLatin1String("coord"))
            shown = true;
    }
    QVERIFY(shown);

    // Cancelling the reason saves nothing.
    dialog.startEdit();
    choice(dialog.renderer(), QStringLiteral("phq9_2"), 0)->click();
    QVERIFY(driveDialog<gui::EventDialog>([&] { QVERIFY(!dialog.saveEdit()); }, [](gui::EventDialog *) {}));
    auto stored = core::FormEntryService(*m_coordinator).entry(m_phq9Entry);
    QVERIFY(stored.ok());
    QCOMPARE(stored->answers.value(QStringLiteral("phq9_2")).value, QStringLiteral("2"));
    QCOMPARE(stored->answers.value(QStringLiteral("phq9_total")).value, QStringLiteral("12"));
    dialog.cancelEdit();
    QCOMPARE(dialog.renderer()->answers().value(QStringLiteral("phq9_2")).value, QStringLiteral("2"));
}

void TestFormEntry::monitorVerifiesAndLocks()
{
    QVERIFY(m_phq9Entry > 0);
    gui::FormEntryDialog dialog(*m_monitor, m_phq9Entry);
    QVERIFY(dialog.isLoaded());
    // A monitor reads but never enters data.
    QVERIFY(dialog.renderer()->isReadOnly());
    for (const char *name : { "saveDraftButton", "completeButton", "editButton" })
        QVERIFY2(!dialog.findChild<QPushButton *>(QLatin1String(name))->isVisibleTo(&dialog), name);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("verifyButton"))->isVisibleTo(&dialog));
    QVERIFY(dialog.verify());
    QCOMPARE(dialog.state(), core::FormEntryState::Verified);
    QVERIFY(dialog.lock());
    QCOMPARE(dialog.state(), core::FormEntryState::Locked);
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("unlockButton"))->isVisibleTo(&dialog));

    // Locked: the coordinator's screen is read-only, without Edit.
    {
        gui::FormEntryDialog coordinatorView(*m_coordinator, phq9Slot());
        QCOMPARE(coordinatorView.state(), core::FormEntryState::Locked);
        QVERIFY(coordinatorView.renderer()->isReadOnly());
        QVERIFY(!coordinatorView.findChild<QPushButton *>(QStringLiteral("editButton"))->isVisibleTo(&coordinatorView));
    }
    const bool asked
        = driveDialog<gui::EventDialog>([&] { dialog.unlock(); },
                                        [](gui::EventDialog *reasonDialog) {
                                            reasonDialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit"))
                                                ->setText(QStringLiteral("Query pending"));
                                            clickOk(reasonDialog);
                                        });
    QVERIFY(asked);
    QCOMPARE(dialog.state(), core::FormEntryState::Verified);
}

void TestFormEntry::outcomeAssessorCannotOpenPatientPartnerContact()
{
    const core::FormSlot slot { m_partnerArm, QStringLiteral("PP_FIRST"), QStringLiteral("PP_CONTACT"), 0 };
    forms::Answers contact;
    contact.insert(QStringLiteral("contact_date"), { QStringLiteral("2026-09-28"), QString() });
    contact.insert(QStringLiteral("contact_mode"), { QStringLiteral("phone"), QString() });
    contact.insert(QStringLiteral("contact_duration"), { QStringLiteral("30"), QString() });
    contact.insert(QStringLiteral("contact_topics"), { QStringLiteral("disease"), QString() });
    auto saved = core::FormEntryService(*m_coordinator).complete(slot, contact);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    m_contactEntry = saved.value();

    // The coordinator (unblinded) opens it...
    gui::FormEntryDialog coordinatorView(*m_coordinator, slot);
    QVERIFY(coordinatorView.isLoaded());
    QCOMPARE(coordinatorView.renderer()->answers().value(QStringLiteral("contact_mode")).value,
             QStringLiteral("phone"));

    // ...the outcome assessor gets nothing, by slot or by entry id.
    gui::FormEntryDialog bySlot(*m_assessor, slot);
    QVERIFY(!bySlot.isLoaded());
    QVERIFY(!bySlot.renderer());
    QVERIFY(!bySlot.messageText().isEmpty());
    QVERIFY(!bySlot.findChild<QPushButton *>(QStringLiteral("saveDraftButton"))->isVisibleTo(&bySlot));
    gui::FormEntryDialog byId(*m_assessor, m_contactEntry);
    QVERIFY(!byId.isLoaded());
    QVERIFY(!byId.renderer());
    // Refused as a truly unknown entry is.
    gui::FormEntryDialog unknown(*m_assessor, qint64(987654));
    QCOMPARE(byId.messageText(),
             unknown.messageText().replace(QStringLiteral("987654"), QString::number(m_contactEntry)));

    // The assessor still enters outcome forms.
    gui::FormEntryDialog outcome(
        *m_assessor, core::FormSlot { m_participant, QStringLiteral("BASELINE"), QStringLiteral("EQ5D5L"), 0 });
    QVERIFY2(outcome.isLoaded(), qPrintable(outcome.messageText()));
    QVERIFY(!outcome.renderer()->isReadOnly());
}

void TestFormEntry::queriesLifecycleAndSection()
{
    QVERIFY(m_phq9Entry > 0 && m_contactEntry > 0);
    const QString question = QStringLiteral("Source says 1 for item 2: please check.");
    {
        gui::FormEntryDialog dialog(*m_monitor, m_phq9Entry);
        QVERIFY(dialog.queriesPanel()->canRaise());
        const bool asked = driveDialog<gui::EventDialog>(
            [&] { dialog.queriesPanel()->raiseQuery(QStringLiteral("phq9_2")); },
            [&](gui::EventDialog *raise) {
                raise->findChild<QLineEdit *>(QStringLiteral("questionEdit"))->setText(question);
                clickOk(raise);
            });
        QVERIFY(asked);
        QCOMPARE(dialog.queriesPanel()->queries().size(), 1);
        QCOMPARE(dialog.queriesPanel()->queries().first().itemCode, QStringLiteral("phq9_2"));
        QVERIFY(dialog.renderer()->editor(QStringLiteral("phq9_2"))->hasQueryMarker());
        QVERIFY(!dialog.renderer()->editor(QStringLiteral("phq9_3"))->hasQueryMarker());
    }
    // A query on the intervention-only form too: only unblinded roles may ever see it listed.
    auto contactQuery
        = core::DataQueryService(*m_monitor)
              .raiseQuery(m_contactEntry, QStringLiteral("contact_duration"), QStringLiteral("30 minutes by phone?"));
    QVERIFY(contactQuery.ok());

    gui::QueriesPage monitorPage(*m_monitor);
    monitorPage.setSite(QStringLiteral("ICM"));
    QCOMPARE(monitorPage.siteCode(), QStringLiteral("ICM"));
    QCOMPARE(monitorPage.queries().size(), 2);
    QCOMPARE(monitorPage.table()->rowCount(), 2);
    int row = -1;
    for (int i = 0; i < monitorPage.table()->rowCount(); ++i)
        if (rowTexts(monitorPage.table(), i).contains(question))
            row = i;
    QVERIFY(row >= 0);
    QVERIFY(rowTexts(monitorPage.table(), row).contains(m_participant));

    gui::QueriesPage assessorPage(*m_assessor);
    QCOMPARE(assessorPage.queries().size(), 1);
    QCOMPARE(assessorPage.queries().first().entryId, m_phq9Entry);

    // The coordinator answers; the item stays marked until the monitor closes the query.
    {
        gui::QueriesPage coordinatorPage(*m_coordinator);
        int coordinatorRow = -1;
        for (int i = 0; i < coordinatorPage.queries().size(); ++i)
            if (coordinatorPage.queries().at(i).entryId == m_phq9Entry)
                coordinatorRow = i;
        QVERIFY(coordinatorRow >= 0);
        bool opened = driveDialog<gui::FormEntryDialog>(
            [&] { coordinatorPage.openRow(coordinatorRow); },
            [&](gui::FormEntryDialog *dialog) {
                QCOMPARE(dialog->entryId(), m_phq9Entry);
                QVERIFY(dialog->renderer()->editor(QStringLiteral("phq9_2"))->hasQueryMarker());
                QVERIFY(dialog->headerText().contains(QStringLiteral("open query")));
            });
        QVERIFY(opened);
    }
    gui::FormEntryDialog coordinatorView(*m_coordinator, m_phq9Entry);
    gui::FormQueriesPanel *panel = coordinatorView.queriesPanel();
    QVERIFY(panel->selectQuery(panel->queries().first().id));
    const bool answered = driveDialog<gui::EventDialog>([&] { panel->answerSelected(); },
                                                        [](gui::EventDialog *answer) {
                                                            answer->findChild<QLineEdit *>(QStringLiteral("answerEdit"))
                                                                ->setText(QStringLiteral("Checked: 2 is right."));
                                                            clickOk(answer);
                                                        });
    QVERIFY(answered);
    QCOMPARE(panel->queries().first().status, core::QueryStatus::Answered);

    gui::FormEntryDialog monitorView(*m_monitor, m_phq9Entry);
    gui::FormQueriesPanel *monitorPanel = monitorView.queriesPanel();
    QVERIFY(monitorPanel->selectQuery(monitorPanel->queries().first().id));
    const bool closed = driveDialog<gui::EventDialog>(
        [&] { monitorPanel->closeSelected(); },
        [](gui::EventDialog *close) {
            close->findChild<QLineEdit *>(QStringLiteral("noteEdit"))->setText(QStringLiteral("Resolved."));
            clickOk(close);
        });
    QVERIFY(closed);
    QCOMPARE(monitorPanel->queries().first().status, core::QueryStatus::Closed);
    QVERIFY(!monitorView.renderer()->editor(QStringLiteral("phq9_2"))->hasQueryMarker());
    monitorPage.refresh();
    QCOMPARE(monitorPage.queries().size(), 1);
    QCOMPARE(monitorPage.queries().first().entryId, m_contactEntry);
}

void TestFormEntry::participantPageOpensTheRequestedForm()
{
    gui::ParticipantPage page(*m_coordinator, m_participant);
    QVERIFY(page.visitTimeline());
    bool opened = driveDialog<gui::FormEntryDialog>(
        [&] {
            emit page.visitTimeline()->formRequested(m_participant, QStringLiteral("BASELINE"), QStringLiteral("PHQ9"));
        },
        [&](gui::FormEntryDialog *dialog) {
            QVERIFY(dialog->isLoaded());
            QCOMPARE(dialog->entryId(), m_phq9Entry);
        });
    QVERIFY(opened);
}

void TestFormEntry::formsSectionListsVisitsAndUnscheduledForms()
{
    gui::ParticipantFormsPage page(*m_coordinator);
    QVERIFY(!page.showParticipant(QStringLiteral("NO-SUCH-ID")));
    QVERIFY(!page.messageText().isEmpty());
    QVERIFY(page.showParticipant(m_participant));
    QTreeWidgetItem *phq9 = page.formItem(QStringLiteral("BASELINE"), QStringLiteral("PHQ9"));
    QVERIFY(phq9);
    QCOMPARE(phq9->text(gui::ParticipantFormsPage::StateColumn),
             core::formEntryStateDisplayName(core::FormEntryState::Verified));
    // The unscheduled forms are offered as new entries (adverse event, end of study).
    QTreeWidgetItem *adverse = page.formItem(QString(), QStringLiteral("AE"), 0);
    QVERIFY(adverse);
    QVERIFY(driveDialog<gui::FormEntryDialog>([&] { page.openItem(adverse); },
                                              [](gui::FormEntryDialog *dialog) {
                                                  QVERIFY(dialog->isLoaded());
                                                  QCOMPARE(dialog->state(), core::FormEntryState::NotStarted);
                                                  QVERIFY(dialog->headerText().contains(QStringLiteral("unscheduled")));
                                              }));

    // The patient-partner contact is there for the coordinator, nowhere for the blinded assessor.
    QVERIFY(page.showParticipant(m_partnerArm));
    QVERIFY(page.formItem(QStringLiteral("PP_FIRST"), QStringLiteral("PP_CONTACT")));
    gui::ParticipantFormsPage blinded(*m_assessor);
    QVERIFY(blinded.showParticipant(m_partnerArm));
    QVERIFY(blinded.formItem(QStringLiteral("BASELINE"), QStringLiteral("HCU"), 0));
    const QTreeWidget *tree = blinded.tree();
    for (int top = 0; top < tree->topLevelItemCount(); ++top) {
        QVERIFY(!tree->topLevelItem(top)->toolTip(0).startsWith(QStringLiteral("PP_")));
        for (int child = 0; child < tree->topLevelItem(top)->childCount(); ++child)
            QVERIFY(tree->topLevelItem(top)->child(child)->toolTip(0) != QLatin1String("PP_CONTACT"));
    }
}

QTEST_MAIN(TestFormEntry)
#include "tst_formentry.moc"
