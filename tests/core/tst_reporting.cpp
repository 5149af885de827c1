// The read side of the reports and exports (core/reporting) on a small trial built through the
// services: who may open which data cut, the protocol read once per cut, the CONSORT inputs, the
// recruitment series, the analysis data set, the export row streams, and ExportRecorder's audit.
#include "core/audit/AuditTrail.h"
#include "core/data/FormEntryService.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/ParticipantService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/protocol/ProtocolService.h"
#include "core/reporting/AnalysisData.h"
#include "core/reporting/ConsortData.h"
#include "core/reporting/DataCut.h"
#include "core/reporting/ExportCatalog.h"
#include "core/reporting/ExportEntryStream.h"
#include "core/reporting/ExportRecorder.h"
#include "core/reporting/RecruitmentSeries.h"
#include "core/services/UserService.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>
#include <QtTest>

using namespace trialdesk;
using namespace trialdesk::core;
using namespace trialdesk::core::reporting;

namespace {
using test::kUserPassword;

QString messageOf(const Status &status)
{
    return status.ok() ? QString() : status.error().message;
}

template <typename T> QString messageOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

// The error code as a number, -1 when the call succeeded.
template <typename T> int codeOf(const Result<T> &result)
{
    return result.ok() ? -1 : int(result.error().code);
}

int codeOf(const Status &status)
{
    return status.ok() ? -1 : int(status.error().code);
}

int code(ErrorCode code)
{
    return int(code);
}
} // namespace

class TestReporting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rolesDecideWhichCutOpens();
    void readersRefuseACutOpenedForAnotherPurpose();
    void protocolLoadedOncePerCut();
    void consortInputs();
    void recruitmentSeries();
    void analysisData();
    void exportStreamsAreForwardOnly();
    void exportRecorderAuditsInOneTransaction();
    void exportRecorderRefusals();

private:
    qint64 auditCount(const QString &action);

    std::unique_ptr<test::TestWorkspace> m_workspace;
    test::TestWorkspace::Team m_team;
    QHash<QString, int> m_byArm; // arm code -> randomized
    QString m_withdrawn;
    int m_entries = 0;
};

void TestReporting::initTestCase()
{
    m_workspace = std::make_unique<test::TestWorkspace>();
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    m_team = m_workspace->team({ Role::Coordinator, Role::OutcomeAssessor, Role::Statistician, Role::Investigator });
    QVERIFY(m_team.ok);

    // Six participants randomized through the services in March 2027, one of them withdrawn; a
    // baseline health care use draft for each (an entry the export streams return).
    m_workspace->clock().set(QDateTime(QDate(2027, 3, 10), QTime(15, 0), QTimeZone::utc()));
    const QDate day(2027, 3, 10);
    QStringList studyIds;
    for (int i = 0; i < 6; ++i) {
        EnrollmentInput input;
        input.strata.insert(QStringLiteral("condition"), QStringLiteral("HF"));
        input.consent = { QStringLiteral("1.0"), day, QString() };
        input.identity = Identity { QStringLiteral("Gagnon%1").arg(i),
                                    QStringLiteral("Luc"),
                                    QDate(1962, 5, 1 + i),
                                    QString(),
                                    QStringLiteral("514 555-01%1").arg(i),
                                    QString(),
                                    QStringLiteral("fr") };
        auto registered = EnrollmentService(*m_team.coordinator).enroll(test::eligibleScreening(day), input);
        QVERIFY2(registered.ok(), qPrintable(messageOf(registered)));
        auto outcome = RandomizationService(*m_team.coordinator).randomize(registered->studyId, kUserPassword);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome)));
        ++m_byArm[outcome->armCode];
        studyIds.append(registered->studyId);
        forms::Answers answers;
        answers.insert(QStringLiteral("ed_visits"), forms::Answer { QString::number(i), QString() });
        auto saved = FormEntryService(*m_team.coordinator)
                         .saveDraft(FormSlot { registered->studyId, QStringLiteral("BASELINE"), QStringLiteral("HCU") },
                                    answers);
        QVERIFY2(saved.ok(), qPrintable(messageOf(saved)));
        ++m_entries;
    }
    m_withdrawn = studyIds.first();
    const Status withdrawn = ParticipantService(*m_team.coordinator)
                                 .withdraw(m_withdrawn, WithdrawalScope::FollowUp, day, QStringLiteral("moved away"));
    QVERIFY2(withdrawn.ok(), qPrintable(messageOf(withdrawn)));
}

qint64 TestReporting::auditCount(const QString &action)
{
    AuditTrail::Filter filter;
    filter.action = action;
    auto count = AuditTrail::count(m_team.admin->database(), filter);
    return count ? count.value() : -1;
}

