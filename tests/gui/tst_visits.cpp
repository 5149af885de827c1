#include "app/gui/participants/ParticipantPage.h"
#include "app/gui/visits/CompleteVisitDialog.h"
#include "app/gui/visits/MissVisitDialog.h"
#include "app/gui/visits/RescheduleVisitDialog.h"
#include "app/gui/visits/TodayVisitsPage.h"
#include "app/gui/visits/VisitAgendaPage.h"
#include "app/gui/visits/VisitDisplay.h"
#include "app/gui/visits/VisitTableModel.h"
#include "app/gui/visits/VisitTimelineWidget.h"
#include "app/gui/visits/VisitWorksheetPdf.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/ParticipantService.h"
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
#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace trialdesk;
using trialdesk::test::driveDialog;
using trialdesk::test::pdfPageCount;
using trialdesk::test::visibleTexts;

namespace {
using test::eligibleScreening;
using test::kUserPassword;
// The day the views are looked at: a Thursday, no holiday near it.
const QDate kAsOf(2027, 1, 14);
// Texts that would betray the patient-partner arm to a blinded role, in both languages.
const QStringList kArmHints = { QStringLiteral("partner"), QStringLiteral("partenaire"), QStringLiteral("Usual care"),
                                QStringLiteral("Soins usuels"), QStringLiteral("PP_") };

QString key(const core::VisitRow &visit)
{
    return visit.studyId + QLatin1Char('/') + visit.visitCode;
}

QSet<QString> keys(const gui::VisitTableModel *model)
{
    QSet<QString> found;
    for (const core::VisitRow &visit : model->rows())
        found.insert(key(visit));
    return found;
}

int rowOf(const gui::VisitTableModel *model, const QString &studyId, const QString &visitCode)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->row(row).studyId == studyId && model->row(row).visitCode == visitCode)
            return row;
    return -1;
}

QStringList armHints(QWidget *root)
{
    QStringList found;
    for (const QString &text : visibleTexts(root))
        for (const QString &hint : kArmHints)
            if (text.contains(hint, Qt::CaseInsensitive))
                found << text;
    return found;
}

} // namespace

class TestVisits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void todayViewListsTheRightRows();
    void todayViewCountsInHeadingsAndDaysLate();
    void completingThroughTheDialogUpdatesTheViews();
    void completeDialogWarnsOutsideTheWindow();
    void dialogsRefuseAnEmptyReason();
    void rescheduleThroughTheDialog();
    void rolesWithoutVisitManageCannotAct();
    void agendaByDayAndWeek();
    void timelineShowsEveryVisitAndRequestsForms();
    void participantPageHasTheVisitTimeline();
    void blindedAssessorSeesNoPatientPartnerVisit();
    void worksheetPdfHasOnePagePerVisit();
    void worksheetShowsIdentityOnlyToIdentityViewRoles();

private:
    QString randomize(const QDate &day, bool withIdentity);
    QList<core::VisitRow> plannedVisits();

    test::TestWorkspace m_trial { QDateTime(QDate(2026, 9, 24), QTime(14, 0), QTimeZone::utc()),
                                  QStringLiteral("Visits trial") };
    std::unique_ptr<core::TrialSession> m_coordinator;
    std::unique_ptr<core::TrialSession> m_assessor;
    std::unique_ptr<core::TrialSession> m_monitor;
    // Scripted so that, as of kAsOf, each participant's 3-month visit (day 91, +/-14) lands in one list.
    QString m_outOfWindow; // randomized 2026-09-24: M3 on 2026-12-24, window ended 2027-01-07
    QString m_overdue; // 2026-10-08: M3 on 2027-01-07, 7 days late, window open to 2027-01-21
    QString m_dueToday; // 2026-10-15: M3 on 2027-01-14 (has an identity)
    QString m_toComplete; // 2026-10-15: M3 on 2027-01-14, completed by a test
    QString m_dueThisWeek; // 2026-10-19: M3 on 2027-01-18
    QString m_toReschedule; // 2026-10-20: M3 on 2027-01-19, rescheduled by a test
    QStringList m_all;
};

