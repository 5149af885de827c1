// CONSORT flow, recruitment and randomization reports on a scripted trial whose every box is
// worked out by hand below; the PNG, SVG and PDF outputs; the ReportDocument layout (header,
// data cut, user, "Page X of Y", repeated table header); role refusals.
//
// Rows are inserted with SQL (as tst_stats_reports does) so that each box has a known number
// whatever the visit and form services decide about dates; the reports only read these tables.
#include "core/audit/AuditTrail.h"
#include "core/protocol/Protocol.h"
#include "core/protocol/ProtocolService.h"
#include "core/services/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "reports/ConsortReport.h"
#include "reports/RandomizationReport.h"
#include "reports/RecruitmentReport.h"
#include "reports/ReportContext.h"
#include "reports/ReportDocument.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QtTest>

using namespace trialdesk;
using namespace trialdesk::reports;

namespace {

const QByteArray kAdminPassword = QByteArrayLiteral("correct horse battery");
const QByteArray kUserPassword = QByteArrayLiteral("a long enough password");

QJsonObject reason(const QJsonObject &box, const QString &code)
{
    for (const QJsonValue &value : box.value(QStringLiteral("reasons")).toArray())
        if (value.toObject().value(QStringLiteral("code")).toString() == code)
            return value.toObject();
    return {};
}

qint64 detail(const QJsonObject &reasonObject, const QString &text)
{
    for (const QJsonValue &value : reasonObject.value(QStringLiteral("details")).toArray())
        if (value.toObject().value(QStringLiteral("reason")).toString() == text)
            return value.toObject().value(QStringLiteral("count")).toInteger();
    return -1;
}

qint64 count(const QJsonObject &box)
{
    return box.value(QStringLiteral("count")).toInteger();
}

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestConsort : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consortBoxByBox();
    void consortDrawings();
    void recruitmentByHand();
    void randomizationReportFlagsForgedRows();
    void documentLayout();
    void rolesAreRefused();
    void recruitmentFollowsTheProtocolsPeriod(); // last: amends the protocol

private:
    void sql(const QString &statement, const QVariantList &values = {});
    void screening(const QString &site, const QString &outcome, const QString &failed, const QString &reason,
                   const QString &date);
    qint64 participant(const QString &studyId, const QString &site, const QString &arm, const QString &month);
    void visit(qint64 participantId, const QString &code, const QString &status);
    void contactForm(qint64 participantId, const QString &state);
    void event(qint64 participantId, const QString &type, const QString &reason, const QString &detail = {});
    std::unique_ptr<core::TrialSession> login(const QString &user, const QByteArray &password);

    QTemporaryDir m_dir;
    core::ManualClock m_clock { QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()) };
    std::unique_ptr<core::TrialSession> m_admin;
    int m_next = 0;
};

std::unique_ptr<core::TrialSession> TestConsort::login(const QString &user, const QByteArray &password)
{
    auto workspace = core::Workspace::open(m_dir.path() + QStringLiteral("/trial"), m_clock);
    if (!workspace)
        return nullptr;
    auto session = workspace.value()->login(user, password);
    if (!session)
        return nullptr;
    return std::move(session.value());
}

void TestConsort::sql(const QString &statement, const QVariantList &values)
{
    QSqlQuery query(m_admin->database());
    QVERIFY2(query.prepare(statement), qPrintable(query.lastError().text()));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text() + QLatin1Char(' ') + statement));
}

void TestConsort::screening(const QString &site, const QString &outcome, const QString &failed, const QString &reason,
                            const QString &date)
{
    const int n = ++m_next;
    sql(QStringLiteral("INSERT INTO screenings (id, site_code, site_number, screening_number, screened_on, age, sex, "
                       "answers, outcome, failed_criteria, reason, protocol_version, recorded_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, 60, 'F', '{}', ?, ?, ?, 1, 'admin', '2026-07-15T09:00:00Z')"),
        { n, site, n, QStringLiteral("S-%1").arg(n), date, outcome, failed.isNull() ? QStringLiteral("") : failed,
          reason.isEmpty() ? QVariant() : QVariant(reason) });
}

