// Key rotation never leaves a trial unopenable: stopped at every step (an injected failure, a process
// that dies at that step, a process killed at random moments), afterwards the administrator's password,
// every other user's password (or the new one the administrator sets for a user whose slot the rotation
// retired) and the recovery code last shown open the trial, and the audit chain verifies.

#include "core/audit/AuditTrail.h"
#include "core/security/KeySlotStore.h"
#include "core/services/KeyService.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>
#include <optional>

using namespace trialdesk;
using namespace trialdesk::core;

Q_DECLARE_METATYPE(trialdesk::core::KeyService::Step)

namespace {

using Step = KeyService::Step;

const QByteArray kCoordPassword = QByteArrayLiteral("coordinator password 1");
const QString kCoord = QStringLiteral("coord");

// Removes the fault hook however the test ends.
struct HookGuard
{
    explicit HookGuard(KeyService::FaultHook hook) { KeyService::setFaultHook(std::move(hook)); }
    ~HookGuard() { KeyService::setFaultHook(nullptr); }
};

KeyService::FaultHook failAt(Step target)
{
    return [target](Step step) -> Status {
        if (step == target)
            return makeError(ErrorCode::Storage, QStringLiteral("injected failure"));
        return {};
    };
}

// The last complete recovery code a child printed, if any.
QString lastCodeIn(const QByteArray &output)
{
    static const QRegularExpression code(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$"));
    QString last;
    for (const QByteArray &line : output.split('\n'))
        if (code.match(QString::fromLatin1(line.trimmed())).hasMatch())
            last = QString::fromLatin1(line.trimmed());
    return last;
}

} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT

private slots:
    void failureAtEachStep_data();
    void failureAtEachStep();
    void unconfirmedRotationIsFinishedUnderANewCode();
    void rekeyReportingFailureAfterTheKeyChangedGoesOn();
    void failureWhileFinishingIsRetried();
    void missingUserSlotFallsBackToTheStagedOne();
    void missingRecoverySlotFallsBackToTheStagedOne();
    void processStoppedAtEachStep_data();
    void processStoppedAtEachStep();
    void processKilledAtRandomMoments();

private:
    // A fresh workspace with the administrator and a coordinator.
    void setUp();
    // The invariants after anything stopped a rotation; updates the current recovery code and the
    // coordinator's password. printedCode: the last code a child printed ("" if none).
    void verifyTrial(const QString &printedCode, std::optional<bool> expectFinish);
    QProcess *start(const QString &program, const QStringList &arguments);

    std::unique_ptr<test::TestWorkspace> m_workspace;
    QString m_recoveryCode;
    QByteArray m_coordPassword;
    int m_resets = 0;
    bool m_lastFinished = false; // whether verifyTrial's sign-in finished a rotation
};

void TestKeyRotation::setUp()
{
    m_workspace = std::make_unique<test::TestWorkspace>();
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    m_recoveryCode = m_workspace->recoveryCode();
    m_coordPassword = kCoordPassword;
    auto admin = m_workspace->admin();
    QVERIFY(admin);
    QVERIFY(UserService(*admin)
                .add(kCoord, QStringLiteral("Coordinator"), Role::Coordinator, QStringLiteral("ICM"), kCoordPassword)
                .ok());
}