QString TestVisits::randomize(const QDate &day, bool withIdentity)
{
    m_trial.clock().set(QDateTime(day, QTime(14, 0), QTimeZone::utc()));
    m_trial.clock().advanceMs(m_all.size() * 60 * 1000);
    core::EnrollmentInput input;
    input.strata.insert(QStringLiteral("condition"), QStringLiteral("HF"));
    input.consent = { QStringLiteral("1.0"), day, QString() };
    if (withIdentity)
        input.identity = core::Identity { QStringLiteral("Tremblay"),
                                          QStringLiteral("Marie"),
                                          QDate(1964, 1, 12),
                                          QStringLiteral("TREM64511212"),
                                          QStringLiteral("514 555-0101"),
                                          QStringLiteral("marie@example.org"),
                                          QStringLiteral("fr") };
    auto registered = core::EnrollmentService(*m_coordinator).enroll(eligibleScreening(day), input);
    if (!registered.ok()) {
        qWarning("%s", qPrintable(registered.error().message));
        return QString();
    }
    auto done = core::RandomizationService(*m_coordinator).randomize(registered->studyId, kUserPassword);
    if (!done.ok()) {
        qWarning("%s", qPrintable(done.error().message));
        return QString();
    }
    m_all << registered->studyId;
    return registered->studyId;
}

// The oracle: every planned visit of every participant, read through the participant timeline.
QList<core::VisitRow> TestVisits::plannedVisits()
{
    QList<core::VisitRow> planned;
    for (const QString &studyId : m_all) {
        auto timeline = core::VisitService(*m_coordinator).timeline(studyId);
        if (!timeline.ok())
            return {};
        for (const core::VisitRow &visit : timeline.value())
            if (visit.status == core::VisitStatus::Planned)
                planned.append(visit);
    }
    return planned;
}

void TestVisits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
    m_coordinator = m_trial.addUserAndSignIn(QStringLiteral("coord"), core::Role::Coordinator, QString(),
                                             QStringLiteral("Chloé Coordinator"));
    m_assessor = m_trial.addUserAndSignIn(QStringLiteral("assessor"), core::Role::OutcomeAssessor, QString(),
                                          QStringLiteral("Olivier Assessor"));
    m_monitor = m_trial.addUserAndSignIn(QStringLiteral("monitor"), core::Role::Monitor, QString(),
                                         QStringLiteral("Mona Monitor"));
    QVERIFY(m_coordinator && m_assessor && m_monitor);

    m_outOfWindow = randomize(QDate(2026, 9, 24), false);
    m_overdue = randomize(QDate(2026, 10, 8), false);
    m_dueToday = randomize(QDate(2026, 10, 15), true);
    m_toComplete = randomize(QDate(2026, 10, 15), false);
    m_dueThisWeek = randomize(QDate(2026, 10, 19), false);
    m_toReschedule = randomize(QDate(2026, 10, 20), false);
    QCOMPARE(m_all.size(), 6);
    // 09:00 in Montreal on the day the views are looked at.
    m_trial.clock().set(QDateTime(kAsOf, QTime(14, 0), QTimeZone::utc()));
}

void TestVisits::todayViewListsTheRightRows()
{
    gui::TodayVisitsPage page(*m_coordinator);
    page.setSite(QStringLiteral("ICM"));
    QCOMPARE(page.siteCode(), QStringLiteral("ICM"));
    // The default day is today at the site.
    QCOMPARE(page.asOf(), kAsOf);

    // The scripted 3-month visits, each in its list.
    const QString m3 = QStringLiteral("M3");
    QVERIFY(rowOf(page.model(gui::TodayVisitsPage::DueToday), m_dueToday, m3) >= 0);
    QVERIFY(rowOf(page.model(gui::TodayVisitsPage::DueToday), m_toComplete, m3) >= 0);
    QVERIFY(rowOf(page.model(gui::TodayVisitsPage::DueThisWeek), m_dueThisWeek, m3) >= 0);
    QVERIFY(rowOf(page.model(gui::TodayVisitsPage::DueThisWeek), m_toReschedule, m3) >= 0);
    QVERIFY(rowOf(page.model(gui::TodayVisitsPage::Overdue), m_overdue, m3) >= 0);
    QVERIFY(rowOf(page.model(gui::TodayVisitsPage::OutOfWindow), m_outOfWindow, m3) >= 0);
    QCOMPARE(rowOf(page.model(gui::TodayVisitsPage::Overdue), m_outOfWindow, m3), -1);

    // Every list is exactly the planned visits the definitions put there, read another way.
    QSet<QString> dueToday, dueThisWeek, overdue, outOfWindow;
    for (const core::VisitRow &visit : plannedVisits()) {
        if (visit.targetDate == kAsOf)
            dueToday.insert(key(visit));
        else if (visit.targetDate > kAsOf && visit.targetDate <= kAsOf.addDays(6))
            dueThisWeek.insert(key(visit));
        else if (visit.targetDate < kAsOf && kAsOf <= visit.windowEnd)
            overdue.insert(key(visit));
        else if (visit.windowEnd < kAsOf)
            outOfWindow.insert(key(visit));
    }
    QVERIFY(!outOfWindow.isEmpty());
    QCOMPARE(keys(page.model(gui::TodayVisitsPage::DueToday)), dueToday);
    QCOMPARE(keys(page.model(gui::TodayVisitsPage::DueThisWeek)), dueThisWeek);
    QCOMPARE(keys(page.model(gui::TodayVisitsPage::Overdue)), overdue);
    QCOMPARE(keys(page.model(gui::TodayVisitsPage::OutOfWindow)), outOfWindow);

    // Another day gives other lists: a week later the due-this-week visits are late.
    page.setAsOf(kAsOf.addDays(7));
    QCOMPARE(rowOf(page.model(gui::TodayVisitsPage::DueThisWeek), m_dueThisWeek, m3), -1);
    QVERIFY(rowOf(page.model(gui::TodayVisitsPage::Overdue), m_dueThisWeek, m3) >= 0);
}

