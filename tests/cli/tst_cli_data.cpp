#include "tests/support/CliTrial.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

// The form data and data query commands' contract, on the real executable: exit codes, problems
// named by item, JSON output, nothing saved on refusal, blinding.
class TestCliData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedEntrySavesNothing();
    void enterShowAndEdit();
    void queries();
    void blinding();

private:
    using Run = trialdesk::test::CliRun;
    QJsonObject show(const QString &user);
    // The values of the participant's first form entry, as user sees them.
    QJsonObject firstEntryValues(const QString &user)
    {
        return show(user)
            .value(QStringLiteral("entries"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("values"))
            .toObject();
    }

    trialdesk::test::CliTrial m_trial { QStringLiteral("CLI data trial") };
    QString m_arm;
};

namespace {
const QString kParticipant = QStringLiteral("ICM-0001");
const QString kBaselinePhq9 = QStringLiteral("ICM-0001/BASELINE/PHQ9/1");

// Every key of a JSON value, at any depth.
void collectKeys(const QJsonValue &value, QSet<QString> &keys)
{
    if (value.isArray())
        for (const QJsonValue &element : value.toArray())
            collectKeys(element, keys);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            keys.insert(it.key());
            collectKeys(it.value(), keys);
        }
    }
}
} // namespace

QJsonObject TestCliData::show(const QString &user)
{
    Run shown = m_trial.as(user,
                           { QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("--participant"),
                             kParticipant, QStringLiteral("--json") });
    if (shown.code != 0)
        return {};
    return trialdesk::test::jsonObject(shown.out);
}

void TestCliData::initTestCase()
{
    const QString notAdded = m_trial.addUsers({ { QStringLiteral("coord"), QStringLiteral("coordinator") },
                                                { QStringLiteral("monitor"), QStringLiteral("monitor") },
                                                { QStringLiteral("assessor"), QStringLiteral("outcome-assessor") } });
    QVERIFY2(notAdded.isEmpty(), qPrintable(notAdded));
    const QString eligibility = m_trial.eligibilityFile();
    Run enrolled = m_trial.enroll(QStringLiteral("coord"), QStringLiteral("ICM"), QStringLiteral("HF"),
                                  QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                                  { QStringLiteral("--eligibility"), eligibility });
    QVERIFY2(enrolled.code == 0, enrolled.err.constData());
    QCOMPARE(enrolled.out.trimmed(), kParticipant.toUtf8());
    Run randomized = m_trial.randomize(QStringLiteral("coord"), kParticipant);
    QVERIFY2(randomized.code == 0, randomized.err.constData());
    m_arm = QString::fromUtf8(randomized.out.trimmed());
    QVERIFY(m_arm == QLatin1String("PP") || m_arm == QLatin1String("UC"));
}

void TestCliData::refusedEntrySavesNothing()
{
    const QString bad = m_trial.writeFile(QStringLiteral("bad.json"),
                                          R"({"phq9_1": 1, "phq9_2": 7, "phq9_4": "often", "nope": 1, "phq9_5": 0,
                                      "phq9_6": 0, "phq9_7": 0, "phq9_8": 0, "phq9_9": 0})");
    const QStringList enter = { QStringLiteral("data"),          QStringLiteral("enter"),
                                QStringLiteral("--participant"), kParticipant,
                                QStringLiteral("--visit"),       QStringLiteral("BASELINE"),
                                QStringLiteral("--form"),        QStringLiteral("PHQ9") };
    Run refused = m_trial.as(QStringLiteral("coord"), enter + QStringList { QStringLiteral("--values"), bad });
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.out.isEmpty());
    for (const char *item : { "phq9_2", "phq9_4", "nope" })
        QVERIFY2(refused.err.contains(QByteArray(item) + ": "), refused.err.constData());
    // Valid values, but incomplete: refused on --complete with each missing item named.
    const QString partial = m_trial.writeFile(QStringLiteral("partial.json"), R"({"phq9_1": 1, "phq9_2": 2})");
    Run incomplete
        = m_trial.as(QStringLiteral("coord"),
                     enter + QStringList { QStringLiteral("--values"), partial, QStringLiteral("--complete") });
    QCOMPARE(incomplete.code, 1);
    for (const char *item : { "phq9_3", "phq9_9" })
        QVERIFY2(incomplete.err.contains(QByteArray(item) + ": "), incomplete.err.constData());
    QVERIFY(show(QStringLiteral("coord")).value(QStringLiteral("entries")).toArray().isEmpty());
    // usage
    QCOMPARE(m_trial
                 .as(QStringLiteral("coord"),
                     { QStringLiteral("data"), QStringLiteral("enter"), QStringLiteral("--participant"), kParticipant })
                 .code,
             2);
    QCOMPARE(m_trial.as(QStringLiteral("coord"), { QStringLiteral("data"), QStringLiteral("show") }).code, 2);
}

