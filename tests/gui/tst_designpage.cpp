#include "app/gui/SectionRegistry.h"
#include "app/gui/design/AssessmentPanel.h"
#include "app/gui/design/DesignEditor.h"
#include "app/gui/design/DesignPage.h"
#include "core/design/DesignStore.h"
#include "core/services/UserService.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "tests/support/GuiProbe.h"
#include "tests/support/TestWorkspace.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace trialdesk;
using trialdesk::test::child;

class TestDesignPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void coordinatorDoesNotGetTheSection();
    void editorShowsTheStoredDesign();
    void editorSavesANewVersionWithAReason();
    void simulationRunsAndFillsTheResults();
    void lockedDesignDisablesEditing();

private:
    std::unique_ptr<core::TrialSession> login(const QString &username)
    {
        return username == QLatin1String("admin") ? m_trial.admin() : m_trial.signIn(username);
    }

    test::TestWorkspace m_trial { QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                                  QStringLiteral("Design page trial") };
};

void TestDesignPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_trial.ok(), qPrintable(m_trial.error()));
    QVERIFY(m_trial.addUser(QStringLiteral("statistician"), core::Role::Statistician, QString(), test::kUserPassword,
                            QStringLiteral("Stella Stat")));
    QVERIFY(m_trial.addUser(QStringLiteral("coordinator"), core::Role::Coordinator, QStringLiteral("ICM"),
                            test::kUserPassword, QStringLiteral("Colin Coord")));
}

void TestDesignPage::coordinatorDoesNotGetTheSection()
{
    auto ids = [](core::Role role) {
        QStringList list;
        for (const gui::Section &section : gui::SectionRegistry::visibleTo(role))
            list << section.id;
        return list;
    };
    QVERIFY(ids(core::Role::Statistician).contains(QStringLiteral("design")));
    QVERIFY(ids(core::Role::Administrator).contains(QStringLiteral("design")));
    for (core::Role role :
         { core::Role::Coordinator, core::Role::Investigator, core::Role::OutcomeAssessor, core::Role::Monitor })
        QVERIFY2(!ids(role).contains(QStringLiteral("design")), qPrintable(core::roleCode(role)));
}

void TestDesignPage::editorShowsTheStoredDesign()
{
    auto session = login(QStringLiteral("statistician"));
    QVERIFY(session);
    gui::DesignPage page(*session);
    QCOMPARE(child<QLineEdit>(&page, "multiplesEdit")->text(), QStringLiteral("2,3"));
    QVERIFY(child<QLabel>(&page, "blockSizesLabel")->text().contains(QStringLiteral("4, 6")));
    auto *arms = child<QTableWidget>(&page, "armsTable");
    QCOMPARE(arms->rowCount(), 2);
    QCOMPARE(arms->item(0, 0)->text(), QStringLiteral("PP"));
    QCOMPARE(arms->item(0, 1)->text(), QStringLiteral("Patient-partner follow-up"));
    auto *factors = child<QTreeWidget>(&page, "factorsTree");
    QCOMPARE(factors->topLevelItemCount(), 2);
    QCOMPARE(factors->topLevelItem(1)->childCount(), 4);
    // The seed is never shown in the editor.
    const QString seed = core::DesignStore::current(session->database())->design.seed.toHex();
    for (QLabel *label : page.findChildren<QLabel *>())
        QVERIFY(!label->text().contains(seed));
    QVERIFY(child<QLabel>(&page, "seedLabel")->text().contains(QStringLiteral("hidden")));
    QVERIFY(!child<QLabel>(&page, "lockedBanner")->isVisibleTo(&page));
    QVERIFY(child<QPushButton>(&page, "revealSeedButton")->isEnabled());
}

