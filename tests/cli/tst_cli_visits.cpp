#include "tests/support/Calendar.h"
#include "tests/support/CliTrial.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using trialdesk::test::CliRun;

// The visit commands' contract, on the real executable: JSON fields, exit codes, blinding, iCalendar.
class TestCliVisits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dueAndOverdueJson();
    void blindedAssessorSeesNoPartnerContact();
    void completeMissReschedule();
    void exportIcs();
    void usageErrors();

private:
    CliRun as(const QString &user, const QStringList &arguments) const;
    QJsonObject json(const CliRun &run) const { return trialdesk::test::jsonObject(run.out); }

    trialdesk::test::CliTrial m_trial { QStringLiteral("Visits trial") };
    QDate m_today; // in Montreal, where the site is
    QString m_usual; // a participant of the UC arm
    QString m_partner; // one of the PP arm
};

namespace {
QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

// Every command as user, with the password again for the commands that ask for a signature.
CliRun TestCliVisits::as(const QString &user, const QStringList &arguments) const
{
    return m_trial.as(user, arguments, m_trial.passwordOf(user) + '\n');
}

void TestCliVisits::initTestCase()
{
    const QString notAdded = m_trial.addUsers({ { QStringLiteral("coord"), QStringLiteral("coordinator") },
                                                { QStringLiteral("assessor"), QStringLiteral("outcome-assessor") } });
    QVERIFY2(notAdded.isEmpty(), qPrintable(notAdded));
    m_today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Toronto")).date();
    const QString eligibility = m_trial.eligibilityFile();
    const QString identity = m_trial.identityFile();
    // Randomize until both arms have a participant (permuted blocks: at most a few).
    for (int i = 0; i < 8 && (m_usual.isEmpty() || m_partner.isEmpty()); ++i) {
        QStringList screening = { QStringLiteral("--eligibility"), eligibility };
        if (i == 0)
            screening += { QStringLiteral("--identity"), identity };
        CliRun enrolled = m_trial.enroll(QStringLiteral("coord"), QStringLiteral("ICM"), QStringLiteral("HF"),
                                         iso(m_today), screening);
        QVERIFY2(enrolled.code == 0, enrolled.err.constData());
        const QString studyId = QString::fromUtf8(enrolled.out.trimmed());
        CliRun randomized = m_trial.randomize(QStringLiteral("coord"), studyId);
        QVERIFY2(randomized.code == 0, randomized.err.constData());
        const QByteArray arm = randomized.out.trimmed();
        if (arm == "UC" && m_usual.isEmpty())
            m_usual = studyId;
        if (arm == "PP" && m_partner.isEmpty())
            m_partner = studyId;
    }
    QVERIFY(!m_usual.isEmpty() && !m_partner.isEmpty());
}

void TestCliVisits::dueAndOverdueJson()
{
    CliRun due = as(QStringLiteral("coord"),
                    { QStringLiteral("visits"), QStringLiteral("due"), QStringLiteral("--site"), QStringLiteral("ICM"),
                      QStringLiteral("--from"), iso(m_today.addDays(-10)), QStringLiteral("--to"),
                      iso(m_today.addDays(420)), QStringLiteral("--json") });
    QVERIFY2(due.code == 0, due.err.constData());
    const QJsonObject dueObject = json(due);
    QCOMPARE(dueObject.value(QStringLiteral("site")).toString(), QStringLiteral("ICM"));
    QCOMPARE(dueObject.value(QStringLiteral("from")).toString(), iso(m_today.addDays(-10)));
    const QJsonArray visits = dueObject.value(QStringLiteral("visits")).toArray();
    QCOMPARE(dueObject.value(QStringLiteral("count")).toInt(), int(visits.size()));
    int partnerVisits = 0;
    int usualVisits = 0;
    bool partnerContact = false;
    for (const QJsonValue &value : visits) {
        const QJsonObject visit = value.toObject();
        for (const char *field : { "study_id", "site", "visit", "order", "status", "target_date", "window_start",
                                   "window_end", "primary_outcome", "forms" })
            QVERIFY2(visit.contains(QLatin1String(field)), field);
        QCOMPARE(visit.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));
        partnerVisits += visit.value(QStringLiteral("study_id")).toString() == m_partner ? 1 : 0;
        usualVisits += visit.value(QStringLiteral("study_id")).toString() == m_usual ? 1 : 0;
        partnerContact = partnerContact || visit.value(QStringLiteral("visit")).toString().startsWith("PP_");
    }
    QCOMPARE(usualVisits, 4);
    QCOMPARE(partnerVisits, 11);
    QVERIFY(partnerContact);

