// The data exports: de-identification (every output byte searched for the test identities),
// identifying exports (role, reason, audit), manifests, CSV and REDCap shapes, ODM 1.3.2 structure,
// cancellation. The trial data is entered through core's services, as users would enter it.

#include "core/data/FormEntryService.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/platform/PrivateFile.h"
#include "core/services/AuditService.h"
#include "core/util/Clock.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"
#include "reports/export/BackgroundExport.h"
#include "reports/export/DataExporter.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>
#include <memory>
#include <sys/stat.h>

using namespace trialdesk;
using reports::DataExporter;
using reports::ExportFormat;
using reports::ExportRequest;

namespace {

// Distinctive identities: none of these strings can appear in a de-identified export by chance.
// Each RAMQ number agrees with its holder (initials, date of birth, 50 added to the month for
// women), as enrollment checks.
struct TestIdentity
{
    const char *lastName;
    const char *firstName;
    const char *dateOfBirth;
    const char *ramq;
    const char *phone;
    const char *email;
    const char *sex; // at screening
    int age; // at screening, 21 September 2026
};
const TestIdentity kIdentities[] = {
    { "Zyxwvutsky", "Quintessa", "1931-07-19", "ZYXQ31571999", "514-555-0199", "quintessa.zyx@example.test", "F", 95 },
    { "Plouffe-Xanadu", "Hermenegilde", "1944-02-29", "PLOH44022999", "438-555-0142", "hermenegilde@example.test", "M",
      82 },
    { "Gagnon-Wexford", "Théoxane", "1950-12-03", "GAGT50620399", "819-555-0107", "theoxane.w@example.test", "F", 75 },
};

// The trial's calendar, in UTC (the site, America/Toronto, is 4 or 5 hours behind: the same day).
// Enrollment and randomization on Monday 21 September 2026 (consent form 1.0 is approved from
// 15 September); the baseline visits the next day; the 3-month visits on their target day,
// randomization + 91 days = Monday 21 December 2026; the data cut of every export on 22 December.
QDateTime utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}
const QDate kBaselineDate(2026, 9, 22);
const QDate kMonth3Date(2026, 12, 21);
const QString kDataCut = QStringLiteral("2026-12-22T15:00:00.000Z");

// What the set-up enters, worked by hand (seed() counts it again as it saves):
// entries: 3 participants x (PHQ9 and HCU at BASELINE and M3, CONDITIONS at BASELINE) = 3 x 5 = 15;
// values: PHQ9 = 9 items + 2 scores (phq9_total, phq9_severity) = 11; HCU = 3 items (2 of them
// missing codes); CONDITIONS = conditions + conditions_other + 1 score (comorbidity_count) = 3 for
// participants 1 and 2, conditions + comorbidity_count = 2 for participant 3 (no "other"):
// 2 x (11 + 3) x 3 + 3 + 3 + 2 = 92.
constexpr qint64 kEntries = 15;
constexpr qint64 kValues = 92;

forms::Answer value(const QString &text)
{
    return forms::Answer { text, QString() };
}

forms::Answer missing(const QString &code)
{
    return forms::Answer { QString(), code };
}

// PHQ-9 items of participant `number` (1, 2, 3): item i is (i + number) % 4, at both visits.
// Participant 1: 2, 3, 0, 1, 2, 3, 0, 1, 2, total 14.
forms::Answers phq9Answers(int number)
{
    forms::Answers answers;
    for (int i = 1; i <= 9; ++i)
        answers.insert(QStringLiteral("phq9_%1").arg(i), value(QString::number((i + number) % 4)));
    return answers;
}

// A name as the participant search keys hold it: upper case, accents removed ("THEOXANE").
QByteArray searchKeyOf(const char *name)
{
    QString key;
    for (QChar c : QString::fromUtf8(name).normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c.toUpper());
    return key.toUtf8();
}

// RFC 4180 reader for checking what the writers wrote (core/util/Csv only writes).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            row.append(QString::fromUtf8(field));
            field.clear();
            fieldStarted = true;
        } else if (c == '\n') {
            row.append(QString::fromUtf8(field));
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty()) {
        row.append(QString::fromUtf8(field));
        rows.append(row);
    }
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void deidentifiedExportsHoldNoIdentity_data();
    void deidentifiedExportsHoldNoIdentity();
    void identifyingExportNeedsRoleAndReason();
    void identifyingExportIsAuditedWithItsReason();
    void everyExportIsAudited();
    void manifestHashesMatchTheFiles();
    void tidyCsvParsesBackWithTheRightColumns();
    void longCsvHasOneRowPerValue();
    void dictionaryDescribesEveryColumn();
    void redcapFollowsTheMapping();
    void odmIsWellFormedAndFollowsTheStructure();
    void cancelRemovesPartialOutput();
    void refusesAnExistingExport();
    void blindedRolesAreRefused();
    void backgroundExportRunsInAWorkerThread();

private:
    // Three participants with identities, enrolled and randomized by a coordinator, their baseline
    // and 3-month visits completed with PHQ-9 and health care use forms (one PHQ-9 value corrected
    // with a reason), chronic conditions left as drafts, the health care use forms verified by a
    // monitor. Counts the entries and values saved.
    void seed();
    QString outputDir(const QString &name) const { return m_out.filePath(name); }
    core::Result<reports::ExportSummary> exportAs(core::TrialSession &session, ExportFormat format, const QString &dir,
                                                  bool identifying = false, const QString &reason = {},
                                                  bool withAudit = false);
    qint64 auditCount(core::TrialSession &session, const QString &action);

    std::unique_ptr<test::TestWorkspace> m_workspace;
    QDir m_out;
    std::unique_ptr<core::TrialSession> m_admin;
    QStringList m_studyIds; // participants 1, 2, 3 in enrollment order
    QStringList m_arms; // their arms, as randomization returned them
    qint64 m_valueCount = 0;
    qint64 m_entryCount = 0;
};

void TestExport::init()
{
    m_entryCount = 0;
    m_valueCount = 0;
    m_studyIds.clear();
    m_arms.clear();
    m_workspace = std::make_unique<test::TestWorkspace>(utc(2026, 9, 21, 13), QStringLiteral("Export test trial"));
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    QVERIFY(QDir().mkpath(m_workspace->filePath(QStringLiteral("out"))));
    m_out = QDir(m_workspace->filePath(QStringLiteral("out")));
    m_admin = m_workspace->admin();
    QVERIFY(m_admin);
    for (const auto &[name, role] : { std::pair { "stat", core::Role::Statistician },
                                      { "assessor", core::Role::OutcomeAssessor },
                                      { "monitor", core::Role::Monitor } }) {
        const core::Status added = m_workspace->addUser(QLatin1String(name), role);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    }
    seed();
}