qint64 TestConsort::participant(const QString &studyId, const QString &site, const QString &arm, const QString &month)
{
    screening(site, QStringLiteral("eligible"), QString(), QString(), month + QStringLiteral("-01"));
    const int n = m_next;
    const QString at = month + QStringLiteral("-02T09:00:00Z");
    sql(QStringLiteral("INSERT INTO participants (id, study_id, site_code, site_number, screening_id, status, "
                       "stratum_values, registered_at, registered_by) VALUES (?, ?, ?, ?, ?, 'randomized', "
                       "'site=ICM,condition=HF', ?, 'admin')"),
        { n, studyId, site, n, n, at });
    sql(QStringLiteral("INSERT INTO randomizations (participant_id, design_version, stratum_values, stratum_index, "
                       "sequence, block_number, block_size, position_in_block, arm, randomized_at, randomized_by) "
                       "VALUES (?, 1, 'site=ICM,condition=HF', 0, ?, 1, 4, 1, ?, ?, 'admin')"),
        { n, n, arm, at });
    return n;
}

void TestConsort::visit(qint64 participantId, const QString &code, const QString &status)
{
    const QString now = QStringLiteral("2026-11-01T09:00:00Z");
    sql(QStringLiteral("INSERT INTO visits (participant_id, site_code, visit_code, visit_order, protocol_version, "
                       "arm_specific, target_date, window_start, window_end, status, actual_date, out_of_window, "
                       "reason, created_at, updated_at, updated_by) VALUES (?, 'ICM', ?, 1, 1, 0, '2026-10-01', "
                       "'2026-10-01', '2026-10-01', ?, ?, 0, NULL, ?, ?, 'admin')"),
        { participantId, code, status,
          status == QLatin1String("completed") ? QVariant(QStringLiteral("2026-10-01")) : QVariant(), now, now });
}

void TestConsort::contactForm(qint64 participantId, const QString &state)
{
    const QString now = QStringLiteral("2026-11-01T09:00:00Z");
    sql(QStringLiteral("INSERT INTO form_entries (participant_id, visit_id, site_code, form_code, form_version, "
                       "instance, state, arm_specific, created_at, created_by, updated_at, updated_by) "
                       "VALUES (?, NULL, 'ICM', 'PP_CONTACT', 1, 1, ?, 1, ?, 'admin', ?, 'admin')"),
        { participantId, state, now, now });
}

void TestConsort::event(qint64 participantId, const QString &type, const QString &reason, const QString &detail)
{
    sql(QStringLiteral("INSERT INTO participant_events (participant_id, event_type, event_date, reason, detail, "
                       "recorded_by, recorded_at) VALUES (?, ?, '2026-10-02', ?, ?, 'admin', '2026-10-02T09:00:00Z')"),
        { participantId, type, reason, detail.isNull() ? QStringLiteral("") : detail });
}

