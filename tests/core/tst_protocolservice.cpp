// Protocol amendments: a new version with a reason, audited; nothing recorded changes meaning.
#include "core/design/DesignStore.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/protocol/Protocol.h"
#include "core/protocol/ProtocolService.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

#include <functional>

using namespace trialdesk;
using namespace trialdesk::core;

namespace {

using test::kUserPassword;

ScreeningInput eligibleScreening(const QDate &date)
{
    return trialdesk::test::eligibleScreening(date, QStringLiteral("ICM"), 58, QStringLiteral("M"));
}

QByteArray toJson(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// The given protocol JSON with one edit applied.
QByteArray edited(const QByteArray &json, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    edit(root);
    return toJson(root);
}

void setArmWeight(QJsonObject &root, int arm, int weight)
{
    QJsonArray arms = root.value(QStringLiteral("arms")).toArray();
    QJsonObject object = arms.at(arm).toObject();
    object.insert(QStringLiteral("weight"), weight);
    arms.replace(arm, object);
    root.insert(QStringLiteral("arms"), arms);
}

void appendConditionLevel(QJsonObject &root, const QString &code)
{
    QJsonArray factors = root.value(QStringLiteral("stratification")).toArray();
    QJsonObject condition = factors.at(1).toObject();
    QJsonArray levels = condition.value(QStringLiteral("levels")).toArray();
    levels.append(QJsonObject {
        { QStringLiteral("code"), code },
        { QStringLiteral("name"), QJsonObject { { QStringLiteral("fr"), code }, { QStringLiteral("en"), code } } } });
    condition.insert(QStringLiteral("levels"), levels);
    factors.replace(1, condition);
    root.insert(QStringLiteral("stratification"), factors);
}

// Consent form 2.0 becomes current and requires re-consent; 1.0 stays, no longer current.
void addConsentVersion2(QJsonObject &root)
{
    root.insert(QStringLiteral("consent_forms"),
                QJsonArray { QJsonObject { { QStringLiteral("version"), QStringLiteral("1.0") },
                                           { QStringLiteral("approved"), QStringLiteral("2026-09-15") },
                                           { QStringLiteral("current"), false } },
                             QJsonObject { { QStringLiteral("version"), QStringLiteral("2.0") },
                                           { QStringLiteral("approved"), QStringLiteral("2026-11-20") },
                                           { QStringLiteral("current"), true },
                                           { QStringLiteral("reconsent_required"), true } } });
}

} // namespace

class TestProtocolService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTheInitialVersion();
    void coordinatorMayReadButNotAmend();
    void brokenJsonRefusedNothingWritten();
    void identicalOrUnexplainedRefused();
    void armsNeverChange();
    void sitesComeFromAdministration();
    void appendedLevelBeforeLockExtendsTheDesign();
    void amendmentRequiringReconsent();
    void lockedDesignRefusesDesignChanges();
    void recordedConsentAndCriteriaStay();
    void historyListsEveryVersion();

private:
    qint64 scalar(const QString &sql)
    {
        auto query = exec(m_admin->database(), sql);
        if (!query || !query->next())
            return -1;
        return query->value(0).toLongLong();
    }
    qint64 versions() { return scalar(QStringLiteral("SELECT COUNT(*) FROM protocol_versions")); }
    qint64 auditEntries() { return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")); }
    QByteArray currentJson()
    {
        auto current = ProtocolService(*m_admin).current();
        return current ? current->definition : QByteArray();
    }
    // Refused with code, writing neither a version nor an audit entry.
    void expectRefused(const QByteArray &json, ErrorCode code, const char *needle);

    std::unique_ptr<test::TestWorkspace> m_workspace;
    std::unique_ptr<TrialSession> m_admin;
    std::unique_ptr<TrialSession> m_coordinator;
    std::unique_ptr<TrialSession> m_statistician;
};

void TestProtocolService::initTestCase()
{
    m_workspace = std::make_unique<test::TestWorkspace>();
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    m_admin = m_workspace->admin();
    QVERIFY(m_admin);
    QVERIFY(m_workspace->addUser(QStringLiteral("coord"), Role::Coordinator).ok());
    QVERIFY(m_workspace->addUser(QStringLiteral("stat"), Role::Statistician).ok());
    m_coordinator = m_workspace->signIn(QStringLiteral("coord"));
    m_statistician = m_workspace->signIn(QStringLiteral("stat"));
    QVERIFY(m_coordinator && m_statistician);
}

void TestProtocolService::expectRefused(const QByteArray &json, ErrorCode code, const char *needle)
{
    const qint64 beforeVersions = versions();
    const qint64 beforeAudit = auditEntries();
    const qint64 beforeDesigns = scalar(QStringLiteral("SELECT COUNT(*) FROM randomization_designs"));
    auto result = ProtocolService(*m_statistician).amend(json, QStringLiteral("amended.json"), QStringLiteral("why"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.contains(QLatin1String(needle)), qPrintable(result.error().message));
    QCOMPARE(versions(), beforeVersions);
    QCOMPARE(auditEntries(), beforeAudit);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM randomization_designs")), beforeDesigns);
}

void TestProtocolService::readsTheInitialVersion()
{
    auto current = ProtocolService(*m_admin).current();
    QVERIFY(current.ok());
    QCOMPARE(current->version, 1);
    QCOMPARE(current->createdBy, QStringLiteral("admin"));
    QVERIFY(!current->concealed);
    QCOMPARE(current->sha256,
             QString::fromLatin1(QCryptographicHash::hash(current->definition, QCryptographicHash::Sha256).toHex()));
    QVERIFY(Protocol::parse(current->definition, QStringLiteral("v1")).ok());
    QCOMPARE(ProtocolService(*m_admin).version(7).error().code, ErrorCode::NotFound);
}

void TestProtocolService::coordinatorMayReadButNotAmend()
{
    ProtocolService coordinator(*m_coordinator);
    auto current = coordinator.current();
    QVERIFY(current.ok());
    // Block sizes are concealed from coordinators.
    QVERIFY(current->concealed);
    QVERIFY(!current->definition.contains("block_multiples"));
    QVERIFY(currentJson().contains("block_multiples"));
    const QByteArray amended = edited(currentJson(), addConsentVersion2);
    const qint64 before = versions();
    auto result = coordinator.amend(amended, QStringLiteral("amended.json"), QStringLiteral("new consent form"));
    QCOMPARE(result.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(versions(), before);
}

void TestProtocolService::brokenJsonRefusedNothingWritten()
{
    QByteArray broken = currentJson();
    broken.chop(3);
    expectRefused(broken, ErrorCode::InvalidInput, "amended.json");
    // A valid JSON with an invalid field names the file and the field.
    expectRefused(edited(currentJson(), [](QJsonObject &root) { setArmWeight(root, 0, 0); }), ErrorCode::InvalidInput,
                  "arms[0].weight");
}

void TestProtocolService::identicalOrUnexplainedRefused()
{
    expectRefused(currentJson(), ErrorCode::InvalidInput, "identical");
    // Reformatting is not an amendment either.
    expectRefused(QJsonDocument::fromJson(currentJson()).toJson(QJsonDocument::Compact), ErrorCode::InvalidInput,
                  "identical");
    const qint64 before = versions();
    auto result = ProtocolService(*m_admin).amend(edited(currentJson(), addConsentVersion2),
                                                  QStringLiteral("amended.json"), QStringLiteral("  "));
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QCOMPARE(versions(), before);
}

void TestProtocolService::armsNeverChange()
{
    QVERIFY(!DesignStore::current(m_admin->database())->locked);
    expectRefused(edited(currentJson(), [](QJsonObject &root) { setArmWeight(root, 1, 2); }), ErrorCode::Conflict,
                  "arms");
}

void TestProtocolService::sitesComeFromAdministration()
{
    const QByteArray withNewSite = edited(currentJson(), [](QJsonObject &root) {
        QJsonArray sites = root.value(QStringLiteral("sites")).toArray();
        sites.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("CHUM") },
                                   { QStringLiteral("name"),
                                     QJsonObject { { QStringLiteral("fr"), QStringLiteral("CHUM") },
                                                   { QStringLiteral("en"), QStringLiteral("CHUM") } } } });
        root.insert(QStringLiteral("sites"), sites);
    });
    expectRefused(withNewSite, ErrorCode::Conflict, "Administration");
}

