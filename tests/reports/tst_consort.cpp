// CONSORT flow, recruitment and randomization reports on a scripted trial whose every box is
// worked out by hand below; the PNG, SVG and PDF outputs; the ReportDocument layout (header,
// data cut, user, "Page X of Y", repeated table header); role refusals.
//
// The trial is built through the services, as users would build it: screenings, enrolments,
// randomizations, visits, a contact form and status changes. The arms come from the trial's own
// random seed, so the scenario gives each participant's fate by arm, in the order they land in it;
// blocks of four (a design version saved before the first randomization) make each site's four
// randomizations exactly two of each arm, so every box has a number known in advance.
#include "core/data/FormDefinitionService.h"
#include "core/data/FormEntryService.h"
#include "core/design/DesignService.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/ParticipantService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/enrollment/ScreeningService.h"
#include "core/protocol/Protocol.h"
#include "core/protocol/ProtocolService.h"
#include "core/services/AuditService.h"
#include "core/services/SiteService.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"
#include "reports/ConsortReport.h"
#include "reports/RandomizationReport.h"
#include "reports/RecruitmentReport.h"
#include "reports/ReportContext.h"
#include "reports/ReportDocument.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QtTest>

using namespace trialdesk;
using namespace trialdesk::reports;
using test::kUserPassword;

namespace {

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

template <typename T> QByteArray problem(const core::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QByteArray problem(const core::Status &status)
{
    return status.ok() ? QByteArray() : status.error().message.toUtf8();
}

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 0), QTimeZone::utc());
}

// The data cut of every report: the clock when the scenario is complete.
const QDateTime kDataCut = utc(2027, 6, 20);

} // namespace

class TestConsort : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consortBoxByBox();
    void consortDrawings();
    void recruitmentByHand();
    void randomizationReportVerifiesTheLog();
    void randomizationReportShowsAFailedVerification();
    void documentLayout();
    void rolesAreRefused();
    void recruitmentFollowsTheProtocolsPeriod(); // last: amends the protocol

private:
    void screen(const QMap<QString, bool> &answers, std::optional<core::ScreeningOutcome> stated = {},
                const QString &why = {});
    void randomizeFour(const QString &site, const QDate &day);
    void complete(const QString &studyId, const QString &visitCode);

    test::TestWorkspace m_trial { utc(2026, 10, 1), QStringLiteral("Consort trial") };
    std::unique_ptr<core::TrialSession> m_admin;
    std::unique_ptr<core::TrialSession> m_coordinator; // every site
    QStringList m_pp; // study IDs allocated to PP, in order of randomization
    QStringList m_uc;
};

void TestConsort::screen(const QMap<QString, bool> &answers, std::optional<core::ScreeningOutcome> stated,
                         const QString &why)
{
    core::ScreeningInput input = test::eligibleScreening(m_trial.today());
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        input.answers.insert(it.key(), it.value());
    input.statedOutcome = stated;
    input.reason = why;
    auto recorded = core::ScreeningService(*m_coordinator).record(input);
    QVERIFY2(recorded.ok(), problem(recorded));
}

void TestConsort::randomizeFour(const QString &site, const QDate &day)
{
    for (int i = 0; i < 4; ++i) {
        auto outcome = test::randomizeEligible(*m_coordinator, day, site);
        QVERIFY2(outcome.ok(), problem(outcome));
        (outcome->armCode == QLatin1String("PP") ? m_pp : m_uc).append(outcome->studyId);
    }
}

// Completes a visit on its target date (the service refuses a date in the future).
void TestConsort::complete(const QString &studyId, const QString &visitCode)
{
    auto visits = core::VisitService(*m_coordinator).timeline(studyId);
    QVERIFY2(visits.ok(), problem(visits));
    for (const core::VisitRow &visit : visits.value())
        if (visit.visitCode == visitCode) {
            const core::Status done = core::VisitService(*m_coordinator).complete(studyId, visitCode, visit.targetDate);
            QVERIFY2(done.ok(), problem(done));
            return;
        }
    QFAIL(qPrintable(QStringLiteral("%1 has no visit %2").arg(studyId, visitCode)));
}

