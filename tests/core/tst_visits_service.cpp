// Visit scheduling and follow-up: planning at randomization, every status path, withdrawal,
// amendments, blinding and the iCalendar export, on a real workspace.
#include "core/audit/AuditTrail.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/ParticipantService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/protocol/ProtocolService.h"
#include "core/services/SiteService.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "core/visits/VisitCalendar.h"
#include "core/visits/VisitService.h"
#include "tests/support/Calendar.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

using namespace trialdesk;
using namespace trialdesk::core;

namespace {
using test::kUserPassword;
const QString kZone = QStringLiteral("America/Toronto");

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

using trialdesk::test::eligibleScreening;

using test::scalar;

const VisitRow *findVisit(const QList<VisitRow> &rows, const QString &code)
{
    for (const VisitRow &row : rows)
        if (row.visitCode == code)
            return &row;
    return nullptr;
}

QStringList codes(const QList<VisitRow> &rows)
{
    QStringList list;
    for (const VisitRow &row : rows)
        list.append(row.visitCode);
    return list;
}

bool anyArmSpecific(const QList<VisitRow> &rows)
{
    for (const VisitRow &row : rows)
        if (row.armSpecific || row.visitCode.startsWith(QLatin1String("PP_")))
            return true;
    return false;
}
} // namespace

class TestVisitsService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plannedAtRandomization();
    void refusedRandomizationPlansNothing();
    void completeMissReschedule();
    void refusalsWriteNothing();
    void withdrawalCancelsRemaining();
    void blindedAssessorNeverSeesPartnerContacts();
    void overdueListsAndPages();
    void icsExport();
    void icsUidsAreKeyedHashesWithoutRowIds();
    void amendmentAndAnchoredVisits();
    void timeZoneDaylightSavingAndLeapYear();
    void anotherSitesParticipantRefused();

private:
    struct Randomized
    {
        QString studyId;
        QString arm;
        QDate localDay;
    };
    Result<Randomized> randomizeAt(const QDateTime &at);
    QDate siteToday() const { return m_workspace->clock().nowUtc().toTimeZone(QTimeZone(kZone.toUtf8())).date(); }
    // Everything a refusal must not change: the visits table and the audit trail.
    QString snapshot();

    std::unique_ptr<test::TestWorkspace> m_workspace;
    test::TestWorkspace::Team m_team;
    QList<Randomized> m_usual; // UC arm, randomized 2027-01-11 (local)
    QList<Randomized> m_partner; // PP arm, same day
    int m_identity = 0;
};

void TestVisitsService::initTestCase()
{
    m_workspace = std::make_unique<test::TestWorkspace>();
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    m_team = m_workspace->team({ Role::Coordinator, Role::OutcomeAssessor, Role::Monitor });
    QVERIFY(m_team.ok);
}

Result<TestVisitsService::Randomized> TestVisitsService::randomizeAt(const QDateTime &at)
{
    m_workspace->clock().set(at);
    const QDate day = siteToday();
    EnrollmentInput input;
    input.strata.insert(QStringLiteral("condition"), QStringLiteral("HF"));
    input.consent = { QStringLiteral("1.0"), day, QString() };
    ++m_identity;
    // Identifying data that must never reach the calendar export.
    input.identity = Identity { QStringLiteral("Tremblay%1").arg(m_identity),
                                QStringLiteral("Marie"),
                                QDate(1964, 1, 12),
                                QString(),
                                QStringLiteral("514 555-0101"),
                                QStringLiteral("marie@example.org"),
                                QStringLiteral("fr") };
    auto registered = EnrollmentService(*m_team.coordinator).enroll(eligibleScreening(day), input);
    if (!registered)
        return registered.error();
    auto outcome = RandomizationService(*m_team.coordinator).randomize(registered->studyId, kUserPassword);
    if (!outcome)
        return outcome.error();
    return Randomized { registered->studyId, outcome->armCode, day };
}

QString TestVisitsService::snapshot()
{
    QString text;
    auto rows = exec(m_team.admin->database(),
                     QStringLiteral("SELECT id, status, target_date, window_start, window_end, actual_date, "
                                    "out_of_window, reason, updated_at FROM visits ORDER BY id"));
    if (!rows)
        return QStringLiteral("error");
    while (rows->next())
        for (int i = 0; i < 9; ++i)
            text += rows->value(i).toString() + QLatin1Char('|');
    return text + QString::number(scalar(*m_team.admin, QStringLiteral("SELECT COUNT(*) FROM audit_log")));
}

