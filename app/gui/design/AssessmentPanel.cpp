#include "app/gui/design/AssessmentPanel.h"

#include "core/design/DesignStore.h"
#include "randomization/Simulator.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace trialdesk::gui {

using randomization::Design;
using randomization::Method;
using randomization::SimulationResult;
using randomization::SimulationSettings;
using randomization::Simulator;

namespace {

enum ResultRow {
    CorrectGuess,
    Deterministic,
    FinalMean,
    FinalP95,
    FinalMax,
    WithinMean,
    WithinP95,
    WithinMax,
    ResultRows
};

// Histogram bins of the final imbalance: each distinct value when there are few (integers for
// 1:1), else 20 equal-width bins.
struct Histogram
{
    QStringList labels;
    QList<qreal> blocks;
    QList<qreal> minimization;
};

Histogram histogram(const std::optional<SimulationResult> &blocks, const std::optional<SimulationResult> &minimization)
{
    std::vector<double> all;
    for (const auto *result : { &blocks, &minimization })
        if (*result)
            all.insert(all.end(), (*result)->finalImbalanceByTrial.begin(), (*result)->finalImbalanceByTrial.end());
    Histogram h;
    if (all.empty())
        return h;
    QMap<qint64, int> distinct; // value in thousandths
    for (double value : all) {
        distinct.insert(std::llround(value * 1000), 0);
        if (distinct.size() > 25)
            break;
    }
    auto proportions = [](const std::optional<SimulationResult> &result, auto binOf, int bins) {
        QList<qreal> counts(bins, 0);
        if (!result || result->finalImbalanceByTrial.empty())
            return counts;
        for (double value : result->finalImbalanceByTrial)
            counts[binOf(value)] += 1;
        for (qreal &count : counts)
            count /= qreal(result->finalImbalanceByTrial.size());
        return counts;
    };
    if (distinct.size() <= 25) {
        const QList<qint64> keys = distinct.keys();
        for (qint64 key : keys)
            h.labels.append(QLocale().toString(key / 1000.0, 'g', 4));
        auto binOf = [&keys](double value) {
            return int(std::lower_bound(keys.begin(), keys.end(), std::llround(value * 1000)) - keys.begin());
        };
        h.blocks = proportions(blocks, binOf, int(keys.size()));
        h.minimization = proportions(minimization, binOf, int(keys.size()));
        return h;
    }
    const double top = *std::max_element(all.begin(), all.end());
    constexpr int kBins = 20;
    const double width = top / kBins;
    for (int i = 0; i < kBins; ++i)
        h.labels.append(QStringLiteral("%1–%2").arg(QLocale().toString(i * width, 'f', 1),
                                                    QLocale().toString((i + 1) * width, 'f', 1)));
    auto binOf = [width](double value) { return std::clamp(int(value / width), 0, kBins - 1); };
    h.blocks = proportions(blocks, binOf, kBins);
    h.minimization = proportions(minimization, binOf, kBins);
    return h;
}

} // namespace

AssessmentPanel::AssessmentPanel(DesignSource source, QWidget *parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_heading(new QLabel(this))
    , m_participantsLabel(new QLabel(this))
    , m_participants(new QSpinBox(this))
    , m_trialsLabel(new QLabel(this))
    , m_trials(new QSpinBox(this))
    , m_threadsLabel(new QLabel(this))
    , m_threads(new QSpinBox(this))
    , m_useBlocks(new QCheckBox(this))
    , m_useMinimization(new QCheckBox(this))
    , m_weightsLabel(new QLabel(this))
    , m_weights(new QTableWidget(0, 2, this))
    , m_run(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_results(new QTableWidget(ResultRows, 2, this))
    , m_chart(new QChartView(this))
{
    m_participants->setObjectName(QStringLiteral("participantsSpin"));
    m_trials->setObjectName(QStringLiteral("trialsSpin"));
    m_threads->setObjectName(QStringLiteral("threadsSpin"));
    m_useBlocks->setObjectName(QStringLiteral("blocksCheck"));
    m_useMinimization->setObjectName(QStringLiteral("minimizationCheck"));
    m_weights->setObjectName(QStringLiteral("stratumWeightsTable"));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_results->setObjectName(QStringLiteral("resultsTable"));
    m_chart->setObjectName(QStringLiteral("imbalanceChart"));

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_participants->setRange(1, Simulator::kMaxParticipants);
    m_participants->setValue(120);
    m_trials->setRange(1, 1'000'000);
    m_trials->setValue(1000);
    m_threads->setRange(1, 64);
    m_threads->setValue(std::max(1, QThread::idealThreadCount()));
    m_useBlocks->setChecked(true);
    m_useMinimization->setChecked(true);
    m_weights->verticalHeader()->hide();
    m_weights->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_weights->setMaximumHeight(160);
    m_cancelButton->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setMinimumHeight(m_results->verticalHeader()->defaultSectionSize() * (ResultRows + 1) + 6);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);
    for (QSpinBox *spin : { m_participants, m_trials, m_threads })
        spin->setMaximumWidth(160);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);

    auto *form = new QFormLayout;
    form->addRow(m_participantsLabel, m_participants);
    form->addRow(m_trialsLabel, m_trials);
    form->addRow(m_threadsLabel, m_threads);
    auto *methods = new QHBoxLayout;
    methods->addWidget(m_useBlocks);
    methods->addWidget(m_useMinimization);
    methods->addStretch(1);
    form->addRow(QString(), methods);
    form->addRow(m_weightsLabel, m_weights);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    layout->addWidget(m_results);
    layout->addWidget(m_chart, 1);

    connect(m_run, &QPushButton::clicked, this, &AssessmentPanel::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &AssessmentPanel::cancel);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AssessmentPanel::onFinished);

    retranslate();
    refreshStrata();
}