// The scenario (arms PP then UC in the protocol; primary outcome visit M6):
//   Screenings not randomized (ICM, 15 October 2026): 3 not eligible (AGE18; AGE18; AGE18+COGNITIVE),
//   2 declined ("Too busy" twice), 1 other ("Moved away"), 1 eligible never randomized.
//   Randomized: four at ICM on 2 November 2026 and four at HSJ (a site added before) on 2
//   December 2026, in blocks of four: two PP and two UC at each site. By arm, in order of randomization:
//     P1 PP_FIRST completed, M6 completed                         received, analysed
//     P2 PP_CONTACT form complete at PP_FIRST (the visit itself never recorded), withdrew from the
//        intervention ("Side effects"), M6 completed              received, discontinued, analysed
//     P3 PP_CONTACT draft, lost ("No answer to calls"): M6 cancelled with the rest of the follow-up
//                                                                 not received (lost), excluded (no M6)
//     P4 withdrew consent to data use ("Wants out")               not received (withdrew), excluded (data)
//     U1 M6 completed; U2 M6 missed; U3 M6 still planned; U4 M6 completed, then randomized in error
//        ("Wrong person").
//   Everything after randomization is recorded on 20 June 2027, the data cut (events dated 4 January 2027).
void TestConsort::initTestCase()
{
    QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
    m_admin = m_trial.admin();
    QVERIFY(m_admin);
    QVERIFY(m_trial.addUser(QStringLiteral("olga"), core::Role::OutcomeAssessor, QStringLiteral("ICM"), kUserPassword,
                            QStringLiteral("Olga Outcome")));
    QVERIFY(m_trial.addUser(QStringLiteral("cora"), core::Role::Coordinator, QStringLiteral("ICM"), kUserPassword,
                            QStringLiteral("Cora Coordinator")));
    m_coordinator = m_trial.addUserAndSignIn(QStringLiteral("carl"), core::Role::Coordinator, QString(),
                                             QStringLiteral("Carl Coordinator"));
    QVERIFY(m_coordinator);

    // A second site, and blocks of four only, before anyone is randomized.
    core::Site hsj { QStringLiteral("HSJ"), QStringLiteral("Hôpital Saint-Jean"),
                     QStringLiteral("Saint-Jean Hospital") };
    const core::Status added = core::SiteService(*m_admin).add(hsj);
    QVERIFY2(added.ok(), problem(added));
    auto design = core::DesignService(*m_admin).full();
    QVERIFY2(design.ok(), problem(design));
    randomization::Design blocksOfFour = design->design;
    blocksOfFour.multiples = { 2 };
    const core::Status saved
        = core::DesignService(*m_admin).update(blocksOfFour, false, QStringLiteral("blocks of four for the pilot"));
    QVERIFY2(saved.ok(), problem(saved));
    auto installed = core::FormDefinitionService(*m_admin).installBundledDefinitions();
    QVERIFY2(installed.ok(), problem(installed));

    m_trial.clock().set(utc(2026, 10, 15));
    const QString age = QStringLiteral("AGE18");
    screen({ { age, false } });
    screen({ { age, false } });
    screen({ { age, false }, { QStringLiteral("COGNITIVE"), true } });
    screen({}, core::ScreeningOutcome::Declined, QStringLiteral("Too busy"));
    screen({}, core::ScreeningOutcome::Declined, QStringLiteral("Too busy"));
    screen({}, core::ScreeningOutcome::Other, QStringLiteral("Moved away"));
    screen({});

    m_trial.clock().set(utc(2026, 11, 2));
    randomizeFour(QStringLiteral("ICM"), QDate(2026, 11, 2));
    m_trial.clock().set(utc(2026, 12, 2));
    randomizeFour(QStringLiteral("HSJ"), QDate(2026, 12, 2));
    QCOMPARE(m_pp.size(), 4);
    QCOMPARE(m_uc.size(), 4);

    m_trial.clock().set(kDataCut);
    core::VisitService visits(*m_coordinator);
    core::ParticipantService participants(*m_coordinator);
    core::FormEntryService forms(*m_coordinator);
    const QDate january(2027, 1, 4);
    const auto contact = [](const char *date) {
        return forms::Answers { { QStringLiteral("contact_date"), { QString::fromLatin1(date), {} } },
                                { QStringLiteral("contact_mode"), { QStringLiteral("phone"), {} } },
                                { QStringLiteral("contact_duration"), { QStringLiteral("35"), {} } },
                                { QStringLiteral("contact_topics"), { QStringLiteral("medication|goals"), {} } } };
    };
    const QString first = QStringLiteral("PP_FIRST");
    const QString contactForm = QStringLiteral("PP_CONTACT");
    const QString m6 = QStringLiteral("M6");

    complete(m_pp[0], first);
    complete(m_pp[0], m6);

    auto done = forms.complete({ m_pp[1], first, contactForm }, contact("2026-11-09"));
    QVERIFY2(done.ok(), problem(done));
    core::Status status
        = participants.withdraw(m_pp[1], core::WithdrawalScope::Intervention, january, QStringLiteral("Side effects"));
    QVERIFY2(status.ok(), problem(status));
    complete(m_pp[1], m6);

    forms::Answers partial = contact("2026-11-09");
    partial.remove(QStringLiteral("contact_topics"));
    auto draft = forms.saveDraft({ m_pp[2], first, contactForm }, partial);
    QVERIFY2(draft.ok(), problem(draft));
    status = participants.markLostToFollowUp(m_pp[2], january, QStringLiteral("No answer to calls"));
    QVERIFY2(status.ok(), problem(status));

    status = participants.withdraw(m_pp[3], core::WithdrawalScope::Data, january, QStringLiteral("Wants out"));
    QVERIFY2(status.ok(), problem(status));

    complete(m_uc[0], m6);
    status = visits.miss(m_uc[1], m6, QStringLiteral("Did not come"));
    QVERIFY2(status.ok(), problem(status));
    complete(m_uc[3], m6);
    status = participants.markRandomizedInError(m_uc[3], QStringLiteral("Wrong person"), kUserPassword);
    QVERIFY2(status.ok(), problem(status));
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
    QCOMPARE(json.value(QStringLiteral("data_cut_utc")).toString(), QStringLiteral("2027-06-20T09:00:00.000Z"));
    QCOMPARE(json.value(QStringLiteral("generated_by")).toString(), context->generatedBy);
    // The audit chain's head as the report found it, in the JSON and on every PDF page.
    auto chain = core::AuditService(*m_admin).verify();
    QVERIFY2(chain.ok(), problem(chain));
    QVERIFY(chain->ok && chain->entries > 0);
    const QJsonObject chainJson = json.value(QStringLiteral("audit_chain")).toObject();
    QCOMPARE(chainJson.value(QStringLiteral("entries")).toInteger(), chain->entries);
    QCOMPARE(chainJson.value(QStringLiteral("head")).toString(), QString::fromLatin1(chain->head));
    ReportDocument document = ReportDocument::forContext(QStringLiteral("CONSORT"), context.value());
    document.addParagraph(QStringLiteral("First page"));
    document.addPageBreak();
    document.addParagraph(QStringLiteral("Second page"));
    QVERIFY(document.auditChainText().contains(QString::fromLatin1(chain->head)));
    QCOMPARE(document.toJson().value(QStringLiteral("audit_chain")).toObject(), chainJson);
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

    const QString png = m_trial.filePath(QStringLiteral("consort.png"));
    QVERIFY(ConsortReport::writePng(flow.value(), png).ok());
    QImage read(png);
    QCOMPARE(read.width(), 2000);
    QVERIFY(read.height() > 1300);

    const QString svg = m_trial.filePath(QStringLiteral("consort.svg"));
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

    const QString pdf = m_trial.filePath(QStringLiteral("consort.pdf"));
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
    // No recruitment period in the bundled protocol: 12 months from the first screening (October 2026),
    // target 120, so 10 a month.
    QVERIFY(!data->periodFromProtocol);
    QCOMPARE(data->periodStart, QDate(2026, 10, 1));
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
    QCOMPARE(data->bySiteAndMonth.value(QStringLiteral("HSJ")).value(QDate(2026, 12, 1)), 4);

    const ReportDocument::Table table = RecruitmentReport::siteMonthTable(data.value());
    QCOMPARE(table.header,
             (QStringList { QStringLiteral("Month"), QStringLiteral("HSJ"), QStringLiteral("ICM"),
                            QStringLiteral("Total") }));
    QCOMPARE(
        table.rows[1],
        (QStringList { QStringLiteral("2026-11"), QStringLiteral("0"), QStringLiteral("4"), QStringLiteral("4") }));
    QCOMPARE(table.rows.last(),
             (QStringList { QStringLiteral("Total"), QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("8") }));

    auto context = ReportContext::forSession(*m_admin);
    QVERIFY(context.ok());
    const QByteArray csv = RecruitmentReport::toCsv(data.value());
    QVERIFY(csv.startsWith("month,site,randomized,cumulative,target,screened\n"));
    QVERIFY(csv.contains("2026-12,ALL,4,8,30.00,\n"));
    const QJsonObject json = RecruitmentReport::toJson(data.value(), context.value());
    QCOMPARE(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("source")).toString(),
             QStringLiteral("assumed"));
    QCOMPARE(json.value(QStringLiteral("randomized")).toInteger(), 8);
    QCOMPARE(json.value(QStringLiteral("data_cut_utc")).toString(), QStringLiteral("2027-06-20T09:00:00.000Z"));

    const ReportDocument document = RecruitmentReport::document(data.value(), context.value());
    const QList<ReportDocument::PageText> pages = document.pageTexts();
    QVERIFY(!pages.isEmpty());
    QVERIFY(pages.first().texts.contains(QStringLiteral("Recruitment report")));
    const QString pdf = m_trial.filePath(QStringLiteral("recruitment.pdf"));
    QVERIFY(RecruitmentReport::writePdf(data.value(), context.value(), pdf).ok());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(pdfPages(file.readAll()), static_cast<int>(pages.size()));
}