void TestVisitsService::plannedAtRandomization()
{
    // 02:30 UTC on 12 January is 21:30 on the 11th in Montreal: the schedule starts on the 11th.
    for (int i = 0; i < 12 && (m_usual.size() < 3 || m_partner.size() < 3); ++i) {
        auto randomized = randomizeAt(utc(2027, 1, 12, 2, 30).addSecs(i));
        QVERIFY2(randomized.ok(), randomized.ok() ? "" : qPrintable(randomized.error().message));
        QCOMPARE(randomized->localDay, QDate(2027, 1, 11));
        (randomized->arm == QLatin1String("UC") ? m_usual : m_partner).append(randomized.value());
    }
    QVERIFY(m_usual.size() >= 3 && m_partner.size() >= 3);

    auto protocol = Protocol::bundledDefault();
    QVERIFY(protocol.ok());
    const VisitCalendar calendar(protocol->schedule);
    VisitService service(*m_team.coordinator);
    auto usual = service.timeline(m_usual.at(0).studyId);
    QVERIFY2(usual.ok(), usual.ok() ? "" : qPrintable(usual.error().message));
    QCOMPARE(codes(usual.value()), QStringList({ "BASELINE", "M3", "M6", "M12" }));
    auto partner = service.timeline(m_partner.at(0).studyId);
    QVERIFY(partner.ok());
    QCOMPARE(partner->size(), 11);
    QCOMPARE(codes(partner.value()).first(), QStringLiteral("BASELINE"));
    QVERIFY(findVisit(partner.value(), QStringLiteral("PP_C6")));
    for (const VisitRow &row : std::as_const(partner.value())) {
        const ProtocolVisit *definition = protocol->schedule.visit(row.visitCode);
        QVERIFY(definition);
        const PlannedDates expected = calendar.plan(*definition, QDate(2027, 1, 11));
        QCOMPARE(row.targetDate, expected.target);
        QCOMPARE(row.windowStart, expected.windowStart);
        QCOMPARE(row.windowEnd, expected.windowEnd);
        QCOMPARE(row.status, VisitStatus::Planned);
        QCOMPARE(row.armSpecific, row.visitCode.startsWith(QLatin1String("PP_")));
        QCOMPARE(row.primaryOutcome, row.visitCode == QLatin1String("M6"));
        QCOMPARE(row.siteCode, QStringLiteral("ICM"));
    }
    const VisitRow *baseline = findVisit(usual.value(), QStringLiteral("BASELINE"));
    QVERIFY(baseline);
    QCOMPARE(baseline->targetDate, QDate(2027, 1, 11));
    QCOMPARE(baseline->windowEnd, QDate(2027, 1, 18));
    QCOMPARE(baseline->visitName.en, QStringLiteral("Baseline"));
    QVERIFY(baseline->forms.contains(QStringLiteral("PAM13")));
    QCOMPARE(findVisit(usual.value(), QStringLiteral("M12"))->targetDate, QDate(2028, 1, 11));
    // Planned in the randomization's transaction and audited there.
    QCOMPARE(scalar(*m_team.admin,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'visit.plan' AND entity_id = '%1'")
                        .arg(m_usual.at(0).studyId)),
             1);
}