void TestProtocolService::appendedLevelBeforeLockExtendsTheDesign()
{
    auto designBefore = DesignStore::current(m_admin->database());
    QVERIFY(designBefore.ok());
    QVERIFY(!designBefore->locked);
    auto version = ProtocolService(*m_statistician)
                       .amend(edited(currentJson(),
                                     [](QJsonObject &root) { appendConditionLevel(root, QStringLiteral("CKD")); }),
                              QStringLiteral("amended.json"), QStringLiteral("chronic kidney disease stratum"));
    QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(version.error().message));
    QCOMPARE(version.value(), 2);
    auto designAfter = DesignStore::current(m_admin->database());
    QVERIFY(designAfter.ok());
    QCOMPARE(designAfter->version, designBefore->version + 1);
    QVERIFY(designAfter->design.seed == designBefore->design.seed);
    QCOMPARE(designAfter->design.factors.at(1).levels, QStringList({ "HF", "CAD", "AF", "OTHER", "CKD" }));
    QCOMPARE(designAfter->design.factors.at(0).levels, designBefore->design.factors.at(0).levels);
}

void TestProtocolService::amendmentRequiringReconsent()
{
    const QDate today = m_workspace->clock().nowUtc().date();
    EnrollmentInput input;
    input.strata.insert(QStringLiteral("condition"), QStringLiteral("HF"));
    input.consent = { QStringLiteral("1.0"), today, QString() };
    auto registered = EnrollmentService(*m_coordinator).enroll(eligibleScreening(today), input);
    QVERIFY2(registered.ok(), registered.ok() ? "" : qPrintable(registered.error().message));
    const QString studyId = registered->studyId;

    const QString oldSha = ProtocolService(*m_admin).current()->sha256;
    const QByteArray amended = edited(currentJson(), addConsentVersion2);
    auto version = ProtocolService(*m_admin).amend(amended, QStringLiteral("amended.json"),
                                                   QStringLiteral("consent form 2.0 approved by the ethics board"));
    QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(version.error().message));
    QCOMPARE(version.value(), 3);
    auto current = ProtocolService(*m_admin).current();
    QCOMPARE(current->version, 3);
    QCOMPARE(current->reason, QStringLiteral("consent form 2.0 approved by the ethics board"));
    QCOMPARE(current->definition, amended);
    const QString newSha = QString::fromLatin1(QCryptographicHash::hash(amended, QCryptographicHash::Sha256).toHex());
    QCOMPARE(current->sha256, newSha);
    {
        // Scoped: an unfinished query would hold a read snapshot on the connection.
        auto audit
            = exec(m_admin->database(),
                   QStringLiteral("SELECT username, entity_id, field, old_value, new_value, reason FROM audit_log "
                                  "WHERE action = 'protocol.amend' ORDER BY id DESC LIMIT 1"));
        QVERIFY(audit.ok() && audit->next());
        QCOMPARE(audit->value(0).toString(), QStringLiteral("admin"));
        QCOMPARE(audit->value(1).toString(), QStringLiteral("3"));
        QCOMPARE(audit->value(2).toString(), QStringLiteral("sha256"));
        QCOMPARE(audit->value(3).toString(), oldSha);
        QCOMPARE(audit->value(4).toString(), newSha);
        QCOMPARE(audit->value(5).toString(), QStringLiteral("consent form 2.0 approved by the ethics board"));
    }

    // The participant consented on 1.0: refused at randomization until re-consent, consuming nothing.
    RandomizationService randomization(*m_coordinator);
    QCOMPARE(randomization.randomize(studyId, kUserPassword).error().code, ErrorCode::InvalidInput);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM randomizations")), 0);
    QVERIFY(EnrollmentService(*m_coordinator).recordConsent(studyId, { QStringLiteral("2.0"), today, {} }).ok());
    auto outcome = randomization.randomize(studyId, kUserPassword);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM randomizations")), 1);
    QVERIFY(DesignStore::current(m_admin->database())->locked);
}

