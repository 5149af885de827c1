#include "core/audit/AuditTrail.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/ParticipantService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/security/ElectronicSignature.h"
#include "core/security/KeySlotStore.h"
#include "core/services/UserService.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace trialdesk::core;
using trialdesk::test::TestWorkspace;

namespace {

using trialdesk::test::eligibleScreening;

EnrollmentInput enrollment(const QDate &date)
{
    EnrollmentInput input;
    input.strata.insert(QStringLiteral("condition"), QStringLiteral("HF"));
    input.consent = { QStringLiteral("1.0"), date, QString() };
    return input;
}

QList<AuditEntry> entries(TrialSession &session, const QString &action, const QString &entityId)
{
    AuditTrail::Filter filter;
    filter.action = action;
    filter.entityId = entityId;
    auto found = AuditTrail::entries(session.database(), filter);
    return found ? found.value() : QList<AuditEntry>();
}

// How many audited failures of this user's password name the given purpose.
int failures(TrialSession &session, const QString &username, const QString &purpose)
{
    int count = 0;
    for (const AuditEntry &entry : entries(session, QStringLiteral("login.failed"), username))
        if (entry.reason && entry.reason->contains(purpose))
            ++count;
    return count;
}

} // namespace

// Sessions, passwords and signatures: what a signed-in session may still do when its account
// changes, how a password typed again is checked, and what a signature records.
class TestSessions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<TrialSession> m_admin;

    std::unique_ptr<TrialSession> addAndLogin(const QString &name, const QString &displayName, Role role,
                                              const QByteArray &password)
    {
        const Status added = UserService(*m_admin).add(name, displayName, role, QString(), password);
        if (!added) {
            qWarning("add %s: %s", qPrintable(name), qPrintable(added.error().message));
            return nullptr;
        }
        return m_ws->login(name, password);
    }

    QString keySlot(const QString &user) const
    {
        return KeySlotStore(QDir(m_ws->directory()).filePath(QStringLiteral("keys"))).userSlotPath(user);
    }

    QString enrollOne(TrialSession &coordinator)
    {
        const QDate today = m_ws->clock().nowUtc().date();
        auto registered = EnrollmentService(coordinator).enroll(eligibleScreening(today), enrollment(today));
        if (!registered) {
            qWarning("enroll: %s", qPrintable(registered.error().message));
            return {};
        }
        return registered->studyId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY2(m_ws->ok(), qPrintable(m_ws->error()));
        m_admin = m_ws->admin();
        QVERIFY(m_admin);
    }

    // After a reset, the password is the administrator's: core refuses every action and every
    // signature until the user has chosen their own, whatever the caller.
    void resetPasswordBlocksEverythingButTheChange()
    {
        const QByteArray initial = QByteArrayLiteral("carol's first password");
        const QByteArray reset = QByteArrayLiteral("carol's reset password");
        const QByteArray own = QByteArrayLiteral("carol's very own password");
        auto carol
            = addAndLogin(QStringLiteral("carol"), QStringLiteral("Carol Coordinator"), Role::Coordinator, initial);
        QVERIFY(carol);
        const QString studyId = enrollOne(*carol);
        QVERIFY(!studyId.isEmpty());
        QVERIFY(UserService(*m_admin).resetPassword(QStringLiteral("carol"), reset, QStringLiteral("forgotten")).ok());

        // The session opened before the reset is held to it from its next action.
        QCOMPARE(carol->require(Action::ParticipantView).error().code, ErrorCode::PasswordChangeRequired);
        carol.reset();
        carol = m_ws->login(QStringLiteral("carol"), reset);
        QVERIFY(carol);
        QVERIFY(carol->mustChangePassword());
        for (Action action : allActions()) {
            const Status allowed = carol->require(action);
            if (action == Action::PasswordChangeOwn) {
                QVERIFY(allowed.ok());
                continue;
            }
            QVERIFY2(!allowed.ok(), qPrintable(actionCode(action)));
            QCOMPARE(allowed.error().code, ErrorCode::PasswordChangeRequired);
            QVERIFY(allowed.error().message.contains(actionDisplayName(action)));
        }
        QCOMPARE(
            EnrollmentService(*carol)
                .enroll(eligibleScreening(m_ws->clock().nowUtc().date()), enrollment(m_ws->clock().nowUtc().date()))
                .error()
                .code,
            ErrorCode::PasswordChangeRequired);
        auto signature = carol->sign(reset, SignatureMeaning::EligibilityConsentConfirmed);
        QVERIFY(!signature);
        QCOMPARE(signature.error().code, ErrorCode::PasswordChangeRequired);
        QCOMPARE(RandomizationService(*carol).randomize(studyId, reset).error().code,
                 ErrorCode::PasswordChangeRequired);
        QCOMPARE(entries(*m_admin, ElectronicSignature::kAuditAction, studyId).size(), 0);
        // Reading one's own account and unlocking stay possible.
        QVERIFY(UserService(*carol).find(QStringLiteral("carol")).ok());
        QVERIFY(carol->verifyPassword(reset).ok());

        QVERIFY(UserService(*carol).changeOwnPassword(reset, own).ok());
        QVERIFY(carol->require(Action::Randomize).ok());
        QVERIFY(!carol->mustChangePassword());
        QVERIFY(RandomizationService(*carol).randomize(studyId, own).ok());
    }

    // The current password asked by a password change is checked like a sign-in: wrong guesses
    // are counted, lock the account out and are audited at once.
    void oldPasswordGuessingIsLockedOutAndAudited()
    {
        const QByteArray password = QByteArrayLiteral("gary's long password");
        const QByteArray next = QByteArrayLiteral("gary's next long password");
        auto gary = addAndLogin(QStringLiteral("gary"), QStringLiteral("Gary"), Role::Monitor, password);
        QVERIFY(gary);
        UserService users(*gary);
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(users.changeOwnPassword(QByteArrayLiteral("guess guess guess"), next).error().code,
                     ErrorCode::AuthenticationFailed);
        QCOMPARE(users.changeOwnPassword(QByteArrayLiteral("guess guess guess"), next).error().code,
                 ErrorCode::LockedOut);
        // Even the right password is refused while locked out, here and at sign-in.
        QCOMPARE(users.changeOwnPassword(password, next).error().code, ErrorCode::LockedOut);
        QCOMPARE(m_ws->open()->login(QStringLiteral("gary"), password).error().code, ErrorCode::LockedOut);
        QCOMPARE(failures(*m_admin, QStringLiteral("gary"), QStringLiteral("password change")), 5);
        QCOMPARE(entries(*m_admin, QStringLiteral("login.lockout"), QStringLiteral("gary")).size(), 1);

        m_ws->clock().advanceMs(16 * 60 * 1000);
        QVERIFY(users.changeOwnPassword(password, next).ok());
        gary.reset();
        QVERIFY(m_ws->login(QStringLiteral("gary"), next));
    }

    // A signature needs this user's slot, holding this session's database key: a slot sealed with
    // another password under another key, or another user's slot copied in place, is refused and
    // the refusal audited.
    void signatureWithAForeignSlotIsRefused()
    {
        const QByteArray hanna = QByteArrayLiteral("hanna's long password");
        const QByteArray ivan = QByteArrayLiteral("ivan's long password");
        auto session = addAndLogin(QStringLiteral("hanna"), QStringLiteral("Hanna"), Role::Investigator, hanna);
        QVERIFY(session);
        QVERIFY(UserService(*m_admin)
                    .add(QStringLiteral("ivan"), QStringLiteral("Ivan"), Role::Investigator, QString(), ivan)
                    .ok());
        QVERIFY(session->sign(hanna, SignatureMeaning::EligibilityConsentConfirmed).ok());
        QFile original(keySlot(QStringLiteral("hanna")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray saved = original.readAll();
        original.close();

        // A slot named for hanna that ivan's password opens, to a key of its own.
        KeySlotStore keys(QDir(m_ws->directory()).filePath(QStringLiteral("keys")));
        QVERIFY(keys.writeUserSlot(QStringLiteral("hanna"), ivan, SecretKey::random()).ok());
        auto forged = session->sign(ivan, SignatureMeaning::EligibilityConsentConfirmed);
        QVERIFY(!forged);
        QCOMPARE(forged.error().code, ErrorCode::AuthenticationFailed);
        QCOMPARE(session->verifyPassword(ivan).error().code, ErrorCode::AuthenticationFailed);

        // Ivan's slot (the same database key) copied over hanna's.
        QVERIFY(QFile::remove(keySlot(QStringLiteral("hanna"))));
        QVERIFY(QFile::copy(keySlot(QStringLiteral("ivan")), keySlot(QStringLiteral("hanna"))));
        auto copied = session->sign(ivan, SignatureMeaning::EligibilityConsentConfirmed);
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, ErrorCode::Corrupt);

        QCOMPARE(failures(*m_admin, QStringLiteral("hanna"), QStringLiteral("electronic signature")), 2);
        QCOMPARE(failures(*m_admin, QStringLiteral("hanna"), QStringLiteral("unlock")), 1);
        AuditTrail::Filter filter;
        filter.action = ElectronicSignature::kAuditAction;
        filter.username = QStringLiteral("hanna");
        QCOMPARE(AuditTrail::count(m_admin->database(), filter).value(), 0);

        // With her own slot back, her own password signs again.
        QVERIFY(QFile::remove(keySlot(QStringLiteral("hanna"))));
        QFile restored(keySlot(QStringLiteral("hanna")));
        QVERIFY(restored.open(QIODevice::WriteOnly));
        QCOMPARE(restored.write(saved), saved.size());
        restored.close();
        QVERIFY(session->sign(hanna, SignatureMeaning::EligibilityConsentConfirmed).ok());
    }

    // The administrator's change, made in another session, applies from the open session's next
    // action and at unlock.
    void demotedOrDeactivatedUserLosesRightsAtNextAction()
    {
        const QByteArray password = QByteArrayLiteral("judy's long password");
        auto judy = addAndLogin(QStringLiteral("judy"), QStringLiteral("Judy"), Role::Statistician, password);
        QVERIFY(judy);
        QVERIFY(judy->require(Action::DesignEdit).ok());

        QVERIFY(
            UserService(*m_admin).changeRole(QStringLiteral("judy"), Role::Monitor, QStringLiteral("new duties")).ok());
        const Status demoted = judy->require(Action::DesignEdit);
        QVERIFY(!demoted);
        QCOMPARE(demoted.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(judy->role(), Role::Monitor);
        QVERIFY(judy->require(Action::FormVerify).ok());

        QVERIFY(UserService(*m_admin).deactivate(QStringLiteral("judy"), QStringLiteral("left the trial")).ok());
        const Status gone = judy->require(Action::ParticipantView);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(judy->verifyPassword(password).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(judy->sign(password, SignatureMeaning::EligibilityConsentConfirmed).error().code,
                 ErrorCode::PermissionDenied);
    }

    // §11.50: the signed record carries the printed name, the date and time and the meaning, as a
    // stable code; the words are translated only when shown.
    void signatureRecordHasNameTimeAndMeaningCode()
    {
        const QByteArray password = QByteArrayLiteral("kim's long password");
        auto kim = addAndLogin(QStringLiteral("kim"), QStringLiteral("Kim Tremblay"), Role::Coordinator, password);
        QVERIFY(kim);
        const QString studyId = enrollOne(*kim);
        QVERIFY(!studyId.isEmpty());
        m_ws->clock().advanceMs(1234);
        const QDateTime signedAt = m_ws->clock().nowUtc();
        QVERIFY(RandomizationService(*kim).randomize(studyId, password).ok());

        const QList<AuditEntry> signatures = entries(*m_admin, ElectronicSignature::kAuditAction, studyId);
        QCOMPARE(signatures.size(), 1);
        const AuditEntry &entry = signatures.first();
        QCOMPARE(entry.username, QStringLiteral("kim"));
        QCOMPARE(entry.entity, QStringLiteral("participant"));
        const QJsonObject value = QJsonDocument::fromJson(entry.newValue.value_or(QString()).toUtf8()).object();
        QCOMPARE(value.value(QStringLiteral("meaning")).toString(),
                 QStringLiteral("randomization.eligibility-consent-confirmed"));
        QCOMPARE(value.value(QStringLiteral("printed_name")).toString(), QStringLiteral("Kim Tremblay"));
        QCOMPARE(value.value(QStringLiteral("signed_at")).toString(), Clock::format(signedAt));
        QCOMPARE(value.value(QStringLiteral("username")).toString(), QStringLiteral("kim"));
        // No translated words in the record: the randomization's own entries carry none either.
        for (const AuditEntry &randomized : entries(*m_admin, QStringLiteral("participant.randomize"), studyId))
            QVERIFY(!randomized.reason.value_or(QString()).contains(QStringLiteral("signature")));
        const auto parsed = ElectronicSignature::fromAuditEntry(entry);
        QVERIFY(parsed);
        QCOMPARE(parsed->meaning, SignatureMeaning::EligibilityConsentConfirmed);
        QCOMPARE(parsed->signedAt, signedAt);
        QCOMPARE(parsed->displayText(),
                 QStringLiteral("Kim Tremblay (kim), %1 UTC: I confirm eligibility and consent")
                     .arg(signedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));

        // Marking the randomization in error is signed with its own meaning; the reason stays the user's.
        QVERIFY(ParticipantService(*kim).markRandomizedInError(studyId, QStringLiteral("wrong person"), password).ok());
        const QList<AuditEntry> both = entries(*m_admin, ElectronicSignature::kAuditAction, studyId);
        QCOMPARE(both.size(), 2);
        QCOMPARE(ElectronicSignature::fromAuditEntry(both.last())->meaning,
                 SignatureMeaning::RandomizedInErrorConfirmed);
        for (const AuditEntry &status : entries(*m_admin, QStringLiteral("participant.randomized-in-error"), studyId))
            QCOMPARE(status.reason.value_or(QString()), QStringLiteral("wrong person"));
    }

    void meaningCodesAreStableAndRoundTrip()
    {
        QCOMPARE(signatureMeaningCode(SignatureMeaning::EligibilityConsentConfirmed),
                 QStringLiteral("randomization.eligibility-consent-confirmed"));
        QCOMPARE(signatureMeaningCode(SignatureMeaning::RandomizedInErrorConfirmed),
                 QStringLiteral("randomization.in-error-confirmed"));
        for (SignatureMeaning meaning : allSignatureMeanings()) {
            QCOMPARE(signatureMeaningFromCode(signatureMeaningCode(meaning)), std::optional(meaning));
            QVERIFY(!signatureMeaningText(meaning).isEmpty());
        }
        QVERIFY(!signatureMeaningFromCode(QStringLiteral("I confirm eligibility and consent")));
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
