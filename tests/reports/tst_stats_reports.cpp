// Baseline (Table 1), balance, retention and outcome reports on a small scripted trial whose
// numbers are worked out by hand below. The rows are inserted with SQL because the visit and form
// data services are being written in parallel; the reports only read these tables.
#include "core/reporting/DataCut.h"
#include "core/services/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "reports/ReportContext.h"
#include "reports/stats/BaselineReport.h"
#include "reports/stats/OutcomeReport.h"
#include "reports/stats/RetentionReport.h"
#include "reports/stats/StatsSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <cmath>

using namespace trialdesk;
using namespace trialdesk::reports;

namespace {

const QByteArray kAdminPassword = QByteArrayLiteral("correct horse battery");
const QByteArray kUserPassword = QByteArrayLiteral("a long enough password");

bool near(double actual, double expected, double tolerance = 1e-9)
{
    return std::fabs(actual - expected) <= tolerance;
}

const BaselineVariable *variable(const BaselineTable &table, const QString &code)
{
    for (const BaselineVariable &v : table.variables) {
        if (v.code == code)
            return &v;
    }
    return nullptr;
}

const BaselineLevel *level(const BaselineVariable &variable, const QString &code)
{
    for (const BaselineLevel &l : variable.levels) {
        if (l.code == code)
            return &l;
    }
    return nullptr;
}

} // namespace

class TestStatsReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableOneByHand();
    void balanceByStratum();
    void retentionByHand();
    void retentionPendingOverdueCancelled();
    void outcomesByHand();
    void outputsCarryTheNumbers();
    void blindedRolesAreRefused();
    void valueCountsKeepOnlyWhatCounts(); // last: adds rows the other tests do not expect

private:
    void sql(const QString &statement, const QVariantList &values = {});
    qint64 participant(const QString &studyId, const QString &arm, const QString &stratum);
    qint64 visit(qint64 participantId, const QString &code, int order, const QString &status, bool outOfWindow,
                 const QString &windowEnd, bool armSpecific = false);
    void entry(qint64 participantId, qint64 visitId, const QString &form, const QString &state,
               const QList<std::pair<QString, QString>> &values);
    std::unique_ptr<core::TrialSession> login(const QString &user, const QByteArray &password);

    QTemporaryDir m_dir;
    core::ManualClock m_clock { QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()) };
    std::unique_ptr<core::TrialSession> m_admin;
    int m_next = 0;
};

std::unique_ptr<core::TrialSession> TestStatsReports::login(const QString &user, const QByteArray &password)
{
    auto workspace = core::Workspace::open(m_dir.path() + QStringLiteral("/trial"), m_clock);
    if (!workspace)
        return nullptr;
    auto session = workspace.value()->login(user, password);
    if (!session)
        return nullptr;
    return std::move(session.value());
}

void TestStatsReports::sql(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_admin->database());
    QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text() + QLatin1Char(' ') + statement));
}

qint64 TestStatsReports::participant(const QString &studyId, const QString &arm, const QString &stratum)
{
    const int n = ++m_next;
    const QString now = QStringLiteral("2026-08-01T09:00:00Z");
    sql(QStringLiteral("INSERT INTO screenings (id, site_code, site_number, screening_number, screened_on, age, sex, "
                       "answers, outcome, failed_criteria, reason, protocol_version, recorded_by, recorded_at) "
                       "VALUES (?, 'ICM', ?, ?, '2026-08-01', 60, 'F', '{}', 'eligible', '', NULL, 1, 'admin', ?)"),
        { n, n, QStringLiteral("S-%1").arg(n), now });
    sql(QStringLiteral("INSERT INTO participants (id, study_id, site_code, site_number, screening_id, status, "
                       "stratum_values, registered_at, registered_by) VALUES (?, ?, 'ICM', ?, ?, 'randomized', ?, ?, "
                       "'admin')"),
        { n, studyId, n, n, stratum, now });
    sql(QStringLiteral("INSERT INTO randomizations (participant_id, design_version, stratum_values, stratum_index, "
                       "sequence, block_number, block_size, position_in_block, arm, randomized_at, randomized_by) "
                       "VALUES (?, 1, ?, 0, ?, 1, 4, 1, ?, ?, 'admin')"),
        { n, stratum, n, arm, now });
    return n;
}