void TestKeyRotation::verifyTrial(const QString &printedCode, std::optional<bool> expectFinish)
{
    const QString staging = QDir(m_workspace->directory()).filePath(QStringLiteral("keys.next"));
    {
        // 1. The administrator's password opens the trial; signing in finishes an interrupted rotation
        //    under a new recovery code, shown once.
        auto workspace = m_workspace->open();
        QVERIFY(workspace);
        auto signedIn = workspace->login(QStringLiteral("admin"), test::TestWorkspace::kAdminPassword);
        QVERIFY2(signedIn.ok(), signedIn.ok() ? "" : qPrintable(signedIn.error().message));
        std::unique_ptr<TrialSession> admin = std::move(signedIn).value();
        const TrialSession::FinishedRotation finished = admin->takeFinishedRotation();
        if (expectFinish)
            QCOMPARE(!finished.recoveryCode.isEmpty(), *expectFinish);
        m_lastFinished = !finished.recoveryCode.isEmpty();
        if (!finished.recoveryCode.isEmpty()) {
            QVERIFY(KeyService(*admin).confirmRecoveryCodeShown().ok());
            m_recoveryCode = finished.recoveryCode;
        } else if (!printedCode.isEmpty()) {
            m_recoveryCode = printedCode;
        }
        QVERIFY(!QFileInfo::exists(staging));
        QVERIFY(admin->takeFinishedRotation().recoveryCode.isEmpty());

        // 2. The audit chain verifies.
        const AuditTrail::Verification chain = AuditTrail::verify(admin->database());
        QVERIFY2(chain.ok, qPrintable(chain.problem));

        // 3. A user whose slot the rotation retired is listed, and a new password opens it again.
        auto stale = KeyService(*admin).usersWithoutValidSlot();
        QVERIFY(stale.ok());
        if (stale->contains(kCoord)) {
            m_coordPassword = QByteArrayLiteral("coordinator reset ") + QByteArray::number(++m_resets);
            QVERIFY(UserService(*admin).resetPassword(kCoord, m_coordPassword, QStringLiteral("key rotated")).ok());
        }
        QVERIFY(KeyService(*admin).usersWithoutValidSlot()->isEmpty());
    }
    // 4. The coordinator's password opens the trial.
    QVERIFY(m_workspace->login(kCoord, m_coordPassword));
    // 5. The recovery code last shown opens the trial.
    auto workspace = m_workspace->open();
    QVERIFY(workspace);
    auto recovered = workspace->recover(m_recoveryCode, QStringLiteral("admin"), test::TestWorkspace::kAdminPassword);
    QVERIFY2(recovered.ok(), recovered.ok() ? "" : qPrintable(recovered.error().message));
    QVERIFY(recovered.value()->takeFinishedRotation().recoveryCode.isEmpty());
}

QProcess *TestKeyRotation::start(const QString &program, const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->start(program, arguments);
    process->write(test::TestWorkspace::kAdminPassword + '\n');
    process->closeWriteChannel();
    return process;
}

void TestKeyRotation::failureAtEachStep_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<bool>("rekeyed");
    QTest::newRow("staging folder created") << Step::StagingFolderCreated << false;
    QTest::newRow("admin slot staged") << Step::AdminSlotStaged << false;
    QTest::newRow("recovery slot staged") << Step::RecoverySlotStaged << false;
    QTest::newRow("admin slot installed") << Step::AdminSlotInstalled << true;
    QTest::newRow("recovery slot installed") << Step::RecoverySlotInstalled << true;
    QTest::newRow("stale slots removed") << Step::StaleSlotsRemoved << true;
    QTest::newRow("audited") << Step::Audited << true;
}

void TestKeyRotation::failureAtEachStep()
{
    QFETCH(Step, step);
    QFETCH(bool, rekeyed);
    setUp();
    {
        HookGuard hook(failAt(step));
        auto admin = m_workspace->admin();
        QVERIFY(admin);
        auto rotation = KeyService(*admin).rotate(test::TestWorkspace::kAdminPassword, QStringLiteral("test"));
        QVERIFY(!rotation.ok());
        // Staged slots survive exactly when the new key is in force.
        QCOMPARE(QFileInfo::exists(QDir(m_workspace->directory()).filePath(QStringLiteral("keys.next"))), rekeyed);
        // The session goes on under the key in force.
        QVERIFY(AuditTrail::verify(admin->database()).ok);
    }
    verifyTrial(QString(), rekeyed);
}

void TestKeyRotation::rekeyReportingFailureAfterTheKeyChangedGoesOn()
{
    // The rekey reports a failure although the key changed (as when the return to WAL failed): the file
    // opens with the new key, so the staged slots are installed rather than thrown away.
    setUp();
    QString shown;
    {
        HookGuard hook(failAt(Step::Rekeyed));
        auto admin = m_workspace->admin();
        QVERIFY(admin);
        KeyService keys(*admin);
        auto rotation = keys.rotate(test::TestWorkspace::kAdminPassword, QStringLiteral("test"));
        QVERIFY2(rotation.ok(), rotation.ok() ? "" : qPrintable(rotation.error().message));
        shown = rotation->recoveryCode;
        QVERIFY(keys.confirmRecoveryCodeShown().ok());
    }
    verifyTrial(shown, false);
    QCOMPARE(m_recoveryCode, shown);
}