void TestVisitsService::refusedRandomizationPlansNothing()
{
    const qint64 before = scalar(*m_team.admin, QStringLiteral("SELECT COUNT(*) FROM visits"));
    EnrollmentInput input;
    input.strata.insert(QStringLiteral("condition"), QStringLiteral("CAD"));
    input.consent = { QStringLiteral("1.0"), siteToday(), QString() };
    auto registered = EnrollmentService(*m_team.coordinator).enroll(eligibleScreening(siteToday()), input);
    QVERIFY(registered.ok());
    RandomizationService service(*m_team.coordinator);
    QCOMPARE(service.randomize(registered->studyId, QByteArrayLiteral("wrong password!!")).error().code,
             ErrorCode::AuthenticationFailed);
    QCOMPARE(RandomizationService(*m_team.assessor).randomize(registered->studyId, kUserPassword).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(service.randomize(m_usual.at(0).studyId, kUserPassword).error().code, ErrorCode::Conflict);
    QCOMPARE(scalar(*m_team.admin, QStringLiteral("SELECT COUNT(*) FROM visits")), before);
    // Once randomized, the participant has their schedule.
    auto done = service.randomize(registered->studyId, kUserPassword);
    QVERIFY(done.ok());
    QCOMPARE(scalar(*m_team.admin, QStringLiteral("SELECT COUNT(*) FROM visits")),
             before + (done->armCode == QLatin1String("PP") ? 11 : 4));
}

void TestVisitsService::completeMissReschedule()
{
    m_workspace->clock().set(utc(2027, 4, 20, 16, 0));
    VisitService service(*m_team.coordinator);
    const QString usual = m_usual.at(0).studyId;
    const QString partner = m_partner.at(0).studyId;

    // In window.
    QVERIFY(service.complete(usual, QStringLiteral("BASELINE"), QDate(2027, 1, 13)).ok());
    // Out of window (BASELINE window ends 2027-01-18): recorded and flagged.
    QVERIFY(service.complete(partner, QStringLiteral("BASELINE"), QDate(2027, 1, 25)).ok());
    // M3 window: 2027-03-29 to 2027-04-26.
    QVERIFY(service.complete(usual, QStringLiteral("m3"), QDate(2027, 4, 19)).ok());

    // Missed: a reason is required.
    QCOMPARE(service.miss(partner, QStringLiteral("PP_FIRST"), QStringLiteral("  ")).error().code,
             ErrorCode::InvalidInput);
    QVERIFY(service.miss(partner, QStringLiteral("PP_FIRST"), QStringLiteral("No answer to three calls")).ok());

    // Rescheduled: a reason is required; the window stays.
    QCOMPARE(service.reschedule(usual, QStringLiteral("M6"), QDate(2027, 7, 20), QString()).error().code,
             ErrorCode::InvalidInput);
    QVERIFY(service.reschedule(usual, QStringLiteral("M6"), QDate(2027, 7, 20), QStringLiteral("Travelling")).ok());

    auto timeline = service.timeline(usual);
    QVERIFY(timeline.ok());
    const VisitRow *baseline = findVisit(timeline.value(), QStringLiteral("BASELINE"));
    QCOMPARE(baseline->status, VisitStatus::Completed);
    QCOMPARE(baseline->actualDate, QDate(2027, 1, 13));
    QVERIFY(!baseline->outOfWindow);
    const VisitRow *m6 = findVisit(timeline.value(), QStringLiteral("M6"));
    QCOMPARE(m6->status, VisitStatus::Planned);
    QCOMPARE(m6->targetDate, QDate(2027, 7, 20));
    QCOMPARE(m6->windowStart, QDate(2027, 6, 28));
    QCOMPARE(m6->windowEnd, QDate(2027, 7, 26));
    QCOMPARE(m6->reason, QStringLiteral("Travelling"));

    auto partnerTimeline = service.timeline(partner);
    QVERIFY(partnerTimeline.ok());
    QVERIFY(findVisit(partnerTimeline.value(), QStringLiteral("BASELINE"))->outOfWindow);
    const VisitRow *missed = findVisit(partnerTimeline.value(), QStringLiteral("PP_FIRST"));
    QCOMPARE(missed->status, VisitStatus::Missed);
    QCOMPARE(missed->reason, QStringLiteral("No answer to three calls"));

    // The audit trail has the reschedule with the old and new dates and the reason.
    auto audit = exec(m_team.admin->database(),
                      QStringLiteral("SELECT old_value, new_value, reason FROM audit_log WHERE action = "
                                     "'visit.reschedule' AND entity_id = ?"),
                      { usual + QStringLiteral("/M6") });
    QVERIFY(audit.ok() && audit->next());
    QCOMPARE(audit->value(0).toString(), QStringLiteral("2027-07-12"));
    QCOMPARE(audit->value(1).toString(), QStringLiteral("2027-07-20"));
    QCOMPARE(audit->value(2).toString(), QStringLiteral("Travelling"));
    QCOMPARE(scalar(*m_team.admin,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'visit.complete' AND "
                                   "field = 'out_of_window' AND entity_id = '%1/BASELINE'")
                        .arg(partner)),
             1);
    QVERIFY(AuditTrail::verify(m_team.admin->database()).ok);
}

void TestVisitsService::refusalsWriteNothing()
{
    VisitService service(*m_team.coordinator);
    const QString usual = m_usual.at(0).studyId;
    const QString before = snapshot();
    const auto refused = [&](const Status &status, ErrorCode code, const char *needle) {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, code);
        QVERIFY2(status.error().message.contains(QLatin1String(needle)), qPrintable(status.error().message));
    };
    refused(service.complete(usual, QStringLiteral("BASELINE"), QDate(2027, 1, 14)), ErrorCode::Conflict,
            "already completed");
    refused(service.complete(usual, QStringLiteral("M12"), siteToday().addDays(1)), ErrorCode::InvalidInput,
            "in the future");
    refused(service.complete(usual, QStringLiteral("M12"), QDate(2027, 1, 10)), ErrorCode::InvalidInput,
            "before participant");
    refused(service.complete(usual, QStringLiteral("M99"), QDate(2027, 4, 1)), ErrorCode::NotFound, "no visit");
    refused(service.complete(usual, QStringLiteral("PP_C1"), QDate(2027, 4, 1)), ErrorCode::NotFound, "no visit");
    refused(service.complete(QStringLiteral("ICM-9999"), QStringLiteral("M12"), QDate(2027, 4, 1)), ErrorCode::NotFound,
            "ICM-9999");
    refused(service.miss(usual, QStringLiteral("BASELINE"), QStringLiteral("late")), ErrorCode::Conflict, "planned");
    refused(service.reschedule(usual, QStringLiteral("M12"), QDate(2027, 1, 1), QStringLiteral("why")),
            ErrorCode::InvalidInput, "before participant");
    refused(service.reschedule(usual, QStringLiteral("BASELINE"), QDate(2027, 5, 1), QStringLiteral("why")),
            ErrorCode::Conflict, "planned");
    refused(VisitService(*m_team.monitor).complete(usual, QStringLiteral("M12"), QDate(2027, 4, 1)),
            ErrorCode::PermissionDenied, "");
    refused(VisitService(*m_team.assessor).miss(usual, QStringLiteral("M12"), QStringLiteral("x")),
            ErrorCode::PermissionDenied, "");
    refused(
        VisitService(*m_team.admin).reschedule(usual, QStringLiteral("M12"), QDate(2027, 5, 1), QStringLiteral("x")),
        ErrorCode::PermissionDenied, "");
    QCOMPARE(snapshot(), before);
}