qint64 TestStatsReports::visit(qint64 participantId, const QString &code, int order, const QString &status,
                               bool outOfWindow, const QString &windowEnd, bool armSpecific)
{
    const QString now = QStringLiteral("2026-11-01T09:00:00Z");
    sql(QStringLiteral("INSERT INTO visits (participant_id, site_code, visit_code, visit_order, protocol_version, "
                       "arm_specific, target_date, window_start, window_end, status, actual_date, out_of_window, "
                       "reason, created_at, updated_at, updated_by) VALUES (?, 'ICM', ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, "
                       "NULL, ?, ?, 'admin')"),
        { participantId, code, order, armSpecific ? 1 : 0, windowEnd, windowEnd, windowEnd, status,
          status == QLatin1String("completed") ? QVariant(windowEnd) : QVariant(), outOfWindow ? 1 : 0, now, now });
    QSqlQuery id(m_admin->database());
    id.exec(QStringLiteral("SELECT MAX(id) FROM visits"));
    id.next();
    return id.value(0).toLongLong();
}

void TestStatsReports::entry(qint64 participantId, qint64 visitId, const QString &form, const QString &state,
                             const QList<std::pair<QString, QString>> &values)
{
    const QString now = QStringLiteral("2026-11-01T09:00:00Z");
    sql(QStringLiteral("INSERT INTO form_entries (participant_id, visit_id, site_code, form_code, form_version, "
                       "instance, state, arm_specific, created_at, created_by, updated_at, updated_by) "
                       "VALUES (?, ?, 'ICM', ?, 1, 1, ?, 0, ?, 'admin', ?, 'admin')"),
        { participantId, visitId, form, state, now, now });
    QSqlQuery id(m_admin->database());
    id.exec(QStringLiteral("SELECT MAX(id) FROM form_entries"));
    id.next();
    const qint64 entryId = id.value(0).toLongLong();
    for (const auto &[item, value] : values) {
        const bool missing = value.startsWith(QLatin1Char('#'));
        sql(QStringLiteral("INSERT INTO item_values (entry_id, item_code, value, missing_code, updated_at, "
                           "updated_by) VALUES (?, ?, ?, ?, ?, 'admin')"),
            { entryId, item, missing ? QVariant() : QVariant(value), missing ? QVariant(value.mid(1)) : QVariant(),
              now });
    }
}

