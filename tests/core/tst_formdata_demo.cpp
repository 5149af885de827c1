#include "core/audit/AuditTrail.h"
#include "core/data/FormEntryService.h"
#include "core/sql/SqlUtil.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "demo/DemoWorkspace.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace trialdesk;
using namespace trialdesk::core;

// The demo trial comes with its follow-up: past visits completed (some late, some missed) with
// their forms entered through the data service (audited), outcome forms by the blinded assessor.
class TestFormDataDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void visitsAndFormsOfThePast();
    void enteredThroughTheServicesAndAudited();
    void blindedAssessorEnteredOutcomesOnly();
    void outcomesDifferSlightlyByArm();

private:
    qint64 scalar(const QString &sql);

    QTemporaryDir m_dir;
    // A year after the consent form's approval (2026-09-15): the whole schedule up to M6 has passed.
    ManualClock m_clock { QDateTime(QDate(2027, 9, 20), QTime(15, 0), QTimeZone::utc()) };
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<TrialSession> m_statistician;
};

qint64 TestFormDataDemo::scalar(const QString &sql)
{
    auto query = exec(m_statistician->database(), sql);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

void TestFormDataDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QElapsedTimer timer;
    timer.start();
    auto info = ensureDemoWorkspace(m_dir.filePath(QStringLiteral("demo")), m_clock);
    QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().message));
    qInfo("demo of %lld participants with follow-up created in %lld ms", static_cast<long long>(kDemoParticipants),
          static_cast<long long>(timer.elapsed()));
    auto workspace = Workspace::open(info->directory, m_clock);
    QVERIFY(workspace.ok());
    m_workspace = std::move(workspace.value());
    auto statistician = m_workspace->login(QStringLiteral("statistician"), QByteArrayLiteral("demo-statistician-2026"));
    QVERIFY(statistician.ok());
    m_statistician = std::move(statistician.value());
}

void TestFormDataDemo::visitsAndFormsOfThePast()
{
    const qint64 completed = scalar(QStringLiteral("SELECT COUNT(*) FROM visits WHERE status = 'completed'"));
    const qint64 missed = scalar(QStringLiteral("SELECT COUNT(*) FROM visits WHERE status = 'missed'"));
    const qint64 late = scalar(QStringLiteral("SELECT COUNT(*) FROM visits WHERE status = 'completed' AND "
                                              "out_of_window = 1"));
    const qint64 pastPlanned = scalar(QStringLiteral("SELECT COUNT(*) FROM visits WHERE status = 'planned' AND "
                                                     "window_end < '2027-09-01'"));
    QVERIFY2(completed > 3 * missed && missed > 0, qPrintable(QStringLiteral("%1 %2").arg(completed).arg(missed)));
    QVERIFY(late > 0);
    QCOMPARE(pastPlanned, 0); // every visit whose window is long over was completed or missed
    // No visit is completed in the future, nor before its participant was randomized.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM visits WHERE actual_date > '2027-09-20'")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM visits v JOIN visits b ON b.participant_id = "
                                   "v.participant_id AND b.visit_code = 'BASELINE' WHERE v.actual_date < "
                                   "b.window_start")),
             0);
    // Most expected forms of completed visits are complete; missed visits have none.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries e JOIN visits v ON v.id = e.visit_id WHERE "
                                   "v.status <> 'completed'")),
             0);
    const qint64 entries = scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries WHERE state = 'complete'"));
    QVERIFY(entries > 2 * completed); // patient-partner visits have one form
    const qint64 totals = scalar(QStringLiteral("SELECT COUNT(*) FROM item_values WHERE item_code = 'phq9_total'"));
    QVERIFY(totals > 0);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries e JOIN visits v ON v.id = e.visit_id WHERE "
                                  "v.visit_code = 'M6' AND e.form_code = 'PHQ9'"))
            > 0);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries WHERE form_code = 'AE'")) > 0);
    // The data service reads it all back.
    auto participants = exec(m_statistician->database(), QStringLiteral("SELECT study_id FROM participants"));
    QVERIFY(participants.ok());
    int read = 0;
    while (participants->next()) {
        auto list = FormEntryService(*m_statistician).entries(participants->value(0).toString());
        QVERIFY2(list.ok(), list.ok() ? "" : qPrintable(list.error().message));
        read += int(list->size());
    }
    QCOMPARE(read, scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries")));
}

void TestFormDataDemo::enteredThroughTheServicesAndAudited()
{
    // One audit record per stored value, and the chain verifies.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'form_entry' AND action = "
                                   "'form.complete' AND field <> 'state' AND field <> ''")),
             scalar(QStringLiteral("SELECT COUNT(*) FROM item_values")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'visit.complete'")) > 0, true);
    const AuditTrail::Verification verification = AuditTrail::verify(m_statistician->database());
    QVERIFY2(verification.ok, qPrintable(verification.problem));
    // The history reads like a trial in progress: nothing after "now".
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE at > '2027-09-20T15:00:00.000Z'")), 0);
}

void TestFormDataDemo::blindedAssessorEnteredOutcomesOnly()
{
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries WHERE created_by = 'assessor'")) > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries WHERE created_by = 'assessor' AND form_code "
                                   "NOT IN ('PAM13', 'SEMCD6', 'EQ5D5L', 'PHQ9', 'GAD7', 'HCU')")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries WHERE arm_specific = 1 AND created_by <> "
                                   "'investigator'")),
             0);
    QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries WHERE form_code = 'PP_CONTACT'")) > 0);
    // The assessor's trail never touches the intervention; the coordinator (unblinded, who cancels the
    // visits of withdrawn participants) never entered a contact log.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE username = 'assessor' AND "
                                   "(entity_id LIKE '%PP%' OR field LIKE 'contact%')")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE username = 'coordinator' AND field LIKE "
                                   "'contact%'")),
             0);
}

void TestFormDataDemo::outcomesDifferSlightlyByArm()
{
    // Mean PHQ-9 total at M6 by arm: both plausible (0-27), not identical.
    auto means = exec(m_statistician->database(),
                      QStringLiteral("SELECT r.arm, AVG(CAST(i.value AS REAL)), COUNT(*) FROM item_values i "
                                     "JOIN form_entries e ON e.id = i.entry_id JOIN visits v ON v.id = e.visit_id "
                                     "JOIN randomizations r ON r.participant_id = e.participant_id "
                                     "WHERE i.item_code = 'phq9_total' AND v.visit_code = 'M6' GROUP BY r.arm"));
    QVERIFY(means.ok());
    QMap<QString, double> byArm;
    while (means->next()) {
        QVERIFY(means->value(2).toInt() > 0);
        byArm.insert(means->value(0).toString(), means->value(1).toDouble());
    }
    QCOMPARE(byArm.size(), 2);
    for (double mean : byArm)
        QVERIFY(mean > 1 && mean < 20);
    QVERIFY(byArm.value(QStringLiteral("PP")) != byArm.value(QStringLiteral("UC")));
}

QTEST_GUILESS_MAIN(TestFormDataDemo)
#include "tst_formdata_demo.moc"
