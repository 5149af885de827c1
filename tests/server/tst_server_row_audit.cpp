// Every change to trial data is audited by the server itself (core/server/row_audit.sql), on a real
// PostgreSQL 15 started by the test: a change a coordinator makes with plain SQL (psql and their own
// password), outside TrialDesk, is in the audit trail with the old and the new value and the
// coordinator's role, in the same transaction; a rolled-back change leaves nothing; the seed and the
// identity data are never copied into the trail; and the chain still verifies.
#include "core/audit/AuditTrail.h"
#include "core/workspace/TrialSession.h"
#include "tests/support/PgCluster.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace trialdesk;
using namespace trialdesk::core;
using trialdesk::test::PgCluster;
using trialdesk::test::TestWorkspace;

class TestServerRowAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aChangeMadeWithSqlIsAuditedWithOldAndNewValues();
    void aRolledBackChangeLeavesNoEntry();
    void theTrailHoldsNoSeedAndNoIdentity();
    void theChainVerifies();
    void cleanupTestCase();

private:
    QList<AuditEntry> entries(const QString &entity, const QString &action)
    {
        AuditTrail::Filter filter;
        filter.entity = entity;
        filter.action = action;
        auto admin = m_workspace->admin();
        if (!admin)
            return {};
        auto found = AuditTrail::entries(admin->database(), filter);
        return found ? found.value() : QList<AuditEntry>();
    }

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<TrialSession> m_coordinator;
    QString m_studyId;
};

void TestServerRowAudit::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    m_workspace = std::make_unique<TestWorkspace>(*m_cluster, QStringLiteral("pilot"));
    QVERIFY2(m_workspace->ok(), qPrintable(m_workspace->error()));
    m_coordinator = m_workspace->addUserAndSignIn(QStringLiteral("coord"), Role::Coordinator, QStringLiteral("ICM"));
    QVERIFY(m_coordinator);
    auto outcome = test::randomizeEligible(*m_coordinator, m_workspace->today());
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    m_studyId = outcome->studyId;
}

void TestServerRowAudit::aChangeMadeWithSqlIsAuditedWithOldAndNewValues()
{
    // The coordinator's own connection, as psql would use it: no TrialDesk service involved.
    QSqlQuery sql(m_coordinator->database());
    QVERIFY2(
        sql.exec(QStringLiteral("UPDATE visits SET status = 'missed', reason = 'by hand' WHERE id = (SELECT MIN(v.id) "
                                "FROM visits v JOIN participants p ON p.id = v.participant_id WHERE p.study_id = "
                                "'%1')")
                     .arg(m_studyId)),
        qPrintable(sql.lastError().text()));
    QCOMPARE(sql.numRowsAffected(), 1);
    const QList<AuditEntry> updates = entries(QStringLiteral("visits"), QStringLiteral("row.update"));
    QStringList seen;
    for (const AuditEntry &entry : updates)
        seen.append(QStringLiteral("%1 %2 %3->%4")
                        .arg(entry.username, entry.field, entry.oldValue.value_or(QStringLiteral("NULL")),
                             entry.newValue.value_or(QStringLiteral("NULL"))));
    QVERIFY2(seen.contains(QStringLiteral("coord status planned->missed")), qPrintable(seen.join(QLatin1Char('\n'))));
    QVERIFY2(seen.contains(QStringLiteral("coord reason NULL->by hand")), qPrintable(seen.join(QLatin1Char('\n'))));
    // Only the changed columns.
    QCOMPARE(seen.size(), 2);
    // Inserts name the row's key and hold its values: the randomization the server recorded.
    const QList<AuditEntry> randomizations = entries(QStringLiteral("randomizations"), QStringLiteral("row.insert"));
    QCOMPARE(randomizations.size(), 1);
    QCOMPARE(randomizations.first().username, QStringLiteral("coord"));
    QVERIFY(randomizations.first().newValue.value_or(QString()).contains(QStringLiteral("\"arm\"")));
}

void TestServerRowAudit::aRolledBackChangeLeavesNoEntry()
{
    auto admin = m_workspace->admin();
    QVERIFY(admin);
    const qint64 before = AuditTrail::verify(admin->database()).entries;
    QSqlDatabase &db = m_coordinator->database();
    QVERIFY(db.transaction());
    QSqlQuery sql(db);
    QVERIFY(sql.exec(
        QStringLiteral("UPDATE participants SET status = 'lost-to-follow-up' WHERE study_id = '%1'").arg(m_studyId)));
    QVERIFY(db.rollback());
    QCOMPARE(AuditTrail::verify(admin->database()).entries, before);
}

void TestServerRowAudit::theTrailHoldsNoSeedAndNoIdentity()
{
    // An identity written by hand, then changed: the trail says which columns, never what they hold.
    QSqlQuery sql(m_coordinator->database());
    QVERIFY2(sql.exec(QStringLiteral("INSERT INTO participant_identities (participant_id, last_name, first_name, "
                                     "date_of_birth, language, last_name_key, first_name_key) SELECT id, 'Tremblay', "
                                     "'Marie', '1959-03-14', 'fr', 'TREMBLAY', 'MARIE' FROM participants WHERE "
                                     "study_id = '%1'")
                          .arg(m_studyId)),
             qPrintable(sql.lastError().text()));
    QVERIFY2(sql.exec(QStringLiteral("UPDATE participant_identities SET phone = '514 555-0199' WHERE participant_id = "
                                     "(SELECT id FROM participants WHERE study_id = '%1')")
                          .arg(m_studyId)),
             qPrintable(sql.lastError().text()));
    QString seed;
    QVERIFY(m_cluster->psql(QStringLiteral("SELECT seed FROM randomization_designs ORDER BY version LIMIT 1"), &seed,
                            QStringLiteral("pilot")));
    seed = seed.trimmed();
    QCOMPARE(seed.size(), 64);
    QString leaks;
    QVERIFY(
        m_cluster->psql(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE concat_ws('|', old_value, new_value) "
                                       "LIKE '%%%1%%' OR concat_ws('|', old_value, new_value) LIKE '%%555-0199%%' OR "
                                       "concat_ws('|', old_value, new_value) LIKE '%%Tremblay%%'")
                            .arg(seed),
                        &leaks, QStringLiteral("pilot")));
    QCOMPARE(leaks.trimmed(), QStringLiteral("0"));
    const QList<AuditEntry> identity = entries(QStringLiteral("participant_identities"), QStringLiteral("row.update"));
    QCOMPARE(identity.size(), 1);
    QCOMPARE(identity.first().field, QStringLiteral("phone"));
    QCOMPARE(identity.first().newValue, std::optional<QString>(QStringLiteral("(not shown)")));
    const QList<AuditEntry> designs = entries(QStringLiteral("randomization_designs"), QStringLiteral("row.insert"));
    QVERIFY(!designs.isEmpty());
    QVERIFY(designs.first().newValue.value_or(QString()).contains(QStringLiteral("\"seed\": \"(not shown)\"")));
}

void TestServerRowAudit::theChainVerifies()
{
    auto admin = m_workspace->admin();
    QVERIFY(admin);
    const AuditTrail::Verification verified = AuditTrail::verify(admin->database());
    QVERIFY2(verified.ok, qPrintable(verified.problem));
}

void TestServerRowAudit::cleanupTestCase()
{
    m_coordinator.reset();
    m_workspace.reset();
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestServerRowAudit)
#include "tst_server_row_audit.moc"