void TestExport::cleanup()
{
    m_admin.reset();
    m_workspace.reset();
}

void TestExport::seed()
{
    core::ManualClock &clock = m_workspace->clock();
    auto coordinator = m_workspace->addUserAndSignIn(QStringLiteral("coord"), core::Role::Coordinator);
    QVERIFY(coordinator);

    // Screening, consent, identity and randomization, on the day the workspace was created.
    const QDate enrolled = m_workspace->today();
    for (const TestIdentity &identity : kIdentities) {
        core::EnrollmentInput input = test::enrollmentInput(enrolled);
        input.identity = core::Identity { QString::fromUtf8(identity.lastName),
                                          QString::fromUtf8(identity.firstName),
                                          QDate::fromString(QString::fromLatin1(identity.dateOfBirth), Qt::ISODate),
                                          QString::fromLatin1(identity.ramq),
                                          QString::fromLatin1(identity.phone),
                                          QString::fromLatin1(identity.email),
                                          QStringLiteral("fr") };
        auto registered = core::EnrollmentService(*coordinator)
                              .enroll(test::eligibleScreening(enrolled, QStringLiteral("ICM"), identity.age,
                                                              QLatin1String(identity.sex)),
                                      input);
        QVERIFY2(registered.ok(), registered.ok() ? "" : qPrintable(registered.error().message));
        auto randomized = core::RandomizationService(*coordinator).randomize(registered->studyId, test::kUserPassword);
        QVERIFY2(randomized.ok(), randomized.ok() ? "" : qPrintable(randomized.error().message));
        m_studyIds.append(randomized->studyId);
        m_arms.append(randomized->armCode);
    }

    core::VisitService visits(*coordinator);
    core::FormEntryService entries(*coordinator);
    // Saves one form and counts what it stores: the answers given and the scores the form computes
    // from them (`scores`, from the form's definition). 0 when refused.
    auto save = [&](int participant, const QString &visit, const QString &form, const forms::Answers &answers,
                    int scores, bool complete) -> qint64 {
        const core::FormSlot slot { m_studyIds.at(participant - 1), visit, form, 0 };
        auto saved = complete ? entries.complete(slot, answers) : entries.saveDraft(slot, answers);
        if (!saved) {
            qWarning("%s %s %s: %s", qPrintable(slot.studyId), qPrintable(visit), qPrintable(form),
                     qPrintable(saved.error().message));
            return 0;
        }
        ++m_entryCount;
        m_valueCount += answers.size() + scores;
        return saved.value();
    };

    qint64 mistyped = 0; // participant 1's baseline PHQ-9, entered with item 1 wrong
    QList<qint64> healthCareUse;
    for (const auto &[visit, at] : { std::pair { QStringLiteral("BASELINE"), utc(2026, 9, 22, 14) },
                                     std::pair { QStringLiteral("M3"), utc(2026, 12, 21, 15) } }) {
        clock.set(at);
        for (int number = 1; number <= 3; ++number) {
            const QString studyId = m_studyIds.at(number - 1);
            const core::Status done = visits.complete(studyId, visit, at.date());
            QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));

            forms::Answers phq9 = phq9Answers(number);
            const bool typo = number == 1 && visit == QLatin1String("BASELINE");
            if (typo)
                phq9.insert(QStringLiteral("phq9_1"), value(QStringLiteral("1"))); // corrected to 2 below
            const qint64 phq9Entry = save(number, visit, QStringLiteral("PHQ9"), phq9, 2, true);
            QVERIFY(phq9Entry > 0);
            if (typo)
                mistyped = phq9Entry;

            const qint64 hcuEntry = save(number, visit, QStringLiteral("HCU"),
                                         { { QStringLiteral("ed_visits"), value(QString::number(number)) },
                                           { QStringLiteral("hospitalizations"), missing(QStringLiteral("unknown")) },
                                           { QStringLiteral("hospital_days"), missing(QStringLiteral("unknown")) } },
                                         0, true);
            QVERIFY(hcuEntry > 0);
            healthCareUse.append(hcuEntry);

            if (visit == QLatin1String("BASELINE")) {
                // A draft: a multiple choice, and a free text with a comma and a quote (it applies
                // only when "other" is chosen). Participant 3 has coronary disease only.
                const forms::Answers conditions = number == 3
                    ? forms::Answers { { QStringLiteral("conditions"), value(QStringLiteral("coronary")) } }
                    : forms::Answers {
                          { QStringLiteral("conditions"), value(QStringLiteral("heart_failure|hypertension|other")) },
                          { QStringLiteral("conditions_other"), value(QStringLiteral("gout, \"mild\"")) }
                      };
                QVERIFY(save(number, visit, QStringLiteral("CONDITIONS"), conditions, 1, false) > 0);
            }
        }
    }

    // The coordinator corrects the mistyped item with a reason (audited as form.edit) ...
    clock.set(utc(2026, 12, 21, 16));
    const core::Status edited = entries.edit(mistyped, phq9Answers(1), QStringLiteral("transcription error"));
    QVERIFY2(edited.ok(), edited.ok() ? "" : qPrintable(edited.error().message));
    // ... and a monitor verifies the health care use forms against the source.
    clock.set(utc(2026, 12, 22, 10));
    auto monitor = m_workspace->signIn(QStringLiteral("monitor"));
    QVERIFY(monitor);
    for (qint64 entry : std::as_const(healthCareUse)) {
        const core::Status verified = core::FormEntryService(*monitor).verify(entry);
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().message));
    }
    clock.set(QDateTime::fromString(kDataCut, Qt::ISODateWithMs));
    QCOMPARE(m_entryCount, kEntries);
    QCOMPARE(m_valueCount, kValues);
}

core::Result<reports::ExportSummary> TestExport::exportAs(core::TrialSession &session, ExportFormat format,
                                                          const QString &dir, bool identifying, const QString &reason,
                                                          bool withAudit)
{
    ExportRequest request;
    request.format = format;
    request.outputPath = dir;
    request.identifying = identifying;
    request.reason = reason;
    request.withAudit = withAudit;
    return DataExporter(session).run(request);
}

qint64 TestExport::auditCount(core::TrialSession &session, const QString &action)
{
    core::AuditTrail::Filter filter;
    filter.action = action;
    auto count = core::AuditService(session).count(filter);
    return count ? count.value() : -1;
}

