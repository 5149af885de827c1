#include "core/audit/AuditTrail.h"
#include "core/data/DataQueryService.h"
#include "core/data/FormDefinitionService.h"
#include "core/data/FormEntryService.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/services/SiteService.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "forms/BundledForms.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

using namespace trialdesk;
using namespace trialdesk::core;
using forms::Answer;
using forms::Answers;

namespace {
using test::kUserPassword;

using trialdesk::test::eligibleScreening;

Answer value(const QString &text)
{
    return Answer { text, QString() };
}

Answer missing(const QString &code)
{
    return Answer { QString(), code };
}

// Answers from "item=value" pairs; "item=?code" is a missing-data code.
Answers answers(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    Answers result;
    for (const auto &[item, text] : pairs) {
        const QString t = QString::fromUtf8(text);
        result.insert(QString::fromLatin1(item), t.startsWith(QLatin1Char('?')) ? missing(t.mid(1)) : value(t));
    }
    return result;
}

Answers phq9(const QList<int> &scores)
{
    Answers result;
    for (int i = 0; i < scores.size(); ++i)
        result.insert(QStringLiteral("phq9_%1").arg(i + 1), value(QString::number(scores.at(i))));
    return result;
}

Answers gad7(const QList<int> &scores)
{
    Answers result;
    for (int i = 0; i < scores.size(); ++i)
        result.insert(QStringLiteral("gad7_%1").arg(i + 1), value(QString::number(scores.at(i))));
    return result;
}

QString message(const Status &status)
{
    return status.ok() ? QString() : status.error().message;
}

template <typename T> QString message(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

// The error of a refusal; a success shows as an error no test expects, so that it fails the comparison.
Error errorOf(const Status &status)
{
    return status.ok() ? Error { ErrorCode::Cancelled, QStringLiteral("(succeeded)") } : status.error();
}

template <typename T> Error errorOf(const Result<T> &result)
{
    return result.ok() ? Error { ErrorCode::Cancelled, QStringLiteral("(succeeded)") } : result.error();
}

bool hasProblem(const QList<forms::ItemProblem> &problems, const QString &item)
{
    for (const forms::ItemProblem &problem : problems)
        if (problem.itemCode == item && !problem.message.isEmpty())
            return true;
    return false;
}
} // namespace

class TestFormData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void definitionsInstalledOnceAndAudited();
    void everyItemTypeRoundTrips();
    void completeEnforcesValidation();
    void refusedSavesWriteNothing();
    void scoresStoredOnComplete();
    void editWithReasonIsAudited();
    void statesVerifyLockUnlock();
    void unscheduledInstances();
    void expectedFormsFollowTheSchedule();
    void queryLifecycle();
    void referencesParse();
    void permissionsAndSites();
    void blindedAssessorNeverSeesTheIntervention();

private:
    qint64 scalar(const QString &sql, std::initializer_list<QVariant> values = {});
    // Every row that a save could write, to prove refusals write nothing.
    QList<qint64> footprint();
    QString randomizeNew();

    std::unique_ptr<test::TestWorkspace> m_workspace;
    test::TestWorkspace::Team m_team;
    std::unique_ptr<TrialSession> m_otherSite;
    QString m_usual; // a participant in the usual care arm
    QString m_partner; // a participant in the patient-partner arm
    QString m_spare; // another participant, for state tests
};

qint64 TestFormData::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    auto query = exec(m_team.admin->database(), sql, values);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

QList<qint64> TestFormData::footprint()
{
    return { scalar(QStringLiteral("SELECT COUNT(*) FROM form_entries")),
             scalar(QStringLiteral("SELECT COUNT(*) FROM item_values")),
             scalar(QStringLiteral("SELECT COUNT(*) FROM form_definitions")),
             scalar(QStringLiteral("SELECT COUNT(*) FROM data_queries")),
             scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) };
}

QString TestFormData::randomizeNew()
{
    const QDate today = m_workspace->clock().nowUtc().date();
    EnrollmentInput input;
    input.strata.insert(QStringLiteral("condition"), QStringLiteral("HF"));
    input.consent = { QStringLiteral("1.0"), today, QString() };
    auto registered = EnrollmentService(*m_team.coordinator).enroll(eligibleScreening(today), input);
    if (!registered)
        return {};
    auto outcome = RandomizationService(*m_team.coordinator).randomize(registered->studyId, kUserPassword);
    if (!outcome)
        return {};
    if (outcome->armCode == QLatin1String("PP") && m_partner.isEmpty())
        m_partner = registered->studyId;
    else if (outcome->armCode == QLatin1String("UC") && m_usual.isEmpty())
        m_usual = registered->studyId;
    return registered->studyId;
}

void TestFormData::initTestCase()
{
    m_workspace = std::make_unique<test::TestWorkspace>();
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    m_team = m_workspace->team({ Role::Coordinator, Role::OutcomeAssessor, Role::Monitor, Role::Statistician });
    QVERIFY(m_team.ok);
    QVERIFY(SiteService(*m_team.admin)
                .add({ QStringLiteral("CHUS"), QStringLiteral("CHU de Sherbrooke"), QStringLiteral("Sherbrooke"),
                       QStringLiteral("America/Toronto"), true })
                .ok());
    m_otherSite = m_workspace->addUserAndSignIn(QStringLiteral("chus"), Role::Coordinator, QStringLiteral("CHUS"));
    QVERIFY(m_otherSite);
    for (int i = 0; i < 40 && (m_usual.isEmpty() || m_partner.isEmpty() || m_spare.isEmpty()); ++i) {
        const QString studyId = randomizeNew();
        QVERIFY(!studyId.isEmpty());
        if (studyId != m_usual && studyId != m_partner && m_spare.isEmpty())
            m_spare = studyId;
    }
    QVERIFY(!m_usual.isEmpty() && !m_partner.isEmpty() && !m_spare.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM visits v JOIN participants p ON p.id = v.participant_id "
                                   "WHERE p.study_id = ? AND v.visit_code = 'PP_FIRST'"),
                    { m_partner }),
             1);
}

