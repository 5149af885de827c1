#include "core/audit/AuditTrail.h"
#include "core/design/DesignStore.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/ParticipantService.h"
#include "core/enrollment/RamqNumber.h"
#include "core/enrollment/RandomizationLogService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/enrollment/ScreeningService.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "randomization/StratumStream.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QtTest>

using namespace trialdesk;
using namespace trialdesk::core;

namespace {
using test::kUserPassword;

using trialdesk::test::eligibleScreening;

// The current consent form: 2.0 after the amendment test.
QString g_consentForm = QStringLiteral("1.0");

EnrollmentInput enrollment(const QString &condition, const QDate &date)
{
    EnrollmentInput input;
    input.strata.insert(QStringLiteral("condition"), condition);
    input.consent = { g_consentForm, date, QString() };
    return input;
}

using test::scalar;
} // namespace

class TestEnrollment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ramqNumbers();
    void screeningOutcomes();
    void workflow();
    void refusalsConsumeNothing();
    void reconsentAfterAmendment();
    void blindedAssessorNeverSeesTheArm();
    void roleMatrix();
    void statusChanges();
    void participantListPaging();
    void identityReadsAreAudited();

private:
    QDate today() const { return m_workspace->clock().nowUtc().date(); }
    Result<QString> enrollOne(const QString &condition);
    qint64 randomizations()
    {
        return scalar(*m_team.coordinator, QStringLiteral("SELECT COUNT(*) FROM randomizations"));
    }

    std::unique_ptr<test::TestWorkspace> m_workspace;
    test::TestWorkspace::Team m_team;
};

void TestEnrollment::initTestCase()
{
    m_workspace = std::make_unique<test::TestWorkspace>();
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    m_team = m_workspace->team({ Role::Coordinator, Role::OutcomeAssessor, Role::Monitor, Role::Statistician });
    QVERIFY(m_team.ok);
}

Result<QString> TestEnrollment::enrollOne(const QString &condition)
{
    auto registered
        = EnrollmentService(*m_team.coordinator).enroll(eligibleScreening(today()), enrollment(condition, today()));
    if (!registered)
        return registered.error();
    return registered->studyId;
}

void TestEnrollment::ramqNumbers()
{
    QVERIFY(RamqNumber::validate(QStringLiteral("TREM 6451 1212")).ok());
    QVERIFY(RamqNumber::validate(QStringLiteral("TREM64511212"), QDate(1964, 1, 12), QStringLiteral("F"),
                                 QStringLiteral("Tremblay"), QStringLiteral("Marie"))
                .ok());
    QVERIFY(!RamqNumber::validate(QStringLiteral("TRE64511212")).ok()); // 3 letters
    QVERIFY(!RamqNumber::validate(QStringLiteral("TREM64131212")).ok()); // month 13
    QVERIFY(!RamqNumber::validate(QStringLiteral("TREM64023012")).ok()); // 30 February
    QVERIFY(!RamqNumber::validate(QStringLiteral("TREM64511212"), QDate(1964, 1, 13)).ok()); // other day
    QVERIFY(!RamqNumber::validate(QStringLiteral("TREM64011212"), {}, QStringLiteral("F")).ok()); // coded male
    QVERIFY(!RamqNumber::validate(QStringLiteral("TREM64511212"), {}, QStringLiteral("M")).ok()); // coded female
    QVERIFY(
        !RamqNumber::validate(QStringLiteral("TREM64511212"), {}, {}, QStringLiteral("Gagnon"), QStringLiteral("Marie"))
             .ok());
    QVERIFY(
        RamqNumber::validate(QStringLiteral("COTE64011212"), {}, {}, QStringLiteral("Côté"), QStringLiteral("Émile"))
            .ok());
}