    // Everything planned before a day a year and a half away is overdue then.
    const QDate later = m_today.addDays(500);
    CliRun overdue = as(QStringLiteral("coord"),
                        { QStringLiteral("visits"), QStringLiteral("overdue"), QStringLiteral("--site"),
                          QStringLiteral("ICM"), QStringLiteral("--as-of"), iso(later), QStringLiteral("--json") });
    QVERIFY2(overdue.code == 0, overdue.err.constData());
    const QJsonObject overdueObject = json(overdue);
    QCOMPARE(overdueObject.value(QStringLiteral("as_of")).toString(), iso(later));
    const QJsonArray late = overdueObject.value(QStringLiteral("visits")).toArray();
    QCOMPARE(overdueObject.value(QStringLiteral("count")).toInt(), int(late.size()));
    QVERIFY(late.size() >= 15);
    for (const QJsonValue &value : late) {
        const QJsonObject visit = value.toObject();
        const QDate target = QDate::fromString(visit.value(QStringLiteral("target_date")).toString(), Qt::ISODate);
        QCOMPARE(visit.value(QStringLiteral("days_late")).toInt(), int(target.daysTo(later)));
        const QDate windowEnd = QDate::fromString(visit.value(QStringLiteral("window_end")).toString(), Qt::ISODate);
        QCOMPARE(visit.value(QStringLiteral("window_ended")).toBool(), windowEnd < later);
    }

    // The table form has a header and one line per visit.
    CliRun table = as(QStringLiteral("coord"),
                      { QStringLiteral("visits"), QStringLiteral("overdue"), QStringLiteral("--site"),
                        QStringLiteral("ICM"), QStringLiteral("--as-of"), iso(later) });
    QVERIFY2(table.code == 0, table.err.constData());
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QVERIFY(lines.at(0).startsWith("study_id\tvisit\ttarget_date"));
    QCOMPARE(lines.size(), late.size() + 1);

    // The help documents the JSON fields.
    CliRun help
        = trialdesk::test::runCli({ QStringLiteral("visits"), QStringLiteral("overdue"), QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("days_late") && help.out.contains("window_ended"));
}

void TestCliVisits::blindedAssessorSeesNoPartnerContact()
{
    for (const QStringList &command :
         { QStringList { QStringLiteral("visits"), QStringLiteral("due"), QStringLiteral("--site"),
                         QStringLiteral("ICM"), QStringLiteral("--from"), iso(m_today.addDays(-10)),
                         QStringLiteral("--to"), iso(m_today.addDays(420)), QStringLiteral("--json") },
           QStringList { QStringLiteral("visits"), QStringLiteral("overdue"), QStringLiteral("--site"),
                         QStringLiteral("ICM"), QStringLiteral("--as-of"), iso(m_today.addDays(500)),
                         QStringLiteral("--json") } }) {
        CliRun run = as(QStringLiteral("assessor"), command);
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY(!run.out.contains("PP_"));
        const QJsonObject object = json(run);
        int partnerVisits = 0;
        for (const QJsonValue &value : object.value(QStringLiteral("visits")).toArray())
            partnerVisits += value.toObject().value(QStringLiteral("study_id")).toString() == m_partner ? 1 : 0;
        QCOMPARE(partnerVisits, 4);
        QCOMPARE(object.value(QStringLiteral("count")).toInt(),
                 int(object.value(QStringLiteral("visits")).toArray().size()));
    }
    CliRun complete
        = as(QStringLiteral("assessor"),
             { QStringLiteral("visits"), QStringLiteral("complete"), QStringLiteral("--participant"), m_partner,
               QStringLiteral("--visit"), QStringLiteral("PP_FIRST"), QStringLiteral("--date"), iso(m_today) });
    QCOMPARE(complete.code, 1);
    QVERIFY(!complete.err.contains("PP_FIRST"));
}

void TestCliVisits::completeMissReschedule()
{
    const QStringList complete
        = { QStringLiteral("visits"),  QStringLiteral("complete"), QStringLiteral("--participant"), m_usual,
            QStringLiteral("--visit"), QStringLiteral("BASELINE"), QStringLiteral("--date") };
    CliRun done = as(QStringLiteral("coord"), complete + QStringList { iso(m_today) });
    QVERIFY2(done.code == 0, done.err.constData());
    CliRun again = as(QStringLiteral("coord"), complete + QStringList { iso(m_today) });
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains("already completed"));
    CliRun future
        = as(QStringLiteral("coord"),
             { QStringLiteral("visits"), QStringLiteral("complete"), QStringLiteral("--participant"), m_usual,
               QStringLiteral("--visit"), QStringLiteral("M3"), QStringLiteral("--date"), iso(m_today.addDays(2)) });
    QCOMPARE(future.code, 1);
    QVERIFY(future.err.contains("future"));
    CliRun unknown
        = as(QStringLiteral("coord"),
             { QStringLiteral("visits"), QStringLiteral("complete"), QStringLiteral("--participant"), m_usual,
               QStringLiteral("--visit"), QStringLiteral("PP_C1"), QStringLiteral("--date"), iso(m_today) });
    QCOMPARE(unknown.code, 1);

