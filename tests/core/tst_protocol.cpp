#include "core/protocol/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace trialdesk::core;

namespace {

QJsonObject defaultRoot()
{
    return QJsonDocument::fromJson(Protocol::bundledDefault().value().json).object();
}

QByteArray withRecruitment(QJsonObject root, const QJsonValue &recruitment)
{
    QJsonObject trial = root.value(QStringLiteral("trial")).toObject();
    trial.insert(QStringLiteral("recruitment"), recruitment);
    root.insert(QStringLiteral("trial"), trial);
    return QJsonDocument(root).toJson();
}

QByteArray withVisits(QJsonObject root, const QJsonArray &visits)
{
    QJsonObject schedule = root.value(QStringLiteral("visit_schedule")).toObject();
    schedule.insert(QStringLiteral("visits"), visits);
    root.insert(QStringLiteral("visit_schedule"), schedule);
    return QJsonDocument(root).toJson();
}

QJsonObject visit(const QString &code, const QString &anchor, int offset)
{
    return QJsonObject { { QStringLiteral("code"), code },
                         { QStringLiteral("name"),
                           QJsonObject { { QStringLiteral("fr"), code }, { QStringLiteral("en"), code } } },
                         { QStringLiteral("anchor"), anchor },
                         { QStringLiteral("offset_days"), offset },
                         { QStringLiteral("window_before"), 3 },
                         { QStringLiteral("window_after"), 5 } };
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void defaultScheduleIsTheTrialsSchedule();
    void visitAnchoredOnAnEarlierVisit();
    void badScheduleNamesTheField_data();
    void badScheduleNamesTheField();
    void protocolWithoutScheduleHasNoVisits();
    void recruitmentPeriodIsReadAndChecked_data();
    void recruitmentPeriodIsReadAndChecked();
};

void TestProtocol::defaultScheduleIsTheTrialsSchedule()
{
    const Result<Protocol> protocol = Protocol::bundledDefault();
    QVERIFY2(protocol.ok(), qPrintable(protocol.ok() ? QString() : protocol.error().message));
    const VisitSchedule &schedule = protocol->schedule;
    QVERIFY(schedule.shiftOffNonWorkingDays);
    QVERIFY(schedule.holidays.contains(QDate(2027, 6, 24))); // Fête nationale du Québec
    QVERIFY(schedule.holidays.contains(QDate(2028, 4, 14))); // Good Friday 2028
    QVERIFY(std::is_sorted(schedule.holidays.cbegin(), schedule.holidays.cend()));
    QCOMPARE(schedule.unscheduledForms, QStringList({ QStringLiteral("AE"), QStringLiteral("EOS") }));

    QStringList common;
    QStringList partner;
    for (const ProtocolVisit &visit : schedule.visits)
        (visit.armSpecific() ? partner : common).append(visit.code);
    QCOMPARE(
        common,
        QStringList({ QStringLiteral("BASELINE"), QStringLiteral("M3"), QStringLiteral("M6"), QStringLiteral("M12") }));
    QCOMPARE(partner.size(), 7); // first meeting and six monthly contacts

    const ProtocolVisit *m6 = schedule.visit(QStringLiteral("M6"));
    QVERIFY(m6);
    QCOMPARE(m6->offsetDays, 182);
    QCOMPARE(m6->windowBefore, 14);
    QCOMPARE(m6->windowAfter, 14);
    QVERIFY(m6->primaryOutcome);
    QVERIFY(m6->appliesTo(QStringLiteral("UC")));
    QVERIFY(m6->forms.contains(QStringLiteral("PHQ9")));
    const ProtocolVisit *m12 = schedule.visit(QStringLiteral("M12"));
    QCOMPARE(m12->offsetDays, 365);
    QCOMPARE(m12->windowAfter, 30);
    const ProtocolVisit *first = schedule.visit(QStringLiteral("PP_FIRST"));
    QCOMPARE(first->offsetDays, 7);
    QVERIFY(first->appliesTo(QStringLiteral("PP")));
    QVERIFY(!first->appliesTo(QStringLiteral("UC")));
    QCOMPARE(first->forms, QStringList { QStringLiteral("PP_CONTACT") });
    QCOMPARE(schedule.visit(QStringLiteral("PP_C6"))->offsetDays, 180);
    QVERIFY(!schedule.visit(QStringLiteral("NOPE")));
}

void TestProtocol::visitAnchoredOnAnEarlierVisit()
{
    const QByteArray json = withVisits(defaultRoot(),
                                       QJsonArray { visit(QStringLiteral("V1"), QStringLiteral("randomization"), 0),
                                                    visit(QStringLiteral("V2"), QStringLiteral("V1"), 30) });
    const Result<Protocol> protocol = Protocol::parse(json, QStringLiteral("anchored.json"));
    QVERIFY2(protocol.ok(), qPrintable(protocol.ok() ? QString() : protocol.error().message));
    QCOMPARE(protocol->schedule.visits.at(1).anchor, QStringLiteral("V1"));
    QCOMPARE(protocol->schedule.visits.at(1).windowBefore, 3);
    QCOMPARE(protocol->schedule.visits.at(1).windowAfter, 5);
}

void TestProtocol::badScheduleNamesTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QJsonObject root = defaultRoot();