void TestFormData::definitionsInstalledOnceAndAudited()
{
    const QList<forms::FormDefinition> bundled = forms::BundledForms::all();
    QVERIFY(bundled.size() >= 12);
    // A blinded role installs nothing intervention-only.
    auto blindedInstall = FormDefinitionService(*m_team.assessor).installBundledDefinitions();
    QVERIFY2(blindedInstall.ok(), qPrintable(message(blindedInstall)));
    QCOMPARE(blindedInstall.value(), bundled.size() - 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM form_definitions WHERE code = 'PP_CONTACT'")), 0);
    auto installed = FormDefinitionService(*m_team.admin).installBundledDefinitions();
    QVERIFY2(installed.ok(), qPrintable(message(installed)));
    QCOMPARE(installed.value(), 1);
    auto again = FormDefinitionService(*m_team.admin).installBundledDefinitions();
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM form_definitions")), bundled.size());
    for (const forms::FormDefinition &definition : bundled) {
        auto stored
            = exec(m_team.admin->database(),
                   QStringLiteral("SELECT definition, sha256 FROM form_definitions WHERE code = ? AND version = ?"),
                   { definition.code, definition.version });
        QVERIFY(stored && stored->next());
        QCOMPARE(stored->value(0).toString().toUtf8(), definition.json);
        QCOMPARE(stored->value(1).toString().toLatin1(),
                 QCryptographicHash::hash(definition.json, QCryptographicHash::Sha256).toHex());
    }
    AuditTrail::Filter filter;
    filter.action = QStringLiteral("form.definition.install");
    QCOMPARE(AuditTrail::count(m_team.admin->database(), filter).value(), bundled.size());
    // A changed text under the same version is refused.
    QVERIFY(
        exec(m_team.admin->database(), QStringLiteral("UPDATE form_definitions SET sha256 = 'x' WHERE code = 'HCU'")));
    QCOMPARE(errorOf(FormDefinitionService(*m_team.admin).installBundledDefinitions()).code, ErrorCode::Conflict);
    const QByteArray hcu = forms::BundledForms::find(QStringLiteral("HCU"))->json;
    QVERIFY(exec(m_team.admin->database(), QStringLiteral("UPDATE form_definitions SET sha256 = ? WHERE code = 'HCU'"),
                 { QString::fromLatin1(QCryptographicHash::hash(hcu, QCryptographicHash::Sha256).toHex()) }));
    // Read back from the table.
    auto definition = FormDefinitionService(*m_team.coordinator).definition(QStringLiteral("phq9"));
    QVERIFY2(definition.ok(), qPrintable(message(definition)));
    QCOMPARE(definition->code, QStringLiteral("PHQ9"));
    QCOMPARE(definition->json, forms::BundledForms::find(QStringLiteral("PHQ9"))->json);
}

void TestFormData::everyItemTypeRoundTrips()
{
    struct Case
    {
        FormSlot slot;
        Answers input;
        Answers canonical;
    };
    const QList<Case> cases = {
        // integer (with a sign and zeros), single choice, text under a show-if, a missing-data code
        { { m_usual, QStringLiteral("BASELINE"), QStringLiteral("DEMOGRAPHICS") },
          answers({ { "age", "+067" },
                    { "sex", "female" },
                    { "gender", "other" },
                    { "gender_other", "  Bispirituel·le « deux-esprits »  " },
                    { "education", "?refused" } }),
          answers({ { "age", "67" },
                    { "sex", "female" },
                    { "gender", "other" },
                    { "gender_other", "Bispirituel·le « deux-esprits »" },
                    { "education", "?refused" } }) },
        // decimal at its precision, integer, missing code
        { { m_usual, QStringLiteral("BASELINE"), QStringLiteral("EQ5D5L") },
          answers({ { "eq5d_index", "0.85" }, { "eq5d_vas", "?not_done" } }),
          answers({ { "eq5d_index", "0.850" }, { "eq5d_vas", "?not_done" } }) },
        // scale
        { { m_usual, QStringLiteral("BASELINE"), QStringLiteral("SEMCD6") },
          answers({ { "semcd6_1", "10" }, { "semcd6_2", "1" } }),
          answers({ { "semcd6_1", "10" }, { "semcd6_2", "1" } }) },
        // multiple choice (definition order), computed count
        { { m_usual, QStringLiteral("BASELINE"), QStringLiteral("CONDITIONS") },
          answers({ { "conditions", "diabetes|heart_failure" } }),
          answers({ { "conditions", "heart_failure|diabetes" }, { "comorbidity_count", "2" } }) },
        // date, yes/no, text, single choice with a missing code (unscheduled, repeating)
        { { m_usual, QString(), QStringLiteral("AE") },
          answers({ { "ae_onset_date", "2026-11-20" },
                    { "ae_description", "Chute à domicile; \"vertiges\"\nligne 2" },
                    { "ae_serious", "0" },
                    { "ae_outcome", "?unknown" } }),
          answers({ { "ae_onset_date", "2026-11-20" },
                    { "ae_description", "Chute à domicile; \"vertiges\"\nligne 2" },
                    { "ae_serious", "0" },
                    { "ae_outcome", "?unknown" } }) },
    };
    QSet<forms::ItemType> types;
    for (const Case &c : cases) {
        auto saved = FormEntryService(*m_team.coordinator).saveDraft(c.slot, c.input);
        QVERIFY2(saved.ok(), qPrintable(c.slot.formCode + QStringLiteral(": ") + message(saved)));
        auto entry = FormEntryService(*m_team.coordinator).entry(saved.value());
        QVERIFY2(entry.ok(), qPrintable(message(entry)));
        QCOMPARE(entry->state, FormEntryState::Draft);
        QCOMPARE(entry->answers, c.canonical);
        QCOMPARE(entry->formVersion, forms::BundledForms::find(c.slot.formCode)->version);
        // The rows themselves hold the canonical text (value or missing code, never both).
        auto rows = exec(m_team.admin->database(),
                         QStringLiteral("SELECT item_code, value, missing_code FROM item_values WHERE entry_id = ?"),
                         { saved.value() });
        QVERIFY(rows.ok());
        int count = 0;
        while (rows->next()) {
            ++count;
            const Answer expected = c.canonical.value(rows->value(0).toString());
            QCOMPARE(rows->value(1).isNull(), expected.value.isEmpty());
            QCOMPARE(rows->value(1).toString(), expected.value);
            QCOMPARE(rows->value(2).toString(), expected.missingCode);
        }
        QCOMPARE(count, c.canonical.size());
        // Writing back what was read changes nothing: the canonical text is stable.
        const Status rewritten = FormEntryService(*m_team.coordinator).edit(saved.value(), entry->answers, QString());
        QCOMPARE(errorOf(rewritten).code, ErrorCode::InvalidInput);
        QVERIFY(errorOf(rewritten).message.contains(QStringLiteral("Nothing changed")));
        const forms::FormDefinition *definition = forms::BundledForms::find(c.slot.formCode);
        for (auto it = c.canonical.cbegin(); it != c.canonical.cend(); ++it)
            if (it.value().hasValue())
                types.insert(definition->item(it.key())->type);
    }
    // PHQ-9 completes the set with its computed total (see scoresStoredOnComplete for the values).
    auto phq = FormEntryService(*m_team.coordinator)
                   .complete({ m_usual, QStringLiteral("BASELINE"), QStringLiteral("PHQ9") },
                             phq9({ 0, 0, 0, 0, 0, 0, 0, 0, 0 }));
    QVERIFY2(phq.ok(), qPrintable(message(phq)));
    types.insert(forms::ItemType::Computed);
    const QList<forms::ItemType> all
        = { forms::ItemType::Integer,        forms::ItemType::Decimal, forms::ItemType::Text,
            forms::ItemType::Date,           forms::ItemType::YesNo,   forms::ItemType::SingleChoice,
            forms::ItemType::MultipleChoice, forms::ItemType::Scale,   forms::ItemType::Computed };
    for (forms::ItemType type : all)
        QVERIFY2(types.contains(type), qPrintable(forms::itemTypeName(type)));
}

void TestFormData::completeEnforcesValidation()
{
    const FormSlot hcu { m_usual, QStringLiteral("BASELINE"), QStringLiteral("HCU") };
    QList<forms::ItemProblem> problems;
    // required
    auto refused = FormEntryService(*m_team.coordinator)
                       .complete(hcu, answers({ { "ed_visits", "1" }, { "hospitalizations", "0" } }), &problems);
    QCOMPARE(errorOf(refused).code, ErrorCode::InvalidInput);
    QVERIFY(hasProblem(problems, QStringLiteral("hospital_days")));
    QVERIFY(errorOf(refused).message.contains(QStringLiteral("hospital_days")));
    // a draft may leave it empty
    auto draft = FormEntryService(*m_team.coordinator)
                     .saveDraft(hcu, answers({ { "ed_visits", "1" }, { "hospitalizations", "0" } }), &problems);
    QVERIFY2(draft.ok(), qPrintable(message(draft)));
    QVERIFY(problems.isEmpty());
    // range, even in a draft
    QCOMPARE(
        errorOf(FormEntryService(*m_team.coordinator).saveDraft(hcu, answers({ { "ed_visits", "101" } }), &problems))
            .code,
        ErrorCode::InvalidInput);
    QVERIFY(hasProblem(problems, QStringLiteral("ed_visits")));
    // a missing-data code the item does not allow
    QCOMPARE(
        errorOf(FormEntryService(*m_team.coordinator)
                    .complete(
                        hcu,
                        answers({ { "ed_visits", "?refused" }, { "hospitalizations", "0" }, { "hospital_days", "0" } }),
                        &problems))
            .code,
        ErrorCode::InvalidInput);
    QVERIFY(hasProblem(problems, QStringLiteral("ed_visits")));
    // a rule between items
    QCOMPARE(
        errorOf(FormEntryService(*m_team.coordinator)
                    .complete(hcu,
                              answers({ { "ed_visits", "0" }, { "hospitalizations", "0" }, { "hospital_days", "3" } }),
                              &problems))
            .code,
        ErrorCode::InvalidInput);
    QVERIFY(hasProblem(problems, QStringLiteral("hospital_days")));
    // an unknown item, a value of the wrong type
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator)
                         .saveDraft(hcu, answers({ { "ed_visits", "two" }, { "nope", "1" } }), &problems))
                 .code,
             ErrorCode::InvalidInput);
    QVERIFY(hasProblem(problems, QStringLiteral("ed_visits")));
    QVERIFY(hasProblem(problems, QStringLiteral("nope")));
    // show-if: item 10 of the PHQ-9 is asked only when some item is above 0
    const FormSlot phqM3 { m_usual, QStringLiteral("M3"), QStringLiteral("PHQ9") };
    Answers zeros = phq9({ 0, 0, 0, 0, 0, 0, 0, 0, 0 });
    zeros.insert(QStringLiteral("phq9_10"), value(QStringLiteral("1")));
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator).complete(phqM3, zeros, &problems)).code,
             ErrorCode::InvalidInput);
    QVERIFY(hasProblem(problems, QStringLiteral("phq9_10")));
    Answers some = phq9({ 1, 0, 0, 0, 0, 0, 0, 0, 0 });
    some.insert(QStringLiteral("phq9_10"), missing(QStringLiteral("refused")));
    auto done = FormEntryService(*m_team.coordinator).complete(phqM3, some, &problems);
    QVERIFY2(done.ok(), qPrintable(message(done)));
    // a missing code the item allows completes the form, and is stored as such
    auto completed
        = FormEntryService(*m_team.coordinator)
              .complete(
                  hcu, answers({ { "ed_visits", "?unknown" }, { "hospitalizations", "1" }, { "hospital_days", "4" } }));
    QVERIFY2(completed.ok(), qPrintable(message(completed)));
    QCOMPARE(completed.value(), draft.value());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM item_values WHERE entry_id = ? AND item_code = 'ed_visits' "
                                   "AND value IS NULL AND missing_code = 'unknown'"),
                    { completed.value() }),
             1);
    QCOMPARE(FormEntryService(*m_team.coordinator).entry(completed.value())->state, FormEntryState::Complete);
}

