// The write shape (core/services/Write.h): a Write exists only after the account was read again and
// the permissions checked, and everything written through it (rows and audit entries) lands at its
// commit or not at all.
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/ParticipantService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/enrollment/ScreeningService.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/services/UserService.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/visits/VisitService.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QSqlQuery>
#include <QtTest>

using namespace trialdesk;
using namespace trialdesk::core;

namespace {
using test::kUserPassword;
const QByteArray kResetPassword = QByteArrayLiteral("another long password 2");

using trialdesk::test::eligibleScreening;

using test::enrollmentInput;
using test::scalar;
} // namespace

class TestWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedPermissionWritesNothing();
    void writeCoversOnlyItsActions();
    void deactivatedAccountIsRefusedAtBegin();
    void mustChangePasswordIsRefusedAtBegin();
    void failureMidWriteRollsBackRowsAndAudit();
    void composedWritesAreOneTransaction();
    void signatureMustBeExecuted();

private:
    QDate today() const { return m_workspace->clock().nowUtc().date(); }
    // One Write for the coordinator's screening, registration and randomization, with an eligible
    // participant screened and registered in it (their study ID in studyId): what the demo and the
    // enrolment wizard compose.
    Result<Write> beginEnrolment(QString &studyId);
    // Read on another connection: only what was committed.
    qint64 count(const QString &table) { return scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM ") + table); }
    // Read on the writer's own connection: what its open transaction wrote.
    qint64 seenByWriter(const QString &table)
    {
        return scalar(*m_coordinator, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    }
    qint64 auditEntries() { return count(QStringLiteral("audit_log")); }

    std::unique_ptr<test::TestWorkspace> m_workspace;
    std::unique_ptr<TrialSession> m_admin;
    std::unique_ptr<TrialSession> m_coordinator;
    std::unique_ptr<TrialSession> m_monitor;
};

Result<Write> TestWrites::beginEnrolment(QString &studyId)
{
    auto write = beginWrite(
        *m_coordinator,
        { Action::ScreeningRecord, Action::ConsentRecord, Action::ParticipantRegister, Action::Randomize });
    if (!write)
        return write.error();
    auto protocol = CurrentProtocol::load(write->database());
    if (!protocol)
        return protocol.error();
    auto screened = ScreeningService(*m_coordinator).record(*write, *protocol, eligibleScreening(today()));
    if (!screened)
        return screened.error();
    auto registered
        = EnrollmentService(*m_coordinator)
              .registerScreened(*write, protocol->protocol, screened->screeningNumber, enrollmentInput(today()));
    if (!registered)
        return registered.error();
    studyId = registered->studyId;
    return write;
}

void TestWrites::initTestCase()
{
    m_workspace = std::make_unique<test::TestWorkspace>();
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    m_admin = m_workspace->admin();
    QVERIFY(m_admin);
    for (const auto &[name, role] : { std::pair { QStringLiteral("coord"), Role::Coordinator },
                                      std::pair { QStringLiteral("monitor"), Role::Monitor },
                                      std::pair { QStringLiteral("leaver"), Role::Coordinator },
                                      std::pair { QStringLiteral("reset"), Role::Coordinator } }) {
        const Status added = m_workspace->addUser(name, role);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    }
    m_coordinator = m_workspace->signIn(QStringLiteral("coord"));
    m_monitor = m_workspace->signIn(QStringLiteral("monitor"));
    QVERIFY(m_coordinator && m_monitor);
}

void TestWrites::refusedPermissionWritesNothing()
{
    const qint64 screenings = count(QStringLiteral("screenings"));
    const qint64 audit = auditEntries();
    // No Write for a role without the permission: nothing can be passed to a Write& overload.
    auto write = beginWrite(*m_monitor, Action::ScreeningRecord);
    QVERIFY(!write);
    QCOMPARE(write.error().code, ErrorCode::PermissionDenied);
    // The convenience method takes the same road.
    auto recorded = ScreeningService(*m_monitor).record(eligibleScreening(today()));
    QVERIFY(!recorded);
    QCOMPARE(recorded.error().code, ErrorCode::PermissionDenied);
    auto enrolled = EnrollmentService(*m_monitor).enroll(eligibleScreening(today()), enrollmentInput(today()));
    QCOMPARE(enrolled.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(count(QStringLiteral("screenings")), screenings);
    QCOMPARE(count(QStringLiteral("participants")), qint64(0));
    QCOMPARE(auditEntries(), audit);
}

void TestWrites::writeCoversOnlyItsActions()
{
    // A Write begun for screening may not register, consent or randomize for a role that may not.
    auto write = beginWrite(*m_coordinator, Action::ScreeningRecord);
    QVERIFY2(write, write ? "" : qPrintable(write.error().message));
    QVERIFY(write->covers(Action::ScreeningRecord));
    QVERIFY(!write->covers(Action::Randomize));
    // The coordinator may randomize: asked for, the role is checked and the action then covered.
    QVERIFY(write->require(Action::Randomize).ok());
    QVERIFY(write->covers(Action::Randomize));
    // Nobody may do an action outside the role, even inside a Write.
    QCOMPARE(write->require(Action::UserManage).error().code, ErrorCode::PermissionDenied);
    // Not committed: nothing happened.
}

void TestWrites::deactivatedAccountIsRefusedAtBegin()
{
    auto leaver = m_workspace->signIn(QStringLiteral("leaver"));
    QVERIFY(leaver);
    QVERIFY(beginWrite(*leaver, Action::ScreeningRecord).ok());
    // Deactivated by the administrator while still signed in: the next Write reads the account again.
    QVERIFY(UserService(*m_admin).deactivate(QStringLiteral("leaver"), QStringLiteral("left the study")).ok());
    const qint64 audit = auditEntries();
    auto write = beginWrite(*leaver, Action::ScreeningRecord);
    QVERIFY(!write);
    QCOMPARE(write.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!ScreeningService(*leaver).record(eligibleScreening(today())).ok());
    QCOMPARE(auditEntries(), audit);
}

void TestWrites::mustChangePasswordIsRefusedAtBegin()
{
    auto reset = m_workspace->signIn(QStringLiteral("reset"));
    QVERIFY(reset);
    QVERIFY(UserService(*m_admin)
                .resetPassword(QStringLiteral("reset"), kResetPassword, QStringLiteral("forgotten password"))
                .ok());
    const qint64 audit = auditEntries();
    auto write = beginWrite(*reset, { Action::ScreeningRecord, Action::ConsentRecord });
    QVERIFY(!write);
    QCOMPARE(write.error().code, ErrorCode::PasswordChangeRequired);
    QCOMPARE(auditEntries(), audit);
    // Changing one's own password is the one write still allowed.
    QVERIFY(beginWrite(*reset, Action::PasswordChangeOwn).ok());
}

void TestWrites::failureMidWriteRollsBackRowsAndAudit()
{
    const qint64 screenings = count(QStringLiteral("screenings"));
    const qint64 participants = count(QStringLiteral("participants"));
    const qint64 audit = auditEntries();
    {
        auto write = beginWrite(*m_coordinator,
                                { Action::ScreeningRecord, Action::ConsentRecord, Action::ParticipantRegister });
        QVERIFY(write);
        auto protocol = CurrentProtocol::load(write->database());
        QVERIFY(protocol);
        // The screening is written and audited inside the write ...
        auto screened = ScreeningService(*m_coordinator).record(*write, *protocol, eligibleScreening(today()));
        QVERIFY2(screened, screened ? "" : qPrintable(screened.error().message));
        QCOMPARE(seenByWriter(QStringLiteral("screenings")), screenings + 1);
        QVERIFY(seenByWriter(QStringLiteral("audit_log")) > audit);
        // ... then the registration fails (a consent form that does not exist).
        EnrollmentInput input = enrollmentInput(today());
        input.consent.formVersion = QStringLiteral("9.9");
        auto registered = EnrollmentService(*m_coordinator)
                              .registerScreened(*write, protocol->protocol, screened->screeningNumber, input);
        QVERIFY(!registered);
        // The Write goes out of scope uncommitted.
    }
    QCOMPARE(count(QStringLiteral("screenings")), screenings);
    QCOMPARE(count(QStringLiteral("participants")), participants);
    QCOMPARE(auditEntries(), audit);

    // The same through enroll(): a failure after the screening leaves no screening behind.
    EnrollmentInput input = enrollmentInput(today());
    input.consent.formVersion = QStringLiteral("9.9");
    QVERIFY(!EnrollmentService(*m_coordinator).enroll(eligibleScreening(today()), input).ok());
    QCOMPARE(count(QStringLiteral("screenings")), screenings);
    QCOMPARE(auditEntries(), audit);
}

void TestWrites::composedWritesAreOneTransaction()
{
    auto signature = m_coordinator->sign(kUserPassword, SignatureMeaning::EligibilityConsentConfirmed);
    QVERIFY2(signature, signature ? "" : qPrintable(signature.error().message));
    const qint64 participants = count(QStringLiteral("participants"));
    const qint64 randomizations = count(QStringLiteral("randomizations"));
    const qint64 visits = count(QStringLiteral("visits"));
    const qint64 audit = auditEntries();

    // Screen, register, randomize (which plans the visits): one Write, rolled back as one.
    for (bool commit : { false, true }) {
        QString studyId;
        auto write = beginEnrolment(studyId);
        QVERIFY2(write, write ? "" : qPrintable(write.error().message));
        auto randomized = RandomizationService(*m_coordinator).randomize(*write, studyId, *signature);
        QVERIFY2(randomized, randomized ? "" : qPrintable(randomized.error().message));
        QVERIFY(seenByWriter(QStringLiteral("visits")) > visits);
        if (!commit)
            continue; // destroyed uncommitted
        QVERIFY(write->commit().ok());
    }
    // Only the committed pass remains: one participant, one randomization, its visits, its audit.
    QCOMPARE(count(QStringLiteral("participants")), participants + 1);
    QCOMPARE(count(QStringLiteral("randomizations")), randomizations + 1);
    QVERIFY(count(QStringLiteral("visits")) > visits);
    QVERIFY(auditEntries() > audit);
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'signature'")), qint64(1));
    // The rolled-back pass's allocation was never recorded: the committed one took sequence 1.
    QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT MAX(sequence) FROM randomizations")), qint64(1));
}

void TestWrites::signatureMustBeExecuted()
{
    // A signature made up (or read back from the audit trail) is not one the user executed.
    const ElectronicSignature forged(QStringLiteral("coord"), QStringLiteral("coord"), m_workspace->clock().nowUtc(),
                                     SignatureMeaning::EligibilityConsentConfirmed);
    QVERIFY(!forged.executed());
    QString studyId;
    auto write = beginEnrolment(studyId);
    QVERIFY2(write, write ? "" : qPrintable(write.error().message));
    auto randomized = RandomizationService(*m_coordinator).randomize(*write, studyId, forged);
    QVERIFY(!randomized);
    QCOMPARE(randomized.error().code, ErrorCode::AuthenticationFailed);
    // Another user's signature is refused too.
    auto adminSignature
        = m_admin->sign(test::TestWorkspace::kAdminPassword, SignatureMeaning::EligibilityConsentConfirmed);
    QVERIFY(adminSignature);
    QCOMPARE(RandomizationService(*m_coordinator).randomize(*write, studyId, *adminSignature).error().code,
             ErrorCode::AuthenticationFailed);
}

QTEST_GUILESS_MAIN(TestWrites)
#include "tst_writes.moc"