void TestKeyRotation::unconfirmedRotationIsFinishedUnderANewCode()
{
    setUp();
    QString shown;
    {
        auto admin = m_workspace->admin();
        QVERIFY(admin);
        auto rotation = KeyService(*admin).rotate(test::TestWorkspace::kAdminPassword, QStringLiteral("test"));
        QVERIFY2(rotation.ok(), rotation.ok() ? "" : qPrintable(rotation.error().message));
        QCOMPARE(rotation->resetUsers, QStringList { kCoord });
        shown = rotation->recoveryCode;
        // Never confirmed as shown (the program died before it could be seen).
    }
    verifyTrial(QString(), true);
    QVERIFY(m_recoveryCode != shown);
    // The unconfirmed code no longer opens the trial; the audit trail tells what happened.
    auto workspace = m_workspace->open();
    QVERIFY(workspace);
    QVERIFY(!workspace->recover(shown, QStringLiteral("admin"), test::TestWorkspace::kAdminPassword).ok());
    auto admin = m_workspace->admin();
    QVERIFY(admin);
    auto finishes
        = exec(admin->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'key.rotate.finish'"));
    QVERIFY(finishes.ok() && finishes->next());
    QCOMPARE(finishes->value(0).toInt(), 1);
}

void TestKeyRotation::failureWhileFinishingIsRetried()
{
    setUp();
    {
        HookGuard hook(failAt(Step::AdminSlotInstalled));
        auto admin = m_workspace->admin();
        QVERIFY(admin);
        QVERIFY(!KeyService(*admin).rotate(test::TestWorkspace::kAdminPassword, QStringLiteral("test")).ok());
    }
    {
        HookGuard hook(failAt(Step::FinishRecoverySlotWritten));
        auto workspace = m_workspace->open();
        QVERIFY(workspace);
        QVERIFY(!workspace->login(QStringLiteral("admin"), test::TestWorkspace::kAdminPassword).ok());
    }
    verifyTrial(QString(), true);
}

void TestKeyRotation::missingUserSlotFallsBackToTheStagedOne()
{
    setUp();
    {
        HookGuard hook(failAt(Step::AdminSlotInstalled));
        auto admin = m_workspace->admin();
        QVERIFY(admin);
        QVERIFY(!KeyService(*admin).rotate(test::TestWorkspace::kAdminPassword, QStringLiteral("test")).ok());
    }
    // The slot in keys/ is gone (as the old remove-then-rename left it after a crash).
    const KeySlotStore keys(QDir(m_workspace->directory()).filePath(QStringLiteral("keys")));
    QVERIFY(QFile::remove(keys.userSlotPath(QStringLiteral("admin"))));
    verifyTrial(QString(), true);
}

void TestKeyRotation::missingRecoverySlotFallsBackToTheStagedOne()
{
    setUp();
    QString shown;
    {
        auto admin = m_workspace->admin();
        QVERIFY(admin);
        auto rotation = KeyService(*admin).rotate(test::TestWorkspace::kAdminPassword, QStringLiteral("test"));
        QVERIFY(rotation.ok());
        shown = rotation->recoveryCode; // shown, but the program died before confirming it
    }
    const KeySlotStore keys(QDir(m_workspace->directory()).filePath(QStringLiteral("keys")));
    QVERIFY(QFile::remove(keys.recoverySlotPath()));
    auto workspace = m_workspace->open();
    QVERIFY(workspace);
    auto recovered = workspace->recover(shown, QStringLiteral("admin"), test::TestWorkspace::kAdminPassword);
    QVERIFY2(recovered.ok(), recovered.ok() ? "" : qPrintable(recovered.error().message));
    // Recovering finished the rotation under a new code.
    const TrialSession::FinishedRotation finished = recovered.value()->takeFinishedRotation();
    QVERIFY(!finished.recoveryCode.isEmpty());
    QVERIFY(finished.recoveryCode != shown);
    QVERIFY(KeyService(*recovered.value()).confirmRecoveryCodeShown().ok());
    m_recoveryCode = finished.recoveryCode;
    recovered = makeError(ErrorCode::Cancelled, QString()); // closes the session
    verifyTrial(QString(), false);
}

void TestKeyRotation::processStoppedAtEachStep_data()
{
    QTest::addColumn<QList<int>>("stops"); // one child per entry, each stopped at that step (-1: never)
    QTest::addColumn<bool>("expectFinish");
    const auto at = [](Step step) { return static_cast<int>(step); };
    QTest::newRow("staging folder created") << QList<int> { at(Step::StagingFolderCreated) } << false;
    QTest::newRow("admin slot staged") << QList<int> { at(Step::AdminSlotStaged) } << false;
    QTest::newRow("recovery slot staged") << QList<int> { at(Step::RecoverySlotStaged) } << false;
    QTest::newRow("rekeyed") << QList<int> { at(Step::Rekeyed) } << true;
    QTest::newRow("admin slot installed") << QList<int> { at(Step::AdminSlotInstalled) } << true;
    QTest::newRow("recovery slot installed") << QList<int> { at(Step::RecoverySlotInstalled) } << true;
    QTest::newRow("stale slots removed") << QList<int> { at(Step::StaleSlotsRemoved) } << true;
    QTest::newRow("audited") << QList<int> { at(Step::Audited) } << true;
    // The next sign-in dies while finishing; the one after finishes.
    QTest::newRow("finishing") << QList<int> { at(Step::Rekeyed), at(Step::FinishRecoverySlotWritten) } << true;
    // A new rotation after one stopped before its rekey: the stale staging folder is replaced.
    QTest::newRow("again after a stop") << QList<int> { at(Step::AdminSlotStaged), -1 } << false;
}

void TestKeyRotation::processStoppedAtEachStep()
{
    QFETCH(QList<int>, stops);
    QFETCH(bool, expectFinish);
    setUp();
    QString printed;
    for (const int stop : stops) {
        QProcess *child
            = start(QStringLiteral(KEYROTATION_CHILD_PATH), { m_workspace->directory(), QString::number(stop) });
        QVERIFY(child->waitForFinished(120000));
        QCOMPARE(child->exitStatus(), QProcess::NormalExit);
        QCOMPARE(child->exitCode(), stop < 0 ? 0 : 86);
        if (const QString code = lastCodeIn(child->readAllStandardOutput()); !code.isEmpty())
            printed = code;
        delete child;
    }
    verifyTrial(printed, expectFinish);
}

void TestKeyRotation::processKilledAtRandomMoments()
{
    setUp();
    const QStringList arguments { QStringLiteral("key"),
                                  QStringLiteral("rotate"),
                                  QStringLiteral("--workspace"),
                                  m_workspace->directory(),
                                  QStringLiteral("--user"),
                                  QStringLiteral("admin"),
                                  QStringLiteral("--password-stdin"),
                                  QStringLiteral("--reason"),
                                  QStringLiteral("kill test") };
    // One rotation left alone measures how long a rotation lives; kills are spread over that time.
    QElapsedTimer lifetime;
    lifetime.start();
    QProcess *whole = start(QStringLiteral(TRIALDESK_CLI_PATH), arguments);
    QVERIFY(whole->waitForFinished(120000));
    QVERIFY2(whole->exitCode() == 0, whole->readAllStandardError().constData());
    const int span = int(lifetime.elapsed()) + 100;
    const QString first = lastCodeIn(whole->readAllStandardOutput());
    QVERIFY(!first.isEmpty());
    delete whole;
    verifyTrial(first, false);

    QRandomGenerator random(20261204); // reproducible
    const QString stagedRecoverySlot
        = QDir(m_workspace->directory()).filePath(QStringLiteral("keys.next/recovery.slot"));
    QElapsedTimer budget;
    budget.start();
    int iterations = 0;
    int finishedAtSignIn = 0, completed = 0, undone = 0;
    for (; iterations < 30 && budget.elapsed() < 200000; ++iterations) {
        QProcess *child = start(QStringLiteral(TRIALDESK_CLI_PATH), arguments);
        QVERIFY(child->waitForStarted(10000));
        if (iterations % 2 == 0) {
            // Anywhere in the process's life (mostly sign-in and staging: key derivations dominate).
            child->waitForFinished(random.bounded(span));
        } else {
            // Around and after the rekey, which starts once the staged recovery slot is there: wait for it,
            // then up to a fortieth of the lifetime more (the rest of a rotation is that short).
            while (child->state() == QProcess::Running && !QFileInfo::exists(stagedRecoverySlot))
                child->waitForFinished(1);
            child->waitForFinished(random.bounded(span / 40 + 1));
        }
        // Only a live child: kill(0, ...) would signal this whole process group.
        const qint64 pid = child->processId();
        if (child->state() == QProcess::Running && pid > 0)
            ::kill(pid_t(pid), SIGKILL);
        QVERIFY(child->state() == QProcess::NotRunning || child->waitForFinished(30000));
        const QString printed = lastCodeIn(child->readAllStandardOutput());
        delete child;
        // Whether the rotation is owed a new code depends on where the child died: not asserted here.
        const QString before = m_recoveryCode;
        verifyTrial(printed, std::nullopt);
        if (QTest::currentTestFailed()) {
            qWarning("iteration %d failed", iterations);
            return;
        }
        if (m_lastFinished)
            ++finishedAtSignIn;
        else if (m_recoveryCode != before)
            ++completed;
        else
            ++undone;
    }
    qInfo("%d rotations killed at random moments: %d finished at the next sign-in, %d had completed, %d had not "
          "reached the rekey",
          iterations, finishedAtSignIn, completed, undone);
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