// The scenario (site ICM, arms PP then UC in the protocol):
//   P1 PP HF  age 60 female, conditions heart_failure|hypertension; M3 on time,          PAM-13 60.0
//   P2 PP HF  age 70 male,   conditions hypertension;              M3 out of window,     PAM-13 70.0
//   P3 PP CAD no baseline forms at all (missing);                  M3 on time,          PAM-13 62.0
//   P4 PP CAD DEMOGRAPHICS only as a draft (age 65: not counted);  M3 planned, window closed 2026-11-20
//             (overdue); a draft PAM-13 of 100 at M3 (not counted)
//   U1 UC HF  age 50 female, conditions diabetes;                  M3 on time,          PAM-13 50.0
//   U2 UC CAD age 56 male, sex "refused" missing code;             M3 out of window,    PAM-13 58.0
//             (sex then counts as missing)
//   U3 UC HF  randomized in error: age 99, M3 completed, PAM-13 99: left out everywhere.
// P1 also has an arm-specific PP_C1 contact (left out of retention).
void TestStatsReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    core::NewTrial trial;
    trial.directory = m_dir.path() + QStringLiteral("/trial");
    trial.trialName = QStringLiteral("Stats trial");
    trial.adminUsername = QStringLiteral("admin");
    trial.adminDisplayName = QStringLiteral("Ada Admin");
    trial.adminPassword = kAdminPassword;
    auto created = core::Workspace::create(trial, m_clock);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_admin = login(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(m_admin);
    core::UserService users(*m_admin);
    QVERIFY(users.add(QStringLiteral("olga"), QStringLiteral("Olga Outcome"), core::Role::OutcomeAssessor,
                      QStringLiteral("ICM"), kUserPassword));
    QVERIFY(users.add(QStringLiteral("stan"), QStringLiteral("Stan Stats"), core::Role::Statistician,
                      QStringLiteral("ICM"), kUserPassword));

    const QString hf = QStringLiteral("site=ICM,condition=HF");
    const QString cad = QStringLiteral("site=ICM,condition=CAD");
    const qint64 p1 = participant(QStringLiteral("ICM-001"), QStringLiteral("PP"), hf);
    const qint64 p2 = participant(QStringLiteral("ICM-002"), QStringLiteral("PP"), hf);
    const qint64 p3 = participant(QStringLiteral("ICM-003"), QStringLiteral("PP"), cad);
    const qint64 p4 = participant(QStringLiteral("ICM-004"), QStringLiteral("PP"), cad);
    const qint64 u1 = participant(QStringLiteral("ICM-005"), QStringLiteral("UC"), hf);
    const qint64 u2 = participant(QStringLiteral("ICM-006"), QStringLiteral("UC"), cad);
    const qint64 u3 = participant(QStringLiteral("ICM-007"), QStringLiteral("UC"), hf);
    sql(QStringLiteral("INSERT INTO participant_events (participant_id, event_type, event_date, reason, detail, "
                       "recorded_by, recorded_at) VALUES (?, 'randomized-in-error', '2026-08-02', 'ineligible', '', "
                       "'admin', '2026-08-02T09:00:00Z')"),
        { u3 });

    const QString done = QStringLiteral("complete"); // entry state
    const QString attended = QStringLiteral("completed"); // visit status
    const QString baselineEnd = QStringLiteral("2026-08-08");
    const QString m3End = QStringLiteral("2026-11-20");
    auto baseline = [&](qint64 id) { return visit(id, QStringLiteral("BASELINE"), 1, attended, false, baselineEnd); };
    using Values = QList<std::pair<QString, QString>>;
    qint64 b = baseline(p1);
    entry(p1, b, QStringLiteral("DEMOGRAPHICS"), done, Values { { "age", "60" }, { "sex", "female" } });
    entry(p1, b, QStringLiteral("CONDITIONS"), done, Values { { "conditions", "heart_failure|hypertension" } });
    b = baseline(p2);
    entry(p2, b, QStringLiteral("DEMOGRAPHICS"), QStringLiteral("verified"),
          Values { { "age", "70" }, { "sex", "male" } });
    entry(p2, b, QStringLiteral("CONDITIONS"), QStringLiteral("locked"), Values { { "conditions", "hypertension" } });
    baseline(p3);
    b = baseline(p4);
    entry(p4, b, QStringLiteral("DEMOGRAPHICS"), QStringLiteral("draft"), Values { { "age", "65" } });
    b = baseline(u1);
    entry(u1, b, QStringLiteral("DEMOGRAPHICS"), done, Values { { "age", "50" }, { "sex", "female" } });
    entry(u1, b, QStringLiteral("CONDITIONS"), done, Values { { "conditions", "diabetes" } });
    b = baseline(u2);
    entry(u2, b, QStringLiteral("DEMOGRAPHICS"), done, Values { { "age", "56" }, { "sex", "#refused" } });
    b = baseline(u3);
    entry(u3, b, QStringLiteral("DEMOGRAPHICS"), done, Values { { "age", "99" }, { "sex", "male" } });

    visit(p1, QStringLiteral("PP_C1"), 3, attended, false, QStringLiteral("2026-09-07"), true);
    auto m3 = [&](qint64 id, const QString &status, bool outOfWindow, const QString &pam, const QString &state) {
        const qint64 v = visit(id, QStringLiteral("M3"), 6, status, outOfWindow, m3End);
        if (!pam.isEmpty())
            entry(id, v, QStringLiteral("PAM13"), state, Values { { "pam13_score", pam } });
    };
    m3(p1, attended, false, QStringLiteral("60.0"), done);
    m3(p2, attended, true, QStringLiteral("70.0"), done);
    m3(p3, attended, false, QStringLiteral("62.0"), done);
    m3(p4, QStringLiteral("planned"), false, QStringLiteral("100.0"), QStringLiteral("draft"));
    m3(u1, attended, false, QStringLiteral("50.0"), done);
    m3(u2, attended, true, QStringLiteral("58.0"), done);
    m3(u3, attended, false, QStringLiteral("99.0"), done);
    QVERIFY(!QTest::currentTestFailed());
}