void TestCliData::enterShowAndEdit()
{
    const QStringList enter = { QStringLiteral("data"),          QStringLiteral("enter"),
                                QStringLiteral("--participant"), kParticipant,
                                QStringLiteral("--visit"),       QStringLiteral("BASELINE"),
                                QStringLiteral("--form"),        QStringLiteral("PHQ9") };
    // 1+2+3+0+1+2+3+0+1 = 13, moderate
    const QString values = m_trial.writeFile(QStringLiteral("phq9.json"),
                                             R"({"phq9_1": 1, "phq9_2": "2", "phq9_3": 3, "phq9_4": 0, "phq9_5": 1,
                                         "phq9_6": 2, "phq9_7": 3, "phq9_8": 0, "phq9_9": 1,
                                         "phq9_10": {"missing": "refused"}})");
    Run entered = m_trial.as(QStringLiteral("coord"),
                             enter + QStringList { QStringLiteral("--values"), values, QStringLiteral("--complete") });
    QVERIFY2(entered.code == 0, entered.err.constData());
    // An entry is named by what the user sees, never by a row id.
    QCOMPARE(QString::fromUtf8(entered.out.trimmed()), kBaselinePhq9);

    QJsonObject shown = show(QStringLiteral("coord"));
    QCOMPARE(shown.value(QStringLiteral("participant")).toString(), kParticipant);
    const QJsonArray entries = shown.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("entry")).toString(), kBaselinePhq9);
    QVERIFY(!entry.contains(QStringLiteral("id")));
    QCOMPARE(entry.value(QStringLiteral("visit")).toString(), QStringLiteral("BASELINE"));
    QCOMPARE(entry.value(QStringLiteral("form")).toString(), QStringLiteral("PHQ9"));
    QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
    const QJsonObject stored = entry.value(QStringLiteral("values")).toObject();
    QCOMPARE(stored.value(QStringLiteral("phq9_2")).toString(), QStringLiteral("2"));
    QCOMPARE(stored.value(QStringLiteral("phq9_total")).toString(), QStringLiteral("13"));
    QCOMPARE(stored.value(QStringLiteral("phq9_severity")).toString(), QStringLiteral("moderate"));
    QCOMPARE(stored.value(QStringLiteral("phq9_10")).toObject().value(QStringLiteral("missing")).toString(),
             QStringLiteral("refused"));

    // A complete form changes only with a reason.
    const QString changed = m_trial.writeFile(QStringLiteral("phq9b.json"),
                                              R"({"phq9_1": 1, "phq9_2": 2, "phq9_3": 3, "phq9_4": 2, "phq9_5": 1,
                                          "phq9_6": 2, "phq9_7": 3, "phq9_8": 0, "phq9_9": 1, "phq9_10": 1})");
    Run noReason = m_trial.as(QStringLiteral("coord"), enter + QStringList { QStringLiteral("--values"), changed });
    QCOMPARE(noReason.code, 1);
    QVERIFY(noReason.err.contains("reason"));
    Run edited = m_trial.as(QStringLiteral("coord"),
                            enter
                                + QStringList { QStringLiteral("--values"), changed, QStringLiteral("--reason"),
                                                QStringLiteral("Source document rechecked") });
    QVERIFY2(edited.code == 0, edited.err.constData());
    QCOMPARE(QString::fromUtf8(edited.out.trimmed()), kBaselinePhq9);
    const QJsonObject after = firstEntryValues(QStringLiteral("coord"));
    QCOMPARE(after.value(QStringLiteral("phq9_total")).toString(), QStringLiteral("15"));

    // Unscheduled: no --visit. Text output names the forms in visit order.
    const QString event = m_trial.writeFile(QStringLiteral("ae.json"),
                                            R"({"ae_onset_date": "2026-11-01", "ae_description": "Dizziness",
                                        "ae_serious": false, "ae_severity": "mild", "ae_relatedness": "unlikely",
                                        "ae_outcome": "recovering"})");
    Run ae = m_trial.as(QStringLiteral("coord"),
                        { QStringLiteral("data"), QStringLiteral("enter"), QStringLiteral("--participant"),
                          kParticipant, QStringLiteral("--form"), QStringLiteral("AE"), QStringLiteral("--values"),
                          event, QStringLiteral("--complete") });
    QVERIFY2(ae.code == 0, ae.err.constData());
    Run text
        = m_trial.as(QStringLiteral("coord"),
                     { QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("--participant"), kParticipant });
    QCOMPARE(text.code, 0);
    const qsizetype phq = text.out.indexOf("BASELINE PHQ9");
    const qsizetype adverse = text.out.indexOf(" AE v1 #1");
    QVERIFY2(phq >= 0 && adverse > phq, text.out.constData());
    QVERIFY(text.out.contains("phq9_total = 15"));
    QVERIFY(text.out.contains("ae_description = Dizziness"));
    QVERIFY(text.out.contains(kBaselinePhq9.toUtf8()));
    QVERIFY(text.out.contains("ICM-0001//AE/1"));
}

