#include "app/gui/exports/ExportsPage.h"
#include "app/gui/reports/ConsortView.h"
#include "app/gui/reports/RecruitmentView.h"
#include "app/gui/reports/ReportsPage.h"
#include "app/gui/reports/StatsTablesView.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "demo/DemoWorkspace.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace trialdesk;

// The Reports and Exports sections on a small demo trial (24 participants with a year of follow-up,
// entered through the services): every report tab computes, shows its tables and saves its files;
// a blinded role gets the refusal and no numbers; an export runs in its worker thread to the end.
class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statisticalTabsShowAndSave();
    void blindedAssessorSeesNoNumbersByArm();
    void consortAndRecruitmentSave();
    void exportRunsToTheEnd();

private:
    std::unique_ptr<core::TrialSession> login(core::Role role);

    QTemporaryDir m_dir;
    core::ManualClock m_clock { QDateTime(QDate(2027, 11, 26), QTime(15, 0), QTimeZone::utc()) };
    QList<core::DemoAccount> m_accounts;
};

std::unique_ptr<core::TrialSession> TestReports::login(core::Role role)
{
    for (const core::DemoAccount &account : m_accounts) {
        if (account.role != role)
            continue;
        auto workspace = core::Workspace::open(m_dir.filePath(QStringLiteral("demo")), m_clock);
        if (!workspace)
            return nullptr;
        auto session = workspace.value()->login(account.username, account.password.toUtf8());
        return session ? std::move(session.value()) : nullptr;
    }
    return nullptr;
}

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto demo = core::ensureDemoWorkspace(m_dir.filePath(QStringLiteral("demo")), m_clock, 24);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
    m_accounts = demo->accounts;
}

void TestReports::statisticalTabsShowAndSave()
{
    auto statistician = login(core::Role::Statistician);
    QVERIFY(statistician);
    gui::ReportsPage page(*statistician);
    const QList<gui::StatsTablesView *> views = page.findChildren<gui::StatsTablesView *>();
    QCOMPARE(views.size(), 3); // baseline, retention, outcomes
    for (gui::StatsTablesView *view : views) {
        const core::Status refreshed = view->refresh();
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.ok() ? QString() : refreshed.error().message));
        QVERIFY(view->hasReport());
        QVERIFY(!view->tableWidgets().isEmpty());
        int rows = 0;
        for (const QTableWidget *table : view->tableWidgets())
            rows += table->rowCount();
        QVERIFY2(rows > 0, qPrintable(view->objectName()));
        const QString stem = m_dir.filePath(view->objectName());
        QVERIFY(view->saveTo(reports::StatsFormat::Csv, stem + QStringLiteral(".csv")).ok());
        QFile csv(stem + QStringLiteral(".csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly) && csv.size() > 0);
        QVERIFY(view->saveTo(reports::StatsFormat::Pdf, stem + QStringLiteral(".pdf")).ok());
        QFile pdf(stem + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
    }
}

void TestReports::blindedAssessorSeesNoNumbersByArm()
{
    auto assessor = login(core::Role::OutcomeAssessor);
    QVERIFY(assessor);
    gui::ReportsPage page(*assessor);
    const QList<gui::StatsTablesView *> views = page.findChildren<gui::StatsTablesView *>();
    QVERIFY(!views.isEmpty());
    for (gui::StatsTablesView *view : views) {
        const core::Status refused = view->refresh();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, core::ErrorCode::PermissionDenied);
        QVERIFY(!view->hasReport());
        QVERIFY(view->tableWidgets().isEmpty());
        QVERIFY(!view->messageText().isEmpty());
        QVERIFY(!view->saveTo(reports::StatsFormat::Csv, m_dir.filePath(QStringLiteral("refused.csv"))).ok());
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.csv"))));
}

void TestReports::consortAndRecruitmentSave()
{
    auto statistician = login(core::Role::Statistician);
    QVERIFY(statistician);
    gui::ConsortView consort(*statistician);
    consort.refresh();
    for (const char *suffix : { "pdf", "png", "svg", "json" }) {
        const QString path = m_dir.filePath(QStringLiteral("consort.") + QLatin1String(suffix));
        const core::Status saved = consort.saveTo(path);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(QFileInfo(path).size() > 0);
    }
    gui::RecruitmentView recruitment(*statistician);
    recruitment.refresh();
    for (const char *suffix : { "pdf", "csv", "json" }) {
        const QString path = m_dir.filePath(QStringLiteral("recruitment.") + QLatin1String(suffix));
        const core::Status saved = recruitment.saveTo(path);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(QFileInfo(path).size() > 0);
    }
}

void TestReports::exportRunsToTheEnd()
{
    auto statistician = login(core::Role::Statistician);
    QVERIFY(statistician);
    gui::ExportsPage page(*statistician);
    auto *folder = page.findChild<QLineEdit *>(QStringLiteral("exportFolder"));
    QVERIFY(folder);
    const QString out = m_dir.filePath(QStringLiteral("export"));
    folder->setText(QDir::toNativeSeparators(out));
    QSignalSpy finished(&page, &gui::ExportsPage::exportFinished);
    QVERIFY(page.startExport());
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(!page.isRunning());
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("manifest.json"))));
    QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("data_dictionary.csv"))));
    // A second export into the same folder is refused (by the worker, which finds the export there)
    // and leaves the first one as it was; the page says why.
    QFile manifest(QDir(out).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray first = manifest.readAll();
    manifest.close();
    QVERIFY(page.startExport());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 2);
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY(!finished.at(1).at(1).toString().isEmpty());
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QCOMPARE(manifest.readAll(), first);
    auto *status = page.findChild<QLabel *>(QStringLiteral("exportStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), finished.at(1).at(1).toString());
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