void TestStatsReports::tableOneByHand()
{
    auto table = BaselineReport::compute(*m_admin);
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table->arms.size(), 2);
    QCOMPARE(table->arms[0].code, QStringLiteral("PP"));
    QCOMPARE(table->arms[0].participants, qint64(4));
    QCOMPARE(table->arms[1].participants, qint64(2)); // U3 randomized in error
    QCOMPARE(table->total, qint64(6));

    // Age. PP: 60, 70 -> mean 65, SD sqrt(50) = 7.0711, median 65, Q1 62.5, Q3 67.5, missing 2 (P3, P4 draft).
    // UC: 50, 56 -> mean 53, SD sqrt(18), Q1 51.5, Q3 54.5. Total: 50, 56, 60, 70 -> mean 59,
    // SD sqrt(212/3), median 58, Q1 54.5, Q3 62.5, missing 2.
    const BaselineVariable *age = variable(table.value(), QStringLiteral("age"));
    QVERIFY(age);
    QCOMPARE(age->kind, BaselineVariable::Kind::Numeric);
    QCOMPARE(age->summaries.size(), 3);
    QCOMPARE(age->summaries[0].n, qint64(2));
    QVERIFY(near(age->summaries[0].mean, 65));
    QVERIFY(near(age->summaries[0].sd, std::sqrt(50.0)));
    QVERIFY(near(age->summaries[0].q1, 62.5));
    QVERIFY(near(age->summaries[0].q3, 67.5));
    QCOMPARE(age->missing[0], qint64(2));
    QVERIFY(near(age->summaries[1].mean, 53));
    QVERIFY(near(age->summaries[1].sd, std::sqrt(18.0)));
    QVERIFY(near(age->summaries[1].q1, 51.5));
    QCOMPARE(age->missing[1], qint64(0));
    QCOMPARE(age->summaries[2].n, qint64(4));
    QVERIFY(near(age->summaries[2].mean, 59));
    QVERIFY(near(age->summaries[2].sd, std::sqrt(212.0 / 3)));
    QVERIFY(near(age->summaries[2].median, 58));
    QVERIFY(near(age->summaries[2].q1, 54.5));
    QVERIFY(near(age->summaries[2].q3, 62.5));
    QCOMPARE(age->missing[2], qint64(2));

    // Sex. PP: female 1, male 1 of 2 answered, 2 missing. UC: female 1 of 1 (U2 refused: missing 1).
    const BaselineVariable *sex = variable(table.value(), QStringLiteral("sex"));
    QVERIFY(sex);
    QCOMPARE(sex->kind, BaselineVariable::Kind::Categorical);
    QCOMPARE(level(*sex, QStringLiteral("female"))->counts, (QList<qint64> { 1, 1, 2 }));
    QCOMPARE(level(*sex, QStringLiteral("male"))->counts, (QList<qint64> { 1, 0, 1 }));
    QCOMPARE(level(*sex, QStringLiteral("intersex"))->counts, (QList<qint64> { 0, 0, 0 }));
    QCOMPARE(sex->answered, (QList<qint64> { 2, 1, 3 }));
    QCOMPARE(sex->missing, (QList<qint64> { 2, 1, 3 }));
    QVERIFY(!level(*sex, QStringLiteral("female"))->label.isEmpty());

    // Conditions (multiple choice): PP hypertension 2 of 2, heart failure 1 of 2; UC diabetes 1 of 1.
    const BaselineVariable *conditions = variable(table.value(), QStringLiteral("conditions"));
    QVERIFY(conditions);
    QVERIFY(conditions->multipleChoice);
    QCOMPARE(level(*conditions, QStringLiteral("hypertension"))->counts, (QList<qint64> { 2, 0, 2 }));
    QCOMPARE(level(*conditions, QStringLiteral("heart_failure"))->counts, (QList<qint64> { 1, 0, 1 }));
    QCOMPARE(level(*conditions, QStringLiteral("diabetes"))->counts, (QList<qint64> { 0, 1, 1 }));
    QCOMPARE(conditions->answered, (QList<qint64> { 2, 1, 3 }));
    QCOMPARE(conditions->missing, (QList<qint64> { 2, 1, 3 }));

    // Free text is not summarized; the stratification factor is.
    QVERIFY(!variable(table.value(), QStringLiteral("gender_other")));
    const BaselineVariable *condition = variable(table.value(), QStringLiteral("condition"));
    QVERIFY(condition);
    QCOMPARE(condition->source, QStringLiteral("stratification"));
    QCOMPARE(level(*condition, QStringLiteral("HF"))->counts, (QList<qint64> { 2, 1, 3 }));
    QCOMPARE(level(*condition, QStringLiteral("CAD"))->counts, (QList<qint64> { 2, 1, 3 }));
    QCOMPARE(condition->missing, (QList<qint64> { 0, 0, 0 }));

    // The displayed table: "65.0 (7.1)" for PP's age, "1 (50.0%)" for PP's women.
    QLocale::setDefault(QLocale::c());
    const QList<ReportDocument::Table> shown = BaselineReport::displayTables(table.value());
    QCOMPARE(shown.size(), 2);
    bool foundMean = false, foundShare = false;
    for (const QStringList &row : shown[0].rows) {
        foundMean
            = foundMean || (row.value(1) == QLatin1String("65.0 (7.1)") && row.value(3) == QLatin1String("59.0 (8.4)"));
        foundShare = foundShare || row.value(1) == QLatin1String("1 (50.0%)");
    }
    QVERIFY(foundMean);
    QVERIFY(foundShare);
}