AssessmentPanel::~AssessmentPanel()
{
    // The worker reads m_cancel and settings owned here: stop it before they go.
    m_cancel.store(true);
    m_watcher.waitForFinished();
}

void AssessmentPanel::refreshStrata()
{
    const auto design = m_source();
    if (!design)
        return;
    const int strata = int(design->stratumCount());
    QList<int> previous;
    for (int row = 0; row < m_weights->rowCount(); ++row)
        previous.append(m_weights->item(row, 1)->data(Qt::EditRole).toInt());
    m_weights->setRowCount(strata);
    for (int s = 0; s < strata; ++s) {
        auto *label = new QTableWidgetItem(
            design->factors.isEmpty() ? tr("all participants") : design->levelCodes(s).join(QStringLiteral(" × ")));
        label->setFlags(Qt::ItemIsEnabled);
        auto *weight = new QTableWidgetItem;
        weight->setData(Qt::EditRole, previous.size() == strata ? previous.at(s) : 1);
        m_weights->setItem(s, 0, label);
        m_weights->setItem(s, 1, weight);
    }
}

void AssessmentPanel::run()
{
    if (m_watcher.isRunning())
        return;
    auto design = m_source();
    if (!design) {
        m_status->setText(design.message());
        emit finished(false);
        return;
    }
    auto seed = core::DesignStore::newSeed();
    if (!seed) {
        m_status->setText(seed.error().message);
        emit finished(false);
        return;
    }
    if (!m_useBlocks->isChecked() && !m_useMinimization->isChecked()) {
        m_status->setText(tr("Choose at least one method to assess."));
        emit finished(false);
        return;
    }
    SimulationSettings settings;
    settings.design = design.value();
    // A simulation seed of its own: the trial's seed never leaves the database for an assessment.
    settings.design.seed = seed.value();
    m_seedHex = seed->toHex();
    settings.participants = m_participants->value();
    settings.trials = m_trials->value();
    settings.threads = m_threads->value();
    bool equal = true;
    for (int row = 0; row < m_weights->rowCount(); ++row) {
        const int weight = m_weights->item(row, 1)->data(Qt::EditRole).toInt();
        settings.stratumWeights.append(weight);
        equal = equal && weight == settings.stratumWeights.first();
    }
    if (equal)
        settings.stratumWeights.clear();

    QList<Method> methods;
    if (m_useBlocks->isChecked())
        methods.append(Method::Blocks);
    if (m_useMinimization->isChecked())
        methods.append(Method::Minimization);
    for (Method method : methods) {
        SimulationSettings check = settings;
        check.design.method = method;
        if (const QList<randomization::Problem> problems = Simulator::validate(check); !problems.isEmpty()) {
            m_status->setText(randomization::describe(problems));
            emit finished(false);
            return;
        }
    }

    m_cancel.store(false);
    m_run->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setRange(0, int(methods.size()) * settings.trials);
    m_progress->setValue(0);
    m_status->setText(tr("Simulating..."));
    QPointer<AssessmentPanel> self(this);
    m_watcher.setFuture(QtConcurrent::run([this, self, settings, methods]() {
        Outcome outcome;
        int offset = 0;
        for (Method method : methods) {
            SimulationSettings current = settings;
            current.design.method = method;
            auto progress = [self, offset](int done, int) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, value = offset + done]() {
                        if (self)
                            self->m_progress->setValue(value);
                    },
                    Qt::QueuedConnection);
            };
            auto result = Simulator::run(current, progress, &m_cancel);
            if (!result) {
                outcome.message = result.message();
                return outcome;
            }
            (method == Method::Blocks ? outcome.blocks : outcome.minimization) = result.value();
            offset += settings.trials;
        }
        outcome.ok = true;
        return outcome;
    }));
}