void TestVisits::todayViewCountsInHeadingsAndDaysLate()
{
    gui::TodayVisitsPage page(*m_coordinator);
    page.setSite(QStringLiteral("ICM"));
    for (auto list : { gui::TodayVisitsPage::DueToday, gui::TodayVisitsPage::DueThisWeek, gui::TodayVisitsPage::Overdue,
                       gui::TodayVisitsPage::OutOfWindow })
        QVERIFY2(page.listTitle(list).contains(QStringLiteral("(%1)").arg(page.model(list)->rowCount())),
                 qPrintable(page.listTitle(list)));
    gui::VisitTableModel *overdue = page.model(gui::TodayVisitsPage::Overdue);
    const int row = rowOf(overdue, m_overdue, QStringLiteral("M3"));
    QVERIFY(row >= 0);
    QCOMPARE(overdue->index(row, gui::VisitTableModel::DaysLateColumn).data().toString(), QStringLiteral("7"));
    QCOMPARE(overdue->index(row, gui::VisitTableModel::StudyIdColumn).data().toString(), m_overdue);
    QCOMPARE(overdue->index(row, gui::VisitTableModel::TargetColumn).data().toString(),
             gui::VisitDisplay::date(QDate(2027, 1, 7)));
    QCOMPARE(overdue->index(row, gui::VisitTableModel::WindowColumn).data().toString(),
             gui::VisitDisplay::date(QDate(2026, 12, 24)) + QStringLiteral(" – ")
                 + gui::VisitDisplay::date(QDate(2027, 1, 21)));
    // Shown columns: study ID, visit, target date, window, days late.
    auto *table = page.table(gui::TodayVisitsPage::Overdue);
    QVERIFY(!table->isColumnHidden(gui::VisitTableModel::StudyIdColumn));
    QVERIFY(!table->isColumnHidden(gui::VisitTableModel::DaysLateColumn));
    QVERIFY(table->isColumnHidden(gui::VisitTableModel::ReasonColumn));
    // Selecting in one list clears the others: the actions apply to one visit.
    QVERIFY(page.selectRow(gui::TodayVisitsPage::Overdue, row));
    QVERIFY(page.selectRow(gui::TodayVisitsPage::DueToday, 0));
    QCOMPARE(page.selectedVisit()->studyId, page.model(gui::TodayVisitsPage::DueToday)->row(0).studyId);
    QVERIFY(!page.table(gui::TodayVisitsPage::Overdue)->selectionModel()->hasSelection());
}