void TestStatsReports::balanceByStratum()
{
    auto table = BaselineReport::compute(*m_admin);
    QVERIFY(table.ok());
    // Strata in protocol level order: HF (PP 2, UC 1), CAD (PP 2, UC 1); difference PP - UC = 1.
    QCOMPARE(table->balance.size(), 2);
    QCOMPARE(table->balance[0].stratum, QStringLiteral("site=ICM,condition=HF"));
    QCOMPARE(table->balance[0].counts, (QList<qint64> { 2, 1, 3 }));
    QCOMPARE(table->balance[0].difference, qint64(1));
    QCOMPARE(table->balance[1].stratum, QStringLiteral("site=ICM,condition=CAD"));
    QCOMPARE(table->balance[1].counts, (QList<qint64> { 2, 1, 3 }));
    QVERIFY(table->balance[0].label.contains(QStringLiteral(" / ")));
}

void TestStatsReports::retentionByHand()
{
    auto table = RetentionReport::compute(*m_admin);
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    // Common visits only, in protocol order: BASELINE, M3, M6, M12 (no PP_* contact).
    QStringList codes;
    for (const RetentionRow &row : table->rows)
        codes.append(row.visitCode);
    QCOMPARE(codes, (QStringList { "BASELINE", "M3", "M6", "M12" }));
    const RetentionRow &baseline = table->rows[0];
    QCOMPARE(baseline.cells[0].planned, qint64(4));
    QCOMPARE(baseline.cells[0].onTime, qint64(4));
    QCOMPARE(baseline.cells[1].planned, qint64(2)); // U3 left out
    // M3: PP 4 planned: 2 on time, 1 out of window, 1 overdue (window closed 2026-11-20 < 2026-11-26);
    // UC 2 planned: 1 on time, 1 out of window. Completion of due visits: PP 3 of 4.
    const RetentionRow &m3 = table->rows[1];
    QCOMPARE(m3.cells[0].planned, qint64(4));
    QCOMPARE(m3.cells[0].onTime, qint64(2));
    QCOMPARE(m3.cells[0].outOfWindow, qint64(1));
    QCOMPARE(m3.cells[0].overdue, qint64(1));
    QCOMPARE(m3.cells[0].pending, qint64(0));
    QCOMPARE(m3.cells[0].completed(), qint64(3));
    QCOMPARE(m3.cells[0].due(), qint64(4));
    QCOMPARE(m3.cells[1].planned, qint64(2));
    QCOMPARE(m3.cells[1].onTime, qint64(1));
    QCOMPARE(m3.cells[1].outOfWindow, qint64(1));
    QCOMPARE(m3.cells[2].planned, qint64(6));
    QCOMPARE(m3.cells[2].onTime, qint64(3));
    QCOMPARE(table->rows[2].cells[2].planned, qint64(0));
}