void TestReporting::rolesDecideWhichCutOpens()
{
    // The blinded assessor is refused every view by arm and the randomization log, but may see
    // recruitment (no arm in it).
    for (CutPurpose purpose :
         { CutPurpose::Consort, CutPurpose::ByArmStatistics, CutPurpose::RandomizationLog, CutPurpose::Export }) {
        auto cut = DataCut::open(*m_team.assessor, purpose, QStringLiteral("Baseline"));
        QCOMPARE(codeOf(cut), code(ErrorCode::PermissionDenied));
        QVERIFY(!cut.error().message.isEmpty());
    }
    QVERIFY2(DataCut::open(*m_team.assessor, CutPurpose::Recruitment).ok(),
             qPrintable(messageOf(DataCut::open(*m_team.assessor, CutPurpose::Recruitment))));

    // The randomization log: administrators, statisticians and monitors; not investigators.
    QCOMPARE(codeOf(DataCut::open(*m_team.investigator, CutPurpose::RandomizationLog)),
             code(ErrorCode::PermissionDenied));
    QVERIFY(DataCut::open(*m_team.statistician, CutPurpose::RandomizationLog).ok());
    // Investigators see results by arm; coordinators may not export.
    QVERIFY(DataCut::open(*m_team.investigator, CutPurpose::Consort).ok());
    QCOMPARE(codeOf(DataCut::open(*m_team.coordinator, CutPurpose::Export)), code(ErrorCode::PermissionDenied));

    auto consort = DataCut::open(*m_team.statistician, CutPurpose::Consort);
    QVERIFY(consort.ok());
    QVERIFY(consort->byArm());
    QVERIFY(consort->armsVisible());
    auto recruitment = DataCut::open(*m_team.statistician, CutPurpose::Recruitment);
    QVERIFY(recruitment.ok());
    QVERIFY(!recruitment->byArm());
}

void TestReporting::readersRefuseACutOpenedForAnotherPurpose()
{
    auto recruitment = DataCut::open(*m_team.admin, CutPurpose::Recruitment);
    QVERIFY(recruitment.ok());
    QCOMPARE(codeOf(ConsortData::read(recruitment.value())), code(ErrorCode::PermissionDenied));
    QCOMPARE(codeOf(AnalysisData::read(recruitment.value(), AnalysisRequest { true, false, {}, {}, {} })),
             code(ErrorCode::PermissionDenied));
    QCOMPARE(codeOf(ExportCatalog::load(recruitment.value())), code(ErrorCode::PermissionDenied));
}

void TestReporting::protocolLoadedOncePerCut()
{
    auto before = DataCut::open(*m_team.admin, CutPurpose::Consort);
    QVERIFY(before.ok());
    const int version = before->protocolVersion();
    const int target = before->protocol().targetParticipants;
    QVERIFY(version >= 1);

    // An amendment made while the cut is open does not reach it: its readers use the protocol it loaded.
    auto current = ProtocolService(*m_team.admin).current();
    QVERIFY(current.ok());
    QJsonObject root = QJsonDocument::fromJson(current->definition).object();
    QJsonObject trial = root.value(QStringLiteral("trial")).toObject();
    trial.insert(QStringLiteral("target_participants"), target + 10);
    root.insert(QStringLiteral("trial"), trial);
    auto amended
        = ProtocolService(*m_team.admin)
              .amend(QJsonDocument(root).toJson(), QStringLiteral("amended.json"), QStringLiteral("larger sample"));
    QVERIFY2(amended.ok(), qPrintable(messageOf(amended)));

    QCOMPARE(before->protocolVersion(), version);
    QCOMPARE(before->protocol().targetParticipants, target);
    auto series = RecruitmentSeries::read(before.value());
    QVERIFY2(series.ok(), qPrintable(messageOf(series)));
    QCOMPARE(series->targetParticipants, target);

    auto after = DataCut::open(*m_team.admin, CutPurpose::Consort);
    QVERIFY(after.ok());
    QCOMPARE(after->protocolVersion(), amended.value());
    auto newSeries = RecruitmentSeries::read(after.value());
    QVERIFY(newSeries.ok());
    QCOMPARE(newSeries->targetParticipants, target + 10);
}