void TestVisitsService::withdrawalCancelsRemaining()
{
    VisitService visits(*m_team.coordinator);
    ParticipantService participants(*m_team.coordinator);
    const QString kept = m_usual.at(1).studyId;
    const QString withdrawn = m_partner.at(1).studyId;
    const QString lost = m_usual.at(2).studyId;
    QVERIFY(visits.complete(withdrawn, QStringLiteral("BASELINE"), QDate(2027, 1, 12)).ok());

    // Withdrawal from the intervention keeps every visit.
    QVERIFY(participants.withdraw(kept, WithdrawalScope::Intervention, {}, QStringLiteral("Prefers usual care")).ok());
    auto keptTimeline = visits.timeline(kept);
    QVERIFY(keptTimeline.ok());
    for (const VisitRow &row : std::as_const(keptTimeline.value()))
        QCOMPARE(row.status, VisitStatus::Planned);

    // Withdrawal from follow-up cancels the remaining planned visits; they are kept.
    const qint64 rows = scalar(*m_team.admin, QStringLiteral("SELECT COUNT(*) FROM visits"));
    QVERIFY(participants.withdraw(withdrawn, WithdrawalScope::FollowUp, {}, QStringLiteral("Moved away")).ok());
    QCOMPARE(scalar(*m_team.admin, QStringLiteral("SELECT COUNT(*) FROM visits")), rows);
    auto timeline = visits.timeline(withdrawn);
    QVERIFY(timeline.ok());
    QCOMPARE(timeline->size(), 11);
    for (const VisitRow &row : std::as_const(timeline.value())) {
        if (row.visitCode == QLatin1String("BASELINE")) {
            QCOMPARE(row.status, VisitStatus::Completed);
        } else {
            QCOMPARE(row.status, VisitStatus::Cancelled);
            QCOMPARE(row.reason, QStringLiteral("Moved away"));
        }
    }
    QCOMPARE(scalar(*m_team.admin,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'visit.cancel' AND entity_id LIKE "
                                   "'%1/%'")
                        .arg(withdrawn)),
             10);
    const QString before = snapshot();
    const Status completed = visits.complete(withdrawn, QStringLiteral("M3"), QDate(2027, 4, 15));
    QCOMPARE(completed.error().code, ErrorCode::Conflict);
    QVERIFY(completed.error().message.contains(QLatin1String("cancelled")));
    QCOMPARE(snapshot(), before);

    // Lost to follow-up cancels too.
    QVERIFY(participants.markLostToFollowUp(lost, {}, QStringLiteral("Five calls, two letters")).ok());
    auto lostTimeline = visits.timeline(lost);
    QVERIFY(lostTimeline.ok());
    QCOMPARE(lostTimeline->size(), 4);
    for (const VisitRow &row : std::as_const(lostTimeline.value()))
        QCOMPARE(row.status, VisitStatus::Cancelled);
    // None of them is due any more.
    auto due = visits.due(QStringLiteral("ICM"), QDate(2027, 1, 1), QDate(2028, 12, 31));
    QVERIFY(due.ok());
    for (const VisitRow &row : std::as_const(due.value()))
        QVERIFY(row.studyId != withdrawn && row.studyId != lost);
}