void TestStatsReports::retentionPendingOverdueCancelled()
{
    auto protocol = core::Protocol::bundledDefault();
    QVERIFY(protocol.ok());
    using C = RetentionReport::VisitCount;
    const QList<C> counts {
        { "PP", "M6", "ICM", "planned", false, "2026-11-25", 3 }, // closed yesterday: overdue
        { "PP", "M6", "ICM", "planned", false, "2026-11-26", 2 }, // last day today: pending
        { "PP", "M6", "ICM", "missed", false, "", 4 },
        { "UC", "M6", "ICM", "cancelled", false, "", 5 },
        { "UC", "M6", "XYZ", "planned", false, "2026-11-26", 1 }, // unknown site: fallback date 2026-11-27
        { "UC", "PP_C1", "ICM", "completed", false, "", 9 }, // arm-specific: no row for it
        { "ZZ", "M6", "ICM", "completed", false, "", 7 }, // arm not in the protocol
    };
    const RetentionTable table
        = RetentionReport::tabulate(protocol.value(), counts, { { "ICM", QDate(2026, 11, 26) } }, QDate(2026, 11, 27));
    const RetentionRow *m6 = nullptr;
    for (const RetentionRow &row : table.rows) {
        if (row.visitCode == QLatin1String("M6"))
            m6 = &row;
        QVERIFY(row.visitCode != QLatin1String("PP_C1"));
    }
    QVERIFY(m6);
    QCOMPARE(m6->cells[0].planned, qint64(9));
    QCOMPARE(m6->cells[0].overdue, qint64(3));
    QCOMPARE(m6->cells[0].pending, qint64(2));
    QCOMPARE(m6->cells[0].missed, qint64(4));
    QCOMPARE(m6->cells[0].due(), qint64(7));
    QCOMPARE(m6->cells[1].cancelled, qint64(5));
    QCOMPARE(m6->cells[1].overdue, qint64(1));
    QCOMPARE(m6->cells[2].planned, qint64(15));
}

void TestStatsReports::outcomesByHand()
{
    auto table = OutcomeReport::compute(*m_admin);
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    const OutcomeRow *pam = nullptr;
    for (const OutcomeRow &row : table->rows) {
        if (row.visitCode == QLatin1String("M3") && row.itemCode == QLatin1String("pam13_score"))
            pam = &row;
        QVERIFY(!row.visitCode.startsWith(QLatin1String("PP_")));
    }
    QVERIFY(pam);
    // PP: 60, 70, 62 (P4's draft 100 left out): n 3, mean 64, SD sqrt(28). UC: 50, 58 (U3's 99 left
    // out): n 2, mean 54, SD sqrt(32). R: t.test(c(60, 70, 62), c(50, 58)) gives the difference 10,
    // SE 5.03322295685, df 2.14243323442, 95% CI -10.33337039824 to 30.33337039824.
    QCOMPARE(pam->cells[0].summary.n, qint64(3));
    QVERIFY(near(pam->cells[0].summary.mean, 64));
    QVERIFY(near(pam->cells[0].summary.sd, std::sqrt(28.0)));
    QCOMPARE(pam->cells[1].summary.n, qint64(2));
    QVERIFY(near(pam->cells[1].summary.mean, 54));
    QVERIFY(near(pam->cells[1].summary.sd, std::sqrt(32.0)));
    QVERIFY(pam->difference.has_value());
    QVERIFY(near(pam->difference->difference, 10));
    QVERIFY(near(pam->difference->degreesOfFreedom, 2.14243323442, 1e-9));
    QVERIFY(near(pam->difference->lower, -10.33337039824, 1e-8));
    QVERIFY(near(pam->difference->upper, 30.33337039824, 1e-8));
    // Nothing entered at M6 yet: rows with n 0 and no interval.
    for (const OutcomeRow &row : table->rows) {
        if (row.visitCode == QLatin1String("M6")) {
            QCOMPARE(row.cells[0].summary.n, qint64(0));
            QVERIFY(!row.difference.has_value());
        }
    }
}