void TestEnrollment::screeningOutcomes()
{
    ScreeningService screenings(*m_team.coordinator);
    ScreeningInput input = eligibleScreening(today());
    input.answers[QStringLiteral("COGNITIVE")] = true;
    auto failed = screenings.record(input);
    QVERIFY2(failed.ok(), failed.ok() ? "" : qPrintable(failed.error().message));
    QCOMPARE(failed->outcome, ScreeningOutcome::NotEligible);
    QCOMPARE(failed->failedCriteria, QStringList { QStringLiteral("COGNITIVE") });
    QCOMPARE(failed->screeningNumber, QStringLiteral("ICM-S0001"));

    ScreeningInput incomplete = eligibleScreening(today());
    incomplete.answers.remove(QStringLiteral("LANGUAGE"));
    QCOMPARE(screenings.record(incomplete).error().code, ErrorCode::InvalidInput);

    ScreeningInput declined;
    declined.siteCode = QStringLiteral("ICM");
    declined.date = today();
    declined.statedOutcome = ScreeningOutcome::Declined;
    QCOMPARE(screenings.record(declined).error().code, ErrorCode::InvalidInput); // no reason
    declined.reason = QStringLiteral("No time for the follow-up visits");
    auto recorded = screenings.record(declined);
    QVERIFY(recorded.ok());
    QCOMPARE(recorded->outcome, ScreeningOutcome::Declined);
    QCOMPARE(recorded->screeningNumber, QStringLiteral("ICM-S0002"));

    ScreeningInput future = eligibleScreening(today().addDays(2));
    QCOMPARE(screenings.record(future).error().code, ErrorCode::InvalidInput);
    ScreeningInput unknown = eligibleScreening(today());
    unknown.answers.insert(QStringLiteral("NOPE"), true);
    QCOMPARE(screenings.record(unknown).error().code, ErrorCode::InvalidInput);

    // The assessor may not record; nothing was written by any refusal.
    QCOMPARE(ScreeningService(*m_team.assessor).record(eligibleScreening(today())).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(scalar(*m_team.coordinator, QStringLiteral("SELECT COUNT(*) FROM screenings")), 2);
    auto counts = screenings.countsByOutcome();
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(QStringLiteral("not-eligible")), 1);
    QCOMPARE(counts->value(QStringLiteral("declined")), 1);
}

void TestEnrollment::workflow()
{
    EnrollmentInput input = enrollment(QStringLiteral("HF"), today());
    input.identity = Identity { QStringLiteral("Tremblay"),
                                QStringLiteral("Marie"),
                                QDate(1964, 1, 12),
                                QStringLiteral("TREM 6451 1212"),
                                QStringLiteral("514 555-0101"),
                                QStringLiteral("marie@example.org"),
                                QStringLiteral("fr") };
    auto registered = EnrollmentService(*m_team.coordinator).enroll(eligibleScreening(today()), input);
    QVERIFY2(registered.ok(), registered.ok() ? "" : qPrintable(registered.error().message));
    QCOMPARE(registered->studyId, QStringLiteral("ICM-0001"));

    RandomizationService service(*m_team.coordinator);
    auto preview = service.prepare(registered->studyId);
    QVERIFY2(preview.ok(), preview.ok() ? "" : qPrintable(preview.error().message));
    QCOMPARE(preview->displayName, QStringLiteral("Tremblay, Marie"));
    QCOMPARE(preview->stratumValues.size(), 2);
    QCOMPARE(preview->stratumValues.at(1).levelCode, QStringLiteral("HF"));
    QCOMPARE(preview->consentVersion, QStringLiteral("1.0"));

    auto design = DesignStore::current(m_team.coordinator->database());
    QVERIFY(design.ok());
    QVERIFY(!design->locked);

    auto outcome = service.randomize(registered->studyId, kUserPassword);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    const int stratum = *design->design.stratumIndex(std::vector<int> { 0, 0 });
    randomization::StratumStream stream(design->design, stratum);
    QCOMPARE(outcome->armCode, design->design.arms.at(stream.entry(1).armIndex).code);
    QVERIFY(DesignStore::current(m_team.coordinator->database())->locked);

    QCOMPARE(service.randomize(registered->studyId, kUserPassword).error().code, ErrorCode::Conflict);
    QCOMPARE(randomizations(), 1);

    auto log = RandomizationLogService(*m_team.monitor).report();
    QVERIFY(log.ok());
    QVERIFY(log->clean());
    QCOMPARE(log->entries.size(), 1);
    QCOMPARE(log->entries.at(0).studyId, QStringLiteral("ICM-0001"));
    QCOMPARE(log->entries.at(0).sequence, 1);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(RandomizationLogService(*m_team.monitor).exportCsv(csv, QStringLiteral("memory")).ok());
    const QList<QByteArray> lines = csv.data().split('\n');
    QVERIFY(lines.at(0).startsWith("study_id,site,design_version,stratum_index"));
    QVERIFY(lines.at(1).startsWith("ICM-0001,ICM,"));
    QVERIFY(AuditTrail::verify(m_team.admin->database()).ok);
}