void TestVisitsService::blindedAssessorNeverSeesPartnerContacts()
{
    VisitService assessor(*m_team.assessor);
    VisitService coordinator(*m_team.coordinator);
    const QString partner = m_partner.at(2).studyId;
    auto timeline = assessor.timeline(partner);
    QVERIFY(timeline.ok());
    QCOMPARE(codes(timeline.value()), QStringList({ "BASELINE", "M3", "M6", "M12" }));

    const QDate asOf(2027, 2, 10);
    auto due = assessor.due(QString(), QDate(2027, 1, 1), QDate(2028, 3, 1));
    auto overdue = assessor.overdue(QStringLiteral("ICM"), asOf);
    auto agenda = assessor.agenda(QStringLiteral("ICM"), QDate(2027, 1, 1), QDate(2028, 3, 1));
    auto today = assessor.today(QStringLiteral("ICM"), asOf);
    auto page = assessor.overduePage(QStringLiteral("ICM"), asOf, 0, 50);
    QVERIFY(due.ok() && overdue.ok() && agenda.ok() && today.ok() && page.ok());
    QVERIFY(!due->isEmpty() && !overdue->isEmpty() && !agenda->isEmpty());
    QVERIFY(!anyArmSpecific(due.value()) && !anyArmSpecific(overdue.value()) && !anyArmSpecific(agenda.value()));
    QVERIFY(!anyArmSpecific(today->dueToday) && !anyArmSpecific(today->dueThisWeek) && !anyArmSpecific(today->overdue)
            && !anyArmSpecific(today->outOfWindow));
    QVERIFY(!anyArmSpecific(page->rows));

    // Counts do not leak them: the coordinator's view has the PP contacts on top of the same rows.
    auto full = coordinator.today(QStringLiteral("ICM"), asOf);
    auto fullOverdue = coordinator.overdue(QStringLiteral("ICM"), asOf);
    QVERIFY(full.ok() && fullOverdue.ok());
    QVERIFY(anyArmSpecific(fullOverdue.value()));
    int partnerOverdue = 0;
    for (const VisitRow &row : std::as_const(fullOverdue.value()))
        partnerOverdue += row.armSpecific ? 1 : 0;
    QCOMPARE(page->total, int(fullOverdue->size()) - partnerOverdue);
    QCOMPARE(page->total, int(overdue->size()));
    QCOMPARE(today->overdueTotal + today->outOfWindowTotal, page->total);
    QVERIFY(full->overdueTotal + full->outOfWindowTotal > today->overdueTotal + today->outOfWindowTotal);

    auto ics = assessor.exportIcs(QStringLiteral("ICM"));
    QVERIFY(ics.ok());
    QVERIFY(ics->contains("SUMMARY:" + partner.toLatin1() + " M3"));
    QVERIFY(!ics->contains("PP_"));
    auto fullIcs = coordinator.exportIcs(QStringLiteral("ICM"));
    QVERIFY(fullIcs.ok() && fullIcs->contains("PP_"));

    // The assessor may read but not change visits.
    QCOMPARE(assessor.complete(partner, QStringLiteral("PP_C1"), QDate(2027, 2, 10)).error().code,
             ErrorCode::PermissionDenied);
}