void TestStatsReports::outputsCarryTheNumbers()
{
    auto context = ReportContext::forSession(*m_admin);
    QVERIFY(context.ok());
    auto outcomes = OutcomeReport::compute(*m_admin);
    QVERIFY(outcomes.ok());
    const QJsonObject json = OutcomeReport::toJson(outcomes.value(), context.value());
    QCOMPARE(json.value(QStringLiteral("report")).toString(), QStringLiteral("outcomes"));
    QVERIFY(json.value(QStringLiteral("note")).toString().contains(QStringLiteral("not the trial's analysis")));
    bool found = false;
    for (const QJsonValue &row : json.value(QStringLiteral("outcomes")).toArray()) {
        const QJsonObject o = row.toObject();
        if (o.value(QStringLiteral("visit")).toString() == QLatin1String("M3")
            && o.value(QStringLiteral("item")).toString() == QLatin1String("pam13_score")) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("arms"))
                         .toObject()
                         .value(QStringLiteral("PP"))
                         .toObject()
                         .value(QStringLiteral("n"))
                         .toInt(),
                     3);
            QVERIFY(
                near(o.value(QStringLiteral("difference")).toObject().value(QStringLiteral("ci95_upper")).toDouble(),
                     30.33337039824, 1e-8));
        }
    }
    QVERIFY(found);
    const QByteArray csv = OutcomeReport::toCsv(outcomes.value());
    QVERIFY(csv.contains("M3,PAM13,pam13_score"));
    QVERIFY(csv.contains(",PP-UC,difference,10\n"));

    auto baseline = BaselineReport::compute(*m_admin);
    QVERIFY(baseline.ok());
    const QByteArray baselineCsv = BaselineReport::toCsv(baseline.value());
    QVERIFY(baselineCsv.contains(",PP,mean,65\n"));
    QVERIFY(baselineCsv.contains(",total,median,58\n"));
    QVERIFY(baselineCsv.contains("balance,stratification,\"site=ICM,condition=HF\""));

    // The PDF: produced, with the descriptive label and page numbers on its pages.
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("baseline.pdf"));
    QVERIFY(BaselineReport::write(baseline.value(), context.value(), StatsFormat::Pdf, pdf).ok());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const ReportDocument document = BaselineReport::document(baseline.value(), context.value());
    const QString texts = document.pageTexts().value(0).texts.join(QLatin1Char('\n'));
    QVERIFY(texts.contains(StatsSupport::descriptiveNote()));
    QVERIFY(texts.contains(QStringLiteral("65.0 (7.1)")));

    const QString retention = out.filePath(QStringLiteral("retention.json"));
    auto retentionTable = RetentionReport::compute(*m_admin);
    QVERIFY(retentionTable.ok());
    QVERIFY(RetentionReport::write(retentionTable.value(), context.value(), StatsFormat::Json, retention).ok());
    QFile retentionFile(retention);
    QVERIFY(retentionFile.open(QIODevice::ReadOnly));
    const QJsonObject retentionJson = QJsonDocument::fromJson(retentionFile.readAll()).object();
    const QJsonObject m3 = retentionJson.value(QStringLiteral("visits")).toArray().at(1).toObject();
    QCOMPARE(m3.value(QStringLiteral("code")).toString(), QStringLiteral("M3"));
    QCOMPARE(m3.value(QStringLiteral("columns"))
                 .toObject()
                 .value(QStringLiteral("PP"))
                 .toObject()
                 .value(QStringLiteral("overdue"))
                 .toInt(),
             1);
}

void TestStatsReports::blindedRolesAreRefused()
{
    auto assessor = login(QStringLiteral("olga"), kUserPassword);
    QVERIFY(assessor);
    QCOMPARE(OutcomeReport::compute(*assessor).error().code, core::ErrorCode::PermissionDenied);
    QCOMPARE(BaselineReport::compute(*assessor).error().code, core::ErrorCode::PermissionDenied);
    QCOMPARE(RetentionReport::compute(*assessor).error().code, core::ErrorCode::PermissionDenied);
    QVERIFY(!OutcomeReport::compute(*assessor).error().message.isEmpty());
    auto statistician = login(QStringLiteral("stan"), kUserPassword);
    QVERIFY(statistician);
    QVERIFY(OutcomeReport::compute(*statistician).ok());
}

