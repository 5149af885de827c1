#include "core/enrollment/RandomizationLogService.h"
#include "core/enrollment/ScreeningService.h"
#include "core/sql/SqlUtil.h"
#include "demo/DemoPopulator.h"
#include "demo/DemoWorkspace.h"
#include "tests/support/TestWorkspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace trialdesk;
using namespace trialdesk::core;

// demo populate: a synthetic trial through the real services, deterministic from the seed.
class TestEnrollmentDemo : public QObject
{
    Q_OBJECT

private slots:
    void refusedOnARealTrial();
    void deterministicAndVerifiable();
    void demoTrialComesPopulated();

private:
    struct Outcome
    {
        DemoPopulator::Summary summary;
        QStringList allocations; // study ID, stratum, sequence, arm
        QStringList auditActions;
    };
    Outcome populate(const QString &directory, qint64 participants, const QString &seed);
};

void TestEnrollmentDemo::refusedOnARealTrial()
{
    test::TestWorkspace workspace;
    QVERIFY(workspace.ok());
    auto admin = workspace.admin();
    QVERIFY(admin);
    auto refused = DemoPopulator(*admin).populate(10, QStringLiteral("abc"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    auto count = exec(admin->database(), QStringLiteral("SELECT COUNT(*) FROM screenings"));
    QVERIFY(count.ok() && count->next());
    QCOMPARE(count->value(0).toInt(), 0);
}

TestEnrollmentDemo::Outcome TestEnrollmentDemo::populate(const QString &directory, qint64 participants,
                                                         const QString &seed)
{
    Outcome outcome;
    ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(15, 0), QTimeZone::utc()));
    auto info = ensureDemoWorkspace(directory, clock, 0); // empty: the test populates it
    if (!info) {
        qWarning("demo: %s", qPrintable(info.error().message));
        return outcome;
    }
    auto workspace = Workspace::open(directory, clock);
    if (!workspace)
        return outcome;
    auto admin = workspace.value()->login(QStringLiteral("admin"), QByteArrayLiteral("demo-admin-2026"));
    if (!admin) {
        qWarning("login: %s", qPrintable(admin.error().message));
        return outcome;
    }
    qint64 lastProgress = 0;
    auto summary
        = DemoPopulator(*admin.value()).populate(participants, seed, [&](qint64 done, qint64) { lastProgress = done; });
    if (!summary) {
        qWarning("populate: %s", qPrintable(summary.error().message));
        return outcome;
    }
    outcome.summary = summary.value();
    if (lastProgress != participants)
        return outcome;
    auto rows = exec(admin.value()->database(),
                     QStringLiteral("SELECT p.study_id, r.stratum_index, r.sequence, r.arm FROM randomizations r "
                                    "JOIN participants p ON p.id = r.participant_id ORDER BY r.id"));
    while (rows && rows->next())
        outcome.allocations.append(QStringLiteral("%1 %2 %3 %4")
                                       .arg(rows->value(0).toString(), rows->value(1).toString(),
                                            rows->value(2).toString(), rows->value(3).toString()));
    auto actions = exec(admin.value()->database(),
                        QStringLiteral("SELECT action, entity_id, field, new_value FROM audit_log WHERE username = "
                                       "'coordinator' ORDER BY id"));
    while (actions && actions->next())
        outcome.auditActions.append(QStringList { actions->value(0).toString(), actions->value(1).toString(),
                                                  actions->value(2).toString(), actions->value(3).toString() }
                                        .join(QLatin1Char(' ')));
    // Monitor's view: every entry verifies.
    auto monitor = workspace.value()->login(QStringLiteral("monitor"), QByteArrayLiteral("demo-monitor-2026"));
    if (!monitor)
        return outcome;
    auto report = RandomizationLogService(*monitor.value()).report();
    if (!report || !report->clean() || report->entries.size() != participants)
        outcome.allocations.clear();
    return outcome;
}

void TestEnrollmentDemo::deterministicAndVerifiable()
{
    // Enough people for every screening outcome and every stratum, few enough for two runs with a
    // year of follow-up each.
    constexpr qsizetype kParticipants = 240;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Outcome first = populate(dir.filePath(QStringLiteral("a")), kParticipants, QStringLiteral("c0ffee"));
    QCOMPARE(first.allocations.size(), kParticipants);
    QCOMPARE(first.summary.randomized, qint64(kParticipants));
    QVERIFY(first.summary.notEligible > 0);
    QVERIFY(first.summary.declined > 0);
    QVERIFY(first.summary.other > 0);
    QVERIFY(first.summary.withdrawn > 0);
    QCOMPARE(first.summary.screened,
             first.summary.randomized + first.summary.notEligible + first.summary.declined + first.summary.other);
    // Every stratum (site x 4 conditions) is used.
    QSet<QString> strata;
    for (const QString &allocation : first.allocations)
        strata.insert(allocation.section(QLatin1Char(' '), 1, 1));
    QCOMPARE(strata.size(), 4);

    const Outcome same = populate(dir.filePath(QStringLiteral("b")), kParticipants, QStringLiteral("C0FFEE"));
    QCOMPARE(same.allocations.size(), kParticipants);
    QCOMPARE(same.summary.screened, first.summary.screened);
    // Same people, same strata, same positions (the arms differ: each demo trial has its own seed).
    QStringList firstPositions, samePositions;
    for (const QString &allocation : first.allocations)
        firstPositions.append(allocation.section(QLatin1Char(' '), 0, 2));
    for (const QString &allocation : same.allocations)
        samePositions.append(allocation.section(QLatin1Char(' '), 0, 2));
    QCOMPARE(samePositions, firstPositions);
    // The audit trail has the same shape as the one-by-one services write: for each randomized
    // participant a screening, a registration, a consent and the two randomization entries. Only the
    // visits cancelled at a withdrawal depend on the arm (the patient-partner arm has more visits).
    const auto armIndependent = [](QStringList actions) {
        actions.removeIf([](const QString &action) { return action.startsWith(QLatin1String("visit.cancel ")); });
        return actions.size();
    };
    QCOMPARE(armIndependent(same.auditActions), armIndependent(first.auditActions));
    QCOMPARE(first.auditActions.filter(QStringLiteral("participant.randomize")).size(), 2 * kParticipants);
    QCOMPARE(first.auditActions.filter(QStringLiteral("participant.register")).size(), 2 * kParticipants);
    QCOMPARE(first.auditActions.filter(QStringLiteral("consent.record")).size(), kParticipants);
}

void TestEnrollmentDemo::demoTrialComesPopulated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::utc()));
    auto info = ensureDemoWorkspace(dir.filePath(QStringLiteral("demo")), clock);
    QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
    QVERIFY(info->created);
    auto workspace = Workspace::open(info->directory, clock);
    QVERIFY(workspace.ok());
    auto monitor = workspace.value()->login(QStringLiteral("monitor"), QByteArrayLiteral("demo-monitor-2026"));
    QVERIFY(monitor.ok());
    auto report = RandomizationLogService(*monitor.value()).report();
    QVERIFY(report.ok());
    QCOMPARE(report->entries.size(), kDemoParticipants);
    QVERIFY(report->clean());
    // Opening it again reuses it: nothing is added.
    auto again = ensureDemoWorkspace(info->directory, clock);
    QVERIFY(again.ok());
    QVERIFY(!again->created);
}

QTEST_GUILESS_MAIN(TestEnrollmentDemo)
#include "tst_enrollment_demo.moc"
