#include "app/gui/randomization/RandomizationLogModel.h"
#include "app/gui/randomization/RandomizationLogPage.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "reports/ReportContext.h"
#include "reports/ReportDocument.h"
#include "tests/support/TestWorkspace.h"
#include "tests/support/TrialFixtures.h"

#include <QBrush>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace trialdesk;

namespace {
using test::eligibleScreening;
using test::kUserPassword;

} // namespace

class TestRandomizationLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsEveryEntryVerified();
    void exportsCsv();
    void exportsPdf();
    void flagsATamperedEntryInRed();

private:
    test::TestWorkspace m_trial { QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::utc()),
                                  QStringLiteral("Log trial") };
    std::unique_ptr<core::TrialSession> m_monitor;
    std::unique_ptr<core::TrialSession> m_coordinator;
    QStringList m_randomized;
};

void TestRandomizationLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
    m_coordinator = m_trial.addUserAndSignIn(QStringLiteral("coord"), core::Role::Coordinator, QString(),
                                             QStringLiteral("Chloé Coordinator"));
    m_monitor = m_trial.addUserAndSignIn(QStringLiteral("monitor"), core::Role::Monitor, QString(),
                                         QStringLiteral("Mona Monitor"));
    QVERIFY(m_coordinator && m_monitor);
    for (const char *condition : { "HF", "HF", "CAD" }) {
        m_trial.clock().advanceMs(60 * 1000);
        auto done = test::randomizeEligible(*m_coordinator, m_trial.today(), QStringLiteral("ICM"),
                                            QString::fromLatin1(condition));
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        m_randomized << done->studyId;
    }
}

void TestRandomizationLog::showsEveryEntryVerified()
{
    gui::RandomizationLogPage page(*m_monitor);
    page.resize(1200, 600);
    page.show();
    QVERIFY(page.report().has_value());
    gui::RandomizationLogModel *model = page.model();
    QCOMPARE(model->rowCount(), m_randomized.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, gui::RandomizationLogModel::StudyIdColumn).data().toString(), m_randomized.at(row));
        QCOMPARE(model->index(row, gui::RandomizationLogModel::UserColumn).data().toString(), QStringLiteral("coord"));
        QVERIFY(model->index(row, gui::RandomizationLogModel::VerificationColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("verified")));
        QVERIFY(!gui::RandomizationLogModel::flagged(model->entry(row)));
    }
    // Two in the HF stratum (sequences 1 and 2), one in CAD (sequence 1).
    QCOMPARE(model->index(1, gui::RandomizationLogModel::SequenceColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model->index(2, gui::RandomizationLogModel::SequenceColumn).data().toString(), QStringLiteral("1"));
    QVERIFY(page.summaryText().startsWith(QStringLiteral("Verified")));
    auto *chain = page.findChild<QLabel *>(QStringLiteral("chainLabel"));
    QVERIFY(chain->text().contains(QString::fromLatin1(page.report()->auditHead)));
    QVERIFY(!page.report()->auditHead.isEmpty());
    QVERIFY(!page.findChild<QLabel *>(QStringLiteral("gapsLabel"))->isVisible());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportPdfButton"))->isEnabled());
}

void TestRandomizationLog::exportsCsv()
{
    gui::RandomizationLogPage page(*m_monitor);
    const QString path = m_trial.filePath(QStringLiteral("log.csv"));
    const core::Status status = page.exportCsvTo(path);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + m_randomized.size());
    QVERIFY(lines.at(0).startsWith("study_id,site,"));
    for (int i = 0; i < m_randomized.size(); ++i)
        QVERIFY(lines.at(i + 1).startsWith(m_randomized.at(i).toUtf8() + ','));
}

void TestRandomizationLog::exportsPdf()
{
    gui::RandomizationLogPage page(*m_monitor);
    const QString path = m_trial.filePath(QStringLiteral("log.pdf"));
    const core::Status status = page.exportPdfTo(path);
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // The content (the monitors' randomization report): title, trial, data cut, author, every
    // entry and the verification summary with the audit chain head, on pages numbered "of N".
    auto document = page.pdfDocument();
    QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
    QStringList texts;
    const QList<reports::ReportDocument::PageText> pages = document->pageTexts();
    for (const reports::ReportDocument::PageText &pageText : pages)
        texts += pageText.texts;
    const QString text = texts.join(QLatin1Char('\n'));
    // Reports name the trial as its protocol in force does.
    auto context = reports::ReportContext::forSession(*m_monitor);
    QVERIFY(context);
    const QString trialName = context->trialName;
    QVERIFY(!trialName.isEmpty());
    for (const QString &expected :
         { QStringLiteral("Randomization"), trialName, QStringLiteral("Mona Monitor (monitor)"),
           QLocale().toString(m_trial.clock().nowUtc().toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
           QStringLiteral("every entry matches its stream"), QString::fromLatin1(page.report()->auditHead),
           QStringLiteral("of %1").arg(pages.size()) })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    for (const QString &id : m_randomized)
        QVERIFY(text.contains(id));
}

void TestRandomizationLog::flagsATamperedEntryInRed()
{
    // Someone with the key edits an allocation behind the services' back: the log shows it.
    QSqlDatabase &db = m_coordinator->database();
    QVERIFY(core::exec(db, QStringLiteral("DROP TRIGGER randomizations_no_update")).ok());
    auto report = gui::RandomizationLogPage(*m_monitor).report();
    QVERIFY(report.has_value());
    const QString arm = report->entries.at(1).armCode;
    const QString other = arm == QLatin1String("PP") ? QStringLiteral("UC") : QStringLiteral("PP");
    QVERIFY(core::exec(db, QStringLiteral("UPDATE randomizations SET arm = ? WHERE id = ?"),
                       { other, report->entries.at(1).id })
                .ok());
    gui::RandomizationLogPage page(*m_monitor);
    QVERIFY(page.report().has_value());
    QVERIFY(!page.report()->clean());
    QVERIFY(page.summaryText().startsWith(QStringLiteral("PROBLEMS FOUND")));
    gui::RandomizationLogModel *model = page.model();
    QVERIFY(gui::RandomizationLogModel::flagged(model->entry(1)));
    QVERIFY(!gui::RandomizationLogModel::flagged(model->entry(0)));
    const QBrush red
        = model->index(1, gui::RandomizationLogModel::StudyIdColumn).data(Qt::ForegroundRole).value<QBrush>();
    QCOMPARE(red.color(), QColor(0xb0, 0x00, 0x20));
    QVERIFY(model->index(1, gui::RandomizationLogModel::VerificationColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("✘")));
}

QTEST_MAIN(TestRandomizationLog)
#include "tst_randomizationlog.moc"