// The scenario (arms PP then UC in the protocol; primary outcome visit M6):
//   Screenings not randomized (ICM, July 2026): 3 not eligible (AGE18; AGE18; AGE18+COGNITIVE),
//   2 declined ("Too busy" twice), 1 other ("Moved away"), 1 eligible never randomized.
//   PP (ICM, randomized August 2026):
//     P1 PP_FIRST completed, M6 completed                         received, analysed
//     P2 PP_CONTACT form complete (no PP_FIRST visit), withdrew from the intervention
//        ("Side effects"), M6 completed                            received, discontinued, analysed
//     P3 PP_FIRST planned, PP_CONTACT draft, lost ("No answer to calls"), M6 cancelled
//                                                                 not received (lost), excluded (no M6)
//     P4 withdrew consent to data use ("Wants out")               not received (withdrew), excluded (data)
//   UC (HSJ, randomized September 2026):
//     U1 M6 completed; U2 M6 missed; U3 M6 planned; U4 randomized in error ("Wrong person"), M6 completed.
void TestConsort::initTestCase()
{
    QVERIFY(m_dir.isValid());
    core::NewTrial trial;
    trial.directory = m_dir.path() + QStringLiteral("/trial");
    trial.trialName = QStringLiteral("Consort trial");
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
    QVERIFY(users.add(QStringLiteral("cora"), QStringLiteral("Cora Coordinator"), core::Role::Coordinator,
                      QStringLiteral("ICM"), kUserPassword));

    const QString july = QStringLiteral("2026-07-15");
    screening(QStringLiteral("ICM"), QStringLiteral("not-eligible"), QStringLiteral("AGE18"), QString(), july);
    screening(QStringLiteral("ICM"), QStringLiteral("not-eligible"), QStringLiteral("AGE18"), QString(), july);
    screening(QStringLiteral("ICM"), QStringLiteral("not-eligible"), QStringLiteral("AGE18,COGNITIVE"), QString(),
              july);
    screening(QStringLiteral("ICM"), QStringLiteral("declined"), QString(), QStringLiteral("Too busy"), july);
    screening(QStringLiteral("ICM"), QStringLiteral("declined"), QString(), QStringLiteral("Too busy"), july);
    screening(QStringLiteral("ICM"), QStringLiteral("other"), QString(), QStringLiteral("Moved away"), july);
    screening(QStringLiteral("ICM"), QStringLiteral("eligible"), QString(), QString(), july);

    const QString aug = QStringLiteral("2026-08");
    const QString sep = QStringLiteral("2026-09");
    const qint64 p1 = participant(QStringLiteral("ICM-001"), QStringLiteral("ICM"), QStringLiteral("PP"), aug);
    const qint64 p2 = participant(QStringLiteral("ICM-002"), QStringLiteral("ICM"), QStringLiteral("PP"), aug);
    const qint64 p3 = participant(QStringLiteral("ICM-003"), QStringLiteral("ICM"), QStringLiteral("PP"), aug);
    const qint64 p4 = participant(QStringLiteral("ICM-004"), QStringLiteral("ICM"), QStringLiteral("PP"), aug);
    const qint64 u1 = participant(QStringLiteral("HSJ-001"), QStringLiteral("HSJ"), QStringLiteral("UC"), sep);
    const qint64 u2 = participant(QStringLiteral("HSJ-002"), QStringLiteral("HSJ"), QStringLiteral("UC"), sep);
    const qint64 u3 = participant(QStringLiteral("HSJ-003"), QStringLiteral("HSJ"), QStringLiteral("UC"), sep);
    const qint64 u4 = participant(QStringLiteral("HSJ-004"), QStringLiteral("HSJ"), QStringLiteral("UC"), sep);
    const QString completed = QStringLiteral("completed");
    visit(p1, QStringLiteral("PP_FIRST"), completed);
    visit(p1, QStringLiteral("M6"), completed);
    contactForm(p2, QStringLiteral("complete"));
    event(p2, QStringLiteral("withdrawal"), QStringLiteral("Side effects"), QStringLiteral("intervention"));
    visit(p2, QStringLiteral("M6"), completed);
    visit(p3, QStringLiteral("PP_FIRST"), QStringLiteral("planned"));
    contactForm(p3, QStringLiteral("draft"));
    event(p3, QStringLiteral("lost-to-follow-up"), QStringLiteral("No answer to calls"));
    visit(p3, QStringLiteral("M6"), QStringLiteral("cancelled"));
    event(p4, QStringLiteral("withdrawal"), QStringLiteral("Wants out"), QStringLiteral("data"));
    visit(p4, QStringLiteral("M6"), QStringLiteral("cancelled"));
    visit(u1, QStringLiteral("M6"), completed);
    visit(u2, QStringLiteral("M6"), QStringLiteral("missed"));
    visit(u3, QStringLiteral("M6"), QStringLiteral("planned"));
    event(u4, QStringLiteral("randomized-in-error"), QStringLiteral("Wrong person"));
    visit(u4, QStringLiteral("M6"), completed);
}

