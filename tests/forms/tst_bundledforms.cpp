#include "forms/BundledForms.h"
#include "forms/FormEvaluator.h"
#include "forms/FormValue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace trialdesk::forms;

namespace {

const FormDefinition &form(const QString &code)
{
    const FormDefinition *definition = BundledForms::find(code);
    if (!definition)
        qFatal("bundled form %s missing", qPrintable(code));
    return *definition;
}

Answers answers(const QString &prefix, const QList<int> &values)
{
    Answers result;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i) >= 0)
            result.insert(prefix + QString::number(i + 1), Answer { QString::number(values.at(i)), {} });
    }
    return result;
}

QString messagesOf(const QList<ItemProblem> &problems)
{
    QStringList lines;
    for (const ItemProblem &problem : problems)
        lines << problem.itemCode + QStringLiteral(": ") + problem.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestBundledForms : public QObject
{
    Q_OBJECT

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }

    void everyFormLoadsWithItsContractCode()
    {
        const QStringList expected { QStringLiteral("ELIGIBILITY"), QStringLiteral("DEMOGRAPHICS"),
                                     QStringLiteral("CONDITIONS"),  QStringLiteral("PAM13"),
                                     QStringLiteral("SEMCD6"),      QStringLiteral("EQ5D5L"),
                                     QStringLiteral("PHQ9"),        QStringLiteral("GAD7"),
                                     QStringLiteral("HCU"),         QStringLiteral("PP_CONTACT"),
                                     QStringLiteral("AE"),          QStringLiteral("EOS") };
        QCOMPARE(BundledForms::codes(), expected);
        const QList<FormDefinition> all = BundledForms::all();
        QCOMPARE(all.size(), expected.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).code, expected.at(i));
            QVERIFY(all.at(i).version >= 1);
            QVERIFY(!all.at(i).title.fr.isEmpty() && !all.at(i).title.en.isEmpty());
            QVERIFY(!all.at(i).json.isEmpty());
            // Every text is given in both languages, and differs where the languages differ.
            for (const Item &item : all.at(i).items)
                QVERIFY2(!item.label.fr.isEmpty() && !item.label.en.isEmpty(), qPrintable(item.code));
        }
        QCOMPARE(BundledForms::find(QStringLiteral("PHQ9")), BundledForms::find(QStringLiteral("PHQ9")));
        QVERIFY(!BundledForms::find(QStringLiteral("PHQ8")));
    }

    void categoriesAndBlinding()
    {
        QCOMPARE(form(QStringLiteral("ELIGIBILITY")).category, FormCategory::Eligibility);
        QCOMPARE(form(QStringLiteral("DEMOGRAPHICS")).category, FormCategory::Baseline);
        QCOMPARE(form(QStringLiteral("CONDITIONS")).category, FormCategory::Baseline);
        for (const char *code : { "PAM13", "SEMCD6", "EQ5D5L", "PHQ9", "GAD7", "HCU" })
            QCOMPARE(form(QString::fromLatin1(code)).category, FormCategory::Outcome);
        QCOMPARE(form(QStringLiteral("PP_CONTACT")).category, FormCategory::Intervention);
        QCOMPARE(form(QStringLiteral("AE")).category, FormCategory::Safety);
        QCOMPARE(form(QStringLiteral("EOS")).category, FormCategory::Administrative);
        for (const FormDefinition &definition : BundledForms::all())
            QCOMPARE(definition.armSpecific(), definition.code == QLatin1String("PP_CONTACT"));
        QVERIFY(form(QStringLiteral("AE")).repeating);
        QVERIFY(form(QStringLiteral("PP_CONTACT")).repeating);
        QVERIFY(!form(QStringLiteral("PHQ9")).repeating);
    }

    void outcomeItemsAreTheReportsContract()
    {
        QSet<QString> outcomes;
        for (const FormDefinition &definition : BundledForms::all()) {
            for (const Item *item : definition.outcomeItems())
                outcomes.insert(item->code);
        }
        const QSet<QString> expected { QStringLiteral("pam13_score"),  QStringLiteral("semcd6_mean"),
                                       QStringLiteral("eq5d_index"),   QStringLiteral("eq5d_vas"),
                                       QStringLiteral("phq9_total"),   QStringLiteral("gad7_total"),
                                       QStringLiteral("ed_visits"),    QStringLiteral("hospitalizations"),
                                       QStringLiteral("hospital_days") };
        QCOMPARE(outcomes, expected);
    }

    void licensedInstrumentsKeepValuesOnly()
    {
        QStringList pam;
        for (const Item &item : form(QStringLiteral("PAM13")).items)
            pam << item.code;
        QCOMPARE(pam, (QStringList { QStringLiteral("pam13_score"), QStringLiteral("pam13_level") }));
        const Item *score = form(QStringLiteral("PAM13")).item(QStringLiteral("pam13_score"));
        QCOMPARE(score->type, ItemType::Decimal);
        QCOMPARE(score->minimum, std::optional<double>(0));
        QCOMPARE(score->maximum, std::optional<double>(100));
        QStringList eq;
        for (const Item &item : form(QStringLiteral("EQ5D5L")).items)
            eq << item.code;
        QCOMPARE(eq, (QStringList { QStringLiteral("eq5d_index"), QStringLiteral("eq5d_vas") }));
        QCOMPARE(form(QStringLiteral("EQ5D5L")).item(QStringLiteral("eq5d_index"))->minimum,
                 std::optional<double>(-0.6));
    }

    void eligibilityMirrorsTheProtocol()
    {
        QFile file(QStringLiteral(TRIALDESK_SOURCE_DIR "/core/resources/protocol-default.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject eligibility
            = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("eligibility")).toObject();
        const FormDefinition &definition = form(QStringLiteral("ELIGIBILITY"));
        int criteria = 0;
        for (const auto &[key, prefix] : { std::pair { "inclusion", "inc_" }, std::pair { "exclusion", "exc_" } }) {
            for (const QJsonValue &criterion : eligibility.value(QString::fromLatin1(key)).toArray()) {
                const QJsonObject object = criterion.toObject();
                const QString code
                    = QString::fromLatin1(prefix) + object.value(QStringLiteral("code")).toString().toLower();
                const Item *item = definition.item(code);
                QVERIFY2(item, qPrintable(code));
                QCOMPARE(item->type, ItemType::YesNo);
                QVERIFY(item->required);
                QVERIFY(item->label.en.endsWith(
                    object.value(QStringLiteral("text")).toObject().value(QStringLiteral("en")).toString()));
                ++criteria;
            }
        }
        QCOMPARE(criteria, 7);

        Answers all { { QStringLiteral("inc_age18"), { QStringLiteral("1"), {} } },
                      { QStringLiteral("inc_followed"), { QStringLiteral("1"), {} } },
                      { QStringLiteral("inc_language"), { QStringLiteral("1"), {} } },
                      { QStringLiteral("inc_consent_able"), { QStringLiteral("1"), {} } },
                      { QStringLiteral("exc_cognitive"), { QStringLiteral("0"), {} } },
                      { QStringLiteral("exc_life_expectancy"), { QStringLiteral("0"), {} } },
                      { QStringLiteral("exc_already_paired"), { QStringLiteral("0"), {} } } };
        QCOMPARE(FormEvaluator::withComputedScores(definition, all).value(QStringLiteral("eligible")).value,
                 QStringLiteral("yes"));
        all[QStringLiteral("exc_already_paired")].value = QStringLiteral("1");
        QCOMPARE(FormEvaluator::withComputedScores(definition, all).value(QStringLiteral("eligible")).value,
                 QStringLiteral("no"));
        all.remove(QStringLiteral("inc_age18"));
        QVERIFY(!FormEvaluator::withComputedScores(definition, all).contains(QStringLiteral("eligible")));
    }

    // Hand-worked PHQ-9 cases: total = sum of the nine items (0-3), only when all nine are answered;
    // bands 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe.
    void phq9Scores_data()
    {
        QTest::addColumn<QList<int>>("items");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("severity");
        QTest::newRow("all zero") << QList<int> { 0, 0, 0, 0, 0, 0, 0, 0, 0 } << "0"
                                  << "minimal";
        QTest::newRow("4 minimal") << QList<int> { 1, 1, 1, 1, 0, 0, 0, 0, 0 } << "4"
                                   << "minimal";
        QTest::newRow("5 mild") << QList<int> { 1, 1, 1, 1, 1, 0, 0, 0, 0 } << "5"
                                << "mild";
        QTest::newRow("9 mild") << QList<int> { 2, 2, 2, 1, 1, 1, 0, 0, 0 } << "9"
                                << "mild";
        QTest::newRow("10 moderate") << QList<int> { 3, 3, 2, 1, 1, 0, 0, 0, 0 } << "10"
                                     << "moderate";
        QTest::newRow("14 moderate") << QList<int> { 3, 3, 2, 2, 1, 1, 1, 1, 0 } << "14"
                                     << "moderate";
        QTest::newRow("15 moderately severe") << QList<int> { 2, 2, 2, 2, 2, 2, 2, 1, 0 } << "15"
                                              << "moderately_severe";
        QTest::newRow("19 moderately severe") << QList<int> { 3, 3, 3, 3, 3, 2, 1, 1, 0 } << "19"
                                              << "moderately_severe";
        QTest::newRow("20 severe") << QList<int> { 3, 3, 3, 3, 3, 3, 2, 0, 0 } << "20"
                                   << "severe";
        QTest::newRow("27 severe") << QList<int> { 3, 3, 3, 3, 3, 3, 3, 3, 3 } << "27"
                                   << "severe";
        QTest::newRow("one unanswered") << QList<int> { 3, 3, 3, 3, 3, 3, 3, 3, -1 } << ""
                                        << "";
    }

    void phq9Scores()
    {
        QFETCH(QList<int>, items);
        QFETCH(QString, total);
        QFETCH(QString, severity);
        const FormDefinition &phq9 = form(QStringLiteral("PHQ9"));
        const Answers scored = FormEvaluator::withComputedScores(phq9, answers(QStringLiteral("phq9_"), items));
        QCOMPARE(scored.value(QStringLiteral("phq9_total")).value, total);
        QCOMPARE(scored.value(QStringLiteral("phq9_severity")).value, severity);
        QCOMPARE(FormEvaluator::validate(phq9, scored, false), QList<ItemProblem> {});
    }

    void phq9RefusedItemLeavesNoTotal()
    {
        const FormDefinition &phq9 = form(QStringLiteral("PHQ9"));
        Answers given = answers(QStringLiteral("phq9_"), { 1, 1, 1, 1, 1, 1, 1, 1 });
        given.insert(QStringLiteral("phq9_9"), Answer { {}, QStringLiteral("refused") });
        given.insert(QStringLiteral("phq9_10"), Answer { QStringLiteral("1"), {} });
        const Answers scored = FormEvaluator::withComputedScores(phq9, given);
        QVERIFY(!scored.contains(QStringLiteral("phq9_total")));
        QVERIFY(!scored.contains(QStringLiteral("phq9_severity")));
        QCOMPARE(FormEvaluator::validate(phq9, scored, true), QList<ItemProblem> {});
    }

    void phq9DifficultyShownOnlyWithAProblem()
    {
        const FormDefinition &phq9 = form(QStringLiteral("PHQ9"));
        const Item &difficulty = *phq9.item(QStringLiteral("phq9_10"));
        QVERIFY(
            !FormEvaluator::isShown(phq9, difficulty, answers(QStringLiteral("phq9_"), { 0, 0, 0, 0, 0, 0, 0, 0, 0 })));
        QVERIFY(
            FormEvaluator::isShown(phq9, difficulty, answers(QStringLiteral("phq9_"), { 0, 0, 0, 0, 0, 0, 0, 0, 1 })));
        QVERIFY(!FormEvaluator::isShown(phq9, difficulty, {}));
        Answers hiddenButAnswered = answers(QStringLiteral("phq9_"), { 0, 0, 0, 0, 0, 0, 0, 0, 0, 2 });
        const QList<ItemProblem> problems
            = FormEvaluator::validate(phq9, FormEvaluator::withComputedScores(phq9, hiddenButAnswered), true);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().itemCode, QStringLiteral("phq9_10"));
        QCOMPARE(problems.first().message,
                 QStringLiteral("This question does not apply given the other answers; leave it empty."));
    }

    // GAD-7: total 0-21 when all seven answered; 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe.
    void gad7Scores_data()
    {
        QTest::addColumn<QList<int>>("items");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("severity");
        QTest::newRow("0") << QList<int> { 0, 0, 0, 0, 0, 0, 0 } << "0"
                           << "minimal";
        QTest::newRow("4") << QList<int> { 1, 1, 1, 1, 0, 0, 0 } << "4"
                           << "minimal";
        QTest::newRow("5") << QList<int> { 1, 1, 1, 1, 1, 0, 0 } << "5"
                           << "mild";
        QTest::newRow("9") << QList<int> { 3, 2, 1, 1, 1, 1, 0 } << "9"
                           << "mild";
        QTest::newRow("10") << QList<int> { 2, 2, 2, 2, 1, 1, 0 } << "10"
                            << "moderate";
        QTest::newRow("14") << QList<int> { 2, 2, 2, 2, 2, 2, 2 } << "14"
                            << "moderate";
        QTest::newRow("15") << QList<int> { 3, 3, 3, 2, 2, 1, 1 } << "15"
                            << "severe";
        QTest::newRow("21") << QList<int> { 3, 3, 3, 3, 3, 3, 3 } << "21"
                            << "severe";
        QTest::newRow("six answered") << QList<int> { 3, 3, 3, 3, 3, 3, -1 } << ""
                                      << "";
    }

    void gad7Scores()
    {
        QFETCH(QList<int>, items);
        QFETCH(QString, total);
        QFETCH(QString, severity);
        const FormDefinition &gad7 = form(QStringLiteral("GAD7"));
        const Answers scored = FormEvaluator::withComputedScores(gad7, answers(QStringLiteral("gad7_"), items));
        QCOMPARE(scored.value(QStringLiteral("gad7_total")).value, total);
        QCOMPARE(scored.value(QStringLiteral("gad7_severity")).value, severity);
    }

    void severityDisplaysItsLabel()
    {
        const Item &severity = *form(QStringLiteral("PHQ9")).item(QStringLiteral("phq9_severity"));
        QCOMPARE(FormValue::display(severity, QStringLiteral("moderately_severe")),
                 QStringLiteral("Moderately severe"));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
        QCOMPARE(FormValue::display(severity, QStringLiteral("moderately_severe")),
                 QStringLiteral("Modérément sévère"));
    }

    void semcd6MeanNeedsFourAnswers()
    {
        const FormDefinition &semcd = form(QStringLiteral("SEMCD6"));
        auto mean = [&](const QList<int> &items) {
            return FormEvaluator::withComputedScores(semcd, answers(QStringLiteral("semcd6_"), items))
                .value(QStringLiteral("semcd6_mean"))
                .value;
        };
        QCOMPARE(mean({ 5, 6, 7, 8, 9, 10 }), QStringLiteral("7.50"));
        QCOMPARE(mean({ 5, 6, 7, 8, -1, -1 }), QStringLiteral("6.50"));
        QCOMPARE(mean({ 1, 2, 2, -1, -1, -1 }), QString());
        QCOMPARE(mean({ 1, 2, 2, 2, 2, 2 }), QStringLiteral("1.83"));
        const QList<ItemProblem> problems
            = FormEvaluator::validate(semcd, answers(QStringLiteral("semcd6_"), { 11 }), false);
        QCOMPARE(problems,
                 (QList<ItemProblem> {
                     { QStringLiteral("semcd6_1"), QStringLiteral("Choose a whole number from 1 to 10.") } }));
    }

    void pam13LevelFromScore()
    {
        const FormDefinition &pam = form(QStringLiteral("PAM13"));
        auto level = [&](const QString &score) {
            return FormEvaluator::withComputedScores(pam, { { QStringLiteral("pam13_score"), { score, {} } } })
                .value(QStringLiteral("pam13_level"))
                .value;
        };
        QCOMPARE(level(QStringLiteral("0.0")), QStringLiteral("1"));
        QCOMPARE(level(QStringLiteral("47.0")), QStringLiteral("1"));
        QCOMPARE(level(QStringLiteral("47.1")), QStringLiteral("2"));
        QCOMPARE(level(QStringLiteral("55.2")), QStringLiteral("3"));
        QCOMPARE(level(QStringLiteral("67.0")), QStringLiteral("3"));
        QCOMPARE(level(QStringLiteral("67.1")), QStringLiteral("4"));
        QCOMPARE(level(QStringLiteral("100.0")), QStringLiteral("4"));
        QVERIFY(!FormEvaluator::withComputedScores(
                     pam, { { QStringLiteral("pam13_score"), { {}, QStringLiteral("refused") } } })
                     .contains(QStringLiteral("pam13_level")));
    }

    void comorbidityCount()
    {
        const FormDefinition &conditions = form(QStringLiteral("CONDITIONS"));
        Answers given { { QStringLiteral("conditions"), { QStringLiteral("heart_failure|diabetes|other"), {} } } };
        const Answers scored = FormEvaluator::withComputedScores(conditions, given);
        QCOMPARE(scored.value(QStringLiteral("comorbidity_count")).value, QStringLiteral("3"));
        QCOMPARE(FormEvaluator::validate(conditions, scored, true),
                 (QList<ItemProblem> {
                     { QStringLiteral("conditions_other"), QStringLiteral("This question must be answered.") } }));
        QVERIFY(FormEvaluator::validate(conditions, scored, false).isEmpty());
    }

    void healthCareUseRules()
    {
        const FormDefinition &hcu = form(QStringLiteral("HCU"));
        auto check = [&](const QString &ed, const QString &stays, const QString &days) {
            return FormEvaluator::validate(hcu,
                                           { { QStringLiteral("ed_visits"), { ed, {} } },
                                             { QStringLiteral("hospitalizations"), { stays, {} } },
                                             { QStringLiteral("hospital_days"), { days, {} } } },
                                           true);
        };
        QCOMPARE(check(QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("4")), QList<ItemProblem> {});
        QCOMPARE(check(QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")), QList<ItemProblem> {});
        QCOMPARE(check(QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("3")),
                 (QList<ItemProblem> { { QStringLiteral("hospital_days"),
                                         QStringLiteral("Days in hospital require at least one hospitalization.") } }));
        QCOMPARE(check(QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("1")),
                 (QList<ItemProblem> { { QStringLiteral("hospital_days"),
                                         QStringLiteral("Each hospitalization counts at least one day.") } }));
        QCOMPARE(check(QStringLiteral("101"), QStringLiteral("0"), QStringLiteral("0")),
                 (QList<ItemProblem> {
                     { QStringLiteral("ed_visits"), QStringLiteral("Enter a whole number from 0 to 100.") } }));
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
        QCOMPARE(check(QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("3")).first().message,
                 QStringLiteral("Des jours d'hospitalisation exigent au moins une hospitalisation."));
    }

    void missingCodesAndCompleteness()
    {
        const FormDefinition &eq = form(QStringLiteral("EQ5D5L"));
        QCOMPARE(FormEvaluator::validate(eq, {}, false), QList<ItemProblem> {});
        QCOMPARE(
            FormEvaluator::validate(eq, {}, true),
            (QList<ItemProblem> {
                { QStringLiteral("eq5d_index"), QStringLiteral("Answer this question or give a missing-data code.") },
                { QStringLiteral("eq5d_vas"), QStringLiteral("Answer this question or give a missing-data code.") } }));
        const Answers coded { { QStringLiteral("eq5d_index"), { {}, QStringLiteral("not_done") } },
                              { QStringLiteral("eq5d_vas"), { {}, QStringLiteral("unknown") } } };
        QCOMPARE(FormEvaluator::validate(eq, coded, true),
                 (QList<ItemProblem> {
                     { QStringLiteral("eq5d_vas"),
                       QStringLiteral("This question accepts only these missing-data codes: not_done, refused.") } }));
        const Answers both { { QStringLiteral("eq5d_vas"), { QStringLiteral("50"), QStringLiteral("refused") } } };
        QCOMPARE(FormEvaluator::validate(eq, both, false).first().message,
                 QStringLiteral("Give either a value or a missing-data code, not both."));
        const Answers outOfRange { { QStringLiteral("eq5d_index"), { QStringLiteral("1.200"), {} } } };
        QCOMPARE(FormEvaluator::validate(eq, outOfRange, false),
                 (QList<ItemProblem> {
                     { QStringLiteral("eq5d_index"), QStringLiteral("Enter a number from -0.6 to 1.") } }));
        const Answers notCanonical { { QStringLiteral("eq5d_index"), { QStringLiteral("0.5"), {} } } };
        QCOMPARE(FormEvaluator::validate(eq, notCanonical, false).first().message,
                 QStringLiteral("The value \"0.5\" must be given in its standard form \"0.500\"."));
        const Answers unknown { { QStringLiteral("eq5d_mobility"), { QStringLiteral("1"), {} } } };
        QCOMPARE(FormEvaluator::validate(eq, unknown, false).first().message,
                 QStringLiteral("The form EQ5D5L has no question \"eq5d_mobility\"."));
        const FormDefinition &ae = form(QStringLiteral("AE"));
        QCOMPARE(
            FormEvaluator::validate(ae, { { QStringLiteral("ae_serious"), { {}, QStringLiteral("unknown") } } }, false)
                .first()
                .message,
            QStringLiteral("This question does not accept a missing-data code."));
    }

    void computedScoresMustMatchTheirFormula()
    {
        const FormDefinition &gad7 = form(QStringLiteral("GAD7"));
        Answers given = answers(QStringLiteral("gad7_"), { 1, 1, 1, 1, 1, 1, 1 });
        given.insert(QStringLiteral("gad7_total"), Answer { QStringLiteral("8"), {} });
        QCOMPARE(FormEvaluator::validate(gad7, given, false),
                 (QList<ItemProblem> {
                     { QStringLiteral("gad7_total"), QStringLiteral("This score is 7 from the answers, not 8.") } }));
        given.remove(QStringLiteral("gad7_1"));
        QCOMPARE(FormEvaluator::validate(gad7, given, false).first().message,
                 QStringLiteral("This score cannot be computed from the answers given; leave it empty."));
    }

    void showIfAndRulesInOtherForms()
    {
        const FormDefinition &ae = form(QStringLiteral("AE"));
        Answers given { { QStringLiteral("ae_onset_date"), { QStringLiteral("2026-03-10"), {} } },
                        { QStringLiteral("ae_description"), { QStringLiteral("Chute à domicile"), {} } },
                        { QStringLiteral("ae_serious"), { QStringLiteral("0"), {} } },
                        { QStringLiteral("ae_severity"), { QStringLiteral("mild"), {} } },
                        { QStringLiteral("ae_relatedness"), { QStringLiteral("unlikely"), {} } },
                        { QStringLiteral("ae_outcome"), { QStringLiteral("recovering"), {} } } };
        QCOMPARE(FormEvaluator::validate(ae, given, true), QList<ItemProblem> {});
        QVERIFY(!FormEvaluator::isShown(ae, *ae.item(QStringLiteral("ae_end_date")), given));
        QVERIFY(!FormEvaluator::isShown(ae, *ae.item(QStringLiteral("ae_serious_criteria")), given));
        given[QStringLiteral("ae_outcome")].value = QStringLiteral("recovered");
        QVERIFY(FormEvaluator::isShown(ae, *ae.item(QStringLiteral("ae_end_date")), given));
        QCOMPARE(FormEvaluator::validate(ae, given, true),
                 (QList<ItemProblem> {
                     { QStringLiteral("ae_end_date"), QStringLiteral("This question must be answered.") } }));
        given.insert(QStringLiteral("ae_end_date"), Answer { QStringLiteral("2026-03-09"), {} });
        QCOMPARE(FormEvaluator::validate(ae, given, true),
                 (QList<ItemProblem> {
                     { QStringLiteral("ae_end_date"), QStringLiteral("The end date is before the onset date.") } }));
        given[QStringLiteral("ae_end_date")].value = QStringLiteral("2026-03-10");
        QCOMPARE(FormEvaluator::validate(ae, given, true), QList<ItemProblem> {});
        given[QStringLiteral("ae_description")].value = QStringLiteral("ab");
        QCOMPARE(FormEvaluator::validate(ae, given, true).first().message,
                 QStringLiteral("Enter at least 3 character(s)."));

        const FormDefinition &eos = form(QStringLiteral("EOS"));
        Answers end { { QStringLiteral("eos_date"), { QStringLiteral("2027-01-15"), {} } },
                      { QStringLiteral("eos_status"), { QStringLiteral("completed"), {} } } };
        QCOMPARE(FormEvaluator::validate(eos, end, true), QList<ItemProblem> {});
        end[QStringLiteral("eos_status")].value = QStringLiteral("withdrawn");
        QCOMPARE(FormEvaluator::validate(eos, end, true).first().itemCode, QStringLiteral("eos_reason"));

        const FormDefinition &contact = form(QStringLiteral("PP_CONTACT"));
        const Item &other = *contact.item(QStringLiteral("contact_topics_other"));
        QVERIFY(!FormEvaluator::isShown(
            contact, other, { { QStringLiteral("contact_topics"), { QStringLiteral("medication"), {} } } }));
        QVERIFY(FormEvaluator::isShown(
            contact, other, { { QStringLiteral("contact_topics"), { QStringLiteral("medication|other"), {} } } }));
    }
};

QTEST_GUILESS_MAIN(TestBundledForms)
#include "tst_bundledforms.moc"