void TestConsort::randomizationReportVerifiesTheLog()
{
    // Every allocation was drawn from its stream by the service: the log verifies, in the data and
    // in every output.
    auto data = RandomizationReport::compute(*m_admin);
    QVERIFY2(data.ok(), problem(data));
    QCOMPARE(data->log.entries.size(), 8);
    QVERIFY(data->log.clean());
    QVERIFY(data->log.auditChainOk);
    QCOMPARE(data->log.auditHead.size(), 64);
    QStringList logged;
    for (const core::RandomizationLogEntry &entry : data->log.entries)
        logged << entry.studyId;
    QStringList expected = m_pp + m_uc;
    expected.sort();
    logged.sort();
    QCOMPARE(logged, expected);
    auto context = ReportContext::forSession(*m_admin);
    QVERIFY(context.ok());
    const QJsonObject json = RandomizationReport::toJson(data.value(), context.value());
    QCOMPARE(json.value(QStringLiteral("verification")).toObject().value(QStringLiteral("clean")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("audit_chain")).toObject().value(QStringLiteral("head")).toString(),
             QString::fromLatin1(data->log.auditHead));
    const QByteArray csv = RandomizationReport::toCsv(data.value());
    QCOMPARE(csv.count('\n'), 9); // header and eight allocations
    const ReportDocument document = RandomizationReport::document(data.value(), context.value());
    QString all;
    for (const ReportDocument::PageText &page : document.pageTexts())
        all += page.texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Verification: every entry matches its stream")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("Verification FAILED.")));
    QVERIFY(all.contains(QString::fromLatin1(data->log.auditHead)));
    QVERIFY(all.contains(QStringLiteral("%1 (in error)").arg(m_uc[3])));
    const QString pdf = m_trial.filePath(QStringLiteral("randomization.pdf"));
    QVERIFY(RandomizationReport::writePdf(*m_admin, data.value(), context.value(), pdf).ok());
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

// The report draws what verification found: a log with a repeated position (as core's own tests
// forge it, tst_streamlineage) reads "Verification FAILED." in JSON and on paper.
void TestConsort::randomizationReportShowsAFailedVerification()
{
    auto data = RandomizationReport::compute(*m_admin);
    QVERIFY2(data.ok(), problem(data));
    RandomizationReport::Data failed = data.value();
    failed.log.duplicates = 1;
    failed.log.entries.last().duplicate = true;
    failed.log.entries.last().problem = QStringLiteral("Position handed out more than once");
    QVERIFY(!failed.log.clean());
    auto context = ReportContext::forSession(*m_admin);
    QVERIFY(context.ok());
    const QJsonObject json = RandomizationReport::toJson(failed, context.value());
    const QJsonObject verification = json.value(QStringLiteral("verification")).toObject();
    QCOMPARE(verification.value(QStringLiteral("clean")).toBool(), false);
    QCOMPARE(verification.value(QStringLiteral("duplicates")).toInteger(), 1);
    QString all;
    for (const ReportDocument::PageText &page : RandomizationReport::document(failed, context.value()).pageTexts())
        all += page.texts.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Verification FAILED.")));
    QVERIFY(all.contains(QStringLiteral("Position handed out more than once")));
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
    QVERIFY(!document.writePdf(m_trial.filePath(QStringLiteral("no/such/folder/x.pdf"))).ok());
}

void TestConsort::rolesAreRefused()
{
    auto olga = m_trial.signIn(QStringLiteral("olga"));
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

    auto cora = m_trial.signIn(QStringLiteral("cora"));
    QVERIFY(cora);
    QVERIFY(!ConsortReport::compute(*cora).ok());
    QVERIFY(!RandomizationReport::compute(*cora).ok());
}

// Once an amendment gives the recruitment period, the target line runs over it: 120 over 6 months
// from November 2026 is 20 a month, and the report says the period is the protocol's.
void TestConsort::recruitmentFollowsTheProtocolsPeriod()
{
    auto current = core::ProtocolService(*m_admin).current();
    QVERIFY2(current.ok(), problem(current));
    QJsonObject root = QJsonDocument::fromJson(current->definition).object();
    // The amendment names the trial's sites: ICM and the HSJ added in initTestCase.
    QJsonArray sites = root.value(QStringLiteral("sites")).toArray();
    sites.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("HSJ") },
                               { QStringLiteral("name"),
                                 QJsonObject { { QStringLiteral("fr"), QStringLiteral("Hôpital Saint-Jean") },
                                               { QStringLiteral("en"), QStringLiteral("Saint-Jean Hospital") } } },
                               { QStringLiteral("time_zone"), QStringLiteral("America/Toronto") } });
    root.insert(QStringLiteral("sites"), sites);
    QJsonObject trial = root.value(QStringLiteral("trial")).toObject();
    trial.insert(
        QStringLiteral("recruitment"),
        QJsonObject { { QStringLiteral("start"), QStringLiteral("2026-11-10") }, { QStringLiteral("months"), 6 } });
    root.insert(QStringLiteral("trial"), trial);
    auto amended = core::ProtocolService(*m_admin).amend(QJsonDocument(root).toJson(), QStringLiteral("period.json"),
                                                         QStringLiteral("recruitment period approved"));
    QVERIFY2(amended.ok(), amended.ok() ? "" : qPrintable(amended.error().message));

    auto data = RecruitmentReport::compute(*m_admin);
    QVERIFY2(data.ok(), data.ok() ? "" : qPrintable(data.error().message));
    QVERIFY(data->periodFromProtocol);
    QCOMPARE(data->periodStart, QDate(2026, 11, 1));
    QCOMPARE(data->periodMonths, 6);
    QCOMPARE(data->months.first().target, 20.0);
    QCOMPARE(data->months.last().target, 120.0);
    QCOMPARE(data->randomized, 8); // the same randomizations
}

QTEST_MAIN(TestConsort)
#include "tst_consort.moc"
