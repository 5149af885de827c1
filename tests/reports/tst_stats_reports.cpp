// Baseline (Table 1), balance, retention and outcome reports on a small scripted trial whose
// numbers are worked out by hand below. The trial is built as its users would build it, through the
// core services (enrollment, randomization, visits, form entry, participant status): no SQL here.
#include "core/data/FormEntryService.h"
#include "core/design/DesignService.h"
#include "core/enrollment/ParticipantService.h"
#include "core/reporting/AnalysisData.h"
#include "core/reporting/DataCut.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"
#include "reports/ReportContext.h"
#include "reports/stats/BaselineReport.h"
#include "reports/stats/OutcomeReport.h"
#include "reports/stats/RetentionReport.h"
#include "reports/stats/StatsSupport.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <cmath>

using namespace trialdesk;
using namespace trialdesk::reports;
using test::kUserPassword;

namespace {

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

template <typename T> QString messageOf(const core::Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

QString messageOf(const core::Status &status)
{
    return status.ok() ? QString() : status.error().message;
}

// Form answers by item code; "?code" is a missing-data code ("?refused").
forms::Answers answers(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    forms::Answers result;
    for (const auto &[item, text] : pairs) {
        const QString t = QString::fromUtf8(text);
        forms::Answer answer;
        if (t.startsWith(QLatin1Char('?')))
            answer.missingCode = t.mid(1);
        else
            answer.value = t;
        result.insert(QString::fromLatin1(item), answer);
    }
    return result;
}

// A complete DEMOGRAPHICS form: the age and sex of the scenario, and the other required items
// (not looked at by these tests).
forms::Answers demographics(const char *age, const char *sex)
{
    return answers({ { "age", age },
                     { "sex", sex },
                     { "gender", "?refused" },
                     { "language", "fr" },
                     { "education", "college" },
                     { "living", "partner" } });
}

QDate day(int year, int month, int dayOfMonth)
{
    return QDate(year, month, dayOfMonth);
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
    void valueCountsKeepOnlyWhatCounts(); // last: adds entries and an edit the other tests do not expect

private:
    // The study ID of a participant of the scenario ("P1" ... "U4").
    QString id(const QString &role) const { return m_studyIds.value(role); }
    void completeVisit(const QString &role, const QString &visit, const QDate &date);
    // Enters a form as the coordinator, complete (or as a draft); returns the entry id, 0 on failure.
    qint64 enter(const QString &role, const QString &visit, const QString &form, const forms::Answers &values,
                 bool complete = true);

    std::unique_ptr<test::TestWorkspace> m_workspace;
    std::unique_ptr<core::TrialSession> m_admin;
    std::unique_ptr<core::TrialSession> m_coordinator;
    QHash<QString, QString> m_studyIds; // scenario role -> study ID
};

void TestStatsReports::completeVisit(const QString &role, const QString &visit, const QDate &date)
{
    const core::Status completed = core::VisitService(*m_coordinator).complete(id(role), visit, date);
    QVERIFY2(completed.ok(), qPrintable(role + QLatin1Char(' ') + visit + QLatin1String(": ") + messageOf(completed)));
}

qint64 TestStatsReports::enter(const QString &role, const QString &visit, const QString &form,
                               const forms::Answers &values, bool complete)
{
    core::FormEntryService entries(*m_coordinator);
    const core::FormSlot slot { id(role), visit, form };
    auto saved = complete ? entries.complete(slot, values) : entries.saveDraft(slot, values);
    if (!saved) {
        qWarning("%s %s %s: %s", qPrintable(role), qPrintable(visit), qPrintable(form), qPrintable(messageOf(saved)));
        return 0;
    }
    return saved.value();
}

// The scenario (site ICM, arms PP then UC in the protocol), everyone randomized on Monday
// 21 September 2026; the reports are read on 12 January 2027 (10:00 at the site).
//   P1 PP HF  age 60 female, conditions heart_failure|hypertension; M3 on time,          PAM-13 60.0
//   P2 PP HF  age 70 male,   conditions hypertension (DEMOGRAPHICS verified, CONDITIONS locked by
//             the monitor);                                          M3 out of window,     PAM-13 70.0
//   P3 PP CAD no baseline forms at all (missing);                  M3 on time,          PAM-13 62.0
//   P4 PP CAD DEMOGRAPHICS only as a draft (age 65: not counted);  M3 never recorded: its window
//             closed on 2027-01-04 (overdue); a draft PAM-13 of 100 at M3 (not counted)
//   U1 UC HF  age 50 female, conditions diabetes;                  M3 on time,          PAM-13 50.0
//   U2 UC CAD age 56, sex "refused" missing code (sex then counts as missing);
//                                                                  M3 out of window,    PAM-13 58.0
//   U3 UC HF  randomized in error: age 99, M3 completed, PAM-13 99: left out everywhere.
//   U4 UC CAD randomized in error, nothing entered: left out everywhere.
// Every baseline visit is completed on the day of randomization (on time). P1 also completes its
// arm-specific PP_C1 contact (left out of retention).
//
// Who gets which arm comes from the trial's random seed. Before the first randomization the
// statistician saves a design with block multiples {2} only: every block is 4 long and holds 2 PP
// and 2 UC (1:1). Four participants are randomized in each stratum (HF, CAD), so each stratum is one
// complete block: exactly 2 PP and 2 UC, in an order the seed decides. The scenario's roles are
// given in the order participants land in each arm of each stratum: in HF the first PP is P1, the
// second P2, the first UC U1, the second U3; in CAD, P3, P4, U2 and U4.
void TestStatsReports::initTestCase()
{
    // 21 September 2026, 14:00 UTC = 10:00 in Montreal (after consent form 1.0's approval on 15 September).
    m_workspace = std::make_unique<test::TestWorkspace>(QDateTime(day(2026, 9, 21), QTime(14, 0), QTimeZone::utc()),
                                                        QStringLiteral("Stats trial"));
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    m_admin = m_workspace->admin();
    QVERIFY(m_admin);
    m_coordinator
        = m_workspace->addUserAndSignIn(QStringLiteral("cora"), core::Role::Coordinator, QStringLiteral("ICM"));
    auto monitor = m_workspace->addUserAndSignIn(QStringLiteral("mona"), core::Role::Monitor);
    auto statistician
        = m_workspace->addUserAndSignIn(QStringLiteral("stan"), core::Role::Statistician, QStringLiteral("ICM"));
    QVERIFY(m_coordinator && monitor && statistician);
    QVERIFY(m_workspace->addUser(QStringLiteral("olga"), core::Role::OutcomeAssessor, QStringLiteral("ICM")).ok());

    // Blocks of 4 only (see above).
    core::DesignService design(*statistician);
    auto stored = design.full();
    QVERIFY2(stored.ok(), qPrintable(messageOf(stored)));
    QVERIFY(!stored->locked);
    randomization::Design blocksOfFour = stored->design;
    blocksOfFour.multiples = { 2 };
    const core::Status saved
        = design.update(blocksOfFour, false, QStringLiteral("Blocks of 4 for the hand-worked report scenario"));
    QVERIFY2(saved.ok(), qPrintable(messageOf(saved)));

    // Eight participants, HF and CAD in turn; roles by order of arrival in each arm of each stratum.
    const QDate randomizedOn = day(2026, 9, 21);
    const QHash<QString, QStringList> rolesOf {
        { QStringLiteral("HF/PP"), { QStringLiteral("P1"), QStringLiteral("P2") } },
        { QStringLiteral("HF/UC"), { QStringLiteral("U1"), QStringLiteral("U3") } },
        { QStringLiteral("CAD/PP"), { QStringLiteral("P3"), QStringLiteral("P4") } },
        { QStringLiteral("CAD/UC"), { QStringLiteral("U2"), QStringLiteral("U4") } },
    };
    QHash<QString, int> landed; // "HF/PP" -> participants so far
    for (int i = 0; i < 8; ++i) {
        const QString condition = i % 2 == 0 ? QStringLiteral("HF") : QStringLiteral("CAD");
        auto outcome = test::randomizeEligible(*m_coordinator, randomizedOn, QStringLiteral("ICM"), condition);
        QVERIFY2(outcome.ok(), qPrintable(messageOf(outcome)));
        const QString key = condition + QLatin1Char('/') + outcome->armCode;
        const int n = landed[key]++;
        // More than 2 of an arm in a stratum: the design of blocks of 4 was not used.
        QVERIFY2(n < 2, qPrintable(QStringLiteral("a third %1 participant").arg(key)));
        m_studyIds.insert(rolesOf.value(key).at(n), outcome->studyId);
    }
    QCOMPARE(m_studyIds.size(), 8);

    // The visits were planned at randomization. M3: 21 September + 91 days = Monday 21 December
    // 2026, a working day; window 14 days either side: 7 December 2026 to 4 January 2027.
    auto timeline = core::VisitService(*m_coordinator).timeline(id(QStringLiteral("P1")));
    QVERIFY2(timeline.ok(), qPrintable(messageOf(timeline)));
    bool sawM3 = false;
    for (const core::VisitRow &visit : timeline.value()) {
        if (visit.visitCode != QLatin1String("M3"))
            continue;
        sawM3 = true;
        QCOMPARE(visit.targetDate, day(2026, 12, 21));
        QCOMPARE(visit.windowStart, day(2026, 12, 7));
        QCOMPARE(visit.windowEnd, day(2027, 1, 4));
    }
    QVERIFY(sawM3);

    // Baseline, on the day of randomization (window 21 to 28 September: on time), for everyone.
    for (auto it = m_studyIds.cbegin(); it != m_studyIds.cend(); ++it)
        completeVisit(it.key(), QStringLiteral("BASELINE"), randomizedOn);
    QVERIFY(!QTest::currentTestFailed());

    const QString baseline = QStringLiteral("BASELINE");
    const QString demographicsForm = QStringLiteral("DEMOGRAPHICS");
    const QString conditionsForm = QStringLiteral("CONDITIONS");
    QVERIFY(enter(QStringLiteral("P1"), baseline, demographicsForm, demographics("60", "female")));
    QVERIFY(enter(QStringLiteral("P1"), baseline, conditionsForm,
                  answers({ { "conditions", "heart_failure|hypertension" } })));
    const qint64 p2Demographics = enter(QStringLiteral("P2"), baseline, demographicsForm, demographics("70", "male"));
    const qint64 p2Conditions
        = enter(QStringLiteral("P2"), baseline, conditionsForm, answers({ { "conditions", "hypertension" } }));
    QVERIFY(p2Demographics && p2Conditions);
    core::FormEntryService monitoring(*monitor);
    const core::Status verified = monitoring.verify(p2Demographics);
    QVERIFY2(verified.ok(), qPrintable(messageOf(verified)));
    const core::Status locked = monitoring.lock(p2Conditions);
    QVERIFY2(locked.ok(), qPrintable(messageOf(locked)));
    QVERIFY(enter(QStringLiteral("P4"), baseline, demographicsForm, answers({ { "age", "65" } }), false));
    QVERIFY(enter(QStringLiteral("U1"), baseline, demographicsForm, demographics("50", "female")));
    QVERIFY(enter(QStringLiteral("U1"), baseline, conditionsForm, answers({ { "conditions", "diabetes" } })));
    QVERIFY(enter(QStringLiteral("U2"), baseline, demographicsForm, demographics("56", "?refused")));
    QVERIFY(enter(QStringLiteral("U3"), baseline, demographicsForm, demographics("99", "male")));

    // P1's first monthly contact: 21 September + 30 days = Wednesday 21 October.
    m_workspace->clock().set(QDateTime(day(2026, 10, 21), QTime(14, 0), QTimeZone::utc()));
    completeVisit(QStringLiteral("P1"), QStringLiteral("PP_C1"), day(2026, 10, 21));

    // The data cut: Tuesday 12 January 2027, 15:00 UTC = 10:00 in Montreal. M3 visits: on time on
    // their target day (21 December), out of window after the window closed (8 January) or before
    // it opened (30 November). P4's M3 stays planned, its window closed on 4 January: overdue.
    m_workspace->clock().set(QDateTime(day(2027, 1, 12), QTime(15, 0), QTimeZone::utc()));
    const QString m3 = QStringLiteral("M3");
    const QString pam13 = QStringLiteral("PAM13");
    completeVisit(QStringLiteral("P1"), m3, day(2026, 12, 21));
    completeVisit(QStringLiteral("P2"), m3, day(2027, 1, 8));
    completeVisit(QStringLiteral("P3"), m3, day(2026, 12, 21));
    completeVisit(QStringLiteral("U1"), m3, day(2026, 12, 21));
    completeVisit(QStringLiteral("U2"), m3, day(2026, 11, 30));
    completeVisit(QStringLiteral("U3"), m3, day(2026, 12, 21));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(enter(QStringLiteral("P1"), m3, pam13, answers({ { "pam13_score", "60.0" } })));
    QVERIFY(enter(QStringLiteral("P2"), m3, pam13, answers({ { "pam13_score", "70.0" } })));
    QVERIFY(enter(QStringLiteral("P3"), m3, pam13, answers({ { "pam13_score", "62.0" } })));
    QVERIFY(enter(QStringLiteral("P4"), m3, pam13, answers({ { "pam13_score", "100.0" } }), false));
    QVERIFY(enter(QStringLiteral("U1"), m3, pam13, answers({ { "pam13_score", "50.0" } })));
    QVERIFY(enter(QStringLiteral("U2"), m3, pam13, answers({ { "pam13_score", "58.0" } })));
    QVERIFY(enter(QStringLiteral("U3"), m3, pam13, answers({ { "pam13_score", "99.0" } })));

    // U3 and U4 turn out to have been randomized in error (their visits left are cancelled).
    core::ParticipantService participants(*m_coordinator);
    for (const QString &role : { QStringLiteral("U3"), QStringLiteral("U4") }) {
        const core::Status marked
            = participants.markRandomizedInError(id(role), QStringLiteral("ineligible"), kUserPassword);
        QVERIFY2(marked.ok(), qPrintable(role + QLatin1String(": ") + messageOf(marked)));
    }
}

void TestStatsReports::tableOneByHand()
{
    auto table = BaselineReport::compute(*m_admin);
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table->arms.size(), 2);
    QCOMPARE(table->arms[0].code, QStringLiteral("PP"));
    QCOMPARE(table->arms[0].participants, qint64(4));
    QCOMPARE(table->arms[1].participants, qint64(2)); // U3 and U4 randomized in error
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
    QCOMPARE(baseline.cells[1].planned, qint64(2)); // U3 and U4 left out
    QCOMPARE(baseline.cells[1].onTime, qint64(2));
    // M3: PP 4 planned: 2 on time, 1 out of window, 1 overdue (window closed 2027-01-04 < 2027-01-12);
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
    // M6 (window 8 March to 5 April 2027) was planned for each of the 6 at randomization and is not
    // due yet: 6 pending, none due.
    const RetentionRow &m6 = table->rows[2];
    QCOMPARE(m6.cells[2].planned, qint64(6));
    QCOMPARE(m6.cells[2].pending, qint64(6));
    QCOMPARE(m6.cells[2].due(), qint64(0));
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
    auto assessor = m_workspace->signIn(QStringLiteral("olga"));
    QVERIFY(assessor);
    QCOMPARE(OutcomeReport::compute(*assessor).error().code, core::ErrorCode::PermissionDenied);
    QCOMPARE(BaselineReport::compute(*assessor).error().code, core::ErrorCode::PermissionDenied);
    QCOMPARE(RetentionReport::compute(*assessor).error().code, core::ErrorCode::PermissionDenied);
    QVERIFY(!OutcomeReport::compute(*assessor).error().message.isEmpty());
    auto statistician = m_workspace->signIn(QStringLiteral("stan"));
    QVERIFY(statistician);
    QVERIFY(OutcomeReport::compute(*statistician).ok());
}

// The value counts read four index ranges and join them in memory: each rule the single SQL join
// used to apply must still hold for what a user can enter. Adds, for participants of the scenario:
// a complete contact form at P1's arm-specific PP_C1 visit (intervention-only), a PAM-13 at U1's M6
// (a visit not asked for first), a PAM-13 at U1's M12 recorded as "not done" (no value), and an edit
// of P2's M3 score from 70.0 to 60.0, with its reason.
void TestStatsReports::valueCountsKeepOnlyWhatCounts()
{
    const qint64 contact = enter(QStringLiteral("P1"), QStringLiteral("PP_C1"), QStringLiteral("PP_CONTACT"),
                                 answers({ { "contact_date", "2026-10-21" },
                                           { "contact_mode", "phone" },
                                           { "contact_duration", "30" },
                                           { "contact_topics", "disease" } }));
    QVERIFY(contact);
    QVERIFY(enter(QStringLiteral("U1"), QStringLiteral("M6"), QStringLiteral("PAM13"),
                  answers({ { "pam13_score", "52.0" } })));
    QVERIFY(enter(QStringLiteral("U1"), QStringLiteral("M12"), QStringLiteral("PAM13"),
                  answers({ { "pam13_score", "?not_done" } })));

    auto counted = [&](const QStringList &visits, const QString &form = QStringLiteral("PAM13"),
                       const QString &item = QStringLiteral("pam13_score")) {
        auto cut = core::reporting::DataCut::open(*m_admin, core::reporting::CutPurpose::ByArmStatistics);
        if (!cut)
            return QStringList { cut.error().message };
        core::reporting::AnalysisRequest request;
        request.visitCodes = visits;
        request.formCodes = QStringList { form };
        request.itemCodes = QStringList { item };
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
    // At M3: the five done entries of participants in the trial (P4's draft and U3, randomized in
    // error, left out).
    const QStringList atM3
        = { QStringLiteral("PP M3 PAM13 pam13_score 60.0 1"), QStringLiteral("PP M3 PAM13 pam13_score 62.0 1"),
            QStringLiteral("PP M3 PAM13 pam13_score 70.0 1"), QStringLiteral("UC M3 PAM13 pam13_score 50.0 1"),
            QStringLiteral("UC M3 PAM13 pam13_score 58.0 1") };
    QCOMPARE(counted({ QStringLiteral("M3") }), atM3);
    // Adding M6, M12 and PP_C1: U1's 52.0 at M6; nothing for M12 (no value, only "not done").
    QStringList withM6 = atM3;
    withM6.append(QStringLiteral("UC M6 PAM13 pam13_score 52.0 1"));
    withM6.sort();
    QCOMPARE(counted({ QStringLiteral("M3"), QStringLiteral("M6"), QStringLiteral("M12"), QStringLiteral("PP_C1") }),
             withM6);
    // The contact is stored, complete, with its 30 minutes; an intervention-only entry at an
    // arm-specific visit is never counted, even when its visit, form and item are asked for.
    auto stored = core::FormEntryService(*m_coordinator).entry(contact);
    QVERIFY2(stored.ok(), qPrintable(messageOf(stored)));
    QCOMPARE(stored->state, core::FormEntryState::Complete);
    QCOMPARE(stored->answers.value(QStringLiteral("contact_duration")).value, QStringLiteral("30"));
    QVERIFY(stored->armSpecific);
    QCOMPARE(counted({ QStringLiteral("PP_C1") }, QStringLiteral("PP_CONTACT"), QStringLiteral("contact_duration")),
             QStringList());
    // Two equal values of one arm at one visit are one cell counted twice: P2's M3 score corrected
    // from 70.0 to 60.0 (P1's value) gives "60.0" twice and no 70.0.
    core::FormEntryService entries(*m_coordinator);
    auto p2m3
        = entries.findEntry(core::FormSlot { id(QStringLiteral("P2")), QStringLiteral("M3"), QStringLiteral("PAM13") });
    QVERIFY2(p2m3.ok(), qPrintable(messageOf(p2m3)));
    const core::Status edited = entries.edit(p2m3->id, answers({ { "pam13_score", "60.0" } }),
                                             QStringLiteral("transcription error: 60.0 on the source document"));
    QVERIFY2(edited.ok(), qPrintable(messageOf(edited)));
    const QStringList afterEdit = counted({ QStringLiteral("M3") });
    QVERIFY(afterEdit.contains(QStringLiteral("PP M3 PAM13 pam13_score 60.0 2")));
    QVERIFY(!afterEdit.contains(QStringLiteral("PP M3 PAM13 pam13_score 70.0 1")));
    // An empty list matches nothing.
    QVERIFY(counted({}).isEmpty());
}

QTEST_MAIN(TestStatsReports)
#include "tst_stats_reports.moc"