    const QStringList miss
        = { QStringLiteral("visits"),  QStringLiteral("miss"),    QStringLiteral("--participant"), m_partner,
            QStringLiteral("--visit"), QStringLiteral("PP_FIRST") };
    QCOMPARE(as(QStringLiteral("coord"), miss).code, 1);
    CliRun missed
        = as(QStringLiteral("coord"), miss + QStringList { QStringLiteral("--reason"), QStringLiteral("Ill") });
    QVERIFY2(missed.code == 0, missed.err.constData());

    const QStringList reschedule = { QStringLiteral("visits"),        QStringLiteral("reschedule"),
                                     QStringLiteral("--participant"), m_usual,
                                     QStringLiteral("--visit"),       QStringLiteral("M3"),
                                     QStringLiteral("--date"),        iso(m_today.addDays(95)) };
    QCOMPARE(as(QStringLiteral("coord"), reschedule).code, 1);
    CliRun moved = as(QStringLiteral("coord"),
                      reschedule + QStringList { QStringLiteral("--reason"), QStringLiteral("Surgery planned") });
    QVERIFY2(moved.code == 0, moved.err.constData());

    // The lists reflect it: M3 on its new date, BASELINE no longer due.
    CliRun due = as(QStringLiteral("coord"),
                    { QStringLiteral("visits"), QStringLiteral("due"), QStringLiteral("--site"), QStringLiteral("ICM"),
                      QStringLiteral("--from"), iso(m_today.addDays(-10)), QStringLiteral("--to"),
                      iso(m_today.addDays(420)) });
    QVERIFY(due.code == 0);
    QVERIFY(due.out.contains((m_usual + QStringLiteral("\tM3\t") + iso(m_today.addDays(95))).toUtf8()));
    QVERIFY(!due.out.contains((m_usual + QStringLiteral("\tBASELINE\t")).toUtf8()));
    QVERIFY(!due.out.contains((m_partner + QStringLiteral("\tPP_FIRST\t")).toUtf8()));
}