void TestProtocolService::lockedDesignRefusesDesignChanges()
{
    QVERIFY(DesignStore::current(m_admin->database())->locked);
    expectRefused(edited(currentJson(), [](QJsonObject &root) { setArmWeight(root, 0, 2); }), ErrorCode::Conflict,
                  "arms");
    expectRefused(edited(currentJson(),
                         [](QJsonObject &root) {
                             QJsonObject randomization = root.value(QStringLiteral("randomization")).toObject();
                             randomization.insert(QStringLiteral("block_multiples"), QJsonArray { 2 });
                             root.insert(QStringLiteral("randomization"), randomization);
                         }),
                  ErrorCode::Conflict, "locked");
    // The condition factor is not the first: a new level would move existing strata.
    expectRefused(edited(currentJson(), [](QJsonObject &root) { appendConditionLevel(root, QStringLiteral("COPD")); }),
                  ErrorCode::Conflict, "locked");
    // Renaming a level's code is never allowed.
    expectRefused(edited(currentJson(),
                         [](QJsonObject &root) {
                             QJsonArray factors = root.value(QStringLiteral("stratification")).toArray();
                             QJsonObject condition = factors.at(1).toObject();
                             QJsonArray levels = condition.value(QStringLiteral("levels")).toArray();
                             QJsonObject first = levels.at(0).toObject();
                             first.insert(QStringLiteral("code"), QStringLiteral("CHF"));
                             levels.replace(0, first);
                             condition.insert(QStringLiteral("levels"), levels);
                             factors.replace(1, condition);
                             root.insert(QStringLiteral("stratification"), factors);
                         }),
                  ErrorCode::Conflict, "condition");
}