void TestDesignPage::editorSavesANewVersionWithAReason()
{
    auto session = login(QStringLiteral("statistician"));
    QVERIFY(session);
    gui::DesignPage page(*session);
    page.show();
    auto *multiples = child<QLineEdit>(&page, "multiplesEdit");
    auto *save = child<QPushButton>(&page, "saveButton");
    multiples->selectAll();
    QTest::keyClicks(multiples, QStringLiteral("1,2"));
    QVERIFY(child<QLabel>(&page, "blockSizesLabel")->text().contains(QStringLiteral("2, 4")));
    QVERIFY(!save->isEnabled()); // no reason yet
    QTest::keyClicks(child<QLineEdit>(&page, "reasonEdit"), QStringLiteral("pilot: smaller blocks"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    auto stored = core::DesignStore::current(session->database());
    QVERIFY(stored);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->design.multiples, (QList<int> { 1, 2 }));
    QCOMPARE(stored->reason, QStringLiteral("pilot: smaller blocks"));
    QVERIFY(child<QLabel>(&page, "messageLabel")->text().contains(QStringLiteral("version 2")));
    QVERIFY(child<QLabel>(&page, "versionLabel")->text().contains(QStringLiteral("Version 2")));
    QVERIFY(child<QLineEdit>(&page, "reasonEdit")->text().isEmpty());

    // An invalid multiple is refused before it reaches the service.
    multiples->selectAll();
    QTest::keyClicks(multiples, QStringLiteral("0"));
    QTest::keyClicks(child<QLineEdit>(&page, "reasonEdit"), QStringLiteral("bad"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(core::DesignStore::current(session->database())->version, 2);
}

void TestDesignPage::simulationRunsAndFillsTheResults()
{
    auto session = login(QStringLiteral("statistician"));
    QVERIFY(session);
    gui::DesignPage page(*session);
    page.resize(1100, 900);
    gui::AssessmentPanel *panel = page.assessment();
    QVERIFY(panel);
    QCOMPARE(child<QTableWidget>(panel, "stratumWeightsTable")->rowCount(), 4);
    child<QSpinBox>(panel, "participantsSpin")->setValue(40);
    child<QSpinBox>(panel, "trialsSpin")->setValue(60);
    child<QSpinBox>(panel, "threadsSpin")->setValue(2);
    QSignalSpy finished(panel, &gui::AssessmentPanel::finished);
    QTest::mouseClick(child<QPushButton>(panel, "runButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(panel->blocksResult());
    QVERIFY(panel->minimizationResult());
    QCOMPARE(panel->blocksResult()->trials, 60);
    QCOMPARE(int(panel->blocksResult()->finalImbalanceByTrial.size()), 60);
    auto *results = child<QTableWidget>(panel, "resultsTable");
    for (int row = 0; row < results->rowCount(); ++row)
        for (int column = 0; column < 2; ++column) {
            QVERIFY(results->item(row, column));
            QVERIFY(results->item(row, column)->text() != QStringLiteral("—"));
        }
    auto *progress = child<QProgressBar>(panel, "progressBar");
    QCOMPARE(progress->value(), progress->maximum());
    auto *chart = child<QChartView>(panel, "imbalanceChart")->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    // Each method's bars are a distribution over the trials.
    for (QBarSet *set : bars->barSets()) {
        qreal total = 0;
        for (int i = 0; i < set->count(); ++i)
            total += set->at(i);
        QVERIFY2(qAbs(total - 1.0) < 1e-9, qPrintable(QString::number(total)));
    }
    if (const QByteArray dir = qgetenv("TRIALDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        page.show();
        child<QTabWidget>(&page, "designTabs")->setCurrentIndex(1);
        QTest::qWait(200);
        page.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("design-assessment.png")));
        child<QTabWidget>(&page, "designTabs")->setCurrentIndex(0);
        QTest::qWait(200);
        page.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("design-editor.png")));
    }
}

void TestDesignPage::lockedDesignDisablesEditing()
{
    auto admin = login(QStringLiteral("admin"));
    QVERIFY(admin);
    {
        core::Transaction tx(admin->database());
        QVERIFY(tx.status());
        const int version = core::DesignStore::current(admin->database())->version;
        QVERIFY(core::DesignStore::lock(admin->database(), version, m_trial.clock(), QStringLiteral("coordinator")));
        QVERIFY(tx.commit());
    }
    gui::DesignPage page(*admin);
    QVERIFY(page.editor()->isLocked());
    QVERIFY(child<QLabel>(&page, "lockedBanner")->isVisibleTo(&page));
    QVERIFY(child<QLabel>(&page, "lockedBanner")->text().contains(QStringLiteral("locked")));
    for (const char *name : { "multiplesEdit", "reasonEdit" })
        QVERIFY2(!child<QLineEdit>(&page, name)->isEnabled(), name);
    QVERIFY(!child<QComboBox>(&page, "methodCombo")->isEnabled());
    QVERIFY(!child<QTableWidget>(&page, "armsTable")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "newSeedButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "saveButton")->isEnabled());
    // Concealed actions that do not change the design stay available.
    QVERIFY(child<QPushButton>(&page, "revealSeedButton")->isEnabled());
    QVERIFY(child<QPushButton>(&page, "exportButton")->isEnabled());
    // Even calling save() directly changes nothing.
    page.editor()->save();
    QVERIFY(core::DesignStore::current(admin->database())->locked);
    QCOMPARE(core::DesignStore::current(admin->database())->version, 2);
}

QTEST_MAIN(TestDesignPage)
#include "tst_designpage.moc"
