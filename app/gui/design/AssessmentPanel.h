#pragma once

#include "randomization/Design.h"
#include "randomization/Simulation.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <functional>
#include <optional>

class QCheckBox;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace trialdesk::gui {

// Design assessment: Monte Carlo over K simulated trials of N participants (randomization::Simulator)
// for permuted blocks and minimization side by side, off the GUI thread with a progress bar and
// Cancel. Shows guessing and deterministic rates, final and within-trial imbalance, and a chart of
// the final imbalance distribution. Each run uses a fresh seed, shown for reproduction with
// trialdesk-cli simulate.
class AssessmentPanel : public QWidget
{
    Q_OBJECT

public:
    using DesignSource = std::function<randomization::Checked<randomization::Design>()>;

    explicit AssessmentPanel(DesignSource source, QWidget *parent = nullptr);
    ~AssessmentPanel() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // The last completed run's results, per method (absent when not run or failed).
    const std::optional<randomization::SimulationResult> &blocksResult() const { return m_blocks; }
    const std::optional<randomization::SimulationResult> &minimizationResult() const { return m_minimization; }

public slots:
    // Re-reads the design's strata for the weights table (keeps weights where strata match).
    void refreshStrata();
    void run();
    void cancel();

signals:
    void finished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        std::optional<randomization::SimulationResult> blocks;
        std::optional<randomization::SimulationResult> minimization;
    };

    void retranslate();
    void onFinished();
    void fillResults();
    void fillChart();

    DesignSource m_source;
    QFutureWatcher<Outcome> m_watcher;
    std::atomic<bool> m_cancel { false };
    std::optional<randomization::SimulationResult> m_blocks;
    std::optional<randomization::SimulationResult> m_minimization;
    QString m_seedHex;

    QLabel *m_heading;
    QLabel *m_participantsLabel;
    QSpinBox *m_participants;
    QLabel *m_trialsLabel;
    QSpinBox *m_trials;
    QLabel *m_threadsLabel;
    QSpinBox *m_threads;
    QCheckBox *m_useBlocks;
    QCheckBox *m_useMinimization;
    QLabel *m_weightsLabel;
    QTableWidget *m_weights;
    QPushButton *m_run;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_results;
    QChartView *m_chart;
};

} // namespace trialdesk::gui