void TestExport::deidentifiedExportsHoldNoIdentity_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("withAudit");
    QTest::newRow("csv") << int(ExportFormat::Csv) << false;
    QTest::newRow("odm") << int(ExportFormat::Odm) << false;
    QTest::newRow("odm with audit") << int(ExportFormat::Odm) << true;
    QTest::newRow("redcap") << int(ExportFormat::Redcap) << false;
}

void TestExport::deidentifiedExportsHoldNoIdentity()
{
    QFETCH(int, format);
    QFETCH(bool, withAudit);
    for (const char *user : { "admin", "stat" }) {
        auto session = QByteArray(user) == "admin" ? m_workspace->admin() : m_workspace->signIn(QStringLiteral("stat"));
        QVERIFY(session);
        const QString dir = outputDir(QLatin1String(user));
        auto done = exportAs(*session, ExportFormat(format), dir, false, {}, withAudit);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(done->entries, m_entryCount);
        QCOMPARE(done->participants, qint64(std::size(kIdentities)));
        const QStringList files = QDir(dir).entryList(QDir::Files);
        QCOMPARE(files.size(), done->files.size());
        QByteArray everything;
        for (const QString &name : files) {
            const QByteArray bytes = readAll(QDir(dir).filePath(name));
            QVERIFY2(!bytes.isEmpty(), qPrintable(name));
            everything += bytes;
        }
        // The export has the data (study IDs, values) ...
        for (const QString &studyId : std::as_const(m_studyIds))
            QVERIFY2(everything.contains(studyId.toUtf8()), qPrintable(studyId));
        // ... and no byte of any identity, in UTF-8, in upper case or as the search keys hold it.
        for (const TestIdentity &identity : kIdentities) {
            for (const char *value : { identity.lastName, identity.firstName, identity.dateOfBirth, identity.ramq,
                                       identity.phone, identity.email }) {
                QVERIFY2(!everything.contains(value), value);
                QVERIFY2(!everything.contains(QString::fromUtf8(value).toUpper().toUtf8()), value);
                QVERIFY2(!everything.contains(searchKeyOf(value)), value);
            }
        }
        QVERIFY(!everything.contains("id_last_name"));
    }
}

void TestExport::identifyingExportNeedsRoleAndReason()
{
    auto stat = m_workspace->signIn(QStringLiteral("stat"));
    QVERIFY(stat);
    const qint64 before = auditCount(*m_admin, QStringLiteral("data.export"));
    auto refused = exportAs(*stat, ExportFormat::Csv, outputDir(QStringLiteral("a")), true,
                            QStringLiteral("ethics approval 2026-17"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, core::ErrorCode::PermissionDenied);
    QVERIFY(!QFileInfo::exists(outputDir(QStringLiteral("a"))));

    for (const QString &reason : { QString(), QStringLiteral("   ") }) {
        auto noReason = exportAs(*m_admin, ExportFormat::Csv, outputDir(QStringLiteral("b")), true, reason);
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().code, core::ErrorCode::InvalidInput);
        QVERIFY(!QFileInfo::exists(outputDir(QStringLiteral("b"))));
    }
    QCOMPARE(auditCount(*m_admin, QStringLiteral("data.export")), before);
    QCOMPARE(auditCount(*m_admin, QStringLiteral("data.export-identifying")), 0);
}

void TestExport::identifyingExportIsAuditedWithItsReason()
{
    const QString reason = QStringLiteral("Linkage with RAMQ billing, ethics approval 2026-17");
    for (ExportFormat format : { ExportFormat::Csv, ExportFormat::Odm, ExportFormat::Redcap }) {
        const QString dir = outputDir(reports::exportFormatCode(format));
        auto done = exportAs(*m_admin, format, dir, true, reason);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QByteArray everything;
        for (const QString &name : QDir(dir).entryList(QDir::Files))
            everything += readAll(QDir(dir).filePath(name));
        for (const TestIdentity &identity : kIdentities) {
            QVERIFY(everything.contains(identity.lastName));
            QVERIFY(everything.contains(identity.ramq));
        }
        const QJsonObject manifest = QJsonDocument::fromJson(readAll(QDir(dir).filePath("manifest.json"))).object();
        QCOMPARE(manifest.value("identifying").toBool(), true);
        QCOMPARE(manifest.value("reason").toString(), reason);
    }
    auto entries = core::AuditService(*m_admin).entries(core::AuditTrail::Filter {});
    QVERIFY(entries.ok());
    int identifying = 0;
    const QList<core::AuditEntry> all = entries.value();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const core::AuditEntry &entry = all.at(i);
        if (entry.action != QLatin1String("data.export-identifying"))
            continue;
        ++identifying;
        QCOMPARE(entry.username, QStringLiteral("admin"));
        QCOMPARE(entry.reason.value_or(QString()), reason);
        QVERIFY(entry.newValue.value_or(QString()).contains(QStringLiteral("id_ramq")));
        // Written together with the export's own record, in the same transaction (adjacent entries).
        QVERIFY(i > 0);
        QCOMPARE(all.at(i - 1).action, QStringLiteral("data.export"));
        QCOMPARE(all.at(i - 1).entityId, entry.entityId);
        QVERIFY(all.at(i - 1).newValue.value_or(QString()).contains(QStringLiteral("identifying=yes")));
    }
    QCOMPARE(identifying, 3);
    auto verified = core::AuditService(*m_admin).verify();
    QVERIFY(verified.ok());
    QVERIFY(verified->ok);
}

void TestExport::everyExportIsAudited()
{
    auto stat = m_workspace->signIn(QStringLiteral("stat"));
    QVERIFY(stat);
    QCOMPARE(auditCount(*m_admin, QStringLiteral("data.export")), 0);
    QVERIFY(exportAs(*stat, ExportFormat::Csv, outputDir("1")).ok());
    QVERIFY(exportAs(*stat, ExportFormat::Odm, outputDir("2")).ok());
    QVERIFY(exportAs(*m_admin, ExportFormat::Redcap, outputDir("3")).ok());
    core::AuditTrail::Filter filter;
    filter.action = QStringLiteral("data.export");
    auto entries = core::AuditService(*m_admin).entries(filter);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(0).username, QStringLiteral("stat"));
    QVERIFY(entries->at(0).newValue->contains(QStringLiteral("format=csv")));
    QVERIFY(entries->at(0).newValue->contains(QStringLiteral("identifying=no")));
    QVERIFY(entries->at(1).newValue->contains(QStringLiteral("format=odm")));
    QCOMPARE(entries->at(2).username, QStringLiteral("admin"));
    QCOMPARE(entries->at(2).entityId, QDir::toNativeSeparators(QDir::cleanPath(outputDir("3"))));
}