void TestVisits::completingThroughTheDialogUpdatesTheViews()
{
    gui::TodayVisitsPage page(*m_coordinator);
    page.setSite(QStringLiteral("ICM"));
    gui::VisitTableModel *dueToday = page.model(gui::TodayVisitsPage::DueToday);
    const int before = dueToday->rowCount();
    const int row = rowOf(dueToday, m_toComplete, QStringLiteral("M3"));
    QVERIFY(row >= 0);
    QVERIFY(page.selectRow(gui::TodayVisitsPage::DueToday, row));
    auto *complete = page.findChild<QPushButton *>(QStringLiteral("completeVisitButton"));
    QVERIFY(complete->isEnabled());
    const bool seen = driveDialog<gui::CompleteVisitDialog>([&] { complete->click(); },
                                                            [](gui::CompleteVisitDialog *dialog) {
                                                                // The target day is proposed: in window.
                                                                QCOMPARE(dialog->dateEdit()->date(), kAsOf);
                                                                QVERIFY(!dialog->outsideWindow());
                                                                QVERIFY(dialog->okButton()->isEnabled());
                                                                dialog->accept();
                                                            });
    QVERIFY(seen);
    QCOMPARE(dueToday->rowCount(), before - 1);
    QCOMPARE(rowOf(dueToday, m_toComplete, QStringLiteral("M3")), -1);
    QVERIFY(page.listTitle(gui::TodayVisitsPage::DueToday).contains(QStringLiteral("(%1)").arg(before - 1)));
    QVERIFY(page.messageText().contains(QStringLiteral("Recorded")));

    // The participant's timeline and the day's agenda show the completion.
    gui::VisitTimelineWidget timeline(*m_coordinator, m_toComplete);
    const int done = rowOf(timeline.model(), m_toComplete, QStringLiteral("M3"));
    QVERIFY(done >= 0);
    QCOMPARE(timeline.model()->row(done).status, core::VisitStatus::Completed);
    QCOMPARE(timeline.model()->row(done).actualDate, kAsOf);
    QCOMPARE(timeline.model()->index(done, gui::VisitTableModel::StatusColumn).data().toString(),
             core::visitStatusDisplayName(core::VisitStatus::Completed));
    gui::VisitAgendaPage agenda(*m_coordinator);
    agenda.setSite(QStringLiteral("ICM"));
    const int agendaRow = rowOf(agenda.model(), m_toComplete, QStringLiteral("M3"));
    QVERIFY(agendaRow >= 0);
    QCOMPARE(agenda.model()->index(agendaRow, gui::VisitTableModel::StatusColumn).data().toString(),
             core::visitStatusDisplayName(core::VisitStatus::Completed));
}

void TestVisits::completeDialogWarnsOutsideTheWindow()
{
    auto timeline = core::VisitService(*m_coordinator).timeline(m_outOfWindow);
    QVERIFY(timeline.ok());
    core::VisitRow m3;
    for (const core::VisitRow &visit : timeline.value())
        if (visit.visitCode == QLatin1String("M3"))
            m3 = visit;
    QCOMPARE(m3.windowEnd, QDate(2027, 1, 7));
    gui::CompleteVisitDialog dialog(*m_coordinator, m3, kAsOf);
    // In the window: no warning.
    dialog.dateEdit()->setDate(QDate(2027, 1, 5));
    QVERIFY(!dialog.outsideWindow());
    QVERIFY(dialog.warningText().isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());
    // Outside: a live warning, and OK waits for the confirmation.
    dialog.dateEdit()->setDate(kAsOf);
    QVERIFY(dialog.outsideWindow());
    QVERIFY(dialog.warningText().contains(QStringLiteral("outside the window")));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.errorText().isEmpty());
    // The future is refused before the service is asked.
    QCOMPARE(dialog.dateEdit()->maximumDate(), kAsOf);
    dialog.confirmBox()->setChecked(true);
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    gui::VisitTimelineWidget widget(*m_coordinator, m_outOfWindow);
    const int row = rowOf(widget.model(), m_outOfWindow, QStringLiteral("M3"));
    QVERIFY(widget.model()->row(row).outOfWindow);
    QVERIFY(widget.model()
                ->index(row, gui::VisitTableModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("out of window")));
    QCOMPARE(widget.model()->index(row, gui::VisitTableModel::WindowFlagColumn).data().toString(),
             QStringLiteral("Out of window"));
}