void TestReporting::consortInputs()
{
    auto cut = DataCut::open(*m_team.statistician, CutPurpose::Consort);
    QVERIFY(cut.ok());
    auto data = ConsortData::read(cut.value());
    QVERIFY2(data.ok(), qPrintable(messageOf(data)));

    qint64 screenedRandomized = 0;
    for (const ScreeningOutcomeCount &count : std::as_const(data->screenings))
        if (count.randomized)
            screenedRandomized += count.count;
    QCOMPARE(screenedRandomized, qint64(6));
    QVERIFY(data->exclusions.isEmpty());

    QHash<QString, qint64> allocated;
    qint64 followed = 0;
    for (const ConsortArmData &arm : std::as_const(data->arms)) {
        allocated.insert(arm.code, arm.allocated);
        followed += arm.followed;
        QVERIFY(!arm.name.isEmpty());
    }
    for (auto it = m_byArm.cbegin(); it != m_byArm.cend(); ++it)
        QCOMPARE(allocated.value(it.key()), qint64(it.value()));
    // Withdrawn from follow-up only: still analysed.
    QCOMPARE(followed, qint64(6));

    QCOMPARE(data->events.size(), 1);
    QCOMPARE(data->events.first().type, QStringLiteral("withdrawal"));
    QCOMPARE(data->events.first().reason, QStringLiteral("moved away"));
    QVERIFY(!data->primaryOutcomeVisit.isEmpty());
}

void TestReporting::recruitmentSeries()
{
    auto cut = DataCut::open(*m_team.assessor, CutPurpose::Recruitment);
    QVERIFY(cut.ok());
    auto series = RecruitmentSeries::read(cut.value());
    QVERIFY2(series.ok(), qPrintable(messageOf(series)));
    QCOMPARE(series->randomized.size(), 1);
    QCOMPARE(series->randomized.first().site, QStringLiteral("ICM"));
    QCOMPARE(series->randomized.first().month, QDate(2027, 3, 1));
    QCOMPARE(series->randomized.first().count, qint64(6));
    QCOMPARE(series->screenedBySite.value(QStringLiteral("ICM")), qint64(6));
    QCOMPARE(series->firstScreeningMonth, QDate(2027, 3, 1));
    QCOMPARE(series->today, m_workspace->clock().nowUtc().date());
}

void TestReporting::analysisData()
{
    auto cut = DataCut::open(*m_team.statistician, CutPurpose::ByArmStatistics, QStringLiteral("Baseline"));
    QVERIFY(cut.ok());
    AnalysisRequest request;
    request.strata = true;
    request.visits = true;
    request.visitCodes = QStringList { QStringLiteral("BASELINE") };
    request.formCodes = QStringList { QStringLiteral("HCU") };
    request.itemCodes = QStringList { QStringLiteral("ed_visits") };
    auto data = AnalysisData::read(cut.value(), request);
    QVERIFY2(data.ok(), qPrintable(messageOf(data)));

    QHash<QString, qint64> strata;
    for (const StratumCount &count : std::as_const(data->strata))
        strata[count.arm] += count.count;
    for (auto it = m_byArm.cbegin(); it != m_byArm.cend(); ++it)
        QCOMPARE(strata.value(it.key()), qint64(it.value()));

    qint64 baselineVisits = 0;
    for (const VisitCount &count : std::as_const(data->visits))
        if (count.visitCode == QLatin1String("BASELINE"))
            baselineVisits += count.count;
    QCOMPARE(baselineVisits, qint64(6));
    // The entries are drafts: no value counts.
    QVERIFY(data->values.isEmpty());

    // Nothing asked, nothing read.
    auto empty = AnalysisData::read(cut.value(), AnalysisRequest {});
    QVERIFY(empty.ok());
    QVERIFY(empty->strata.isEmpty() && empty->visits.isEmpty() && empty->values.isEmpty());
}

void TestReporting::exportStreamsAreForwardOnly()
{
    auto cut = DataCut::open(*m_team.statistician, CutPurpose::Export);
    QVERIFY(cut.ok());
    auto catalog = ExportCatalog::load(cut.value());
    QVERIFY2(catalog.ok(), qPrintable(messageOf(catalog)));
    QCOMPARE(catalog->protocolVersion(), cut->protocolVersion());
    QVERIFY(catalog->formCodes().contains(QStringLiteral("HCU")));
    QVERIFY(catalog->layout(QStringLiteral("HCU")));

    const ExportEntryStream::Options options { false, true };
    auto count = ExportEntryStream::countEntries(cut.value(), options);
    QVERIFY2(count.ok(), qPrintable(messageOf(count)));
    QCOMPARE(count.value(), qint64(m_entries));

    ExportEntryStream stream(cut.value(), options);
    const Status started = stream.start();
    QVERIFY2(started.ok(), qPrintable(messageOf(started)));
    ExportEntry entry;
    qint64 read = 0;
    qint64 previousParticipant = 0;
    QSet<QString> studyIds;
    while (stream.next(entry)) {
        ++read;
        QVERIFY(entry.participantId >= previousParticipant);
        previousParticipant = entry.participantId;
        studyIds.insert(entry.studyId);
        QCOMPARE(entry.formCode, QStringLiteral("HCU"));
        QVERIFY(!entry.arm.isEmpty());
        QVERIFY(entry.identity.isEmpty());
        QVERIFY(entry.value(QStringLiteral("ed_visits")));
    }
    QVERIFY2(stream.status().ok(), qPrintable(messageOf(stream.status())));
    QCOMPARE(read, count.value());
    QCOMPARE(studyIds.size(), 6);
    QCOMPARE(stream.valuesRead(), qint64(m_entries));
    // Forward only: once at the end, the stream stays there.
    QVERIFY(!stream.next(entry));
    QVERIFY(!stream.next(entry));

    // Identities only for a role that may export them.
    ExportEntryStream identifying(cut.value(), ExportEntryStream::Options { true, true });
    QCOMPARE(codeOf(identifying.start()), code(ErrorCode::PermissionDenied));
    auto adminCut = DataCut::open(*m_team.admin, CutPurpose::Export);
    QVERIFY(adminCut.ok());
    ExportEntryStream withIdentity(adminCut.value(), ExportEntryStream::Options { true, true });
    QVERIFY(withIdentity.start().ok());
    QVERIFY(withIdentity.next(entry));
    QCOMPARE(entry.identity.size(), ExportEntryStream::identityColumns().size());
    QVERIFY(entry.identity.first().startsWith(QLatin1String("Gagnon")));
}