void TestExport::manifestHashesMatchTheFiles()
{
    for (ExportFormat format : { ExportFormat::Csv, ExportFormat::Odm, ExportFormat::Redcap }) {
        const QString dir = outputDir(reports::exportFormatCode(format));
        // The chain as it stands before the export (a walk of the whole chain: its length and head).
        const auto before = core::AuditService(*m_admin).verify();
        QVERIFY(before.ok() && before->ok);
        auto done = exportAs(*m_admin, format, dir);
        QVERIFY(done.ok());
        const QJsonObject manifest = QJsonDocument::fromJson(readAll(QDir(dir).filePath("manifest.json"))).object();
        QCOMPARE(manifest.value("format").toString(), QStringLiteral("trialdesk-export-manifest"));
        // The chain's head at the data cut, before the export's own entry: a checkpoint outside the
        // database, which verifies until the chain is rewritten.
        const QJsonObject chain = manifest.value("audit_chain").toObject();
        QCOMPARE(chain.value("entries").toInteger(), before->entries);
        QCOMPARE(chain.value("head").toString().toLatin1(), before->head);
        const auto matched = core::AuditService(*m_admin).verifyAgainst(QDir(dir).filePath("manifest.json"));
        QVERIFY2(matched.ok(), matched.ok() ? "" : qPrintable(matched.error().message));
        QVERIFY(matched->ok);
        QCOMPARE(matched->checkpointsMatched, 1);
        QCOMPARE(manifest.value("user").toString(), QStringLiteral("admin"));
        QCOMPARE(manifest.value("data_cut_utc").toString(), kDataCut);
        QCOMPARE(manifest.value("export").toString(), reports::exportFormatCode(format));
        QCOMPARE(manifest.value("identifying").toBool(true), false);
        const QJsonArray files = manifest.value("files").toArray();
        QSet<QString> listed;
        for (const QJsonValue &value : files) {
            const QJsonObject file = value.toObject();
            const QByteArray bytes = readAll(QDir(dir).filePath(file.value("name").toString()));
            QCOMPARE(file.value("size").toInteger(), bytes.size());
            QCOMPARE(file.value("sha256").toString().toLatin1(),
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            listed.insert(file.value("name").toString());
        }
        QSet<QString> present;
        for (const QString &name : QDir(dir).entryList(QDir::Files))
            present.insert(name);
        present.remove(QStringLiteral("manifest.json"));
        QCOMPARE(listed, present);
    }
}

void TestExport::tidyCsvParsesBackWithTheRightColumns()
{
    const QString dir = outputDir("csv");
    QVERIFY(exportAs(*m_admin, ExportFormat::Csv, dir).ok());
    const QList<QStringList> phq9 = parseCsv(readAll(QDir(dir).filePath("form_phq9.csv")));
    QStringList expected { "study_id", "site", "arm", "visit_code", "visit_date", "instance", "form_version", "state" };
    for (int i = 1; i <= 9; ++i)
        expected << QStringLiteral("phq9_%1").arg(i);
    QCOMPARE(phq9.first().mid(0, expected.size()), expected);
    QVERIFY(phq9.first().contains(QStringLiteral("phq9_total")));
    QCOMPARE(phq9.size(), 1 + 3 * 2); // header + 3 participants x 2 visits
    const int total = int(phq9.first().indexOf(QStringLiteral("phq9_total")));
    // Participant by participant, baseline then 3 months, each with the arm it was randomized to.
    for (int row = 1; row <= 6; ++row) {
        const int participant = (row - 1) / 2;
        const bool baseline = row % 2 == 1;
        QCOMPARE(phq9.at(row).size(), phq9.first().size());
        QCOMPARE(phq9.at(row).at(0), m_studyIds.at(participant));
        QCOMPARE(phq9.at(row).at(1), QStringLiteral("ICM"));
        QCOMPARE(phq9.at(row).at(2), m_arms.at(participant));
        QCOMPARE(phq9.at(row).at(3), baseline ? QStringLiteral("BASELINE") : QStringLiteral("M3"));
        QCOMPARE(phq9.at(row).at(4), (baseline ? kBaselineDate : kMonth3Date).toString(Qt::ISODate));
        QCOMPARE(phq9.at(row).at(7), QStringLiteral("complete"));
    }
    // Participant 1 at baseline: item 1 as corrected (entered 1, edited to (1 + 1) % 4 = 2), and the
    // total recomputed from the corrected items, 2 + 3 + 0 + 1 + 2 + 3 + 0 + 1 + 2 = 14.
    QCOMPARE(phq9.at(1).at(8), QStringLiteral("2"));
    QCOMPARE(phq9.at(1).at(total), QStringLiteral("14"));

    const QList<QStringList> hcu = parseCsv(readAll(QDir(dir).filePath("form_hcu.csv")));
    const int hospitalizations = int(hcu.first().indexOf(QStringLiteral("hospitalizations")));
    QVERIFY(hospitalizations > 0);
    QCOMPARE(hcu.at(1).at(hospitalizations), QStringLiteral("unknown")); // the missing code as the value

    const QList<QStringList> conditions = parseCsv(readAll(QDir(dir).filePath("form_conditions.csv")));
    const QStringList header = conditions.first();
    const int heartFailure = int(header.indexOf(QStringLiteral("conditions___heart_failure")));
    const int coronary = int(header.indexOf(QStringLiteral("conditions___coronary")));
    const int other = int(header.indexOf(QStringLiteral("conditions_other")));
    QVERIFY(heartFailure > 0 && coronary > 0 && other > 0);
    QVERIFY(!header.contains(QStringLiteral("conditions")));
    QCOMPARE(conditions.size(), 4);
    QCOMPARE(conditions.at(1).at(heartFailure), QStringLiteral("1"));
    QCOMPARE(conditions.at(1).at(coronary), QStringLiteral("0"));
    QCOMPARE(conditions.at(1).at(other), QStringLiteral("gout, \"mild\""));
    QCOMPARE(conditions.at(3).at(heartFailure), QStringLiteral("0"));
    QCOMPARE(conditions.at(3).at(coronary), QStringLiteral("1"));
    // A form with no entry still has its file, header only.
    QCOMPARE(parseCsv(readAll(QDir(dir).filePath("form_gad7.csv"))).size(), 1);
}

void TestExport::longCsvHasOneRowPerValue()
{
    const QString dir = outputDir("csv");
    auto done = exportAs(*m_admin, ExportFormat::Csv, dir);
    QVERIFY(done.ok());
    QCOMPARE(done->itemValues, m_valueCount);
    const QList<QStringList> rows = parseCsv(readAll(QDir(dir).filePath("long.csv")));
    QCOMPARE(rows.first(), (QStringList { "study_id", "visit", "form", "instance", "item", "value", "missing_code" }));
    QCOMPARE(rows.size() - 1, m_valueCount);
    bool sawMissing = false;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), 7);
        if (row.at(4) == QLatin1String("hospitalizations")) {
            QCOMPARE(row.at(5), QString());
            QCOMPARE(row.at(6), QStringLiteral("unknown"));
            sawMissing = true;
        }
    }
    QVERIFY(sawMissing);
}