void TestFormData::refusedSavesWriteNothing()
{
    const QList<qint64> before = footprint();
    // invalid values for a form at a visit, an unscheduled form, a second instance of a single form
    QVERIFY(!FormEntryService(*m_team.coordinator)
                 .complete({ m_spare, QStringLiteral("BASELINE"), QStringLiteral("GAD7") }, gad7({ 1, 2, 3 }))
                 .ok());
    QVERIFY(!FormEntryService(*m_team.coordinator)
                 .saveDraft({ m_spare, QString(), QStringLiteral("EOS") }, answers({ { "eos_date", "2026-13-01" } }))
                 .ok());
    // forms in the wrong place, unknown codes, wrong role
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator)
                         .saveDraft({ m_spare, QStringLiteral("BASELINE"), QStringLiteral("AE") }, {}))
                 .code,
             ErrorCode::InvalidInput);
    QCOMPARE(
        errorOf(FormEntryService(*m_team.coordinator).saveDraft({ m_spare, QString(), QStringLiteral("PHQ9") }, {}))
            .code,
        ErrorCode::InvalidInput);
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator)
                         .saveDraft({ m_spare, QStringLiteral("M99"), QStringLiteral("PHQ9") }, {}))
                 .code,
             ErrorCode::NotFound);
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator)
                         .saveDraft({ m_spare, QStringLiteral("M3"), QStringLiteral("NOPE") }, {}))
                 .code,
             ErrorCode::NotFound);
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator)
                         .saveDraft({ QStringLiteral("ICM-9999"), QStringLiteral("M3"), QStringLiteral("PHQ9") }, {}))
                 .code,
             ErrorCode::NotFound);
    QCOMPARE(errorOf(FormEntryService(*m_team.monitor)
                         .saveDraft({ m_spare, QStringLiteral("M3"), QStringLiteral("PHQ9") }, phq9({ 1 })))
                 .code,
             ErrorCode::PermissionDenied);
    QCOMPARE(footprint(), before);
}