void TestReporting::exportRecorderAuditsInOneTransaction()
{
    const qint64 exportsBefore = auditCount(QStringLiteral("data.export"));
    const qint64 identifyingBefore = auditCount(QStringLiteral("data.export-identifying"));

    ExportRecord record;
    record.format = QStringLiteral("csv");
    record.directory = QStringLiteral("/exports/one");
    record.identifying = true;
    record.withArm = true;
    record.participants = 6;
    record.entries = m_entries;
    record.itemValues = m_entries;
    record.files = 3;
    record.dataCutUtc = m_workspace->clock().nowUtc();
    record.identityColumns = ExportEntryStream::identityColumns();
    record.reason = QStringLiteral("ethics approval 2027-14");
    const Status recorded = ExportRecorder::record(*m_team.admin, record);
    QVERIFY2(recorded.ok(), qPrintable(messageOf(recorded)));

    QCOMPARE(auditCount(QStringLiteral("data.export")), exportsBefore + 1);
    QCOMPARE(auditCount(QStringLiteral("data.export-identifying")), identifyingBefore + 1);
    AuditTrail::Filter filter;
    filter.entityId = record.directory;
    auto entries = AuditTrail::entries(m_team.admin->database(), filter);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    // Written together: consecutive in the chain, at the same instant, by the same user.
    const AuditEntry &first = entries->at(0).id < entries->at(1).id ? entries->at(0) : entries->at(1);
    const AuditEntry &second = &first == &entries->at(0) ? entries->at(1) : entries->at(0);
    QCOMPARE(first.action, QStringLiteral("data.export"));
    QCOMPARE(second.action, QStringLiteral("data.export-identifying"));
    QCOMPARE(second.id, first.id + 1);
    QCOMPARE(second.previousHash, first.hash);
    QCOMPARE(second.at, first.at);
    QCOMPARE(first.username, QStringLiteral("admin"));
    QVERIFY(first.newValue.value_or(QString()).contains(QLatin1String("format=csv")));
    QCOMPARE(second.reason.value_or(QString()), record.reason);
    QVERIFY(AuditTrail::verify(m_team.admin->database()).ok);
}

void TestReporting::exportRecorderRefusals()
{
    const qint64 before = auditCount(QString());
    ExportRecord record;
    record.format = QStringLiteral("odm");
    record.directory = QStringLiteral("/exports/refused");
    record.dataCutUtc = m_workspace->clock().nowUtc();

    // No DataExport: refused before anything is written.
    QCOMPARE(codeOf(ExportRecorder::checkAllowed(*m_team.coordinator, false)), code(ErrorCode::PermissionDenied));
    QCOMPARE(codeOf(ExportRecorder::record(*m_team.coordinator, record)), code(ErrorCode::PermissionDenied));
    QCOMPARE(codeOf(ExportRecorder::record(*m_team.assessor, record)), code(ErrorCode::PermissionDenied));
    // A statistician exports, but not identities.
    record.identifying = true;
    record.reason = QStringLiteral("why");
    QCOMPARE(codeOf(ExportRecorder::checkAllowed(*m_team.statistician, true)), code(ErrorCode::PermissionDenied));
    QCOMPARE(codeOf(ExportRecorder::record(*m_team.statistician, record)), code(ErrorCode::PermissionDenied));
    // An identifying export without a reason.
    record.reason = QStringLiteral("  ");
    QCOMPARE(codeOf(ExportRecorder::record(*m_team.admin, record)), code(ErrorCode::InvalidInput));
    QCOMPARE(auditCount(QString()), before);

    QVERIFY(ExportRecorder::checkAllowed(*m_team.statistician, false).ok());
}

QTEST_GUILESS_MAIN(TestReporting)
#include "tst_reporting.moc"