void TestEnrollment::refusalsConsumeNothing()
{
    auto first = enrollOne(QStringLiteral("CAD"));
    QVERIFY(first.ok());
    const qint64 before = randomizations();
    RandomizationService coordinator(*m_team.coordinator);
    // wrong signature, wrong role, unknown participant, ineligible (cannot even be registered)
    QCOMPARE(coordinator.randomize(first.value(), QByteArrayLiteral("wrong password!!")).error().code,
             ErrorCode::AuthenticationFailed);
    QCOMPARE(RandomizationService(*m_team.assessor).randomize(first.value(), kUserPassword).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(RandomizationService(*m_team.monitor).randomize(first.value(), kUserPassword).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(coordinator.randomize(QStringLiteral("ICM-9999"), kUserPassword).error().code, ErrorCode::NotFound);
    ScreeningInput ineligible = eligibleScreening(today());
    ineligible.answers[QStringLiteral("AGE18")] = false;
    QCOMPARE(EnrollmentService(*m_team.coordinator)
                 .enroll(ineligible, enrollment(QStringLiteral("CAD"), today()))
                 .error()
                 .code,
             ErrorCode::InvalidInput);
    QCOMPARE(randomizations(), before);

    // The first allocation of the CAD stratum is still sequence 1.
    auto done = coordinator.randomize(first.value(), kUserPassword);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    QCOMPARE(scalar(*m_team.coordinator,
                    QStringLiteral("SELECT sequence FROM randomizations r JOIN participants p ON p.id = "
                                   "r.participant_id WHERE p.study_id = '%1'")
                        .arg(first.value())),
             1);
    // Registration refusals: wrong consent version, unknown level, missing factor.
    EnrollmentInput oldForm = enrollment(QStringLiteral("AF"), today());
    oldForm.consent.formVersion = QStringLiteral("0.9");
    QCOMPARE(EnrollmentService(*m_team.coordinator).enroll(eligibleScreening(today()), oldForm).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(EnrollmentService(*m_team.coordinator)
                 .enroll(eligibleScreening(today()), enrollment(QStringLiteral("XX"), today()))
                 .error()
                 .code,
             ErrorCode::InvalidInput);
    QCOMPARE(scalar(*m_team.coordinator,
                    QStringLiteral("SELECT COUNT(*) FROM screenings WHERE outcome = 'eligible' AND "
                                   "id NOT IN (SELECT screening_id FROM participants)")),
             0);
}

void TestEnrollment::reconsentAfterAmendment()
{
    auto studyId = enrollOne(QStringLiteral("OTHER"));
    QVERIFY(studyId.ok());
    // An amendment: consent form 2.0 becomes current and requires re-consent.
    auto protocol = Protocol::bundledDefault();
    QVERIFY(protocol.ok());
    QByteArray json = protocol->json;
    json.replace("{\"version\": \"1.0\", \"approved\": \"2026-09-15\", \"current\": true}",
                 "{\"version\": \"1.0\", \"approved\": \"2026-09-15\", \"current\": false}, "
                 "{\"version\": \"2.0\", \"approved\": \"2026-11-01\", \"current\": true, \"reconsent_required\": "
                 "true}");
    QVERIFY(Protocol::parse(json, QStringLiteral("amended")).ok());
    QVERIFY(exec(m_team.admin->database(),
                 QStringLiteral("INSERT INTO protocol_versions (version, definition, sha256, reason, created_at, "
                                "created_by) VALUES (2, ?, 'x', 'amendment', '2026-11-26T09:00:00.000Z', 'admin')"),
                 { QString::fromUtf8(json) })
                .ok());
    const qint64 before = randomizations();
    RandomizationService service(*m_team.coordinator);
    QCOMPARE(service.prepare(studyId.value()).error().code, ErrorCode::InvalidInput);
    QCOMPARE(service.randomize(studyId.value(), kUserPassword).error().code, ErrorCode::InvalidInput);
    QCOMPARE(randomizations(), before);
    EnrollmentService enrollmentService(*m_team.coordinator);
    QCOMPARE(enrollmentService.recordConsent(studyId.value(), { QStringLiteral("1.0"), today(), {} }).error().code,
             ErrorCode::InvalidInput);
    QVERIFY(enrollmentService.recordConsent(studyId.value(), { QStringLiteral("2.0"), today(), {} }).ok());
    g_consentForm = QStringLiteral("2.0");
    QVERIFY(service.randomize(studyId.value(), kUserPassword).ok());
    QCOMPARE(randomizations(), before + 1);
}

void TestEnrollment::blindedAssessorNeverSeesTheArm()
{
    ParticipantService assessor(*m_team.assessor);
    auto page = assessor.list({});
    QVERIFY(page.ok());
    QVERIFY(!page->rows.isEmpty());
    for (const ParticipantSummary &row : page->rows) {
        QVERIFY(row.armCode.isEmpty());
        QVERIFY(row.displayName.isEmpty());
    }
    ParticipantQuery byArm;
    byArm.armCode = QStringLiteral("PP");
    QCOMPARE(assessor.list(byArm).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(assessor.count(byArm).error().code, ErrorCode::PermissionDenied);
    auto details = assessor.details(QStringLiteral("ICM-0001"));
    QVERIFY(details.ok());
    QVERIFY(details->summary.armCode.isEmpty());
    QVERIFY(!details->identity);
    QVERIFY(details->summary.randomizedAt.isValid());
    auto timeline = assessor.timeline(QStringLiteral("ICM-0001"));
    QVERIFY(timeline.ok());
    for (const TimelineItem &item : timeline.value())
        for (const QString &text : { item.title, item.detail }) {
            QVERIFY2(!text.contains(QStringLiteral("PP")) && !text.contains(QStringLiteral("UC")), qPrintable(text));
        }
    QCOMPARE(RandomizationLogService(*m_team.assessor).report().error().code, ErrorCode::PermissionDenied);
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QCOMPARE(RandomizationLogService(*m_team.assessor).exportCsv(csv, QStringLiteral("x")).error().code,
             ErrorCode::PermissionDenied);
    QVERIFY(csv.data().isEmpty());
    QCOMPARE(RandomizationService(*m_team.assessor).prepare(QStringLiteral("ICM-0001")).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(EnrollmentService(*m_team.assessor).identity(QStringLiteral("ICM-0001")).error().code,
             ErrorCode::PermissionDenied);

    // The coordinator (ArmView, IdentityView) sees both.
    auto seen = ParticipantService(*m_team.coordinator).details(QStringLiteral("ICM-0001"));
    QVERIFY(seen.ok());
    QVERIFY(!seen->summary.armCode.isEmpty());
    QVERIFY(seen->identity);
    // The statistician sees the arm, not the identity.
    auto stat = ParticipantService(*m_team.statistician).details(QStringLiteral("ICM-0001"));
    QVERIFY(stat.ok());
    QVERIFY(!stat->summary.armCode.isEmpty());
    QVERIFY(!stat->identity);
}

void TestEnrollment::roleMatrix()
{
    // Every service call against the matrix, for every role: allowed roles are not refused for
    // permission, the others are refused with PermissionDenied and write nothing.
    auto admin = m_team.admin.get();
    const QList<std::pair<Role, TrialSession *>> sessions = {
        { Role::Administrator, admin },
        { Role::Coordinator, m_team.coordinator.get() },
        { Role::OutcomeAssessor, m_team.assessor.get() },
        { Role::Monitor, m_team.monitor.get() },
        { Role::Statistician, m_team.statistician.get() },
    };
    const QString id = QStringLiteral("ICM-0001");
    struct Call
    {
        Action action;
        std::function<ErrorCode(TrialSession &)> run; // InvalidInput stands for "got past the permission check"
    };
    auto code = [](const auto &result) { return result.ok() ? ErrorCode::InvalidInput : result.error().code; };
    const QList<Call> calls = {
        { Action::ScreeningRecord,
          [&](TrialSession &s) {
              ScreeningInput input; // no site: refused after the permission check
              return code(ScreeningService(s).record(input));
          } },
        { Action::ParticipantView, [&](TrialSession &s) { return code(ScreeningService(s).list()); } },
        { Action::ParticipantView, [&](TrialSession &s) { return code(ParticipantService(s).list({})); } },
        { Action::ParticipantView, [&](TrialSession &s) { return code(ParticipantService(s).details(id)); } },
        { Action::ParticipantView, [&](TrialSession &s) { return code(ParticipantService(s).timeline(id)); } },
        { Action::IdentityView, [&](TrialSession &s) { return code(EnrollmentService(s).identity(id)); } },
        { Action::ParticipantRegister,
          [&](TrialSession &s) { return code(EnrollmentService(s).registerScreened(QStringLiteral("none"), {})); } },
        { Action::ConsentRecord,
          [&](TrialSession &s) {
              const Status status = EnrollmentService(s).recordConsent(QStringLiteral("none"), {});
              return status.ok() ? ErrorCode::InvalidInput : status.error().code;
          } },
        { Action::Randomize,
          [&](TrialSession &s) { return code(RandomizationService(s).prepare(QStringLiteral("none"))); } },
        { Action::RandomizationLogView, [&](TrialSession &s) { return code(RandomizationLogService(s).report()); } },
        { Action::ParticipantStatusChange,
          [&](TrialSession &s) {
              const Status status = ParticipantService(s).recordDeviation(QStringLiteral("none"), today(), {});
              return status.ok() ? ErrorCode::InvalidInput : status.error().code;
          } },
    };
    const qint64 audit = scalar(*m_team.admin, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    for (const auto &[role, session] : sessions) {
        for (const Call &call : calls) {
            const ErrorCode got = call.run(*session);
            if (Permissions::allows(role, call.action))
                QVERIFY2(got != ErrorCode::PermissionDenied,
                         qPrintable(roleCode(role) + QStringLiteral(" ") + actionCode(call.action)));
            else
                QVERIFY2(got == ErrorCode::PermissionDenied,
                         qPrintable(roleCode(role) + QStringLiteral(" ") + actionCode(call.action)));
        }
    }
    // Nothing written but the access records of the identities the coordinator was shown.
    AuditTrail::Filter added;
    added.offset = static_cast<int>(audit);
    added.limit = 1000;
    QStringList written;
    for (const AuditEntry &entry : AuditTrail::entries(m_team.admin->database(), added).value())
        written << entry.username + QLatin1Char(' ') + entry.action + QLatin1Char(' ') + entry.entityId;
    QCOMPARE(written.join(QStringLiteral("; ")),
             QStringLiteral("coord identity.view ICM-0001; coord identity.view ICM-0001"));
}

void TestEnrollment::statusChanges()
{
    auto studyId = enrollOne(QStringLiteral("AF"));
    QVERIFY(studyId.ok());
    QVERIFY(RandomizationService(*m_team.coordinator).randomize(studyId.value(), kUserPassword).ok());
    ParticipantService participants(*m_team.coordinator);
    QVERIFY(participants
                .noteMisclassification(studyId.value(), QStringLiteral("condition"), QStringLiteral("HF"),
                                       QStringLiteral("Chart reviewed"))
                .ok());
    QVERIFY(participants.recordDeviation(studyId.value(), today(), QStringLiteral("Visit out of window")).ok());
    QVERIFY(participants
                .recordAdverseEvent(studyId.value(),
                                    { QStringLiteral("Fall"), true, today(), {}, QStringLiteral("recovering") })
                .ok());
    QVERIFY(
        participants.withdraw(studyId.value(), WithdrawalScope::Intervention, today(), QStringLiteral("Moved")).ok());
    QCOMPARE(participants.withdraw(studyId.value(), WithdrawalScope::Intervention, today(), QStringLiteral("again"))
                 .error()
                 .code,
             ErrorCode::Conflict);
    QVERIFY(participants.markLostToFollowUp(studyId.value(), today(), QStringLiteral("3 calls, 1 letter")).ok());
    auto details = participants.details(studyId.value());
    QVERIFY(details.ok());
    QCOMPARE(details->summary.status, ParticipantStatus::LostToFollowUp);
    QCOMPARE(details->misclassifiedAs.value(QStringLiteral("condition")), QStringLiteral("HF"));
    // The recorded values and the allocation are unchanged.
    QCOMPARE(details->stratumValues.at(1).levelCode, QStringLiteral("AF"));
    auto events = participants.events(studyId.value());
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 5);

    // Randomized in error: needs the signature, keeps the row and its position.
    auto other = enrollOne(QStringLiteral("AF"));
    QVERIFY(other.ok());
    QVERIFY(RandomizationService(*m_team.coordinator).randomize(other.value(), kUserPassword).ok());
    const qint64 before = randomizations();
    QCOMPARE(participants
                 .markRandomizedInError(other.value(), QStringLiteral("Consent not signed"),
                                        QByteArrayLiteral("wrong password!!"))
                 .error()
                 .code,
             ErrorCode::AuthenticationFailed);
    const QString plannedVisits = QStringLiteral("SELECT COUNT(*) FROM visits v JOIN participants p ON "
                                                 "p.id = v.participant_id WHERE p.study_id = '%1' AND v.status = '%2'");
    QVERIFY(scalar(*m_team.coordinator, plannedVisits.arg(other.value(), QStringLiteral("planned"))) > 0);
    QCOMPARE(scalar(*m_team.coordinator, plannedVisits.arg(other.value(), QStringLiteral("cancelled"))), 0);
    QVERIFY(
        participants.markRandomizedInError(other.value(), QStringLiteral("Consent not signed"), kUserPassword).ok());
    QCOMPARE(randomizations(), before);
    // No longer followed: every planned visit is cancelled, none deleted.
    QCOMPARE(scalar(*m_team.coordinator, plannedVisits.arg(other.value(), QStringLiteral("planned"))), 0);
    QVERIFY(scalar(*m_team.coordinator, plannedVisits.arg(other.value(), QStringLiteral("cancelled"))) >= 4);
    auto next = enrollOne(QStringLiteral("AF"));
    QVERIFY(next.ok());
    QVERIFY(RandomizationService(*m_team.coordinator).randomize(next.value(), kUserPassword).ok());
    QCOMPARE(scalar(*m_team.coordinator,
                    QStringLiteral("SELECT MAX(sequence) FROM randomizations r JOIN participants p "
                                   "ON p.id = r.participant_id WHERE p.stratum_values = "
                                   "'site=ICM,condition=AF'")),
             3);
    auto log = RandomizationLogService(*m_team.statistician).report();
    QVERIFY(log.ok());
    QVERIFY(log->clean());
    int inError = 0;
    for (const RandomizationLogEntry &entry : log->entries)
        inError += entry.inError ? 1 : 0;
    QCOMPARE(inError, 1);
}

void TestEnrollment::participantListPaging()
{
    ParticipantService participants(*m_team.coordinator);
    auto total = participants.count({});
    QVERIFY(total.ok());
    QVERIFY(total.value() >= 5);
    ParticipantQuery query;
    query.limit = 2;
    QStringList seen;
    for (;;) {
        auto page = participants.list(query);
        QVERIFY(page.ok());
        for (const ParticipantSummary &row : page->rows)
            seen.append(row.studyId);
        if (page->rows.size() < query.limit)
            break;
        query.afterKey = page->keys.constLast();
    }
    QCOMPARE(seen.size(), total.value());
    QCOMPARE(seen.first(), QStringLiteral("ICM-0001"));
    ParticipantQuery search;
    search.search = QStringLiteral("trem");
    auto found = participants.list(search);
    QVERIFY(found.ok());
    QCOMPARE(found->rows.size(), 1);
    QCOMPARE(found->rows.at(0).studyId, QStringLiteral("ICM-0001"));
    search.search = QStringLiteral("icm-000");
    QVERIFY(participants.list(search)->rows.size() >= 5);
    ParticipantQuery lost;
    lost.status = ParticipantStatus::LostToFollowUp;
    QCOMPARE(participants.count(lost).value(), 1);
    // The blinded assessor's name search finds nothing by name (it matches study IDs only).
    search.search = QStringLiteral("trem");
    QCOMPARE(ParticipantService(*m_team.assessor).list(search)->rows.size(), 0);
}

// Reads of identifying data leave an access record: one per identity shown, one per name search
// (its first page), without the searched text, which roles that read the trail may not see.
void TestEnrollment::identityReadsAreAudited()
{
    auto entries = [this](const QString &action) {
        AuditTrail::Filter filter;
        filter.action = action;
        return AuditTrail::entries(m_team.admin->database(), filter).value();
    };
    const qsizetype views = entries(QStringLiteral("identity.view")).size();
    const qsizetype searches = entries(QStringLiteral("identity.search")).size();

    auto details = ParticipantService(*m_team.coordinator).details(QStringLiteral("ICM-0001"));
    QVERIFY(details.ok());
    QVERIFY(details->identity.has_value());
    auto viewed = entries(QStringLiteral("identity.view"));
    QCOMPARE(viewed.size(), views + 1);
    QCOMPARE(viewed.last().username, QStringLiteral("coord"));
    QCOMPARE(viewed.last().entity, QStringLiteral("participant"));
    QCOMPARE(viewed.last().entityId, QStringLiteral("ICM-0001"));
    QVERIFY(!viewed.last().newValue.has_value()); // never the identity itself

    QVERIFY(EnrollmentService(*m_team.coordinator).identity(QStringLiteral("ICM-0001")).ok());
    QCOMPARE(entries(QStringLiteral("identity.view")).size(), views + 2);
    // A role that does not see identities reads no identity, and nothing is recorded.
    QVERIFY(ParticipantService(*m_team.assessor).details(QStringLiteral("ICM-0001")).ok());
    QCOMPARE(entries(QStringLiteral("identity.view")).size(), views + 2);

    ParticipantQuery search;
    search.search = QStringLiteral("trem");
    auto found = ParticipantService(*m_team.coordinator).list(search);
    QVERIFY(found.ok());
    auto searched = entries(QStringLiteral("identity.search"));
    QCOMPARE(searched.size(), searches + 1);
    QCOMPARE(searched.last().username, QStringLiteral("coord"));
    QCOMPARE(searched.last().newValue, std::optional<QString>(QStringLiteral("4 characters; 1 shown: ICM-0001")));
    for (const AuditEntry &entry : AuditTrail::entries(m_team.admin->database(), {}).value())
        QVERIFY(!entry.newValue.value_or(QString()).contains(QStringLiteral("trem"), Qt::CaseInsensitive));
    // Later pages of the same search, a list without a search, and roles without names: no entry.
    search.afterKey = found->keys.constLast();
    QVERIFY(ParticipantService(*m_team.coordinator).list(search).ok());
    QVERIFY(ParticipantService(*m_team.coordinator).list({}).ok());
    search.afterKey = 0;
    QVERIFY(ParticipantService(*m_team.assessor).list(search).ok());
    QCOMPARE(entries(QStringLiteral("identity.search")).size(), searches + 1);
    QVERIFY(AuditTrail::verify(m_team.admin->database()).ok);
}

QTEST_GUILESS_MAIN(TestEnrollment)
#include "tst_enrollment.moc"