void TestFormData::scoresStoredOnComplete()
{
    struct Case
    {
        QString visit;
        QList<int> scores;
        QString total;
        QString severity;
    };
    // Hand-worked: 1+2+3+0+1+2+3+0+1 = 13 (moderate, 10-14); all 3 = 27 (severe, 20-27); 4 (minimal, 0-4).
    const QList<Case> phq
        = { { QStringLiteral("M6"), { 1, 2, 3, 0, 1, 2, 3, 0, 1 }, QStringLiteral("13"), QStringLiteral("moderate") },
            { QStringLiteral("M12"), { 3, 3, 3, 3, 3, 3, 3, 3, 3 }, QStringLiteral("27"), QStringLiteral("severe") } };
    for (const Case &c : phq) {
        Answers input = phq9(c.scores);
        input.insert(QStringLiteral("phq9_10"), value(QStringLiteral("2")));
        auto saved
            = FormEntryService(*m_team.coordinator).complete({ m_usual, c.visit, QStringLiteral("PHQ9") }, input);
        QVERIFY2(saved.ok(), qPrintable(message(saved)));
        QCOMPARE(scalar(QStringLiteral("SELECT value FROM item_values WHERE entry_id = ? AND item_code = 'phq9_total'"),
                        { saved.value() }),
                 c.total.toLongLong());
        auto severity = exec(m_team.admin->database(),
                             QStringLiteral("SELECT value FROM item_values WHERE entry_id = ? AND item_code = "
                                            "'phq9_severity'"),
                             { saved.value() });
        QVERIFY(severity && severity->next());
        QCOMPARE(severity->value(0).toString(), c.severity);
    }
    // GAD-7: 2+2+2+2+2+2+2 = 14 (moderate, 10-14); 3*7 = 21 (severe, 15-21); 1+0+...= 5 (mild, 5-9).
    const QList<Case> gad
        = { { QStringLiteral("BASELINE"), { 2, 2, 2, 2, 2, 2, 2 }, QStringLiteral("14"), QStringLiteral("moderate") },
            { QStringLiteral("M3"), { 3, 3, 3, 3, 3, 3, 3 }, QStringLiteral("21"), QStringLiteral("severe") },
            { QStringLiteral("M6"), { 1, 0, 1, 1, 0, 1, 1 }, QStringLiteral("5"), QStringLiteral("mild") } };
    for (const Case &c : gad) {
        auto saved = FormEntryService(*m_team.coordinator)
                         .complete({ m_usual, c.visit, QStringLiteral("GAD7") }, gad7(c.scores));
        QVERIFY2(saved.ok(), qPrintable(message(saved)));
        auto entry = FormEntryService(*m_team.coordinator).entry(saved.value());
        QVERIFY(entry.ok());
        QCOMPARE(entry->answers.value(QStringLiteral("gad7_total")).value, c.total);
        QCOMPARE(entry->answers.value(QStringLiteral("gad7_severity")).value, c.severity);
    }
    // A refused item leaves no total (the total needs every item).
    Answers partial = gad7({ 1, 1, 1, 1, 1, 1 });
    partial.insert(QStringLiteral("gad7_7"), missing(QStringLiteral("refused")));
    auto saved = FormEntryService(*m_team.coordinator)
                     .complete({ m_usual, QStringLiteral("M12"), QStringLiteral("GAD7") }, partial);
    QVERIFY2(saved.ok(), qPrintable(message(saved)));
    QVERIFY(
        !FormEntryService(*m_team.coordinator).entry(saved.value())->answers.contains(QStringLiteral("gad7_total")));
    // A caller's wrong total is recomputed, not trusted.
    Answers lying = phq9({ 0, 0, 0, 0, 0, 0, 0, 0, 1 });
    lying.insert(QStringLiteral("phq9_10"), value(QStringLiteral("0")));
    lying.insert(QStringLiteral("phq9_total"), value(QStringLiteral("20")));
    auto recomputed = FormEntryService(*m_team.coordinator)
                          .complete({ m_spare, QStringLiteral("BASELINE"), QStringLiteral("PHQ9") }, lying);
    QVERIFY2(recomputed.ok(), qPrintable(message(recomputed)));
    QCOMPARE(FormEntryService(*m_team.coordinator)
                 .entry(recomputed.value())
                 ->answers.value(QStringLiteral("phq9_total"))
                 .value,
             QStringLiteral("1"));
}

void TestFormData::editWithReasonIsAudited()
{
    auto found
        = FormEntryService(*m_team.coordinator).findEntry({ m_usual, QStringLiteral("M6"), QStringLiteral("PHQ9") });
    QVERIFY2(found.ok(), qPrintable(message(found)));
    const qint64 id = found->id;
    QCOMPARE(found->state, FormEntryState::Complete);
    Answers changed = found->answers;
    changed[QStringLiteral("phq9_4")] = value(QStringLiteral("2")); // 0 -> 2: total 13 -> 15, moderately severe
    const QList<qint64> before = footprint();
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator).edit(id, changed, QStringLiteral("  "))).code,
             ErrorCode::InvalidInput);
    QCOMPARE(footprint(), before);
    const Status edited = FormEntryService(*m_team.coordinator)
                              .edit(id, changed, QStringLiteral("Transcription error, source checked"));
    QVERIFY2(edited.ok(), qPrintable(message(edited)));
    auto entry = FormEntryService(*m_team.coordinator).entry(id);
    QCOMPARE(entry->state, FormEntryState::Complete);
    QCOMPARE(entry->answers.value(QStringLiteral("phq9_total")).value, QStringLiteral("15"));

    // The audit trail itself: one record per changed item, old and new values, the reason.
    AuditTrail::Filter filter;
    filter.entity = QStringLiteral("form_entry");
    filter.entityId = QString::number(id);
    filter.action = QStringLiteral("form.edit");
    auto records = AuditTrail::entries(m_team.admin->database(), filter);
    QVERIFY(records.ok());
    QMap<QString, std::pair<QString, QString>> seen;
    for (const AuditEntry &record : records.value()) {
        QCOMPARE(record.username, QStringLiteral("coord"));
        QCOMPARE(record.reason.value_or(QString()), QStringLiteral("Transcription error, source checked"));
        seen.insert(record.field, { record.oldValue.value_or(QString()), record.newValue.value_or(QString()) });
    }
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.value(QStringLiteral("phq9_4")), std::make_pair(QStringLiteral("0"), QStringLiteral("2")));
    QCOMPARE(seen.value(QStringLiteral("phq9_total")), std::make_pair(QStringLiteral("13"), QStringLiteral("15")));
    QCOMPARE(seen.value(QStringLiteral("phq9_severity")),
             std::make_pair(QStringLiteral("moderate"), QStringLiteral("moderately_severe")));
    QVERIFY(AuditTrail::verify(m_team.admin->database()).ok);

    // history(): every value change, from creation on.
    auto history = FormEntryService(*m_team.monitor).history(id);
    QVERIFY2(history.ok(), qPrintable(message(history)));
    int created = 0;
    int edits = 0;
    for (const ValueChange &change : history.value()) {
        if (change.action == QLatin1String("form.complete")) {
            ++created;
            QVERIFY(!change.oldValue);
            QVERIFY(!change.reason);
        }
        if (change.action == QLatin1String("form.edit")) {
            ++edits;
            QCOMPARE(change.reason.value_or(QString()), QStringLiteral("Transcription error, source checked"));
        }
    }
    QCOMPARE(created, 12); // 9 items, item 10, total, severity
    QCOMPARE(edits, 3);
    // oldest first: the creation, then the edit
    QCOMPARE(history->first().action, QStringLiteral("form.complete"));
    QCOMPARE(history->last().action, QStringLiteral("form.edit"));
}