void TestExport::dictionaryDescribesEveryColumn()
{
    const QString dir = outputDir("csv");
    QVERIFY(exportAs(*m_admin, ExportFormat::Csv, dir).ok());
    const QList<QStringList> dictionary = parseCsv(readAll(QDir(dir).filePath("data_dictionary.csv")));
    QCOMPARE(dictionary.first(),
             (QStringList { "variable", "form", "label_fr", "label_en", "type", "codes", "unit", "range",
                            "missing_codes" }));
    QSet<QString> variables;
    std::map<QString, QStringList> byName;
    for (const QStringList &row : dictionary.mid(1)) {
        variables.insert(row.at(0));
        byName[row.at(1) + QLatin1Char('/') + row.at(0)] = row;
    }
    for (const QString &name : QDir(dir).entryList({ QStringLiteral("form_*.csv") }, QDir::Files)) {
        const QStringList header = parseCsv(readAll(QDir(dir).filePath(name))).first();
        for (const QString &column : header)
            QVERIFY2(variables.contains(column), qPrintable(name + QLatin1Char(' ') + column));
    }
    const QStringList phq1 = byName.at(QStringLiteral("PHQ9/phq9_1"));
    QVERIFY(!phq1.at(2).isEmpty());
    QVERIFY(!phq1.at(3).isEmpty());
    QCOMPARE(phq1.at(4), QStringLiteral("single_choice"));
    QVERIFY(phq1.at(5).startsWith(QStringLiteral("0 = ")));
    QVERIFY(byName.count(QStringLiteral("/arm")));
}

void TestExport::redcapFollowsTheMapping()
{
    const QString dir = outputDir("redcap");
    QVERIFY(exportAs(*m_admin, ExportFormat::Redcap, dir).ok());
    const QList<QStringList> data = parseCsv(readAll(QDir(dir).filePath("redcap_data.csv")));
    const QStringList header = data.first();
    QCOMPARE(header.mid(0, 4),
             (QStringList { "record_id", "redcap_event_name", "redcap_repeat_instrument", "redcap_repeat_instance" }));
    QVERIFY(header.contains(QStringLiteral("phq9_1")));
    QVERIFY(header.contains(QStringLiteral("conditions___heart_failure")));
    QVERIFY(header.contains(QStringLiteral("hospitalizations")));
    QVERIFY(header.contains(QStringLiteral("phq9_complete")));
    QVERIFY(header.contains(QStringLiteral("trial_arm")));
    // One row per participant and visit: 3 x (BASELINE, M3).
    QCOMPARE(data.size(), 1 + 6);
    QCOMPARE(data.at(1).at(0), m_studyIds.at(0));
    QCOMPARE(data.at(1).at(1), QStringLiteral("baseline_arm_1"));
    QCOMPARE(data.at(2).at(1), QStringLiteral("m3_arm_1"));
    const int phqComplete = int(header.indexOf(QStringLiteral("phq9_complete")));
    const int hcuComplete = int(header.indexOf(QStringLiteral("hcu_complete")));
    const int hospitalizations = int(header.indexOf(QStringLiteral("hospitalizations")));
    const int coronary = int(header.indexOf(QStringLiteral("conditions___coronary")));
    QCOMPARE(data.at(1).at(phqComplete), QStringLiteral("1"));
    QCOMPARE(data.at(1).at(hcuComplete), QStringLiteral("2"));
    QCOMPARE(data.at(5).at(coronary), QStringLiteral("1")); // participant 3, baseline
    QCOMPARE(data.at(5).at(hospitalizations), QStringLiteral("unknown")); // the missing code as the value
    for (const QStringList &row : data)
        QCOMPARE(row.size(), header.size());

    const QList<QStringList> dictionary = parseCsv(readAll(QDir(dir).filePath("redcap_data_dictionary.csv")));
    QCOMPARE(dictionary.first().size(), 18);
    QCOMPARE(dictionary.first().first(), QStringLiteral("Variable / Field Name"));
    QCOMPARE(dictionary.at(1).first(), QStringLiteral("record_id"));
    QSet<QString> fields;
    for (const QStringList &row : dictionary.mid(1)) {
        QCOMPARE(row.size(), 18);
        fields.insert(row.at(0));
        if (row.at(0) == QLatin1String("conditions"))
            QCOMPARE(row.at(3), QStringLiteral("checkbox"));
        if (row.at(0) == QLatin1String("phq9_1")) {
            QCOMPARE(row.at(3), QStringLiteral("radio"));
            QVERIFY(row.at(5).startsWith(QStringLiteral("0, ")));
        }
    }
    for (const QString &column : header) {
        if (column.startsWith(QStringLiteral("redcap_")) || column.endsWith(QStringLiteral("_complete")))
            continue;
        const QString field = column.section(QStringLiteral("___"), 0, 0);
        QVERIFY2(fields.contains(field), qPrintable(column));
    }
    const QList<QStringList> mapping = parseCsv(readAll(QDir(dir).filePath("redcap_event_mapping.csv")));
    QCOMPARE(mapping.first(), (QStringList { "arm_num", "unique_event_name", "form" }));
    QVERIFY(mapping.contains(QStringList { "1", "m3_arm_1", "phq9" }));
    QVERIFY(mapping.contains(QStringList { "1", "unscheduled_arm_1", "ae" }));
}

