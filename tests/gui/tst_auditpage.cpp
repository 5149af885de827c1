#include "app/gui/audit/AuditPage.h"
#include "core/services/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "tests/support/GuiProbe.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace trialdesk;
using trialdesk::test::child;

// The audit page's checkpoints (docs/audit-chain.md): saving one to a file, and verifying the chain
// against such a file, with what the page then shows.
class TestAuditPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkpointButtonsFollowTheRole();
    void checkpointIsSavedAndVerified();
    void aShorterChainIsShownBroken();

private:
    test::TestWorkspace m_trial { QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                                  QStringLiteral("Audit page trial") };
    std::unique_ptr<core::TrialSession> m_admin;
};

void TestAuditPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
    m_admin = m_trial.admin();
    QVERIFY(m_admin);
    QVERIFY(m_trial.addUser(QStringLiteral("coord"), core::Role::Coordinator, QStringLiteral("ICM")));
}

void TestAuditPage::checkpointButtonsFollowTheRole()
{
    gui::AuditPage page(*m_admin);
    QVERIFY(child<QPushButton>(&page, "saveCheckpointButton")->isEnabled());
    QVERIFY(child<QPushButton>(&page, "verifyCheckpointsButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "saveCheckpointButton")->text().isEmpty());
}

void TestAuditPage::checkpointIsSavedAndVerified()
{
    gui::AuditPage page(*m_admin);
    const QString file = m_trial.filePath(QStringLiteral("checkpoints.jsonl"));
    page.saveCheckpointTo(file);
    QVERIFY(QFile::exists(file));
    auto *message = child<QLabel>(&page, "messageLabel");
    QVERIFY2(message->text().contains(QStringLiteral("Checkpoint added")), qPrintable(message->text()));

    page.verifyAgainstCheckpoints(file);
    auto *status = child<QLabel>(&page, "chainStatusLabel");
    QVERIFY2(status->text().startsWith(QStringLiteral("Chain intact")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("matches 1 checkpoint")), qPrintable(status->text()));
}

// A checkpoint taken after entries that are no longer there: the page says the chain is broken.
void TestAuditPage::aShorterChainIsShownBroken()
{
    gui::AuditPage page(*m_admin);
    const QString file = m_trial.filePath(QStringLiteral("future.jsonl"));
    QFile future(file);
    QVERIFY(future.open(QIODevice::WriteOnly));
    future.write("{\"entries\":100000,\"head\":\"" + QByteArray(64, 'a') + "\"}\n");
    future.close();
    page.verifyAgainstCheckpoints(file);
    auto *status = child<QLabel>(&page, "chainStatusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("BROKEN")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("shorter than a checkpoint")));
    // Saving a checkpoint on top of it is refused, and the file keeps its one line.
    page.saveCheckpointTo(file);
    QVERIFY2(child<QLabel>(&page, "messageLabel")->text().contains(QStringLiteral("no checkpoint was saved")),
             qPrintable(child<QLabel>(&page, "messageLabel")->text()));
    QVERIFY(future.open(QIODevice::ReadOnly));
    QCOMPARE(future.readAll().count('\n'), 1);
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