void TestVisitsService::overdueListsAndPages()
{
    VisitService service(*m_team.coordinator);
    const QDate asOf(2027, 4, 20);
    auto all = service.overdue(QStringLiteral("ICM"), asOf);
    QVERIFY(all.ok());
    QVERIFY(all->size() > 5);
    for (qsizetype i = 0; i < all->size(); ++i) {
        QCOMPARE(all->at(i).status, VisitStatus::Planned);
        QVERIFY(all->at(i).targetDate < asOf);
        QVERIFY(all->at(i).isOverdue(asOf));
        if (i > 0)
            QVERIFY(all->at(i - 1).targetDate <= all->at(i).targetDate);
    }
    QList<VisitRow> paged;
    for (int offset = 0;; offset += 3) {
        auto page = service.overduePage(QStringLiteral("ICM"), asOf, offset, 3);
        QVERIFY(page.ok());
        QCOMPARE(page->total, int(all->size()));
        QCOMPARE(page->offset, offset);
        if (page->rows.isEmpty())
            break;
        paged += page->rows;
    }
    QCOMPARE(codes(paged), codes(all.value()));
    QCOMPARE(service.overduePage(QStringLiteral("ICM"), asOf, 0, 0).error().code, ErrorCode::InvalidInput);
    QCOMPARE(service.overduePage(QStringLiteral("ICM"), asOf, 0, VisitService::kMaxPageSize + 1).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(service.overdue(QStringLiteral("XYZ"), asOf).error().code, ErrorCode::NotFound);

    // The today view splits them: still in window, or out of it.
    auto today = service.today(QStringLiteral("ICM"), asOf);
    QVERIFY(today.ok());
    QCOMPARE(today->overdueTotal + today->outOfWindowTotal, int(all->size()));
    for (const VisitRow &row : std::as_const(today->overdue))
        QVERIFY(row.windowEnd >= asOf && row.targetDate < asOf);
    for (const VisitRow &row : std::as_const(today->outOfWindow))
        QVERIFY(row.isOutOfWindow(asOf));
    QVERIFY(today->outOfWindowTotal > 0);
    auto due = service.due(QStringLiteral("ICM"), asOf, asOf.addDays(6));
    QVERIFY(due.ok());
    QCOMPARE(today->dueTodayTotal + today->dueThisWeekTotal, int(due->size()));
    QCOMPARE(service.due(QStringLiteral("ICM"), asOf, asOf.addDays(-1)).error().code, ErrorCode::InvalidInput);
}

void TestVisitsService::icsExport()
{
    auto ics = VisitService(*m_team.coordinator).exportIcs(QStringLiteral("ICM"));
    QVERIFY2(ics.ok(), ics.ok() ? "" : qPrintable(ics.error().message));
    const QByteArray &text = ics.value();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(text.endsWith("END:VCALENDAR\r\n"));
    // CRLF only, and no line longer than 75 octets.
    QCOMPARE(text.count('\n'), text.count("\r\n"));
    for (const QByteArray &line : text.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + the CR
    const QString usual = m_usual.at(0).studyId;
    QVERIFY(text.contains("SUMMARY:" + usual.toLatin1() + " M12\r\n"));
    QVERIFY(!text.contains("SUMMARY:" + usual.toLatin1() + " BASELINE")); // completed: not planned any more
    QVERIFY(text.contains("DTSTART;VALUE=DATE:20280111\r\n"));
    QVERIFY(text.contains("\r\nUID:trialdesk-visit-"));
    QVERIFY(text.contains("\r\nDTSTAMP:20270420T160000Z\r\n"));
    QCOMPARE(text.count("BEGIN:VEVENT"), text.count("END:VEVENT"));
    QCOMPARE(text.count("BEGIN:VEVENT"), text.count("\r\nUID:"));
    // No identifying data: names, date of birth, phone, e-mail.
    // The UIDs are keyed hex hashes, where "1964" can turn up by chance: their shape is checked
    // here, the identifying data everywhere else.
    QCOMPARE(text.count("\r\nUID:trialdesk-visit-"), text.count("\r\nUID:"));
    for (const QByteArray &line : trialdesk::test::icsLinesWithoutUids(text))
        for (const char *identifying : { "Tremblay", "Marie", "1964", "514 555", "example.org" })
            QVERIFY2(!line.contains(identifying), (QByteArray(identifying) + " in " + line).constData());
    // Cancelled visits (withdrawn participants) are not in the calendar.
    QVERIFY(!text.contains("SUMMARY:" + m_partner.at(1).studyId.toLatin1() + " M3"));
}

// A UID made of the visit's row id would tell a blinded assessor where the hidden intervention-only
// visits sit (ids are handed out across arms): UIDs are a keyed hash of study ID and visit code.
void TestVisitsService::icsUidsAreKeyedHashesWithoutRowIds()
{
    const qint64 keysBefore = scalar(*m_team.coordinator,
                                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                    "'settings.create' AND entity_id = "
                                                    "'calendar_uid_key'"));
    auto first = VisitService(*m_team.assessor).exportIcs(QStringLiteral("ICM"));
    auto second = VisitService(*m_team.assessor).exportIcs(QStringLiteral("ICM"));
    auto coordinator = VisitService(*m_team.coordinator).exportIcs(QStringLiteral("ICM"));
    QVERIFY(first.ok() && second.ok() && coordinator.ok());
    const QMap<QByteArray, QByteArray> uids = test::icsUidsBySummary(first.value());
    QVERIFY(uids.size() > 5);

    // Every row id of the trial's visits, as text.
    QSet<QByteArray> rowIds;
    auto ids = exec(m_team.coordinator->database(), QStringLiteral("SELECT id FROM visits"));
    QVERIFY(ids.ok());
    while (ids->next())
        rowIds.insert(ids->value(0).toString().toLatin1());
    QVERIFY(rowIds.size() > uids.size()); // the assessor's calendar hides some rows

    const QRegularExpression shape(QStringLiteral("^trialdesk-visit-[0-9a-f]{32}@trialdesk$"));
    QSet<QByteArray> distinct;
    for (auto it = uids.cbegin(); it != uids.cend(); ++it) {
        const QByteArray &uid = it.value();
        QVERIFY2(shape.match(QString::fromLatin1(uid)).hasMatch(), uid.constData());
        // No part of the UID is a row id.
        for (const QByteArray &part : uid.split('-') + uid.split('@'))
            QVERIFY2(!rowIds.contains(part), uid.constData());
        distinct.insert(uid);
    }
    QCOMPARE(distinct.size(), uids.size());

    // Stable across exports and the same whoever exports: the coordinator's calendar gives the
    // assessor's events the same UIDs.
    QCOMPARE(test::icsUidsBySummary(second.value()), uids);
    const QMap<QByteArray, QByteArray> all = test::icsUidsBySummary(coordinator.value());
    QVERIFY(all.size() > uids.size());
    for (auto it = uids.cbegin(); it != uids.cend(); ++it)
        QCOMPARE(all.value(it.key()), it.value());

    // The key is a stored 256-bit secret, created once (audited without its value), never in a calendar.
    auto key = exec(m_team.coordinator->database(),
                    QStringLiteral("SELECT value FROM settings WHERE name = 'calendar_uid_key'"));
    QVERIFY(key.ok() && key->next());
    const QString hex = key->value(0).toString();
    QCOMPARE(hex.size(), 64);
    QVERIFY(!first->contains(hex.toLatin1()));
    QCOMPARE(scalar(*m_team.coordinator,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'settings.create' "
                                   "AND entity_id = 'calendar_uid_key'")),
             qint64(1));
    QVERIFY(keysBefore <= 1);
    QCOMPARE(scalar(*m_team.coordinator,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE new_value LIKE '%%1%'").arg(hex)),
             qint64(0));
}

void TestVisitsService::amendmentAndAnchoredVisits()
{
    // Amendment: a phone call two weeks after the 3-month visit's actual date.
    m_workspace->clock().set(utc(2027, 5, 1, 15, 0));
    auto current = ProtocolService(*m_team.admin).current();
    QVERIFY(current.ok());
    QJsonObject root = QJsonDocument::fromJson(current->definition).object();
    QJsonObject schedule = root.value(QStringLiteral("visit_schedule")).toObject();
    QJsonArray visits = schedule.value(QStringLiteral("visits")).toArray();
    QJsonObject call;
    call.insert(QStringLiteral("code"), QStringLiteral("M3_CALL"));
    call.insert(QStringLiteral("name"),
                QJsonObject { { QStringLiteral("fr"), QStringLiteral("Appel") },
                              { QStringLiteral("en"), QStringLiteral("Call") } });
    call.insert(QStringLiteral("anchor"), QStringLiteral("M3"));
    call.insert(QStringLiteral("offset_days"), 14);
    call.insert(QStringLiteral("window_before"), 3);
    call.insert(QStringLiteral("window_after"), 3);
    qsizetype m3 = 0;
    for (qsizetype i = 0; i < visits.size(); ++i)
        if (visits.at(i).toObject().value(QStringLiteral("code")).toString() == QLatin1String("M3"))
            m3 = i;
    visits.insert(m3 + 1, call);
    schedule.insert(QStringLiteral("visits"), visits);
    root.insert(QStringLiteral("visit_schedule"), schedule);
    auto amended = ProtocolService(*m_team.admin)
                       .amend(QJsonDocument(root).toJson(), QStringLiteral("amended.json"),
                              QStringLiteral("Phone call after the 3-month visit"));
    QVERIFY2(amended.ok(), amended.ok() ? "" : qPrintable(amended.error().message));

    // Earlier participants keep their schedule.
    VisitService service(*m_team.coordinator);
    const QString earlier = m_usual.at(0).studyId;
    QVERIFY(!findVisit(service.timeline(earlier).value(), QStringLiteral("M3_CALL")));

    // Participants randomized afterwards get it, anchored on M3's target until M3 takes place.
    auto later = randomizeAt(utc(2027, 5, 3, 14, 0));
    QVERIFY2(later.ok(), later.ok() ? "" : qPrintable(later.error().message));
    auto timeline = service.timeline(later->studyId);
    QVERIFY(timeline.ok());
    QCOMPARE(timeline->size(), later->arm == QLatin1String("PP") ? 12 : 5);
    const QDate m3Target = findVisit(timeline.value(), QStringLiteral("M3"))->targetDate;
    QCOMPARE(findVisit(timeline.value(), QStringLiteral("M3_CALL"))->windowStart, m3Target.addDays(11));

    // Completing M3 re-targets the call from the actual date: Thursday 22 July + 14 = Thursday 5 August.
    m_workspace->clock().set(utc(2027, 7, 23, 15, 0));
    QVERIFY(service.complete(later->studyId, QStringLiteral("M3"), QDate(2027, 7, 22)).ok());
    const VisitRow *call2 = findVisit(service.timeline(later->studyId).value(), QStringLiteral("M3_CALL"));
    QVERIFY(call2);
    QCOMPARE(call2->targetDate, QDate(2027, 8, 5));
    QCOMPARE(call2->windowStart, QDate(2027, 8, 2));
    QCOMPARE(call2->windowEnd, QDate(2027, 8, 8));
    QVERIFY(scalar(*m_team.admin,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'visit.retarget' AND entity_id = "
                                  "'%1/M3_CALL'")
                       .arg(later->studyId))
            > 0);

    // Applying the new schedule to an earlier participant is explicit, needs a reason, and is audited.
    QCOMPARE(service.applyCurrentSchedule({ earlier }, QString()).error().code, ErrorCode::InvalidInput);
    QCOMPARE(VisitService(*m_team.assessor).applyCurrentSchedule({ earlier }, QStringLiteral("x")).error().code,
             ErrorCode::PermissionDenied);
    auto applied = service.applyCurrentSchedule({ earlier }, QStringLiteral("Ethics board approved for all"));
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
    QCOMPARE(applied.value(), 1);
    auto updated = service.timeline(earlier);
    QVERIFY(updated.ok());
    const VisitRow *added = findVisit(updated.value(), QStringLiteral("M3_CALL"));
    QVERIFY(added);
    // Anchored on M3's actual date (19 April 2027) + 14 = Monday 3 May.
    QCOMPARE(added->targetDate, QDate(2027, 5, 3));
    // Completed and rescheduled visits are untouched.
    QCOMPARE(findVisit(updated.value(), QStringLiteral("BASELINE"))->actualDate, QDate(2027, 1, 13));
    QCOMPARE(findVisit(updated.value(), QStringLiteral("M6"))->windowStart, QDate(2027, 6, 28));
    QCOMPARE(scalar(*m_team.admin,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'visit.add' AND entity_id = "
                                   "'%1/M3_CALL' AND reason = 'Ethics board approved for all'")
                        .arg(earlier)),
             1);
    QVERIFY(AuditTrail::verify(m_team.admin->database()).ok);
}