// ODM 1.3.2 structure, written from the specification's element definitions: for each element
// checked, its required attributes and the order of its children (each child's rank in the
// specification's sequence must not decrease), and the OID references.
void TestExport::odmIsWellFormedAndFollowsTheStructure()
{
    const QString dir = outputDir("odm");
    auto done = exportAs(*m_admin, ExportFormat::Odm, dir, false, {}, true);
    QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
    const QByteArray xml = readAll(QDir(dir).filePath(DataExporter::odmFileName()));

    struct Rule
    {
        QStringList required;
        QStringList children; // specification order
    };
    const std::map<QString, Rule> rules = {
        { "ODM",
          { { "FileType", "FileOID", "CreationDateTime" },
            { "Study", "AdminData", "ReferenceData", "ClinicalData", "Association" } } },
        { "Study", { { "OID" }, { "GlobalVariables", "BasicDefinitions", "MetaDataVersion" } } },
        { "GlobalVariables", { {}, { "StudyName", "StudyDescription", "ProtocolName" } } },
        { "BasicDefinitions", { {}, { "MeasurementUnit" } } },
        { "MeasurementUnit", { { "OID", "Name" }, { "Symbol", "Alias" } } },
        { "MetaDataVersion",
          { { "OID", "Name" },
            { "Include", "Protocol", "StudyEventDef", "FormDef", "ItemGroupDef", "ItemDef", "CodeList",
              "ImputationMethod", "Presentation", "ConditionDef", "MethodDef" } } },
        { "Protocol", { {}, { "Description", "StudyEventRef", "Alias" } } },
        { "StudyEventRef", { { "StudyEventOID", "Mandatory" }, {} } },
        { "StudyEventDef", { { "OID", "Name", "Repeating", "Type" }, { "Description", "FormRef", "Alias" } } },
        { "FormRef", { { "FormOID", "Mandatory" }, {} } },
        { "FormDef", { { "OID", "Name", "Repeating" }, { "Description", "ItemGroupRef", "ArchiveLayout", "Alias" } } },
        { "ItemGroupRef", { { "ItemGroupOID", "Mandatory" }, {} } },
        { "ItemGroupDef", { { "OID", "Name", "Repeating" }, { "Description", "ItemRef", "Alias" } } },
        { "ItemRef", { { "ItemOID", "Mandatory" }, {} } },
        { "ItemDef",
          { { "OID", "Name", "DataType" },
            { "Description", "Question", "ExternalQuestion", "MeasurementUnitRef", "RangeCheck", "CodeListRef", "Role",
              "Alias" } } },
        { "RangeCheck",
          { { "Comparator", "SoftHard" },
            { "CheckValue", "FormalExpression", "MeasurementUnitRef", "ErrorMessage" } } },
        { "CodeList",
          { { "OID", "Name", "DataType" },
            { "Description", "CodeListItem", "EnumeratedItem", "ExternalCodeList", "Alias" } } },
        { "CodeListItem", { { "CodedValue" }, { "Decode", "Alias" } } },
        { "Decode", { {}, { "TranslatedText" } } },
        { "Question", { {}, { "TranslatedText" } } },
        { "Symbol", { {}, { "TranslatedText" } } },
        { "AdminData", { {}, { "User", "Location", "SignatureDef" } } },
        { "User",
          { { "OID" },
            { "LoginName", "DisplayName", "FullName", "FirstName", "LastName", "Organization", "Address", "Email",
              "Picture", "Pager", "Fax", "Phone", "LocationRef", "Certificate" } } },
        { "Location", { { "OID", "Name" }, { "MetaDataVersionRef" } } },
        { "MetaDataVersionRef", { { "StudyOID", "MetaDataVersionOID", "EffectiveDate" }, {} } },
        { "ClinicalData",
          { { "StudyOID", "MetaDataVersionOID" }, { "SubjectData", "AuditRecords", "Signatures", "Annotations" } } },
        { "SubjectData",
          { { "SubjectKey" },
            { "AuditRecord", "Signature", "InvestigatorRef", "SiteRef", "Annotation", "StudyEventData" } } },
        { "SiteRef", { { "LocationOID" }, {} } },
        { "StudyEventData", { { "StudyEventOID" }, { "AuditRecord", "Signature", "Annotation", "FormData" } } },
        { "FormData",
          { { "FormOID" }, { "AuditRecord", "Signature", "ArchiveLayoutRef", "Annotation", "ItemGroupData" } } },
        { "ItemGroupData", { { "ItemGroupOID" }, { "AuditRecord", "Signature", "Annotation", "ItemData" } } },
        { "ItemData", { { "ItemOID" }, { "AuditRecord", "Signature", "MeasurementUnitRef", "Annotation" } } },
        { "Annotation", { { "SeqNum" }, { "Comment", "Flag" } } },
        { "AuditRecords", { {}, { "AuditRecord" } } },
        { "AuditRecord", { {}, { "UserRef", "LocationRef", "DateTimeStamp", "ReasonForChange", "SourceID" } } },
        { "UserRef", { { "UserOID" }, {} } },
        { "LocationRef", { { "LocationOID" }, {} } },
    };
    const QSet<QString> once { "GlobalVariables",  "BasicDefinitions", "Protocol",    "StudyName",
                               "StudyDescription", "ProtocolName",     "Question",    "CodeListRef",
                               "Description",      "UserRef",          "LocationRef", "DateTimeStamp",
                               "ReasonForChange",  "SourceID",         "SiteRef",     "Comment" };
    const QSet<QString> dataTypes { "integer",
                                    "float",
                                    "date",
                                    "text",
                                    "string",
                                    "boolean",
                                    "double",
                                    "time",
                                    "datetime",
                                    "partialDate",
                                    "partialTime",
                                    "partialDatetime",
                                    "durationDatetime",
                                    "intervalDatetime",
                                    "incompleteDatetime",
                                    "incompleteDate",
                                    "incompleteTime",
                                    "URI",
                                    "hexBinary",
                                    "base64Binary",
                                    "hexFloat",
                                    "base64Float" };

    struct Open
    {
        QString name;
        int rank = -1;
        QStringList seen;
    };
    QList<Open> stack;
    std::map<QString, QSet<QString>> defined; // element kind -> OIDs
    std::map<QString, QList<QString>> referenced; // element kind -> OIDs referenced
    std::map<QString, QString> itemType; // ItemDef OID -> DataType
    QList<std::pair<QString, QString>> values; // ItemOID, Value
    int subjects = 0;
    int auditRecords = 0;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString();
            if (stack.isEmpty()) {
                QCOMPARE(name, QStringLiteral("ODM"));
                QCOMPARE(reader.namespaceUri().toString(), QStringLiteral("http://www.cdisc.org/ns/odm/v1.3"));
                QCOMPARE(reader.attributes().value("ODMVersion").toString(), QStringLiteral("1.3.2"));
                QCOMPARE(reader.attributes().value("FileType").toString(), QStringLiteral("Snapshot"));
            } else {
                QCOMPARE(reader.namespaceUri().toString(), QStringLiteral("http://www.cdisc.org/ns/odm/v1.3"));
            }
            if (!stack.isEmpty()) {
                Open &parent = stack.last();
                const auto rule = rules.find(parent.name);
                if (rule != rules.end()) {
                    const int rank = int(rule->second.children.indexOf(name));
                    QVERIFY2(rank >= 0, qPrintable(name + " is not a child of " + parent.name));
                    QVERIFY2(rank >= parent.rank, qPrintable(name + " out of order in " + parent.name));
                    if (once.contains(name))
                        QVERIFY2(!parent.seen.contains(name), qPrintable(name + " twice in " + parent.name));
                    parent.rank = rank;
                    parent.seen.append(name);
                }
            }
            const auto rule = rules.find(name);
            if (rule != rules.end())
                for (const QString &attribute : rule->second.required)
                    QVERIFY2(reader.attributes().hasAttribute(attribute), qPrintable(name + " without " + attribute));
            const QXmlStreamAttributes attributes = reader.attributes();
            auto oid = [&](const char *attribute) { return attributes.value(QLatin1String(attribute)).toString(); };
            if (name == "StudyEventDef" || name == "FormDef" || name == "ItemGroupDef" || name == "CodeList"
                || name == "User" || name == "Location" || name == "MeasurementUnit")
                defined[name].insert(oid("OID"));
            if (name == "ItemDef") {
                defined[name].insert(oid("OID"));
                QVERIFY2(dataTypes.contains(oid("DataType")), qPrintable(oid("DataType")));
                itemType[oid("OID")] = oid("DataType");
            }
            if (name == "StudyEventRef" || name == "StudyEventData")
                referenced["StudyEventDef"].append(oid("StudyEventOID"));
            if (name == "FormRef" || name == "FormData")
                referenced["FormDef"].append(oid("FormOID"));
            if (name == "ItemGroupRef" || name == "ItemGroupData")
                referenced["ItemGroupDef"].append(oid("ItemGroupOID"));
            if (name == "ItemRef")
                referenced["ItemDef"].append(oid("ItemOID"));
            if (name == "CodeListRef")
                referenced["CodeList"].append(oid("CodeListOID"));
            if (name == "UserRef")
                referenced["User"].append(oid("UserOID"));
            if (name == "LocationRef" || name == "SiteRef")
                referenced["Location"].append(oid("LocationOID"));
            if (name == "MeasurementUnitRef")
                referenced["MeasurementUnit"].append(oid("MeasurementUnitOID"));
            if (name == "TranslatedText")
                QVERIFY(!attributes.value(QStringLiteral("http://www.w3.org/XML/1998/namespace"), "lang").isEmpty());
            if (name == "ItemData") {
                referenced["ItemDef"].append(oid("ItemOID"));
                const bool isNull = oid("IsNull") == QLatin1String("Yes");
                QVERIFY2(isNull != attributes.hasAttribute("Value"), "ItemData needs a Value or IsNull=\"Yes\"");
                if (!isNull)
                    values.append({ oid("ItemOID"), oid("Value") });
            }
            if (name == "SubjectData")
                ++subjects;
            if (name == "AuditRecord")
                ++auditRecords;
            if (name == "StudyEventDef") {
                const QString type = oid("Type");
                QVERIFY(type == "Scheduled" || type == "Unscheduled" || type == "Common");
            }
            for (const char *flag : { "Mandatory", "Repeating" })
                if (attributes.hasAttribute(QLatin1String(flag)))
                    QVERIFY(oid(flag) == QLatin1String("Yes") || oid(flag) == QLatin1String("No"));
            stack.append({ name, -1, {} });
        } else if (reader.isEndElement()) {
            const Open closed = stack.takeLast();
            const auto rule = rules.find(closed.name);
            // Required children.
            if (closed.name == "GlobalVariables")
                QCOMPARE(closed.seen, (QStringList { "StudyName", "StudyDescription", "ProtocolName" }));
            if (closed.name == "AuditRecord")
                QVERIFY(closed.seen.mid(0, 3) == (QStringList { "UserRef", "LocationRef", "DateTimeStamp" }));
            if (closed.name == "Location")
                QVERIFY(closed.seen.contains(QStringLiteral("MetaDataVersionRef")));
            if (closed.name == "Decode" || closed.name == "Question" || closed.name == "Symbol")
                QVERIFY2(!closed.seen.isEmpty(), qPrintable(closed.name + " without TranslatedText"));
            Q_UNUSED(rule);
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(stack.isEmpty());
    for (const auto &[kind, oids] : referenced)
        for (const QString &oid : oids)
            QVERIFY2(defined[kind].contains(oid), qPrintable(kind + QLatin1Char(' ') + oid));
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    static const QRegularExpression date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    for (const auto &[item, value] : values) {
        const QString type = itemType[item];
        if (type == QLatin1String("integer"))
            QVERIFY2(integer.match(value).hasMatch(), qPrintable(item + '=' + value));
        if (type == QLatin1String("float"))
            QVERIFY2(decimal.match(value).hasMatch(), qPrintable(item + '=' + value));
        if (type == QLatin1String("date"))
            QVERIFY2(date.match(value).hasMatch(), qPrintable(item + '=' + value));
    }
    QCOMPARE(subjects, 3);
    // Every audit entry of form data (entity form_entry: creations, saves, completions, the edit,
    // verifications), as the audit trail counts them; the export's own audit is not form data.
    core::AuditTrail::Filter formData;
    formData.entity = QStringLiteral("form_entry");
    const auto formAudit = core::AuditService(*m_admin).count(formData);
    QVERIFY(formAudit.ok());
    QVERIFY(formAudit.value() > m_valueCount); // at least one per value saved, and the states
    QCOMPARE(auditRecords, formAudit.value());
    QVERIFY(xml.contains("transcription error"));
    QVERIFY(xml.contains("ItemOID=\"IT.PHQ9.phq9_1\" Value=\"2\""));
    QVERIFY(xml.contains("IsNull=\"Yes\""));
    QVERIFY(xml.contains("xml:lang=\"fr\""));
}

