#include "core/audit/AuditTrail.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/RandomizationLogService.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "tests/support/TestWorkspace.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>

using namespace trialdesk;
using namespace trialdesk::core;

namespace {
using test::kUserPassword;
const QStringList kConditions = { QStringLiteral("HF"), QStringLiteral("CAD") };
} // namespace

// Randomization through the real command line, as separate processes on one workspace: the
// database's write lock (BEGIN IMMEDIATE) must hand out each position once, and a process killed
// at any moment must leave a consistent database.
//
// This process opens one connection at a time and closes it before the children run: opening a
// second connection to the same file in one process currently releases the first one's POSIX
// locks (the driver reads the file header with its own descriptor; see docs/enrollment.md).
class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void concurrentProcessesNeverShareAPosition();
    void killedProcessesLeaveAConsistentLog();

private:
    QStringList enrollMany(int count);
    QProcess *startRandomize(const QString &studyId);
    void verifyLog(int expectedEntries);
    qint64 scalar(const QString &sql);

    std::unique_ptr<test::TestWorkspace> m_workspace;
    std::unique_ptr<TrialSession> m_admin; // open only while verifying
    std::unique_ptr<TrialSession> m_coordinator; // open only while enrolling
};

void TestConcurrency::initTestCase()
{
    m_workspace = std::make_unique<test::TestWorkspace>();
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    m_admin = m_workspace->admin();
    QVERIFY(m_admin);
    QVERIFY(UserService(*m_admin)
                .add(QStringLiteral("coord"), QStringLiteral("Coordinator"), Role::Coordinator, QStringLiteral("ICM"),
                     kUserPassword)
                .ok());
    m_admin.reset();
}

qint64 TestConcurrency::scalar(const QString &sql)
{
    auto query = exec(m_admin->database(), sql);
    if (!query) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.error().message));
        return -1;
    }
    if (!query->next())
        return -1;
    return query->value(0).toLongLong();
}

QStringList TestConcurrency::enrollMany(int count)
{
    QStringList ids;
    m_coordinator = m_workspace->signIn(QStringLiteral("coord"));
    if (!m_coordinator)
        return ids;
    auto closeAfter = qScopeGuard([this] { m_coordinator.reset(); });
    EnrollmentService service(*m_coordinator);
    const QDate today = m_workspace->clock().nowUtc().date();
    for (int i = 0; i < count; ++i) {
        ScreeningInput screening;
        screening.siteCode = QStringLiteral("ICM");
        screening.date = today;
        for (const char *code : { "AGE18", "FOLLOWED", "LANGUAGE", "CONSENT_ABLE" })
            screening.answers.insert(QString::fromLatin1(code), true);
        for (const char *code : { "COGNITIVE", "LIFE_EXPECTANCY", "ALREADY_PAIRED" })
            screening.answers.insert(QString::fromLatin1(code), false);
        EnrollmentInput input;
        input.strata.insert(QStringLiteral("condition"), kConditions.at(i % kConditions.size()));
        input.consent = { QStringLiteral("1.0"), today, QString() };
        auto registered = service.enroll(screening, input);
        if (!registered) {
            qWarning("enroll: %s", qPrintable(registered.error().message));
            return {};
        }
        ids.append(registered->studyId);
    }
    return ids;
}

QProcess *TestConcurrency::startRandomize(const QString &studyId)
{
    auto *process = new QProcess(this);
    process->start(QStringLiteral(TRIALDESK_CLI_PATH),
                   { QStringLiteral("randomize"), QStringLiteral("--workspace"), m_workspace->directory(),
                     QStringLiteral("--user"), QStringLiteral("coord"), QStringLiteral("--password-stdin"),
                     QStringLiteral("--participant"), studyId });
    process->write(kUserPassword + '\n' + kUserPassword + '\n');
    process->closeWriteChannel();
    return process;
}