// The value counts read four index ranges and join them in memory: each rule the single SQL join
// used to apply must still hold. Adds, for participants of the scenario: a second instance and an
// intervention-only entry of PAM-13 at M3, a PAM-13 at an arm-specific visit, an empty value, and a
// value at M6 (a visit not asked for first).
void TestStatsReports::valueCountsKeepOnlyWhatCounts()
{
    const QString now = QStringLiteral("2026-11-01T09:00:00Z");
    QSqlQuery ids(m_admin->database());
    QVERIFY(ids.exec(QStringLiteral("SELECT p.id, p.study_id, v.id, v.visit_code FROM participants p JOIN visits v ON "
                                    "v.participant_id = p.id")));
    QHash<QString, qint64> participantOf, visitOf;
    while (ids.next()) {
        participantOf.insert(ids.value(1).toString(), ids.value(0).toLongLong());
        visitOf.insert(ids.value(1).toString() + QLatin1Char('/') + ids.value(3).toString(), ids.value(2).toLongLong());
    }
    const qint64 p1 = participantOf.value(QStringLiteral("ICM-001"));
    const qint64 u1 = participantOf.value(QStringLiteral("ICM-005"));
    QVERIFY(p1 > 0 && u1 > 0);
    auto addEntry = [&](qint64 participantId, qint64 visitId, int instance, int armSpecific, const QVariant &value,
                        const QVariant &missing) {
        sql(QStringLiteral("INSERT INTO form_entries (participant_id, visit_id, site_code, form_code, form_version, "
                           "instance, state, arm_specific, created_at, created_by, updated_at, updated_by) VALUES (?, "
                           "?, 'ICM', 'PAM13', 1, ?, 'complete', ?, ?, 'admin', ?, 'admin')"),
            { participantId, visitId, instance, armSpecific, now, now });
        sql(QStringLiteral("INSERT INTO item_values (entry_id, item_code, value, missing_code, updated_at, updated_by) "
                           "VALUES ((SELECT MAX(id) FROM form_entries), 'pam13_score', ?, ?, ?, 'admin')"),
            { value, missing, now });
    };
    const qint64 p1m3 = visitOf.value(QStringLiteral("ICM-001/M3"));
    const qint64 p1c1 = visitOf.value(QStringLiteral("ICM-001/PP_C1"));
    QVERIFY(p1m3 > 0 && p1c1 > 0);
    addEntry(p1, p1m3, 2, 0, QStringLiteral("11.0"), QVariant()); // second instance
    addEntry(p1, p1m3, 3, 1, QStringLiteral("12.0"), QVariant()); // intervention-only entry
    addEntry(p1, p1c1, 1, 0, QStringLiteral("13.0"), QVariant()); // at an arm-specific visit
    const qint64 u1m6
        = visit(u1, QStringLiteral("M6"), 7, QStringLiteral("completed"), false, QStringLiteral("2027-02-01"));
    addEntry(u1, u1m6, 1, 0, QStringLiteral("52.0"), QVariant()); // at M6
    const qint64 u1m12
        = visit(u1, QStringLiteral("M12"), 8, QStringLiteral("completed"), false, QStringLiteral("2027-08-01"));
    addEntry(u1, u1m12, 1, 0, QString(QLatin1String("")), QVariant()); // empty value
    QVERIFY(!QTest::currentTestFailed());

    auto counted = [&](const QStringList &visits) {
        auto cut = core::reporting::DataCut::open(*m_admin, core::reporting::CutPurpose::ByArmStatistics);
        if (!cut)
            return QStringList { cut.error().message };
        core::reporting::AnalysisRequest request;
        request.visitCodes = visits;
        request.formCodes = QStringList { QStringLiteral("PAM13") };
        request.itemCodes = QStringList { QStringLiteral("pam13_score") };
        auto counts = core::reporting::AnalysisData::read(cut.value(), request);
        QStringList cells;
        if (!counts)
            return QStringList { counts.error().message };
        for (const ValueCount &count : counts->values)
            cells.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                             .arg(count.arm, count.visitCode, count.formCode, count.itemCode, count.value)
                             .arg(count.count));
        cells.sort();
        return cells;
    };
    // At M3: the five first-instance, done entries of participants in the trial (P4's draft and
    // U3, randomized in error, left out), nothing of the entries added above.
    const QStringList atM3
        = { QStringLiteral("PP M3 PAM13 pam13_score 60.0 1"), QStringLiteral("PP M3 PAM13 pam13_score 62.0 1"),
            QStringLiteral("PP M3 PAM13 pam13_score 70.0 1"), QStringLiteral("UC M3 PAM13 pam13_score 50.0 1"),
            QStringLiteral("UC M3 PAM13 pam13_score 58.0 1") };
    QCOMPARE(counted({ QStringLiteral("M3") }), atM3);
    QStringList withM6 = atM3;
    withM6.append(QStringLiteral("UC M6 PAM13 pam13_score 52.0 1"));
    withM6.sort();
    QCOMPARE(counted({ QStringLiteral("M3"), QStringLiteral("M6"), QStringLiteral("M12"), QStringLiteral("PP_C1") }),
             withM6);
    // Two equal values of one arm at one visit are one cell counted twice.
    sql(QStringLiteral("UPDATE item_values SET value = '60.0' WHERE entry_id IN (SELECT id FROM form_entries WHERE "
                       "participant_id = ? AND visit_id = ?) AND item_code = 'pam13_score'"),
        { participantOf.value(QStringLiteral("ICM-002")), visitOf.value(QStringLiteral("ICM-002/M3")) });
    QVERIFY(counted({ QStringLiteral("M3") }).contains(QStringLiteral("PP M3 PAM13 pam13_score 60.0 2")));
    // An empty list matches nothing.
    QVERIFY(counted({}).isEmpty());
}

QTEST_MAIN(TestStatsReports)
#include "tst_stats_reports.moc"