void TestVisitsService::timeZoneDaylightSavingAndLeapYear()
{
    VisitService service(*m_team.coordinator);
    // 03:30 UTC on 6 November 2027 is 23:30 on the 5th in Montreal (EDT), the weekend of the autumn change.
    auto autumn = randomizeAt(utc(2027, 11, 6, 3, 30));
    QVERIFY2(autumn.ok(), autumn.ok() ? "" : qPrintable(autumn.error().message));
    QCOMPARE(autumn->localDay, QDate(2027, 11, 5));
    // Leap day: 29 February 2028 at 10:00 in Montreal; day 365 is 28 February 2029.
    auto leap = randomizeAt(utc(2028, 2, 29, 15, 0));
    QVERIFY(leap.ok());
    QCOMPARE(leap->localDay, QDate(2028, 2, 29));
    // 04:30 UTC on 12 March 2028 is 23:30 on the 11th (EST), hours before the spring change.
    auto spring = randomizeAt(utc(2028, 3, 12, 4, 30));
    QVERIFY(spring.ok());
    QCOMPARE(spring->localDay, QDate(2028, 3, 11));
    for (const Randomized &randomized : { autumn.value(), spring.value(), leap.value() }) {
        auto timeline = service.timeline(randomized.studyId);
        QVERIFY(timeline.ok());
        // Windows come from the unshifted targets: exact calendar days from the local randomization date.
        QCOMPARE(findVisit(timeline.value(), QStringLiteral("BASELINE"))->windowStart, randomized.localDay);
        QCOMPARE(findVisit(timeline.value(), QStringLiteral("M3"))->windowStart, randomized.localDay.addDays(91 - 14));
        QCOMPARE(findVisit(timeline.value(), QStringLiteral("M6"))->windowEnd, randomized.localDay.addDays(182 + 14));
        QCOMPARE(findVisit(timeline.value(), QStringLiteral("M12"))->windowEnd, randomized.localDay.addDays(365 + 30));
    }
    // Saturday 11 March 2028: the baseline moves to Monday the 13th.
    QCOMPARE(findVisit(service.timeline(spring->studyId).value(), QStringLiteral("BASELINE"))->targetDate,
             QDate(2028, 3, 13));
    auto timeline = service.timeline(leap->studyId);
    QVERIFY(timeline.ok());
    QCOMPARE(findVisit(timeline.value(), QStringLiteral("M12"))->targetDate, QDate(2029, 2, 28));
    QCOMPARE(findVisit(timeline.value(), QStringLiteral("M12"))->windowStart, QDate(2029, 1, 29));
    QCOMPARE(findVisit(timeline.value(), QStringLiteral("M3"))->targetDate, QDate(2028, 5, 30));
    QCOMPARE(findVisit(timeline.value(), QStringLiteral("M6"))->targetDate, QDate(2028, 8, 29));
}