void TestVisits::dialogsRefuseAnEmptyReason()
{
    auto timeline = core::VisitService(*m_coordinator).timeline(m_overdue);
    QVERIFY(timeline.ok());
    core::VisitRow m3;
    for (const core::VisitRow &visit : timeline.value())
        if (visit.visitCode == QLatin1String("M3"))
            m3 = visit;
    QCOMPARE(m3.status, core::VisitStatus::Planned);

    gui::MissVisitDialog miss(*m_coordinator, m3);
    QVERIFY(!miss.okButton()->isEnabled());
    miss.reasonEdit()->setText(QStringLiteral("   "));
    QVERIFY(!miss.okButton()->isEnabled());
    miss.accept();
    QVERIFY(miss.result() != QDialog::Accepted);
    QVERIFY(miss.errorText().contains(QStringLiteral("reason")));

    gui::RescheduleVisitDialog reschedule(*m_coordinator, m3);
    reschedule.dateEdit()->setDate(m3.targetDate.addDays(3));
    QVERIFY(!reschedule.okButton()->isEnabled());
    reschedule.accept();
    QVERIFY(reschedule.result() != QDialog::Accepted);
    QVERIFY(reschedule.errorText().contains(QStringLiteral("reason")));

    // Nothing was recorded.
    auto after = core::VisitService(*m_coordinator).timeline(m_overdue);
    QVERIFY(after.ok());
    for (const core::VisitRow &visit : after.value())
        if (visit.visitCode == QLatin1String("M3")) {
            QCOMPARE(visit.status, core::VisitStatus::Planned);
            QCOMPARE(visit.targetDate, m3.targetDate);
        }

    // With a reason, the miss goes through the page and leaves the overdue list.
    gui::TodayVisitsPage page(*m_coordinator);
    page.setSite(QStringLiteral("ICM"));
    const int row = rowOf(page.model(gui::TodayVisitsPage::Overdue), m_overdue, QStringLiteral("M3"));
    QVERIFY(page.selectRow(gui::TodayVisitsPage::Overdue, row));
    const bool seen = driveDialog<gui::MissVisitDialog>([&] { page.missSelected(); },
                                                        [](gui::MissVisitDialog *dialog) {
                                                            QTest::keyClicks(dialog->reasonEdit(),
                                                                             QStringLiteral("no answer to 3 calls"));
                                                            QVERIFY(dialog->okButton()->isEnabled());
                                                            dialog->accept();
                                                        });
    QVERIFY(seen);
    QCOMPARE(rowOf(page.model(gui::TodayVisitsPage::Overdue), m_overdue, QStringLiteral("M3")), -1);
    gui::VisitTimelineWidget widget(*m_coordinator, m_overdue);
    const int missed = rowOf(widget.model(), m_overdue, QStringLiteral("M3"));
    QCOMPARE(widget.model()->row(missed).status, core::VisitStatus::Missed);
    QCOMPARE(widget.model()->index(missed, gui::VisitTableModel::ReasonColumn).data().toString(),
             QStringLiteral("no answer to 3 calls"));
}

void TestVisits::rescheduleThroughTheDialog()
{
    gui::VisitTimelineWidget widget(*m_coordinator, m_toReschedule);
    QVERIFY(widget.selectVisit(QStringLiteral("M3")));
    const core::VisitRow before = *widget.selectedVisit();
    QCOMPARE(before.targetDate, QDate(2027, 1, 19));
    const QDate moved(2027, 1, 21);
    const bool seen
        = driveDialog<gui::RescheduleVisitDialog>([&] { widget.rescheduleSelected(); },
                                                  [&](gui::RescheduleVisitDialog *dialog) {
                                                      // The window is shown and does not move.
                                                      auto *window
                                                          = dialog->findChild<QLabel *>(QStringLiteral("windowLabel"));
                                                      QCOMPARE(window->text(), gui::VisitDisplay::window(before));
                                                      dialog->dateEdit()->setDate(moved);
                                                      QVERIFY(!dialog->okButton()->isEnabled());
                                                      dialog->reasonEdit()->setText(QStringLiteral("participant away"));
                                                      QVERIFY(dialog->okButton()->isEnabled());
                                                      dialog->accept();
                                                  });
    QVERIFY(seen);
    const int row = rowOf(widget.model(), m_toReschedule, QStringLiteral("M3"));
    QCOMPARE(widget.model()->row(row).targetDate, moved);
    QCOMPARE(widget.model()->row(row).windowStart, before.windowStart);
    QCOMPARE(widget.model()->row(row).windowEnd, before.windowEnd);
    QCOMPARE(widget.model()->row(row).reason, QStringLiteral("participant away"));
}

void TestVisits::rolesWithoutVisitManageCannotAct()
{
    gui::TodayVisitsPage page(*m_monitor);
    page.setSite(QStringLiteral("ICM"));
    QVERIFY(page.model(gui::TodayVisitsPage::DueToday)->rowCount() > 0);
    QVERIFY(page.selectRow(gui::TodayVisitsPage::DueToday, 0));
    for (const char *name : { "completeVisitButton", "missVisitButton", "rescheduleVisitButton" })
        QVERIFY2(!page.findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);
    // Asking anyway opens no dialog and says why.
    page.completeSelected();
    QVERIFY(page.messageText().contains(QStringLiteral("not record")));
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("openParticipantButton"))->isEnabled());

    gui::VisitTimelineWidget widget(*m_monitor, m_dueToday);
    QVERIFY(widget.selectVisit(QStringLiteral("M3")));
    QVERIFY(!widget.findChild<QPushButton *>(QStringLiteral("completeVisitButton"))->isEnabled());
}