void TestFormData::statesVerifyLockUnlock()
{
    auto draft = FormEntryService(*m_team.coordinator)
                     .saveDraft({ m_spare, QStringLiteral("BASELINE"), QStringLiteral("EQ5D5L") },
                                answers({ { "eq5d_index", "0.5" } }));
    QVERIFY(draft.ok());
    const qint64 id = draft.value();
    QCOMPARE(errorOf(FormEntryService(*m_team.monitor).verify(id)).code, ErrorCode::InvalidInput); // a draft
    QCOMPARE(errorOf(FormEntryService(*m_team.monitor).lock(id)).code, ErrorCode::InvalidInput);
    auto completed = FormEntryService(*m_team.coordinator)
                         .complete({ m_spare, QStringLiteral("BASELINE"), QStringLiteral("EQ5D5L") },
                                   answers({ { "eq5d_index", "0.5" }, { "eq5d_vas", "70" } }));
    QVERIFY2(completed.ok(), qPrintable(message(completed)));
    QCOMPARE(completed.value(), id);
    // completing or drafting again is refused: changes go through edit with a reason
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator)
                         .saveDraft({ m_spare, QStringLiteral("BASELINE"), QStringLiteral("EQ5D5L") }, {}))
                 .code,
             ErrorCode::Conflict);
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator).verify(id)).code, ErrorCode::PermissionDenied);
    QVERIFY(FormEntryService(*m_team.monitor).verify(id).ok());
    QCOMPARE(FormEntryService(*m_team.monitor).entry(id)->state, FormEntryState::Verified);
    QCOMPARE(FormEntryService(*m_team.monitor).entry(id)->verifiedBy, QStringLiteral("monitor"));
    QCOMPARE(errorOf(FormEntryService(*m_team.monitor).verify(id)).code, ErrorCode::Conflict);
    // an edit sends a verified entry back to complete
    QVERIFY(FormEntryService(*m_team.coordinator)
                .edit(id, answers({ { "eq5d_index", "0.5" }, { "eq5d_vas", "75" } }), QStringLiteral("Typo in VAS"))
                .ok());
    QCOMPARE(FormEntryService(*m_team.coordinator).entry(id)->state, FormEntryState::Complete);
    QVERIFY(!FormEntryService(*m_team.coordinator).entry(id)->verifiedAt.isValid());
    QVERIFY(FormEntryService(*m_team.monitor).verify(id).ok());
    // lock: only FormLock roles; refuses edits; unlock needs a reason and restores the state
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator).lock(id)).code, ErrorCode::PermissionDenied);
    QVERIFY(FormEntryService(*m_team.admin).lock(id).ok());
    QCOMPARE(errorOf(FormEntryService(*m_team.admin).lock(id)).code, ErrorCode::Conflict);
    const QList<qint64> before = footprint();
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator)
                         .edit(id, answers({ { "eq5d_index", "0.6" }, { "eq5d_vas", "75" } }), QStringLiteral("late")))
                 .code,
             ErrorCode::Conflict);
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator)
                         .saveDraft({ m_spare, QStringLiteral("BASELINE"), QStringLiteral("EQ5D5L") }, {}))
                 .code,
             ErrorCode::Conflict);
    QCOMPARE(
        errorOf(DataQueryService(*m_team.monitor).raiseQuery(id, QStringLiteral("eq5d_vas"), QStringLiteral("Source?")))
            .code,
        ErrorCode::Conflict);
    QCOMPARE(errorOf(FormEntryService(*m_team.monitor).unlock(id, QString())).code, ErrorCode::InvalidInput);
    QCOMPARE(footprint(), before);
    QVERIFY(
        FormEntryService(*m_team.monitor).unlock(id, QStringLiteral("Late correction from the source document")).ok());
    QCOMPARE(FormEntryService(*m_team.coordinator).entry(id)->state, FormEntryState::Verified);
    QVERIFY(FormEntryService(*m_team.coordinator)
                .edit(id, answers({ { "eq5d_index", "0.6" }, { "eq5d_vas", "75" } }), QStringLiteral("Source"))
                .ok());
    QCOMPARE(FormEntryService(*m_team.coordinator).entry(id)->answers.value(QStringLiteral("eq5d_index")).value,
             QStringLiteral("0.600"));

    // the state changes are audited
    AuditTrail::Filter filter;
    filter.entity = QStringLiteral("form_entry");
    filter.entityId = QString::number(id);
    QStringList states;
    for (const AuditEntry &record : AuditTrail::entries(m_team.admin->database(), filter).value())
        if (record.field == QLatin1String("state"))
            states.append(record.newValue.value_or(QString()));
    QCOMPARE(states,
             (QStringList { QStringLiteral("draft"), QStringLiteral("complete"), QStringLiteral("verified"),
                            QStringLiteral("complete"), QStringLiteral("verified"), QStringLiteral("locked"),
                            QStringLiteral("verified"), QStringLiteral("complete") }));
}

void TestFormData::unscheduledInstances()
{
    const Answers event = answers({ { "ae_onset_date", "2026-11-01" },
                                    { "ae_description", "Hypotension" },
                                    { "ae_serious", "0" },
                                    { "ae_severity", "mild" },
                                    { "ae_relatedness", "not_related" },
                                    { "ae_outcome", "recovered" },
                                    { "ae_end_date", "2026-11-03" } });
    auto first = FormEntryService(*m_team.coordinator).complete({ m_spare, QString(), QStringLiteral("AE") }, event);
    auto second = FormEntryService(*m_team.coordinator).complete({ m_spare, QString(), QStringLiteral("AE") }, event);
    QVERIFY2(first.ok() && second.ok(), qPrintable(message(first) + message(second)));
    QCOMPARE(FormEntryService(*m_team.coordinator).entry(first.value())->instance, 1);
    QCOMPARE(FormEntryService(*m_team.coordinator).entry(second.value())->instance, 2);
    QCOMPARE(FormEntryService(*m_team.coordinator).findEntry({ m_spare, QString(), QStringLiteral("AE"), 2 })->id,
             second.value());
    // a rule: the end before the onset
    Answers backwards = event;
    backwards[QStringLiteral("ae_end_date")] = value(QStringLiteral("2026-10-01"));
    QList<forms::ItemProblem> problems;
    QVERIFY(!FormEntryService(*m_team.coordinator)
                 .complete({ m_spare, QString(), QStringLiteral("AE") }, backwards, &problems)
                 .ok());
    QVERIFY(hasProblem(problems, QStringLiteral("ae_end_date")));
    // End of study is entered once.
    const Answers eos = answers({ { "eos_date", "2026-11-20" }, { "eos_status", "completed" } });
    auto end = FormEntryService(*m_team.coordinator).complete({ m_spare, QString(), QStringLiteral("EOS") }, eos);
    QVERIFY2(end.ok(), qPrintable(message(end)));
    QCOMPARE(errorOf(FormEntryService(*m_team.coordinator).complete({ m_spare, QString(), QStringLiteral("EOS") }, eos))
                 .code,
             ErrorCode::Conflict);
    QCOMPARE(
        errorOf(FormEntryService(*m_team.coordinator).complete({ m_spare, QString(), QStringLiteral("EOS"), 2 }, eos))
            .code,
        ErrorCode::InvalidInput);
}

void TestFormData::expectedFormsFollowTheSchedule()
{
    auto expected = FormEntryService(*m_team.coordinator).expectedForms(m_spare);
    QVERIFY2(expected.ok(), qPrintable(message(expected)));
    QCOMPARE(expected->studyId, m_spare);
    QVERIFY(!expected->visits.isEmpty());
    QCOMPARE(expected->visits.first().visitCode, QStringLiteral("BASELINE"));
    QStringList baseline;
    for (const ExpectedForm &form : expected->visits.first().forms) {
        baseline.append(form.formCode);
        QVERIFY(!form.title.current().isEmpty());
        if (form.formCode == QLatin1String("EQ5D5L")) {
            QCOMPARE(form.state, FormEntryState::Complete);
            QVERIFY(form.entryId > 0);
        }
        if (form.formCode == QLatin1String("DEMOGRAPHICS")) {
            QCOMPARE(form.state, FormEntryState::NotStarted);
            QCOMPARE(form.entryId, 0);
        }
    }
    QCOMPARE(baseline.first(), QStringLiteral("ELIGIBILITY"));
    QVERIFY(baseline.contains(QStringLiteral("PHQ9")) && baseline.contains(QStringLiteral("HCU")));
    // Unscheduled: the two adverse events, a new one, the end of study (no second one offered).
    QStringList unscheduled;
    for (const ExpectedForm &form : expected->unscheduled)
        unscheduled.append(
            QStringLiteral("%1#%2:%3").arg(form.formCode).arg(form.instance).arg(formEntryStateCode(form.state)));
    QCOMPARE(unscheduled,
             (QStringList { QStringLiteral("AE#1:complete"), QStringLiteral("AE#2:complete"),
                            QStringLiteral("AE#3:not_started"), QStringLiteral("EOS#1:complete") }));
    // entries(): visit order, unscheduled last
    auto entries = FormEntryService(*m_team.coordinator).entries(m_spare);
    QVERIFY(entries.ok());
    int lastOrder = -1;
    for (const FormEntry &entry : entries.value()) {
        QVERIFY(entry.visitOrder >= lastOrder);
        lastOrder = entry.visitOrder;
    }
    QCOMPARE(entries->last().formCode, QStringLiteral("EOS"));
}