void TestConsort::consortBoxByBox()
{
    auto flow = ConsortReport::compute(*m_admin);
    QVERIFY2(flow.ok(), flow.ok() ? "" : qPrintable(flow.error().message));
    auto context = ReportContext::forSession(*m_admin);
    QVERIFY(context.ok());
    // Through the serialized JSON, as a reader of the file would see it.
    const QJsonObject json
        = QJsonDocument::fromJson(QJsonDocument(ConsortReport::toJson(flow.value(), context.value())).toJson())
              .object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("trialdesk-consort"));
    QCOMPARE(json.value(QStringLiteral("primary_outcome_visit")).toString(), QStringLiteral("M6"));
    QCOMPARE(json.value(QStringLiteral("trial")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("PP-CHRONIC"));
    // The data cut in the same form as the other reports and the export manifests.
    QCOMPARE(json.value(QStringLiteral("data_cut_utc")).toString(), QStringLiteral("2026-11-26T09:00:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("generated_by")).toString(), context->generatedBy);
    // The audit chain's head as the report found it, in the JSON and on every PDF page.
    const core::AuditCheckpoint chain = core::AuditTrail::checkpoint(m_admin->database()).value();
    QVERIFY(chain.entries > 0);
    QCOMPARE(json.value(QStringLiteral("audit_chain")).toObject(), chain.toJson());
    ReportDocument document = ReportDocument::forContext(QStringLiteral("CONSORT"), context.value());
    document.addParagraph(QStringLiteral("First page"));
    document.addPageBreak();
    document.addParagraph(QStringLiteral("Second page"));
    QVERIFY(document.auditChainText().contains(QString::fromLatin1(chain.head)));
    QCOMPARE(document.toJson().value(QStringLiteral("audit_chain")).toObject(), chain.toJson());
    const QList<ReportDocument::PageText> pages = document.pageTexts();
    QCOMPARE(pages.size(), 2);
    for (const ReportDocument::PageText &page : pages)
        QVERIFY(page.texts.contains(document.auditChainText()));
    const QJsonObject enrollment = json.value(QStringLiteral("enrollment")).toObject();
    QCOMPARE(count(enrollment.value(QStringLiteral("assessed")).toObject()), 15);
    const QJsonObject excluded = enrollment.value(QStringLiteral("excluded")).toObject();
    QCOMPARE(count(excluded), 7);
    const QJsonObject notMeeting = reason(excluded, QStringLiteral("not-meeting-criteria"));
    QCOMPARE(count(notMeeting), 3);
    QCOMPARE(detail(notMeeting, QStringLiteral("Aged 18 or older")), 3);
    QCOMPARE(detail(notMeeting, QStringLiteral("Cognitive impairment preventing consent")), 1);
    const QJsonObject declined = reason(excluded, QStringLiteral("declined"));
    QCOMPARE(count(declined), 2);
    QCOMPARE(detail(declined, QStringLiteral("Too busy")), 2);
    const QJsonObject other = reason(excluded, QStringLiteral("other"));
    QCOMPARE(count(other), 2);
    QCOMPARE(detail(other, QStringLiteral("Moved away")), 1);
    QCOMPARE(detail(other, QStringLiteral("Eligible, not randomized")), 1);
    const QJsonObject randomized = enrollment.value(QStringLiteral("randomized")).toObject();
    QCOMPARE(count(randomized), 8);
    QCOMPARE(randomized.value(QStringLiteral("in_error")).toInteger(), 1);

    const QJsonArray arms = json.value(QStringLiteral("arms")).toArray();
    QCOMPARE(arms.size(), 2);
    const QJsonObject pp = arms.at(0).toObject();
    QCOMPARE(pp.value(QStringLiteral("code")).toString(), QStringLiteral("PP"));
    QCOMPARE(pp.value(QStringLiteral("name")).toString(), QStringLiteral("Patient-partner follow-up"));
    QCOMPARE(count(pp.value(QStringLiteral("allocated")).toObject()), 4);
    QCOMPARE(count(pp.value(QStringLiteral("received_allocated_intervention")).toObject()), 2);
    const QJsonObject ppNot = pp.value(QStringLiteral("did_not_receive_allocated_intervention")).toObject();
    QCOMPARE(count(ppNot), 2);
    QCOMPARE(count(reason(ppNot, QStringLiteral("withdrew"))), 1);
    QCOMPARE(detail(reason(ppNot, QStringLiteral("withdrew")), QStringLiteral("Wants out")), 1);
    QCOMPARE(count(reason(ppNot, QStringLiteral("lost-to-follow-up"))), 1);
    QVERIFY(reason(ppNot, QStringLiteral("not-yet-received")).isEmpty());
    const QJsonObject ppLost = pp.value(QStringLiteral("lost_to_follow_up")).toObject();
    QCOMPARE(count(ppLost), 1);
    QCOMPARE(detail(reason(ppLost, QStringLiteral("lost-to-follow-up")), QStringLiteral("No answer to calls")), 1);
    const QJsonObject ppDiscontinued = pp.value(QStringLiteral("discontinued_intervention")).toObject();
    QCOMPARE(count(ppDiscontinued), 2);
    QCOMPARE(detail(reason(ppDiscontinued, QStringLiteral("stopped-intervention")), QStringLiteral("Side effects")), 1);
    QCOMPARE(count(reason(ppDiscontinued, QStringLiteral("withdrew-data-use"))), 1);
    QCOMPARE(count(pp.value(QStringLiteral("analysed")).toObject()), 2);
    const QJsonObject ppExcluded = pp.value(QStringLiteral("excluded_from_analysis")).toObject();
    QCOMPARE(count(ppExcluded), 2);
    QCOMPARE(count(reason(ppExcluded, QStringLiteral("withdrew-data-use"))), 1);
    QCOMPARE(count(reason(ppExcluded, QStringLiteral("primary-outcome-missing"))), 1);
    QVERIFY(reason(ppExcluded, QStringLiteral("randomized-in-error")).isEmpty());

    const QJsonObject uc = arms.at(1).toObject();
    QCOMPARE(uc.value(QStringLiteral("code")).toString(), QStringLiteral("UC"));
    QCOMPARE(count(uc.value(QStringLiteral("allocated")).toObject()), 4);
    QCOMPARE(count(uc.value(QStringLiteral("received_allocated_intervention")).toObject()), 3);
    QCOMPARE(count(uc.value(QStringLiteral("did_not_receive_allocated_intervention")).toObject()), 0);
    QCOMPARE(count(uc.value(QStringLiteral("lost_to_follow_up")).toObject()), 0);
    QCOMPARE(count(uc.value(QStringLiteral("discontinued_intervention")).toObject()), 0);
    QCOMPARE(count(uc.value(QStringLiteral("analysed")).toObject()), 1);
    const QJsonObject ucExcluded = uc.value(QStringLiteral("excluded_from_analysis")).toObject();
    QCOMPARE(count(ucExcluded), 3);
    QCOMPARE(detail(reason(ucExcluded, QStringLiteral("randomized-in-error")), QStringLiteral("Wrong person")), 1);
    const QJsonObject missing = reason(ucExcluded, QStringLiteral("primary-outcome-missing"));
    QCOMPARE(count(missing), 2);
    QCOMPARE(detail(missing, QStringLiteral("Visit missed")), 1);
    QCOMPARE(detail(missing, QStringLiteral("Visit not done yet")), 1);
}

void TestConsort::consortDrawings()
{
    auto flow = ConsortReport::compute(*m_admin);
    QVERIFY(flow.ok());
    auto context = ReportContext::forSession(*m_admin);
    QVERIFY(context.ok());

    const QImage image = ConsortReport::toImage(flow.value(), 1200);
    QCOMPARE(image.width(), 1200);
    QVERIFY(image.height() > 800);
    qint64 dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (qGray(image.pixel(x, y)) < 128)
                ++dark;
    QVERIFY2(dark > 2000, qPrintable(QString::number(dark))); // boxes, arrows and text, not a blank page

    const QString png = m_dir.filePath(QStringLiteral("consort.png"));
    QVERIFY(ConsortReport::writePng(flow.value(), png).ok());
    QImage read(png);
    QCOMPARE(read.width(), 2000);
    QVERIFY(read.height() > 1300);

    const QString svg = m_dir.filePath(QStringLiteral("consort.svg"));
    QVERIFY(ConsortReport::writeSvg(flow.value(), context.value(), svg).ok());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString allText = texts.join(QLatin1Char('\n'));
    QVERIFY2(allText.contains(QStringLiteral("Assessed for eligibility (n = 15)")), qPrintable(allText));
    QVERIFY(allText.contains(QStringLiteral("Randomized (n = 8)")));
    QVERIFY(allText.contains(QStringLiteral("Allocated to Patient-partner follow-up (n = 4)")));
    QVERIFY(allText.contains(QStringLiteral("Analysed (n = 1)")));

    const QString pdf = m_dir.filePath(QStringLiteral("consort.pdf"));
    QVERIFY(ConsortReport::writePdf(flow.value(), context.value(), pdf).ok());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(pdfPages(bytes), 1);
}

void TestConsort::recruitmentByHand()
{
    auto data = RecruitmentReport::compute(*m_admin);
    QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
    // No recruitment period in the bundled protocol: 12 months from the first screening (July 2026),
    // target 120, so 10 a month.
    QVERIFY(!data->periodFromProtocol);
    QCOMPARE(data->periodStart, QDate(2026, 7, 1));
    QCOMPARE(data->periodMonths, 12);
    QCOMPARE(data->months.size(), 12);
    QCOMPARE(data->months[0].cumulative, 0);
    QCOMPARE(data->months[1].randomized, 4);
    QCOMPARE(data->months[1].cumulative, 4);
    QCOMPARE(data->months[1].target, 20.0);
    QCOMPARE(data->months[2].cumulative, 8);
    QCOMPARE(data->months[11].target, 120.0);
    QCOMPARE(data->screened, 15);
    QCOMPARE(data->randomized, 8);
    QCOMPARE(data->screeningPerRandomization(), 15.0 / 8.0);
    QCOMPARE(data->sites, (QStringList { QStringLiteral("HSJ"), QStringLiteral("ICM") }));
    QCOMPARE(data->screenedBySite.value(QStringLiteral("ICM")), 11);
    QCOMPARE(data->bySiteAndMonth.value(QStringLiteral("HSJ")).value(QDate(2026, 9, 1)), 4);

    const ReportDocument::Table table = RecruitmentReport::siteMonthTable(data.value());
    QCOMPARE(table.header,
             (QStringList { QStringLiteral("Month"), QStringLiteral("HSJ"), QStringLiteral("ICM"),
                            QStringLiteral("Total") }));
    QCOMPARE(
        table.rows[1],
        (QStringList { QStringLiteral("2026-08"), QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("4") }));
    QCOMPARE(table.rows.last(),
             (QStringList { QStringLiteral("Total"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("8") }));

    auto context = ReportContext::forSession(*m_admin);
    QVERIFY(context.ok());
    const QByteArray csv = RecruitmentReport::toCsv(data.value());
    QVERIFY(csv.startsWith("month,site,randomized,cumulative,target,screened\n"));
    QVERIFY(csv.contains("2026-09,ALL,4,8,30.00,\n"));
    const QJsonObject json = RecruitmentReport::toJson(data.value(), context.value());
    QCOMPARE(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("assumed"));
    QCOMPARE(json.value(QStringLiteral("randomized")).toInteger(), 8);
    QCOMPARE(json.value(QStringLiteral("data_cut_utc")).toString(), QStringLiteral("2026-11-26T09:00:00.000Z"));

    const ReportDocument document = RecruitmentReport::document(data.value(), context.value());
    const QList<ReportDocument::PageText> pages = document.pageTexts();
    QVERIFY(!pages.isEmpty());
    QVERIFY(pages.first().texts.contains(QStringLiteral("Recruitment report")));
    const QString pdf = m_dir.filePath(QStringLiteral("recruitment.pdf"));
    QVERIFY(RecruitmentReport::writePdf(data.value(), context.value(), pdf).ok());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(pdfPages(file.readAll()), static_cast<int>(pages.size()));
}

void TestConsort::randomizationReportFlagsForgedRows()
{
    // The scenario's allocations were written with SQL, not drawn from the stream: the report must
    // say the log does not verify.
    auto data = RandomizationReport::compute(*m_admin);
    QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
    QCOMPARE(data->log.entries.size(), 8);
    QVERIFY(!data->log.clean());
    QVERIFY(data->log.auditChainOk);
    QCOMPARE(data->log.auditHead.size(), 64);
    auto context = ReportContext::forSession(*m_admin);
    QVERIFY(context.ok());
    const QJsonObject json = RandomizationReport::toJson(data.value(), context.value());
    QCOMPARE(json.value(QStringLiteral("verification")).toObject().value(QStringLiteral("clean")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("audit_chain")).toObject().value(QStringLiteral("head")).toString(),
             QString::fromLatin1(data->log.auditHead));
    const QByteArray csv = RandomizationReport::toCsv(data.value());
    QCOMPARE(csv.count('\n'), 9);
    const ReportDocument document = RandomizationReport::document(data.value(), context.value());
    QString all;
    for (const ReportDocument::PageText &page : document.pageTexts())
        all += page.texts.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Verification FAILED.")));
    QVERIFY(all.contains(QString::fromLatin1(data->log.auditHead)));
    QVERIFY(all.contains(QStringLiteral("HSJ-004 (in error)")));
    const QString pdf = m_dir.filePath(QStringLiteral("randomization.pdf"));
    QVERIFY(RandomizationReport::writePdf(*m_admin, data.value(), context.value(), pdf).ok());
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestConsort::documentLayout()
{
    ReportDocument document(QStringLiteral("Layout check"));
    document.setTrial(QStringLiteral("PP-CHRONIC"), QStringLiteral("A trial"));
    document.setDataCut(QDateTime(QDate(2026, 11, 27), QTime(3, 58), QTimeZone::utc()));
    document.setGeneratedBy(QStringLiteral("Ada Admin (admin)"));
    document.addHeading(QStringLiteral("Section"));
    document.addParagraph(QStringLiteral("Some words. ").repeated(200));
    ReportDocument::Table table;
    table.header = QStringList { QStringLiteral("Name"), QStringLiteral("Count") };
    table.numericColumns = { 1 };
    for (int i = 0; i < 300; ++i)
        table.rows << QStringList { QStringLiteral("row %1").arg(i), QString::number(i) };
    document.addTable(table);
    bool painted = false;
    document.addDrawing(
        [&painted](QPainter &painter, const QRectF &rect) {
            painted = true;
            painter.drawRect(rect);
        },
        QSizeF(100, 50), QStringLiteral("A drawing"));

    const QList<ReportDocument::PageText> pages = document.pageTexts();
    QVERIFY(pages.size() >= 4);
    const int total = static_cast<int>(pages.size());
    int headers = 0;
    for (int i = 0; i < total; ++i) {
        const QStringList &texts = pages[i].texts;
        QVERIFY(texts.contains(QStringLiteral("Layout check")));
        QVERIFY(texts.contains(QStringLiteral("PP-CHRONIC \u2014 A trial")));
        QVERIFY(texts.contains(QStringLiteral("Generated by: Ada Admin (admin)")));
        QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString &text) {
            return text.startsWith(QStringLiteral("Data cut: "))
                && text.contains(QStringLiteral("2026-11-27 03:58:00 UTC"));
        }));
        QCOMPARE(texts.last(), QStringLiteral("Page %1 of %2").arg(i + 1).arg(total));
        if (texts.contains(QStringLiteral("Count")))
            ++headers;
    }
    // The 300-row table spans several pages, its header row repeated on each.
    QVERIFY2(headers >= 3, qPrintable(QString::number(headers)));
    QCOMPARE(document.tablesToCsv().count('\n'), 301);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(document.writePdf(buffer).ok());
    QVERIFY(painted);
    QCOMPARE(pdfPages(bytes), total);
    QVERIFY(!document.writePdf(m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"))).ok());
}

void TestConsort::rolesAreRefused()
{
    auto olga = login(QStringLiteral("olga"), kUserPassword);
    QVERIFY(olga);
    auto flow = ConsortReport::compute(*olga);
    QVERIFY(!flow.ok());
    QCOMPARE(flow.error().code, core::ErrorCode::PermissionDenied);
    QVERIFY(flow.error().message.contains(QStringLiteral("blinded")));
    auto log = RandomizationReport::compute(*olga);
    QVERIFY(!log.ok());
    QCOMPARE(log.error().code, core::ErrorCode::PermissionDenied);
    // Recruitment shows no arm: a blinded role may read it.
    QVERIFY(RecruitmentReport::compute(*olga).ok());

    auto cora = login(QStringLiteral("cora"), kUserPassword);
    QVERIFY(cora);
    QVERIFY(!ConsortReport::compute(*cora).ok());
    QVERIFY(!RandomizationReport::compute(*cora).ok());
}

// Once an amendment gives the recruitment period, the target line runs over it: 120 over 6 months
// from August 2026 is 20 a month, and the report says the period is the protocol's.
void TestConsort::recruitmentFollowsTheProtocolsPeriod()
{
    QJsonObject root = QJsonDocument::fromJson(core::Protocol::bundledDefault().value().json).object();
    QJsonObject trial = root.value(QStringLiteral("trial")).toObject();
    trial.insert(
        QStringLiteral("recruitment"),
        QJsonObject { { QStringLiteral("start"), QStringLiteral("2026-08-10") }, { QStringLiteral("months"), 6 } });
    root.insert(QStringLiteral("trial"), trial);
    auto amended = core::ProtocolService(*m_admin).amend(QJsonDocument(root).toJson(), QStringLiteral("period.json"),
                                                         QStringLiteral("recruitment period approved"));
    QVERIFY2(amended.ok(), amended.ok() ? "" : qPrintable(amended.error().message));

    auto data = RecruitmentReport::compute(*m_admin);
    QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
    QVERIFY(data->periodFromProtocol);
    QCOMPARE(data->periodStart, QDate(2026, 8, 1));
    QCOMPARE(data->periodMonths, 6);
    QCOMPARE(data->months.first().target, 20.0);
    QCOMPARE(data->months.last().target, 120.0);
    QCOMPARE(data->randomized, 8); // the same randomizations
}

QTEST_MAIN(TestConsort)
#include "tst_consort.moc"
