#include "app/gui/reports/RecruitmentView.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

namespace trialdesk::gui {

RecruitmentView::RecruitmentView(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_table(new QTableWidget(this))
    , m_save(new QPushButton(tr("Save as PDF, CSV or JSON\u2026"), this))
{
    m_summary->setObjectName(QStringLiteral("recruitmentSummary"));
    m_summary->setWordWrap(true);
    m_chart->setObjectName(QStringLiteral("recruitmentChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(280);
    m_table->setObjectName(QStringLiteral("recruitmentTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_table, 2);
    connect(refresh, &QPushButton::clicked, this, &RecruitmentView::refresh);
    connect(m_save, &QPushButton::clicked, this, &RecruitmentView::save);
    this->refresh();
}

void RecruitmentView::refresh()
{
    m_data.reset();
    auto context = reports::ReportContext::forSession(m_session);
    auto data = reports::RecruitmentReport::compute(m_session);
    if (!context || !data) {
        m_summary->setText(!data ? data.error().message : context.error().message);
        m_save->setEnabled(false);
        return;
    }
    m_context = context.value();
    m_data = data.value();
    m_summary->setText(tr("%1 screened, %2 randomized (target %3); %4 screened per randomized.")
                           .arg(m_data->screened)
                           .arg(m_data->randomized)
                           .arg(m_data->targetParticipants)
                           .arg(QLocale().toString(m_data->screeningPerRandomization(), 'f', 2)));

    auto *chart = new QChart;
    auto *actual = new QLineSeries(chart);
    actual->setName(tr("Randomized (cumulative)"));
    auto *target = new QLineSeries(chart);
    target->setName(tr("Target"));
    QPen dashed = target->pen();
    dashed.setStyle(Qt::DashLine);
    target->setPen(dashed);
    double maxY = m_data->targetParticipants;
    for (const reports::RecruitmentMonth &month : m_data->months) {
        // Plotted at the end of each month.
        const qreal x = QDateTime(month.month.addMonths(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        actual->append(x, static_cast<qreal>(month.cumulative));
        target->append(x, month.target);
        maxY = std::max<double>(maxY, month.cumulative);
    }
    chart->addSeries(actual);
    chart->addSeries(target);
    auto *axisX = new QDateTimeAxis(chart);
    axisX->setFormat(QStringLiteral("yyyy-MM"));
    axisX->setTitleText(tr("Month"));
    auto *axisY = new QValueAxis(chart);
    axisY->setRange(0, maxY * 1.05);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(tr("Participants"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *series : { actual, target }) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart->setTitle(tr("Cumulative randomizations against the target"));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;

    const reports::ReportDocument::Table table = reports::RecruitmentReport::siteMonthTable(*m_data);
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(table.header.size()));
    m_table->setRowCount(static_cast<int>(table.rows.size()));
    m_table->setHorizontalHeaderLabels(table.header);
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(table.rows[r][c]);
            if (table.numericColumns.contains(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    m_save->setEnabled(true);
}

core::Status RecruitmentView::saveTo(const QString &path)
{
    if (!m_data || !m_context)
        return core::makeError(core::ErrorCode::InvalidInput, tr("There is no report to save: refresh it first."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return reports::RecruitmentReport::writeCsv(*m_data, path);
    if (suffix == QLatin1String("json"))
        return reports::RecruitmentReport::writeJson(*m_data, *m_context, path);
    if (suffix == QLatin1String("pdf"))
        return reports::RecruitmentReport::writePdf(*m_data, *m_context, path);
    return core::makeError(
        core::ErrorCode::InvalidInput,
        tr("\"%1\" is not a format the report can be saved in: name the file .pdf, .csv or .json.").arg(suffix));
}

void RecruitmentView::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the recruitment report"),
                                                      QDir::home().filePath(QStringLiteral("recruitment.pdf")),
                                                      tr("PDF (*.pdf);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const core::Status status = saveTo(path);
    m_summary->setText(status ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : status.error().message);
}

} // namespace trialdesk::gui