void TestFormData::queryLifecycle()
{
    auto hcu = FormEntryService(*m_team.coordinator)
                   .findEntry({ m_usual, QStringLiteral("BASELINE"), QStringLiteral("HCU") });
    QVERIFY(hcu.ok());
    const qint64 entryId = hcu->id;
    const QList<qint64> before = footprint();
    QCOMPARE(errorOf(DataQueryService(*m_team.coordinator)
                         .raiseQuery(entryId, QStringLiteral("hospital_days"), QStringLiteral("?")))
                 .code,
             ErrorCode::PermissionDenied);
    QCOMPARE(errorOf(DataQueryService(*m_team.monitor).raiseQuery(entryId, QStringLiteral("nope"), QStringLiteral("?")))
                 .code,
             ErrorCode::InvalidInput);
    QCOMPARE(
        errorOf(
            DataQueryService(*m_team.monitor).raiseQuery(entryId, QStringLiteral("hospital_days"), QStringLiteral(" ")))
            .code,
        ErrorCode::InvalidInput);
    auto draft = FormEntryService(*m_team.coordinator)
                     .findEntry({ m_usual, QStringLiteral("BASELINE"), QStringLiteral("DEMOGRAPHICS") });
    QVERIFY(draft.ok());
    QCOMPARE(
        errorOf(DataQueryService(*m_team.monitor).raiseQuery(draft->id, QStringLiteral("age"), QStringLiteral("Age?")))
            .code,
        ErrorCode::InvalidInput);
    QCOMPARE(footprint(), before);

    auto raised = DataQueryService(*m_team.monitor)
                      .raiseQuery(entryId, QStringLiteral("hospital_days"),
                                  QStringLiteral("4 days for 1 stay: the discharge letter says 3."));
    QVERIFY2(raised.ok(), qPrintable(message(raised)));
    const qint64 queryId = raised.value();
    QCOMPARE(DataQueryService(*m_team.monitor).query(queryId)->status, QueryStatus::Open);
    QCOMPARE(FormEntryService(*m_team.coordinator).entry(entryId)->openQueries, 1);
    auto open = DataQueryService(*m_team.coordinator).openQueries(QStringLiteral("ICM"));
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().itemCode, QStringLiteral("hospital_days"));
    QCOMPARE(open->first().studyId, m_usual);
    QCOMPARE(open->first().visitCode, QStringLiteral("BASELINE"));
    QCOMPARE(errorOf(DataQueryService(*m_otherSite).openQueries(QStringLiteral("ICM"))).code,
             ErrorCode::PermissionDenied);
    QVERIFY(DataQueryService(*m_otherSite).openQueries(QString())->isEmpty());

    // wrong roles and states
    QCOMPARE(errorOf(DataQueryService(*m_team.monitor).answerQuery(queryId, QStringLiteral("x"))).code,
             ErrorCode::PermissionDenied);
    QCOMPARE(errorOf(DataQueryService(*m_team.statistician).answerQuery(queryId, QStringLiteral("x"))).code,
             ErrorCode::PermissionDenied);
    QCOMPARE(errorOf(DataQueryService(*m_team.coordinator).closeQuery(queryId, QStringLiteral("x"))).code,
             ErrorCode::PermissionDenied);
    QCOMPARE(errorOf(DataQueryService(*m_team.coordinator).answerQuery(queryId, QString())).code,
             ErrorCode::InvalidInput);
    QCOMPARE(errorOf(DataQueryService(*m_team.coordinator).answerQuery(queryId + 100, QStringLiteral("x"))).code,
             ErrorCode::NotFound);

    // open -> answered -> closed
    QVERIFY(DataQueryService(*m_team.coordinator)
                .answerQuery(queryId, QStringLiteral("The letter counts calendar days: 4 is right."))
                .ok());
    QCOMPARE(DataQueryService(*m_team.monitor).query(queryId)->status, QueryStatus::Answered);
    QCOMPARE(DataQueryService(*m_team.monitor).query(queryId)->answeredBy, QStringLiteral("coord"));
    QCOMPARE(errorOf(DataQueryService(*m_team.coordinator).answerQuery(queryId, QStringLiteral("again"))).code,
             ErrorCode::Conflict);
    QCOMPARE(DataQueryService(*m_team.monitor).openQueries(QString())->size(), 1); // answered still awaits the monitor
    QCOMPARE(errorOf(DataQueryService(*m_team.monitor).closeQuery(queryId, QString())).code, ErrorCode::InvalidInput);
    QVERIFY(DataQueryService(*m_team.monitor).closeQuery(queryId, QStringLiteral("Accepted")).ok());
    QCOMPARE(DataQueryService(*m_team.monitor).query(queryId)->status, QueryStatus::Closed);
    QCOMPARE(DataQueryService(*m_team.monitor).query(queryId)->closeNote, QStringLiteral("Accepted"));
    QCOMPARE(errorOf(DataQueryService(*m_team.monitor).closeQuery(queryId, QStringLiteral("again"))).code,
             ErrorCode::Conflict);
    QCOMPARE(errorOf(DataQueryService(*m_team.coordinator).answerQuery(queryId, QStringLiteral("late"))).code,
             ErrorCode::Conflict);
    QVERIFY(DataQueryService(*m_team.monitor).openQueries(QString())->isEmpty());
    QCOMPARE(FormEntryService(*m_team.coordinator).entry(entryId)->openQueries, 0);

    // open -> corrected (the value changes, audited with the reason) -> closed
    auto second = DataQueryService(*m_team.monitor)
                      .raiseQuery(entryId, QStringLiteral("hospital_days"), QStringLiteral("Please check again."));
    QVERIFY(second.ok());
    QCOMPARE(errorOf(DataQueryService(*m_team.coordinator)
                         .answerQueryWithCorrection(second.value(), value(QStringLiteral("3")), QString()))
                 .code,
             ErrorCode::InvalidInput);
    const Status corrected = DataQueryService(*m_team.coordinator)
                                 .answerQueryWithCorrection(second.value(), value(QStringLiteral("3")),
                                                            QStringLiteral("Discharge letter: 3 days"));
    QVERIFY2(corrected.ok(), qPrintable(message(corrected)));
    QCOMPARE(FormEntryService(*m_team.coordinator).entry(entryId)->answers.value(QStringLiteral("hospital_days")).value,
             QStringLiteral("3"));
    QCOMPARE(DataQueryService(*m_team.monitor).query(second.value())->status, QueryStatus::Answered);
    auto history = FormEntryService(*m_team.monitor).history(entryId);
    QVERIFY(history.ok());
    QCOMPARE(history->last().action, QStringLiteral("query.correct"));
    QCOMPARE(history->last().itemCode, QStringLiteral("hospital_days"));
    QCOMPARE(history->last().oldValue.value_or(QString()), QStringLiteral("4"));
    QCOMPARE(history->last().newValue.value_or(QString()), QStringLiteral("3"));
    QCOMPARE(history->last().reason.value_or(QString()), QStringLiteral("Discharge letter: 3 days"));
    // a correction must still be valid
    auto third = DataQueryService(*m_team.monitor)
                     .raiseQuery(entryId, QStringLiteral("hospital_days"), QStringLiteral("And now?"));
    QVERIFY(third.ok());
    QCOMPARE(errorOf(DataQueryService(*m_team.coordinator)
                         .answerQueryWithCorrection(third.value(), value(QStringLiteral("0")), QStringLiteral("x")))
                 .code,
             ErrorCode::InvalidInput); // a hospitalization with 0 days breaks the rule
    QVERIFY(DataQueryService(*m_team.monitor)
                .closeQuery(third.value(), QStringLiteral("Raised in error"))
                .ok()); // open -> closed
    auto all = DataQueryService(*m_team.monitor).queries(entryId);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);

    // People and scripts name queries by entry and number within it, never by row id.
    const QString entryName = m_usual + QStringLiteral("/BASELINE/HCU/1");
    QCOMPARE(entryReference(FormEntryService(*m_team.coordinator).entry(entryId).value()), entryName);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(all->at(i).number, i + 1);
        QCOMPARE(queryReference(all->at(i)), entryName + QStringLiteral("#%1").arg(i + 1));
        const auto parsed = parseQueryReference(queryReference(all->at(i)));
        QVERIFY(parsed.has_value());
        auto found = DataQueryService(*m_team.coordinator).findQuery(*parsed);
        QVERIFY2(found.ok(), qPrintable(message(found)));
        QCOMPARE(found->id, all->at(i).id);
        QCOMPARE(found->question, all->at(i).question);
    }
    QCOMPARE(DataQueryService(*m_team.monitor).query(second.value())->number, 2);
    QCOMPARE(errorOf(DataQueryService(*m_team.coordinator)
                         .findQuery({ { m_usual, QStringLiteral("BASELINE"), QStringLiteral("HCU"), 1 }, 4 }))
                 .code,
             ErrorCode::NotFound);
    QCOMPARE(errorOf(DataQueryService(*m_team.coordinator)
                         .findQuery({ { m_usual, QStringLiteral("M3"), QStringLiteral("HCU"), 1 }, 1 }))
                 .code,
             ErrorCode::NotFound); // not started
    QCOMPARE(errorOf(DataQueryService(*m_otherSite)
                         .findQuery({ { m_usual, QStringLiteral("BASELINE"), QStringLiteral("HCU"), 1 }, 1 }))
                 .code,
             ErrorCode::PermissionDenied);
    // the error names the query as the user knows it
    QVERIFY(errorOf(DataQueryService(*m_team.coordinator).answerQuery(all->at(2).id, QStringLiteral("late")))
                .message.contains(entryName + QStringLiteral("#3")));
}