void TestProtocolService::recordedConsentAndCriteriaStay()
{
    expectRefused(edited(currentJson(),
                         [](QJsonObject &root) {
                             QJsonArray forms = root.value(QStringLiteral("consent_forms")).toArray();
                             forms.removeAt(0);
                             root.insert(QStringLiteral("consent_forms"), forms);
                         }),
                  ErrorCode::Conflict, "1.0");
    expectRefused(edited(currentJson(),
                         [](QJsonObject &root) {
                             QJsonObject eligibility = root.value(QStringLiteral("eligibility")).toObject();
                             QJsonArray exclusion = eligibility.value(QStringLiteral("exclusion")).toArray();
                             exclusion.removeLast(); // ALREADY_PAIRED, answered at screening
                             eligibility.insert(QStringLiteral("exclusion"), exclusion);
                             root.insert(QStringLiteral("eligibility"), eligibility);
                         }),
                  ErrorCode::Conflict, "ALREADY_PAIRED");
    // Names may change (a translation fix): meaning stays.
    auto version = ProtocolService(*m_statistician)
                       .amend(edited(currentJson(),
                                     [](QJsonObject &root) {
                                         QJsonObject trial = root.value(QStringLiteral("trial")).toObject();
                                         trial.insert(QStringLiteral("target_participants"), 150);
                                         root.insert(QStringLiteral("trial"), trial);
                                     }),
                              QStringLiteral("amended.json"), QStringLiteral("target raised"));
    QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(version.error().message));
    QCOMPARE(version.value(), 4);
}

void TestProtocolService::historyListsEveryVersion()
{
    auto history = ProtocolService(*m_coordinator).history();
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 4);
    for (qsizetype i = 0; i < history->size(); ++i)
        QCOMPARE(history->at(i).version, int(i + 1));
    QCOMPARE(history->at(0).reason, QStringLiteral("initial protocol"));
    QCOMPARE(history->at(3).reason, QStringLiteral("target raised"));
    QCOMPARE(history->at(3).createdBy, QStringLiteral("stat"));
}

QTEST_GUILESS_MAIN(TestProtocolService)
#include "tst_protocolservice.moc"