void TestVisits::agendaByDayAndWeek()
{
    gui::VisitAgendaPage agenda(*m_coordinator);
    agenda.setSite(QStringLiteral("ICM"));
    QCOMPARE(agenda.span(), gui::VisitAgendaPage::Span::Day);
    QCOMPARE(agenda.from(), kAsOf);
    QCOMPARE(agenda.to(), kAsOf);
    QVERIFY(rowOf(agenda.model(), m_dueToday, QStringLiteral("M3")) >= 0);
    QCOMPARE(rowOf(agenda.model(), m_dueThisWeek, QStringLiteral("M3")), -1);
    for (const core::VisitRow &visit : agenda.model()->rows())
        QVERIFY(visit.targetDate == kAsOf || visit.actualDate == kAsOf);
    // Status in words on every row.
    for (int row = 0; row < agenda.model()->rowCount(); ++row)
        QVERIFY(!agenda.model()->index(row, gui::VisitTableModel::StatusColumn).data().toString().isEmpty());

    agenda.next();
    QCOMPARE(agenda.from(), kAsOf.addDays(1));
    agenda.goToday();
    QCOMPARE(agenda.from(), kAsOf);

    agenda.setSpan(gui::VisitAgendaPage::Span::Week);
    QCOMPARE(agenda.from().daysTo(agenda.to()), 6);
    QCOMPARE(agenda.from().dayOfWeek(), static_cast<int>(QLocale().firstDayOfWeek()));
    QVERIFY(agenda.from() <= kAsOf && kAsOf <= agenda.to());
    for (const core::VisitRow &visit : agenda.model()->rows()) {
        const QDate day = agenda.model()->dayOf(visit);
        QVERIFY(day >= agenda.from() && day <= agenda.to());
    }
    // By day: never out of order.
    for (int row = 1; row < agenda.model()->rowCount(); ++row)
        QVERIFY(agenda.model()->dayOf(agenda.model()->row(row - 1)) <= agenda.model()->dayOf(agenda.model()->row(row)));
    const QDate weekStart = agenda.from();
    agenda.previous();
    QCOMPARE(agenda.from(), weekStart.addDays(-7));
    agenda.next();
    agenda.next();
    QCOMPARE(agenda.from(), weekStart.addDays(7));
    QVERIFY(agenda.periodText().contains(QLocale().toString(weekStart.addDays(7), QLocale::LongFormat)));
    // The week after kAsOf's week holds the rescheduled visit (moved to Thursday 2027-01-21).
    QVERIFY(agenda.from() <= QDate(2027, 1, 21) && QDate(2027, 1, 21) <= agenda.to());
    QVERIFY(rowOf(agenda.model(), m_toReschedule, QStringLiteral("M3")) >= 0);

    // Enter on a row opens the participant.
    agenda.openParticipant(agenda.model()->row(0).studyId);
    QVERIFY(agenda.participantPage());
    QCOMPARE(agenda.participantPage()->studyId(), agenda.model()->row(0).studyId);
}

void TestVisits::timelineShowsEveryVisitAndRequestsForms()
{
    gui::VisitTimelineWidget widget(*m_coordinator, m_dueToday);
    auto timeline = core::VisitService(*m_coordinator).timeline(m_dueToday);
    QVERIFY(timeline.ok());
    QCOMPARE(widget.model()->rowCount(), timeline->size());
    for (int row = 0; row < widget.model()->rowCount(); ++row) {
        QCOMPARE(widget.model()->row(row).visitCode, timeline->at(row).visitCode);
        if (row > 0)
            QVERIFY(widget.model()->row(row - 1).order < widget.model()->row(row).order);
    }
    QCOMPARE(widget.model()->row(0).visitCode, QStringLiteral("BASELINE"));
    QVERIFY(widget.selectVisit(QStringLiteral("M3")));
    auto *forms = widget.findChild<QListWidget *>(QStringLiteral("formsList"));
    QCOMPARE(forms->count(), widget.selectedVisit()->forms.size());
    QVERIFY(forms->count() > 0);
    // Forms are named by their title in the current language, with the code.
    const QString first = forms->item(0)->text();
    const QString code = widget.selectedVisit()->forms.at(0);
    QVERIFY2(first.endsWith(QStringLiteral(" (%1)").arg(code)) && first.size() > code.size() + 3, qPrintable(first));
    QSignalSpy spy(&widget, &gui::VisitTimelineWidget::formRequested);
    emit forms->itemActivated(forms->item(1));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), m_dueToday);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("M3"));
    QCOMPARE(spy.at(0).at(2).toString(), widget.selectedVisit()->forms.at(1));
}