void AssessmentPanel::cancel()
{
    m_cancel.store(true);
    m_cancelButton->setEnabled(false);
}

void AssessmentPanel::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_run->setEnabled(true);
    m_cancelButton->setEnabled(false);
    if (!outcome.ok) {
        m_status->setText(m_cancel.load() ? tr("Cancelled.") : outcome.message);
        m_progress->setValue(0);
        emit finished(false);
        return;
    }
    m_blocks = outcome.blocks;
    m_minimization = outcome.minimization;
    m_progress->setValue(m_progress->maximum());
    m_status->setText(tr("Done: %1 trials of %2 participants. Simulation seed %3 (reproduce with trialdesk-cli "
                         "simulate --seed).")
                          .arg(m_trials->value())
                          .arg(m_participants->value())
                          .arg(m_seedHex));
    fillResults();
    fillChart();
    emit finished(true);
}

void AssessmentPanel::fillResults()
{
    for (int column = 0; column < 2; ++column) {
        const std::optional<SimulationResult> &result = column == 0 ? m_blocks : m_minimization;
        auto percent = [](double value) { return QLocale().toString(100.0 * value, 'f', 1) + QStringLiteral(" %"); };
        auto number = [](double value) { return QLocale().toString(value, 'f', 2); };
        const QStringList cells = result ? QStringList { percent(result->correctGuessRate),
                                                         percent(result->deterministicRate),
                                                         number(result->finalImbalance.meanAbs),
                                                         number(result->finalImbalance.p95Abs),
                                                         number(result->finalImbalance.maxAbs),
                                                         number(result->maxWithinTrialImbalance.meanAbs),
                                                         number(result->maxWithinTrialImbalance.p95Abs),
                                                         number(result->maxWithinTrialImbalance.maxAbs) }
                                         : QStringList(ResultRows, QStringLiteral("—"));
        for (int row = 0; row < ResultRows; ++row)
            m_results->setItem(row, column, new QTableWidgetItem(cells.at(row)));
    }
}

void AssessmentPanel::fillChart()
{
    const Histogram h = histogram(m_blocks, m_minimization);
    auto *chart = new QChart;
    chart->setTitle(tr("Final imbalance between arms (share of simulated trials)"));
    auto *series = new QBarSeries;
    if (m_blocks) {
        auto *set = new QBarSet(tr("Permuted blocks"));
        set->append(h.blocks);
        series->append(set);
    }
    if (m_minimization) {
        auto *set = new QBarSet(tr("Minimization"));
        set->append(h.minimization);
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(h.labels);
    axisX->setTitleText(tr("Final imbalance"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    qreal top = 0;
    for (const QList<qreal> *values : { &h.blocks, &h.minimization })
        for (qreal value : *values)
            top = std::max(top, value);
    axisY->setRange(0, std::max<qreal>(0.05, top * 1.1));
    axisY->setLabelFormat(QStringLiteral("%.2f"));
    axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void AssessmentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AssessmentPanel::retranslate()
{
    m_heading->setText(tr("Design assessment (Monte Carlo)"));
    m_participantsLabel->setText(tr("&Participants per trial (N):"));
    m_participantsLabel->setBuddy(m_participants);
    m_trialsLabel->setText(tr("Simulated &trials (K):"));
    m_trialsLabel->setBuddy(m_trials);
    m_threadsLabel->setText(tr("T&hreads:"));
    m_threadsLabel->setBuddy(m_threads);
    m_useBlocks->setText(tr("Permuted &blocks"));
    m_useMinimization->setText(tr("&Minimization"));
    m_weightsLabel->setText(tr("Stratum &weights (equal = equal probabilities):"));
    m_weightsLabel->setBuddy(m_weights);
    m_weights->setHorizontalHeaderLabels({ tr("Stratum"), tr("Weight") });
    m_run->setText(tr("&Run"));
    m_cancelButton->setText(tr("&Cancel"));
    m_results->setHorizontalHeaderLabels({ tr("Permuted blocks"), tr("Minimization") });
    m_results->setVerticalHeaderLabels({ tr("Correct guesses (convergence strategy)"), tr("Deterministic allocations"),
                                         tr("Final imbalance, mean"), tr("Final imbalance, 95th percentile"),
                                         tr("Final imbalance, maximum"), tr("Largest imbalance during a trial, mean"),
                                         tr("Largest imbalance during a trial, 95th percentile"),
                                         tr("Largest imbalance during a trial, maximum") });
}

} // namespace trialdesk::gui