void TestVisitsService::anotherSitesParticipantRefused()
{
    Site site;
    site.code = QStringLiteral("SJH");
    site.nameFr = QStringLiteral("Hôpital Saint-Jean");
    site.nameEn = QStringLiteral("Saint-Jean Hospital");
    site.timeZone = kZone;
    const Status added = SiteService(*m_team.admin).add(site);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    QVERIFY(
        UserService(*m_team.admin)
            .add(QStringLiteral("sjh"), QStringLiteral("sjh"), Role::Coordinator, QStringLiteral("SJH"), kUserPassword)
            .ok());
    auto other = m_workspace->signIn(QStringLiteral("sjh"));
    QVERIFY(other);
    VisitService service(*other);
    const QString before = snapshot();
    const QString icm = m_usual.at(0).studyId;
    QVERIFY(!service.complete(icm, QStringLiteral("M12"), siteToday()).ok());
    QVERIFY(!service.reschedule(icm, QStringLiteral("M12"), siteToday(), QStringLiteral("x")).ok());
    QVERIFY(!service.timeline(icm).ok());
    QVERIFY(!service.overdue(QStringLiteral("ICM"), siteToday()).ok());
    QVERIFY(!service.exportIcs(QStringLiteral("ICM")).ok());
    // Their own site, by default, has nothing yet.
    auto own = service.overdue(QString(), siteToday());
    QVERIFY(own.ok());
    QVERIFY(own->isEmpty());
    QCOMPARE(snapshot(), before);
}

QTEST_GUILESS_MAIN(TestVisitsService)
#include "tst_visits_service.moc"