void TestVisits::participantPageHasTheVisitTimeline()
{
    gui::TodayVisitsPage page(*m_coordinator);
    page.setSite(QStringLiteral("ICM"));
    const int row = rowOf(page.model(gui::TodayVisitsPage::DueToday), m_dueToday, QStringLiteral("M3"));
    QVERIFY(page.selectRow(gui::TodayVisitsPage::DueToday, row));
    // Enter on the row opens the participant's page, as the participant list does.
    QTableView *table = page.table(gui::TodayVisitsPage::DueToday);
    emit table->activated(table->currentIndex());
    QVERIFY(page.participantPage());
    QCOMPARE(page.participantPage()->studyId(), m_dueToday);
    gui::VisitTimelineWidget *timeline = page.participantPage()->visitTimeline();
    QVERIFY(timeline);
    QVERIFY(rowOf(timeline->model(), m_dueToday, QStringLiteral("M3")) >= 0);
    page.showLists();
    QVERIFY(!page.participantPage());
}

void TestVisits::blindedAssessorSeesNoPatientPartnerVisit()
{
    // Some participants are in the patient-partner arm: the coordinator sees their contacts.
    QStringList partnered;
    for (const QString &studyId : m_all) {
        auto details = core::ParticipantService(*m_coordinator).details(studyId);
        QVERIFY(details.ok());
        if (details->summary.armCode == QLatin1String("PP"))
            partnered << studyId;
    }
    QVERIFY(!partnered.isEmpty());
    gui::TodayVisitsPage coordinatorPage(*m_coordinator);
    coordinatorPage.setSite(QStringLiteral("ICM"));
    QVERIFY(!armHints(&coordinatorPage).isEmpty());

    gui::TodayVisitsPage page(*m_assessor);
    page.setSite(QStringLiteral("ICM"));
    int rows = 0;
    for (auto list : { gui::TodayVisitsPage::DueToday, gui::TodayVisitsPage::DueThisWeek, gui::TodayVisitsPage::Overdue,
                       gui::TodayVisitsPage::OutOfWindow }) {
        rows += page.model(list)->rowCount();
        for (const core::VisitRow &visit : page.model(list)->rows())
            QVERIFY2(!visit.visitCode.startsWith(QLatin1String("PP_")), qPrintable(key(visit)));
        // No row numbers that would leave a gap where a hidden visit was.
        QVERIFY(page.table(list)->verticalHeader()->isHidden());
    }
    QVERIFY(rows > 0);
    QVERIFY2(armHints(&page).isEmpty(), qPrintable(armHints(&page).join(QLatin1Char('\n'))));

    for (const QString &studyId : partnered) {
        gui::VisitTimelineWidget widget(*m_assessor, studyId);
        QVERIFY(widget.model()->rowCount() > 0);
        for (const core::VisitRow &visit : widget.model()->rows()) {
            QVERIFY2(!visit.visitCode.startsWith(QLatin1String("PP_")), qPrintable(key(visit)));
            QVERIFY(!visit.armSpecific);
        }
        QVERIFY2(armHints(&widget).isEmpty(), qPrintable(armHints(&widget).join(QLatin1Char('\n'))));
        gui::VisitTimelineWidget coordinatorWidget(*m_coordinator, studyId);
        QVERIFY(coordinatorWidget.model()->rowCount() > widget.model()->rowCount());
    }
    gui::VisitAgendaPage agenda(*m_assessor);
    agenda.setSite(QStringLiteral("ICM"));
    agenda.setSpan(gui::VisitAgendaPage::Span::Week);
    QVERIFY2(armHints(&agenda).isEmpty(), qPrintable(armHints(&agenda).join(QLatin1Char('\n'))));
}