    QTest::newRow("anchor on a later visit")
        << withVisits(root,
                      QJsonArray { visit(QStringLiteral("V1"), QStringLiteral("V2"), 0),
                                   visit(QStringLiteral("V2"), QStringLiteral("randomization"), 30) })
        << QStringLiteral("visit_schedule.visits[0].anchor");
    QTest::newRow("duplicate code") << withVisits(
        root,
        QJsonArray { visit(QStringLiteral("V1"), QStringLiteral("randomization"), 0),
                     visit(QStringLiteral("V1"), QStringLiteral("randomization"), 30) })
                                    << QStringLiteral("visit_schedule.visits[1].code");
    QJsonObject negative = visit(QStringLiteral("V1"), QStringLiteral("randomization"), -1);
    QTest::newRow("negative offset") << withVisits(root, QJsonArray { negative })
                                     << QStringLiteral("visit_schedule.visits[0].offset_days");
    QJsonObject unknownArm = visit(QStringLiteral("V1"), QStringLiteral("randomization"), 1);
    unknownArm.insert(QStringLiteral("arms"), QJsonArray { QStringLiteral("XX") });
    QTest::newRow("unknown arm") << withVisits(root, QJsonArray { unknownArm })
                                 << QStringLiteral("visit_schedule.visits[0].arms");
    QJsonObject badForm = visit(QStringLiteral("V1"), QStringLiteral("randomization"), 1);
    badForm.insert(QStringLiteral("forms"), QJsonArray { QStringLiteral("not a code") });
    QTest::newRow("bad form code") << withVisits(root, QJsonArray { badForm })
                                   << QStringLiteral("visit_schedule.visits[0].forms[0]");
    QJsonObject badHoliday = root;
    QJsonObject schedule = root.value(QStringLiteral("visit_schedule")).toObject();
    schedule.insert(QStringLiteral("holidays"), QJsonArray { QStringLiteral("2027-02-30") });
    badHoliday.insert(QStringLiteral("visit_schedule"), schedule);
    QTest::newRow("bad holiday") << QJsonDocument(badHoliday).toJson() << QStringLiteral("visit_schedule.holidays[0]");
}

void TestProtocol::badScheduleNamesTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<Protocol> protocol = Protocol::parse(json, QStringLiteral("amended.json"));
    QVERIFY(!protocol.ok());
    QCOMPARE(protocol.error().code, ErrorCode::InvalidInput);
    QVERIFY2(protocol.error().message.contains(QStringLiteral("amended.json")), qPrintable(protocol.error().message));
    QVERIFY2(protocol.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
             qPrintable(protocol.error().message));
}

void TestProtocol::protocolWithoutScheduleHasNoVisits()
{
    QJsonObject root = defaultRoot();
    root.remove(QStringLiteral("visit_schedule"));
    const Result<Protocol> protocol = Protocol::parse(QJsonDocument(root).toJson(), QStringLiteral("bare.json"));
    QVERIFY(protocol.ok());
    QVERIFY(protocol->schedule.visits.isEmpty());
    QVERIFY(!protocol->schedule.shiftOffNonWorkingDays);
}

// "trial.recruitment" is optional; when given, both fields are checked and the error names the field.
void TestProtocol::recruitmentPeriodIsReadAndChecked_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // empty: valid
    const QJsonObject root = defaultRoot();
    auto period = [](const QJsonValue &start, const QJsonValue &months) {
        return QJsonObject { { QStringLiteral("start"), start }, { QStringLiteral("months"), months } };
    };
    QTest::newRow("valid") << withRecruitment(root, period(QStringLiteral("2027-01-15"), 18)) << QString();
    QTest::newRow("ten years") << withRecruitment(root, period(QStringLiteral("2027-01-15"), 120)) << QString();
    QTest::newRow("not an object") << withRecruitment(root, QStringLiteral("2027"))
                                   << QStringLiteral("trial.recruitment");
    QTest::newRow("no start") << withRecruitment(root, QJsonObject { { QStringLiteral("months"), 12 } })
                              << QStringLiteral("trial.recruitment.start");
    QTest::newRow("impossible date") << withRecruitment(root, period(QStringLiteral("2027-02-30"), 12))
                                     << QStringLiteral("trial.recruitment.start");
    QTest::newRow("zero months") << withRecruitment(root, period(QStringLiteral("2027-01-15"), 0))
                                 << QStringLiteral("trial.recruitment.months");
    QTest::newRow("half a month") << withRecruitment(root, period(QStringLiteral("2027-01-15"), 1.5))
                                  << QStringLiteral("trial.recruitment.months");
    QTest::newRow("too long") << withRecruitment(root, period(QStringLiteral("2027-01-15"), 121))
                              << QStringLiteral("trial.recruitment.months");
}

void TestProtocol::recruitmentPeriodIsReadAndChecked()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<Protocol> protocol = Protocol::parse(json, QStringLiteral("recruitment.json"));
    if (field.isEmpty()) {
        QVERIFY2(protocol.ok(), qPrintable(protocol.ok() ? QString() : protocol.error().message));
        QVERIFY(protocol->recruitment.has_value());
        QCOMPARE(protocol->recruitment->start, QDate(2027, 1, 15));
        QVERIFY(protocol->recruitment->months == 18 || protocol->recruitment->months == 120);
        return;
    }
    QVERIFY(!protocol.ok());
    QCOMPARE(protocol.error().code, ErrorCode::InvalidInput);
    QVERIFY2(protocol.error().message.contains(QLatin1Char('"') + field + QLatin1Char('"')),
             qPrintable(protocol.error().message));
    // The bundled protocol sets no period.
    QVERIFY(!Protocol::bundledDefault().value().recruitment.has_value());
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