void TestCliVisits::exportIcs()
{
    const QString output = m_trial.filePath(QStringLiteral("visits.ics"));
    CliRun exported = as(QStringLiteral("coord"),
                         { QStringLiteral("visits"), QStringLiteral("export-ics"), QStringLiteral("--site"),
                           QStringLiteral("ICM"), QStringLiteral("--output"), output });
    QVERIFY2(exported.code == 0, exported.err.constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(text.count('\n'), text.count("\r\n"));
    QVERIFY(text.contains("SUMMARY:" + m_usual.toUtf8() + " M12\r\n"));
    QVERIFY(text.contains("DTSTART;VALUE=DATE:"));
    // No identifying data outside the UIDs (keyed hashes; their shape is checked in core's tests).
    for (const QByteArray &line : trialdesk::test::icsLinesWithoutUids(text))
        for (const char *identifying : { "Tremblay", "Marie", "TREM", "1959", "555-0101" })
            QVERIFY2(!line.contains(identifying), (QByteArray(identifying) + " in " + line).constData());
    // Owner-only, like every file TrialDesk writes.
    QVERIFY(trialdesk::test::isOwnerOnlyFile(output));

    // The blinded assessor's calendar: UIDs are keyed hashes (no row id to count hidden visits by),
    // stable across exports and equal to the coordinator's for the same visit.
    const QString blinded = m_trial.filePath(QStringLiteral("assessor.ics"));
    for (int round = 0; round < 2; ++round) {
        CliRun assessor = as(QStringLiteral("assessor"),
                             { QStringLiteral("visits"), QStringLiteral("export-ics"), QStringLiteral("--site"),
                               QStringLiteral("ICM"), QStringLiteral("--output"), blinded });
        QVERIFY2(assessor.code == 0, assessor.err.constData());
        QFile calendar(blinded);
        QVERIFY(calendar.open(QIODevice::ReadOnly));
        const QMap<QByteArray, QByteArray> assessorUids = trialdesk::test::icsUidsBySummary(calendar.readAll());
        const QMap<QByteArray, QByteArray> coordinatorUids = trialdesk::test::icsUidsBySummary(text);
        QVERIFY(!assessorUids.isEmpty());
        QVERIFY(assessorUids.size() < coordinatorUids.size()); // the partner contacts are hidden
        const QRegularExpression shape(QStringLiteral("^trialdesk-visit-[0-9a-f]{32}@trialdesk$"));
        for (auto it = assessorUids.cbegin(); it != assessorUids.cend(); ++it) {
            QVERIFY2(shape.match(QString::fromLatin1(it.value())).hasMatch(), it.value().constData());
            QCOMPARE(coordinatorUids.value(it.key()), it.value());
        }
    }
    CliRun unknownSite = as(QStringLiteral("coord"),
                            { QStringLiteral("visits"), QStringLiteral("export-ics"), QStringLiteral("--site"),
                              QStringLiteral("XYZ"), QStringLiteral("--output"), output + QStringLiteral("2") });
    QCOMPARE(unknownSite.code, 1);
    QVERIFY(!QFile::exists(output + QStringLiteral("2")));
}

void TestCliVisits::usageErrors()
{
    QCOMPARE(as(QStringLiteral("coord"),
                { QStringLiteral("visits"), QStringLiteral("due"), QStringLiteral("--site"), QStringLiteral("ICM"),
                  QStringLiteral("--from"), QStringLiteral("2027-13-01"), QStringLiteral("--to"),
                  QStringLiteral("2027-12-01") })
                 .code,
             2);
    QCOMPARE(
        as(QStringLiteral("coord"),
           { QStringLiteral("visits"), QStringLiteral("overdue"), QStringLiteral("--site"), QStringLiteral("ICM") })
            .code,
        2);
    QCOMPARE(as(QStringLiteral("coord"),
                { QStringLiteral("visits"), QStringLiteral("complete"), QStringLiteral("--participant"), m_usual,
                  QStringLiteral("--visit"), QStringLiteral("M6") })
                 .code,
             2);
    QCOMPARE(
        as(QStringLiteral("coord"),
           { QStringLiteral("visits"), QStringLiteral("export-ics"), QStringLiteral("--site"), QStringLiteral("ICM") })
            .code,
        2);
    // A period that ends before it starts is refused (1).
    QCOMPARE(as(QStringLiteral("coord"),
                { QStringLiteral("visits"), QStringLiteral("due"), QStringLiteral("--site"), QStringLiteral("ICM"),
                  QStringLiteral("--from"), QStringLiteral("2027-12-01"), QStringLiteral("--to"),
                  QStringLiteral("2027-11-01") })
                 .code,
             1);
}

QTEST_GUILESS_MAIN(TestCliVisits)
#include "tst_cli_visits.moc"