void TestVisits::worksheetPdfHasOnePagePerVisit()
{
    gui::TodayVisitsPage page(*m_coordinator);
    page.setSite(QStringLiteral("ICM"));
    const int due = page.model(gui::TodayVisitsPage::DueToday)->rowCount();
    QVERIFY(due >= 1);
    const QString path = m_trial.filePath(QStringLiteral("today.pdf"));
    const core::Status status = page.exportWorksheetTo(path);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(pdfPageCount(path), due);

    // A participant's planned visits, one page each; or the selected visit alone.
    gui::VisitTimelineWidget widget(*m_coordinator, m_dueThisWeek);
    int planned = 0;
    for (const core::VisitRow &visit : widget.model()->rows())
        planned += visit.status == core::VisitStatus::Planned ? 1 : 0;
    QVERIFY(planned > 1);
    const QString all = m_trial.filePath(QStringLiteral("participant.pdf"));
    QVERIFY(widget.exportWorksheetTo(all).ok());
    QCOMPARE(pdfPageCount(all), planned);
    QVERIFY(widget.selectVisit(QStringLiteral("M3")));
    const QString one = m_trial.filePath(QStringLiteral("visit.pdf"));
    QVERIFY(widget.exportWorksheetTo(one).ok());
    QCOMPARE(pdfPageCount(one), 1);

    // A day without visits prints nothing and says so.
    page.setAsOf(QDate(2027, 1, 16)); // a Saturday: targets are shifted off weekends
    QCOMPARE(page.model(gui::TodayVisitsPage::DueToday)->rowCount(), 0);
    const QString none = m_trial.filePath(QStringLiteral("none.pdf"));
    const core::Status empty = page.exportWorksheetTo(none);
    QVERIFY(!empty.ok());
    QVERIFY(!QFile::exists(none));

    // The page's content: trial, study ID, visit, window, expected forms, signature line.
    auto sheets = gui::VisitWorksheetPdf::forParticipant(*m_coordinator, m_dueThisWeek, QStringLiteral("M3"));
    QVERIFY(sheets.ok());
    QCOMPARE(sheets->size(), 1);
    const gui::VisitWorksheetPdf::Header header = gui::VisitWorksheetPdf::headerFor(*m_coordinator);
    QCOMPARE(header.trialName, QStringLiteral("Visits trial"));
    QTextDocument document;
    document.setHtml(gui::VisitWorksheetPdf::pageHtml(sheets->at(0), header));
    const QString text = document.toPlainText();
    for (const QString &expected :
         { QStringLiteral("Visits trial"), m_dueThisWeek, QStringLiteral("3-month"),
           gui::VisitDisplay::window(sheets->at(0).visit), QStringLiteral("PAM13"), QStringLiteral("Signature") })
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestVisits::worksheetShowsIdentityOnlyToIdentityViewRoles()
{
    const gui::VisitWorksheetPdf::Header header { QStringLiteral("Visits trial"), m_trial.clock().nowUtc(),
                                                  QStringLiteral("x") };
    auto coordinator = gui::VisitWorksheetPdf::forParticipant(*m_coordinator, m_dueToday, QStringLiteral("M6"));
    QVERIFY(coordinator.ok());
    QCOMPARE(coordinator->size(), 1);
    QCOMPARE(coordinator->at(0).identity, QStringLiteral("Tremblay, Marie"));
    QVERIFY(gui::VisitWorksheetPdf::pageHtml(coordinator->at(0), header).contains(QStringLiteral("Tremblay")));

    auto assessor = gui::VisitWorksheetPdf::forParticipant(*m_assessor, m_dueToday, QStringLiteral("M6"));
    QVERIFY(assessor.ok());
    QCOMPARE(assessor->size(), 1);
    QVERIFY(assessor->at(0).identity.isEmpty());
    const QString html = gui::VisitWorksheetPdf::pageHtml(assessor->at(0), header);
    QVERIFY(!html.contains(QStringLiteral("Tremblay")));
    QVERIFY(!html.contains(QStringLiteral("Marie")));
    for (const QString &hint : kArmHints)
        QVERIFY2(!html.contains(hint, Qt::CaseInsensitive), qPrintable(hint));
    const QString path = m_trial.filePath(QStringLiteral("assessor.pdf"));
    QVERIFY(gui::VisitWorksheetPdf::write(assessor.value(), gui::VisitWorksheetPdf::headerFor(*m_assessor), path).ok());
    QCOMPARE(pdfPageCount(path), 1);
}

QTEST_MAIN(TestVisits)
#include "tst_visits.moc"