void TestFormData::referencesParse()
{
    const auto entry = parseEntryReference(QStringLiteral(" ICM-0001/M3/PHQ9/1 "));
    QVERIFY(entry.has_value());
    QCOMPARE(entry->studyId, QStringLiteral("ICM-0001"));
    QCOMPARE(entry->visitCode, QStringLiteral("M3"));
    QCOMPARE(entry->formCode, QStringLiteral("PHQ9"));
    QCOMPARE(entry->instance, 1);
    const auto unscheduled = parseEntryReference(QStringLiteral("ICM-0001//AE/2"));
    QVERIFY(unscheduled.has_value());
    QVERIFY(unscheduled->visitCode.isEmpty());
    QCOMPARE(unscheduled->instance, 2);
    QCOMPARE(entryReference(QStringLiteral("ICM-0001"), QString(), QStringLiteral("AE"), 2),
             QStringLiteral("ICM-0001//AE/2"));
    const auto query = parseQueryReference(QStringLiteral("ICM-0001//AE/2#7"));
    QVERIFY(query.has_value());
    QCOMPARE(query->entry.formCode, QStringLiteral("AE"));
    QCOMPARE(query->number, 7);
    for (const char *bad : { "", "12", "ICM-0001/M3/PHQ9", "ICM-0001/M3/PHQ9/0", "ICM-0001/M3/PHQ9/x", "/M3/PHQ9/1",
                             "ICM-0001/M3//1", "ICM-0001/M3/PHQ9/1/2" })
        QVERIFY2(!parseEntryReference(QString::fromLatin1(bad)).has_value(), bad);
    for (const char *bad :
         { "ICM-0001/M3/PHQ9/1", "ICM-0001/M3/PHQ9/1#", "ICM-0001/M3/PHQ9/1#0", "ICM-0001/M3/PHQ9/1#-2", "42" })
        QVERIFY2(!parseQueryReference(QString::fromLatin1(bad)).has_value(), bad);
}

void TestFormData::permissionsAndSites()
{
    // reading: FormEnter, FormVerify, FormLock or DataExport
    QVERIFY(FormEntryService(*m_team.statistician).entries(m_usual).ok());
    QVERIFY(FormEntryService(*m_team.admin).entries(m_usual).ok());
    QVERIFY(FormEntryService(*m_team.monitor).expectedForms(m_usual).ok());
    // another site's participant is refused, whatever the call
    auto entry = FormEntryService(*m_team.coordinator)
                     .findEntry({ m_usual, QStringLiteral("BASELINE"), QStringLiteral("HCU") });
    QVERIFY(entry.ok());
    QCOMPARE(errorOf(FormEntryService(*m_otherSite).entries(m_usual)).code, ErrorCode::PermissionDenied);
    QCOMPARE(errorOf(FormEntryService(*m_otherSite).expectedForms(m_usual)).code, ErrorCode::PermissionDenied);
    QCOMPARE(errorOf(FormEntryService(*m_otherSite).entry(entry->id)).code, ErrorCode::PermissionDenied);
    QCOMPARE(errorOf(FormEntryService(*m_otherSite).history(entry->id)).code, ErrorCode::PermissionDenied);
    QCOMPARE(
        errorOf(FormEntryService(*m_otherSite).saveDraft({ m_usual, QStringLiteral("M3"), QStringLiteral("HCU") }, {}))
            .code,
        ErrorCode::PermissionDenied);
    QCOMPARE(errorOf(FormEntryService(*m_otherSite).edit(entry->id, entry->answers, QStringLiteral("x"))).code,
             ErrorCode::PermissionDenied);
}