// Each stratum's log is a gap-free, duplicate-free prefix of its stream, every entry matches, the
// audit chain verifies and SQLite finds the file intact.
void TestConcurrency::verifyLog(int expectedEntries)
{
    m_admin = m_workspace->admin();
    QVERIFY(m_admin);
    auto closeAfter = qScopeGuard([this] { m_admin.reset(); });
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM randomizations")), expectedEntries);
    auto integrity = exec(m_admin->database(), QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(integrity.ok());
    QVERIFY(integrity->next());
    QCOMPARE(integrity->value(0).toString(), QStringLiteral("ok"));
    auto report = RandomizationLogService(*m_admin).report();
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->entries.size(), expectedEntries);
    QCOMPARE(report->mismatches, 0);
    QCOMPARE(report->duplicates, 0);
    QVERIFY(report->gaps.isEmpty());
    QVERIFY2(report->auditChainOk, qPrintable(report->auditProblem));
    QVERIFY(AuditTrail::verify(m_admin->database()).ok);
    // Prefix: in each stratum the sequences are exactly 1..n.
    auto strata = exec(m_admin->database(),
                       QStringLiteral("SELECT stratum_index, COUNT(*), MAX(sequence), MIN(sequence) FROM "
                                      "randomizations GROUP BY stratum_index"));
    QVERIFY(strata.ok());
    while (strata->next()) {
        QCOMPARE(strata->value(1).toLongLong(), strata->value(2).toLongLong());
        QCOMPARE(strata->value(3).toLongLong(), 1);
    }
}

void TestConcurrency::concurrentProcessesNeverShareAPosition()
{
    const QStringList ids = enrollMany(16);
    QCOMPARE(ids.size(), 16);
    // Two processes at a time, on the same strata, many times.
    for (qsizetype i = 0; i < ids.size(); i += 2) {
        QProcess *first = startRandomize(ids.at(i));
        QProcess *second = startRandomize(ids.at(i + 1));
        for (QProcess *process : { first, second }) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            const QByteArray arm = process->readAllStandardOutput().trimmed();
            QVERIFY2(arm == "PP" || arm == "UC", arm.constData());
            delete process;
        }
    }
    verifyLog(16);
}

void TestConcurrency::killedProcessesLeaveAConsistentLog()
{
    const int before = 16; // the previous test's allocations
    const QStringList ids = enrollMany(30);
    QCOMPARE(ids.size(), 30);
    // Kill points spread over the process's life: during login and the signature (Argon2id), and
    // during the transaction. Which happened does not matter: the invariants must hold after each.
    for (int i = 0; i < ids.size(); ++i) {
        QProcess *process = startRandomize(ids.at(i));
        QVERIFY(process->waitForStarted(10000));
        QTest::qWait(150 + (i * 37) % 700);
        // Only a live child: kill(0, ...) would signal this whole process group.
        const qint64 pid = process->processId();
        if (process->state() == QProcess::Running && pid > 0)
            ::kill(pid_t(pid), SIGKILL);
        QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(30000));
        delete process;
    }
    m_admin = m_workspace->admin();
    QVERIFY(m_admin);
    const int randomized = int(scalar(QStringLiteral("SELECT COUNT(*) FROM randomizations")));
    QStringList left;
    {
        auto pending = exec(m_admin->database(),
                            QStringLiteral("SELECT study_id FROM participants WHERE status = "
                                           "'registered' ORDER BY id"));
        QVERIFY(pending.ok());
        while (pending->next())
            left.append(pending->value(0).toString());
    }
    m_admin.reset();
    verifyLog(randomized);
    QVERIFY(randomized >= before);
    // The participants left unrandomized are randomized now, continuing each stream without a gap.
    QCOMPARE(randomized - before + left.size(), ids.size());
    for (const QString &id : left) {
        QProcess *process = startRandomize(id);
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        delete process;
    }
    verifyLog(before + int(ids.size()));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