void TestExport::cancelRemovesPartialOutput()
{
    for (ExportFormat format : { ExportFormat::Csv, ExportFormat::Odm, ExportFormat::Redcap }) {
        // A folder the export creates goes away; one that existed stays, empty.
        const QString created = outputDir(QStringLiteral("new-") + reports::exportFormatCode(format));
        const QString existing = outputDir(QStringLiteral("old-") + reports::exportFormatCode(format));
        QVERIFY(QDir().mkpath(existing));
        for (const QString &dir : { created, existing }) {
            ExportRequest request;
            request.format = format;
            request.outputPath = dir;
            int calls = 0;
            bool filesExisted = false;
            bool namedFileExisted = false;
            auto done = DataExporter(*m_admin).run(request, [&](qint64, qint64 total) {
                ++calls;
                QDir folder(dir);
                // Until the export is audited its files are hidden temporary files (0600).
                filesExisted = !folder.entryList(QDir::Files | QDir::Hidden).isEmpty();
                namedFileExisted = !folder.entryList(QDir::Files).isEmpty();
                Q_UNUSED(total);
                return false;
            });
            QVERIFY(!done.ok());
            QCOMPARE(done.error().code, core::ErrorCode::Cancelled);
            QCOMPARE(calls, 1);
            QVERIFY(filesExisted); // it had started writing
            QVERIFY(!namedFileExisted); // nothing had its name yet
            if (dir == created)
                QVERIFY(!QFileInfo::exists(dir));
            else
                QVERIFY(QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        }
    }
    // Cancelling at the last callback (after every row) removes everything too.
    ExportRequest request;
    request.outputPath = outputDir("late");
    qint64 lastDone = 0;
    auto done = DataExporter(*m_admin).run(request, [&](qint64 doneEntries, qint64 total) {
        lastDone = doneEntries;
        return doneEntries < total;
    });
    QVERIFY(!done.ok());
    QCOMPARE(lastDone, m_entryCount);
    QVERIFY(!QFileInfo::exists(outputDir("late")));
    QCOMPARE(auditCount(*m_admin, QStringLiteral("data.export")), 0);
}

void TestExport::refusesAnExistingExport()
{
    const QString dir = outputDir("twice");
    QVERIFY(exportAs(*m_admin, ExportFormat::Csv, dir).ok());
    const QByteArray manifest = readAll(QDir(dir).filePath("manifest.json"));
    auto again = exportAs(*m_admin, ExportFormat::Csv, dir);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, core::ErrorCode::Conflict);
    QCOMPARE(readAll(QDir(dir).filePath("manifest.json")), manifest);
    QVERIFY(QFileInfo::exists(QDir(dir).filePath("long.csv")));

    // Every file is owner-only whatever the umask, and no temporary file is left.
    const mode_t saved = ::umask(022);
    const auto restore = qScopeGuard([saved] { ::umask(saved); });
    const QString privateDir = outputDir("private");
    QVERIFY(exportAs(*m_admin, ExportFormat::Csv, privateDir).ok());
    const QStringList names = QDir(privateDir).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(names.contains(QStringLiteral("manifest.json")));
    for (const QString &name : names) {
        QVERIFY2(!name.startsWith(QLatin1Char('.')), qPrintable(name));
        QCOMPARE(core::platform::permissionBits(QDir(privateDir).filePath(name)), 0600);
    }

    // A dangling link bearing one of the export's names takes that name: the folder is refused and
    // the link is never followed.
    const QString linkedDir = outputDir("linked");
    QVERIFY(QDir().mkpath(linkedDir));
    const QString victim = QDir(linkedDir).filePath(QStringLiteral("victim.csv"));
    QVERIFY(QFile::link(victim, QDir(linkedDir).filePath(QStringLiteral("long.csv"))));
    auto linked = exportAs(*m_admin, ExportFormat::Csv, linkedDir);
    QVERIFY(!linked.ok());
    QCOMPARE(linked.error().code, core::ErrorCode::Conflict);
    QVERIFY(!QFileInfo::exists(victim));
    QCOMPARE(QDir(linkedDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList { QStringLiteral("long.csv") });
}

void TestExport::blindedRolesAreRefused()
{
    for (const char *user : { "assessor", "monitor" }) {
        auto session = m_workspace->signIn(QLatin1String(user));
        QVERIFY(session);
        auto refused = exportAs(*session, ExportFormat::Csv, outputDir(QLatin1String(user)));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, core::ErrorCode::PermissionDenied);
        QVERIFY(!QFileInfo::exists(outputDir(QLatin1String(user))));
    }
}