void TestFormData::blindedAssessorNeverSeesTheIntervention()
{
    // The unblinded coordinator logs a patient-partner contact; the monitor queries it.
    auto contact = FormEntryService(*m_team.coordinator)
                       .complete({ m_partner, QStringLiteral("PP_FIRST"), QStringLiteral("PP_CONTACT") },
                                 answers({ { "contact_date", "2026-11-25" },
                                           { "contact_mode", "phone" },
                                           { "contact_duration", "35" },
                                           { "contact_topics", "medication|goals" } }));
    QVERIFY2(contact.ok(), qPrintable(message(contact)));
    auto contactQuery
        = DataQueryService(*m_team.monitor)
              .raiseQuery(contact.value(), QStringLiteral("contact_duration"), QStringLiteral("Duration?"));
    QVERIFY(contactQuery.ok());
    QCOMPARE(scalar(QStringLiteral("SELECT arm_specific FROM form_entries WHERE id = ?"), { contact.value() }), 1);
    // The assessor enters an outcome form of the same participant.
    auto outcome = FormEntryService(*m_team.assessor)
                       .complete({ m_partner, QStringLiteral("M3"), QStringLiteral("PAM13") },
                                 answers({ { "pam13_score", "61.2" } }));
    QVERIFY2(outcome.ok(), qPrintable(message(outcome)));
    auto outcomeQuery = DataQueryService(*m_team.monitor)
                            .raiseQuery(outcome.value(), QStringLiteral("pam13_score"), QStringLiteral("Source?"));
    QVERIFY(outcomeQuery.ok());

    // Naming an intervention form, entry, visit or query: exactly the "unknown" answers.
    const auto same
        = [](const Error &hidden, const Error &unknown, const QString &hiddenName, const QString &unknownName) {
              return hidden.code == ErrorCode::NotFound && unknown.code == ErrorCode::NotFound
                  && hidden.message == QString(unknown.message).replace(unknownName, hiddenName);
          };
    QVERIFY(same(errorOf(FormDefinitionService(*m_team.assessor).definition(QStringLiteral("PP_CONTACT"))),
                 errorOf(FormDefinitionService(*m_team.assessor).definition(QStringLiteral("XX_NOPE"))),
                 QStringLiteral("PP_CONTACT"), QStringLiteral("XX_NOPE")));
    const qint64 unknownId = 987654;
    const QString hid = QString::number(contact.value());
    const QString uid = QString::number(unknownId);
    QVERIFY(same(errorOf(FormEntryService(*m_team.assessor).entry(contact.value())),
                 errorOf(FormEntryService(*m_team.assessor).entry(unknownId)), hid, uid));
    QVERIFY(same(errorOf(FormEntryService(*m_team.assessor).history(contact.value())),
                 errorOf(FormEntryService(*m_team.assessor).history(unknownId)), hid, uid));
    QVERIFY(same(errorOf(DataQueryService(*m_team.assessor).queries(contact.value())),
                 errorOf(DataQueryService(*m_team.assessor).queries(unknownId)), hid, uid));
    QVERIFY(same(errorOf(FormEntryService(*m_team.assessor).edit(contact.value(), {}, QStringLiteral("x"))),
                 errorOf(FormEntryService(*m_team.assessor).edit(unknownId, {}, QStringLiteral("x"))), hid, uid));
    const QString hq = QString::number(contactQuery.value());
    const QString uq = QString::number(unknownId);
    QVERIFY(same(errorOf(DataQueryService(*m_team.assessor).query(contactQuery.value())),
                 errorOf(DataQueryService(*m_team.assessor).query(unknownId)), hq, uq));
    QVERIFY(same(errorOf(DataQueryService(*m_team.assessor).answerQuery(contactQuery.value(), QStringLiteral("x"))),
                 errorOf(DataQueryService(*m_team.assessor).answerQuery(unknownId, QStringLiteral("x"))), hq, uq));
    QVERIFY(same(
        errorOf(DataQueryService(*m_team.assessor)
                    .answerQueryWithCorrection(contactQuery.value(), value(QStringLiteral("30")), QStringLiteral("x"))),
        errorOf(DataQueryService(*m_team.assessor)
                    .answerQueryWithCorrection(unknownId, value(QStringLiteral("30")), QStringLiteral("x"))),
        hq, uq));
    // by reference: the contact form's query is the same "no form" as a form that does not exist
    QVERIFY(
        same(errorOf(DataQueryService(*m_team.assessor)
                         .findQuery({ { m_partner, QStringLiteral("PP_FIRST"), QStringLiteral("PP_CONTACT"), 1 }, 1 })),
             errorOf(DataQueryService(*m_team.assessor)
                         .findQuery({ { m_partner, QStringLiteral("PP_FIRST"), QStringLiteral("XX_NOPE"), 1 }, 1 })),
             QStringLiteral("PP_CONTACT"), QStringLiteral("XX_NOPE")));
    auto outcomeByName = DataQueryService(*m_team.assessor)
                             .findQuery({ { m_partner, QStringLiteral("M3"), QStringLiteral("PAM13"), 1 }, 1 });
    QVERIFY2(outcomeByName.ok(), qPrintable(message(outcomeByName)));
    QCOMPARE(outcomeByName->id, outcomeQuery.value());
    // a visit of the intervention arm does not exist for the assessor: same as for a usual care participant
    const Error ppVisit = errorOf(FormEntryService(*m_team.assessor)
                                      .findEntry({ m_partner, QStringLiteral("PP_FIRST"), QStringLiteral("PHQ9") }));
    const Error ucVisit = errorOf(
        FormEntryService(*m_team.assessor).findEntry({ m_usual, QStringLiteral("PP_FIRST"), QStringLiteral("PHQ9") }));
    QVERIFY(same(ppVisit, ucVisit, m_partner, m_usual));
    QCOMPARE(errorOf(FormEntryService(*m_team.assessor)
                         .findEntry({ m_partner, QStringLiteral("PP_FIRST"), QStringLiteral("PP_CONTACT") }))
                 .code,
             ErrorCode::NotFound);
    QCOMPARE(errorOf(FormEntryService(*m_team.assessor)
                         .saveDraft({ m_partner, QStringLiteral("PP_C1"), QStringLiteral("PP_CONTACT") }, {}))
                 .code,
             ErrorCode::NotFound);
    QCOMPARE(errorOf(FormEntryService(*m_team.assessor)
                         .saveDraft({ m_partner, QStringLiteral("PP_C1"), QStringLiteral("PHQ9") }, {}))
                 .code,
             ErrorCode::NotFound);
    QCOMPARE(
        errorOf(
            FormEntryService(*m_team.assessor).saveDraft({ m_partner, QString(), QStringLiteral("PP_CONTACT") }, {}))
            .code,
        ErrorCode::NotFound);

    // Lists and counts: the partner-arm participant's schedule looks like a usual care one's.
    auto entries = FormEntryService(*m_team.assessor).entries(m_partner);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().formCode, QStringLiteral("PAM13"));
    QCOMPARE(entries->first().openQueries, 1);
    for (const FormEntry &entry : entries.value())
        QVERIFY(!entry.armSpecific && !entry.visitCode.startsWith(QLatin1String("PP")));
    const auto shape = [&](const QString &studyId) {
        QStringList result;
        auto expected = FormEntryService(*m_team.assessor).expectedForms(studyId);
        if (!expected)
            return QStringList { expected.error().message };
        for (const VisitForms &visit : expected->visits) {
            QStringList forms;
            for (const ExpectedForm &form : visit.forms)
                forms.append(form.formCode);
            result.append(visit.visitCode + QLatin1Char(':') + forms.join(QLatin1Char(',')));
        }
        for (const ExpectedForm &form : expected->unscheduled)
            if (form.category == forms::FormCategory::Intervention)
                result.append(form.formCode);
        return result;
    };
    const QStringList partnerShape = shape(m_partner);
    QCOMPARE(partnerShape, shape(m_spare));
    QVERIFY(!partnerShape.join(QLatin1Char(' ')).contains(QLatin1String("PP_")));
    auto open = DataQueryService(*m_team.assessor).openQueries(QString());
    QVERIFY(open.ok());
    for (const DataQuery &query : open.value())
        QVERIFY(query.id != contactQuery.value() && query.formCode != QLatin1String("PP_CONTACT"));
    QCOMPARE(open->size() + 1, DataQueryService(*m_team.monitor).openQueries(QString())->size());
    // The unblinded see everything.
    auto all = FormEntryService(*m_team.coordinator).entries(m_partner);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QVERIFY(FormEntryService(*m_team.coordinator).expectedForms(m_partner)->visits.size()
            > FormEntryService(*m_team.coordinator).expectedForms(m_usual)->visits.size());
}

QTEST_GUILESS_MAIN(TestFormData)
#include "tst_formdata.moc"