void TestCliData::queries()
{
    Run raised
        = m_trial.as(QStringLiteral("monitor"),
                     { QStringLiteral("query"), QStringLiteral("raise"), QStringLiteral("--participant"), kParticipant,
                       QStringLiteral("--visit"), QStringLiteral("BASELINE"), QStringLiteral("--form"),
                       QStringLiteral("PHQ9"), QStringLiteral("--item"), QStringLiteral("phq9_4"),
                       QStringLiteral("--question"), QStringLiteral("Source says 1?") });
    QVERIFY2(raised.code == 0, raised.err.constData());
    const QString queryId = QString::fromUtf8(raised.out.trimmed());
    QCOMPARE(queryId, kBaselinePhq9 + QStringLiteral("#1"));
    // A row id is not a query reference, and a reference to a query that does not exist is refused.
    Run byNumber = m_trial.as(QStringLiteral("monitor"),
                              { QStringLiteral("query"), QStringLiteral("close"), QStringLiteral("--query"),
                                QStringLiteral("1"), QStringLiteral("--note"), QStringLiteral("x") });
    QCOMPARE(byNumber.code, 2);
    Run unknown = m_trial.as(QStringLiteral("monitor"),
                             { QStringLiteral("query"), QStringLiteral("close"), QStringLiteral("--query"),
                               kBaselinePhq9 + QStringLiteral("#2"), QStringLiteral("--note"), QStringLiteral("x") });
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains("no data query 2"), unknown.err.constData());
    // coordinators may not raise queries
    QCOMPARE(m_trial
                 .as(QStringLiteral("coord"),
                     { QStringLiteral("query"), QStringLiteral("raise"), QStringLiteral("--participant"), kParticipant,
                       QStringLiteral("--visit"), QStringLiteral("BASELINE"), QStringLiteral("--form"),
                       QStringLiteral("PHQ9"), QStringLiteral("--item"), QStringLiteral("phq9_4"),
                       QStringLiteral("--question"), QStringLiteral("x") })
                 .code,
             1);
    Run listed = m_trial.as(QStringLiteral("coord"),
                            { QStringLiteral("query"), QStringLiteral("list"), QStringLiteral("--site"),
                              QStringLiteral("ICM"), QStringLiteral("--json") });
    QCOMPARE(listed.code, 0);
    const QJsonArray open = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).toObject().value(QStringLiteral("item")).toString(), QStringLiteral("phq9_4"));
    QCOMPARE(open.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(open.at(0).toObject().value(QStringLiteral("query")).toString(), queryId);
    QCOMPARE(open.at(0).toObject().value(QStringLiteral("entry")).toString(), kBaselinePhq9);

    Run corrected = m_trial.as(QStringLiteral("coord"),
                               { QStringLiteral("query"), QStringLiteral("answer"), QStringLiteral("--query"), queryId,
                                 QStringLiteral("--value"), QStringLiteral("1"), QStringLiteral("--reason"),
                                 QStringLiteral("Source says 1") });
    QVERIFY2(corrected.code == 0, corrected.err.constData());
    const QJsonObject values = firstEntryValues(QStringLiteral("coord"));
    QCOMPARE(values.value(QStringLiteral("phq9_4")).toString(), QStringLiteral("1"));
    QCOMPARE(values.value(QStringLiteral("phq9_total")).toString(), QStringLiteral("14"));

    QCOMPARE(m_trial
                 .as(QStringLiteral("coord"),
                     { QStringLiteral("query"), QStringLiteral("close"), QStringLiteral("--query"), queryId,
                       QStringLiteral("--note"), QStringLiteral("x") })
                 .code,
             1);
    Run closed = m_trial.as(QStringLiteral("monitor"),
                            { QStringLiteral("query"), QStringLiteral("close"), QStringLiteral("--query"), queryId,
                              QStringLiteral("--note"), QStringLiteral("Correction accepted") });
    QVERIFY2(closed.code == 0, closed.err.constData());
    Run again = m_trial.as(QStringLiteral("monitor"),
                           { QStringLiteral("query"), QStringLiteral("close"), QStringLiteral("--query"), queryId,
                             QStringLiteral("--note"), QStringLiteral("again") });
    QCOMPARE(again.code, 1);
    Run empty = m_trial.as(QStringLiteral("monitor"),
                           { QStringLiteral("query"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(empty.code, 0);
    QVERIFY(QJsonDocument::fromJson(empty.out).array().isEmpty());
    QCOMPARE(m_trial
                 .as(QStringLiteral("monitor"),
                     { QStringLiteral("query"), QStringLiteral("answer"), QStringLiteral("--query"), queryId })
                 .code,
             2);
}

void TestCliData::blinding()
{
    const QString contact = m_trial.writeFile(QStringLiteral("contact.json"),
                                              R"({"contact_date": "2026-11-25", "contact_mode": "phone",
                                          "contact_duration": 30, "contact_topics": ["goals", "medication"]})");
    const QStringList enter = { QStringLiteral("data"),          QStringLiteral("enter"),
                                QStringLiteral("--participant"), kParticipant,
                                QStringLiteral("--visit"),       QStringLiteral("PP_FIRST"),
                                QStringLiteral("--form"),        QStringLiteral("PP_CONTACT"),
                                QStringLiteral("--values"),      contact,
                                QStringLiteral("--complete") };
    Run coordinator = m_trial.as(QStringLiteral("coord"), enter);
    // The unblinded coordinator logs the contact of a partner-arm participant; a usual care one has no such visit.
    QCOMPARE(coordinator.code, m_arm == QLatin1String("PP") ? 0 : 1);
    Run assessor = m_trial.as(QStringLiteral("assessor"), enter);
    QCOMPARE(assessor.code, 1);
    QVERIFY(assessor.out.isEmpty());
    // The assessor's view of the participant is the same whatever the arm.
    Run shown = m_trial.as(QStringLiteral("assessor"),
                           { QStringLiteral("data"), QStringLiteral("show"), QStringLiteral("--participant"),
                             kParticipant, QStringLiteral("--json") });
    QCOMPARE(shown.code, 0);
    QVERIFY(!shown.out.contains("PP_"));
    QVERIFY(!shown.out.contains("contact_"));
    QCOMPARE(QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("entries")).toArray().size(), 2);
    const qsizetype unblinded = show(QStringLiteral("coord")).value(QStringLiteral("entries")).toArray().size();
    QCOMPARE(unblinded, m_arm == QLatin1String("PP") ? 3 : 2);

    // Row ids are shared by every arm's forms, so their gaps differ by arm: nothing the assessor
    // reads carries one. Entries and queries are named by study ID, visit, form, instance and the
    // query's number within its entry.
    QSet<QString> keys;
    collectKeys(QJsonDocument::fromJson(shown.out).object(), keys);
    QVERIFY(!keys.contains(QStringLiteral("id")));
    Run raised = m_trial.as(QStringLiteral("monitor"),
                            { QStringLiteral("query"), QStringLiteral("raise"), QStringLiteral("--entry"),
                              kBaselinePhq9, QStringLiteral("--item"), QStringLiteral("phq9_9"),
                              QStringLiteral("--question"), QStringLiteral("Please confirm with the participant.") });
    QVERIFY2(raised.code == 0, raised.err.constData());
    const QString second = kBaselinePhq9 + QStringLiteral("#2");
    QCOMPARE(QString::fromUtf8(raised.out.trimmed()), second);
    Run listed = m_trial.as(QStringLiteral("assessor"),
                            { QStringLiteral("query"), QStringLiteral("list"), QStringLiteral("--entry"), kBaselinePhq9,
                              QStringLiteral("--json") });
    QVERIFY2(listed.code == 0, listed.err.constData());
    const QJsonArray queries = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(queries.size(), 2);
    QCOMPARE(queries.at(0).toObject().value(QStringLiteral("query")).toString(), kBaselinePhq9 + QStringLiteral("#1"));
    QCOMPARE(queries.at(1).toObject().value(QStringLiteral("query")).toString(), second);
    keys.clear();
    collectKeys(queries, keys);
    const QSet<QString> documented
        = { QStringLiteral("query"),       QStringLiteral("entry"),       QStringLiteral("participant"),
            QStringLiteral("site"),        QStringLiteral("visit"),       QStringLiteral("form"),
            QStringLiteral("item"),        QStringLiteral("status"),      QStringLiteral("question"),
            QStringLiteral("raised_by"),   QStringLiteral("raised_at"),   QStringLiteral("answer"),
            QStringLiteral("answered_by"), QStringLiteral("answered_at"), QStringLiteral("closed_by"),
            QStringLiteral("closed_at"),   QStringLiteral("close_note") };
    QCOMPARE(keys, documented);
    Run text = m_trial.as(
        QStringLiteral("assessor"),
        { QStringLiteral("query"), QStringLiteral("list"), QStringLiteral("--site"), QStringLiteral("ICM") });
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.startsWith(second.toUtf8() + " phq9_9 "), text.out.constData());
    Run answered = m_trial.as(QStringLiteral("assessor"),
                              { QStringLiteral("query"), QStringLiteral("answer"), QStringLiteral("--query"), second,
                                QStringLiteral("--answer"), QStringLiteral("Confirmed by phone.") });
    QVERIFY2(answered.code == 0, answered.err.constData());
    QVERIFY2(answered.err.contains(second.toUtf8()), answered.err.constData());
    // The partner arm's contact form is not the assessor's to name, whatever the arm.
    Run hidden = m_trial.as(QStringLiteral("assessor"),
                            { QStringLiteral("query"), QStringLiteral("list"), QStringLiteral("--entry"),
                              QStringLiteral("ICM-0001/PP_FIRST/PP_CONTACT/1") });
    QCOMPARE(hidden.code, 1);
    QVERIFY(hidden.out.isEmpty());
    QVERIFY2(hidden.err.contains("There is no form PP_CONTACT."), hidden.err.constData());
}

QTEST_GUILESS_MAIN(TestCliData)
#include "tst_cli_data.moc"