// The GUI's path: prepared in this thread, run in a worker on a session of its own. It writes the
// same files as the export run here, is audited as the same user, and a cancel from the progress
// callback in the worker leaves nothing behind.
void TestExport::backgroundExportRunsInAWorkerThread()
{
    const QString here = outputDir("in-thread");
    QVERIFY(exportAs(*m_admin, ExportFormat::Csv, here).ok());
    const qint64 auditsBefore = auditCount(*m_admin, QStringLiteral("data.export"));

    auto prepared = reports::BackgroundExport::prepare(*m_admin);
    QVERIFY(prepared);
    std::unique_ptr<reports::BackgroundExport> background = std::move(prepared).value();
    const QString there = outputDir("worker");
    ExportRequest request;
    request.format = ExportFormat::Csv;
    request.outputPath = there;
    core::Result<reports::ExportSummary> result = core::makeError(core::ErrorCode::Storage, QStringLiteral("not run"));
    QThread *callbackThread = nullptr;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        result = background->run(request, [&](qint64, qint64) {
            callbackThread = QThread::currentThread();
            return true;
        });
    }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QCOMPARE(callbackThread, worker.get());
    QCOMPARE(result->entries, m_entryCount);
    QCOMPARE(QDir(there).entryList(QDir::Files, QDir::Name), QDir(here).entryList(QDir::Files, QDir::Name));
    for (const QString &file : QDir(here).entryList(QDir::Files)) {
        if (file != QLatin1String("manifest.json")) // names its own folder
            QCOMPARE(readAll(QDir(there).filePath(file)), readAll(QDir(here).filePath(file)));
    }
    QCOMPARE(auditCount(*m_admin, QStringLiteral("data.export")), auditsBefore + 1);

    // Cancelled in the worker: no folder, no audit entry.
    request.outputPath = outputDir("worker-cancelled");
    std::unique_ptr<QThread> cancelled(
        QThread::create([&] { result = background->run(request, [](qint64, qint64) { return false; }); }));
    cancelled->start();
    QVERIFY(cancelled->wait(60000));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, core::ErrorCode::Cancelled);
    QVERIFY(!QFileInfo::exists(request.outputPath));
    QCOMPARE(auditCount(*m_admin, QStringLiteral("data.export")), auditsBefore + 1);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
