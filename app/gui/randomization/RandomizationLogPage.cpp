#include "app/gui/randomization/RandomizationLogPage.h"

#include "app/gui/participants/TrialProtocol.h"
#include "app/gui/randomization/RandomizationLogModel.h"
#include "core/enrollment/RandomizationLogService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "reports/RandomizationReport.h"
#include "reports/ReportContext.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace trialdesk::gui {

RandomizationLogPage::RandomizationLogPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RandomizationLogModel(this))
    , m_heading(new QLabel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_gaps(new QLabel(this))
    , m_chain(new QLabel(this))
    , m_verify(new QPushButton(this))
    , m_exportCsv(new QPushButton(this))
    , m_exportPdf(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("randomization-logPage"));
    m_table->setObjectName(QStringLiteral("logTable"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_gaps->setObjectName(QStringLiteral("gapsLabel"));
    m_chain->setObjectName(QStringLiteral("chainLabel"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_message->setObjectName(QStringLiteral("messageLabel"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RandomizationLogModel::TimeColumn, 150);
    m_table->setColumnWidth(RandomizationLogModel::StratumColumn, 200);
    m_table->setColumnWidth(RandomizationLogModel::BlockColumn, 170);
    m_table->setColumnWidth(RandomizationLogModel::ArmColumn, 220);
    for (QLabel *label : { m_summary, m_gaps, m_chain, m_message }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_gaps->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_exportCsv->setEnabled(m_session.can(core::Action::RandomizationLogExport));
    m_exportPdf->setEnabled(m_session.can(core::Action::RandomizationLogExport));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_chain, 1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportPdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_gaps);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_verify, &QPushButton::clicked, this, &RandomizationLogPage::verify);
    connect(m_exportCsv, &QPushButton::clicked, this, &RandomizationLogPage::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &RandomizationLogPage::exportPdf);
    retranslate();
    verify();
}

void RandomizationLogPage::verify()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::Result<core::RandomizationLogReport> report = core::RandomizationLogService(m_session).report();
    QApplication::restoreOverrideCursor();
    if (!report.ok()) {
        m_report.reset();
        m_model->setEntries({}, {});
        showMessage(report.error().message, true);
        showReport();
        return;
    }
    m_report = std::move(report).value();
    m_readAt = m_session.clock().nowUtc();
    m_armNames.clear();
    const core::Result<core::Protocol> protocol = TrialProtocol::current(m_session);
    if (protocol.ok())
        for (const core::ProtocolArm &arm : protocol->arms)
            m_armNames.insert(arm.code, arm.name.current());
    m_model->setEntries(m_report->entries, m_armNames);
    m_message->clear();
    showReport();
}

QString RandomizationLogPage::summaryText() const
{
    return m_summary->text();
}

void RandomizationLogPage::showReport()
{
    if (!m_report) {
        m_summary->setText(tr("The log could not be read."));
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_gaps->clear();
        m_chain->clear();
        return;
    }
    const core::RandomizationLogReport &report = *m_report;
    m_summary->setStyleSheet(report.clean() ? QStringLiteral("color: #1b7f3b; font-weight: bold;")
                                            : QStringLiteral("color: #b00020; font-weight: bold;"));
    if (report.clean())
        m_summary->setText(tr("Verified at %1: %n allocations, each matching its stratum's stream; no gap, no "
                              "duplicate.",
                              nullptr, static_cast<int>(report.entries.size()))
                               .arg(QLocale().toString(m_readAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    else
        m_summary->setText(tr("PROBLEMS FOUND at %1: %2 mismatching, %3 duplicate, %4 gaps (entries in red).")
                               .arg(QLocale().toString(m_readAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                               .arg(report.mismatches)
                               .arg(report.duplicates)
                               .arg(report.gaps.size()));
    QStringList gaps;
    for (const core::RandomizationLogGap &gap : report.gaps)
        gaps << tr("Gap in stratum %1 (stream lineage of design v%2): sequences %3 to %4 are missing.")
                    .arg(gap.stratumIndex)
                    .arg(gap.streamLineage)
                    .arg(gap.firstMissing)
                    .arg(gap.lastMissing);
    for (const core::RandomizationLogLineage &lineage : report.lineages)
        if (!lineage.note.isEmpty())
            gaps << lineage.note;
    m_gaps->setText(gaps.join(QLatin1Char('\n')));
    m_gaps->setVisible(!gaps.isEmpty());
    if (report.auditChainOk) {
        m_chain->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
        m_chain->setText(tr("Audit chain intact; head %1").arg(QString::fromLatin1(report.auditHead)));
    } else {
        m_chain->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_chain->setText(tr("Audit chain BROKEN: %1").arg(report.auditProblem));
    }
}

core::Status RandomizationLogPage::exportCsvTo(const QString &path)
{
    return core::RandomizationLogService(m_session).exportCsv(path);
}

core::Result<reports::ReportDocument> RandomizationLogPage::pdfDocument()
{
    if (!m_session.can(core::Action::RandomizationLogExport))
        return m_session.require(core::Action::RandomizationLogExport).error();
    // The PDF is the monitors' randomization report: a fresh reading of the log, verified, with its
    // own data cut (the screen is refreshed with it).
    verify();
    auto data = reports::RandomizationReport::compute(m_session);
    if (!data)
        return data.error();
    auto context = reports::ReportContext::forSession(m_session);
    if (!context)
        return context.error();
    return reports::RandomizationReport::document(data.value(), context.value());
}

core::Status RandomizationLogPage::exportPdfTo(const QString &path)
{
    auto document = pdfDocument();
    if (!document)
        return document.error();
    return document.value().writePdf(path);
}

QString RandomizationLogPage::suggestedPath(const QString &extension) const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("randomization-log-%1.%2")
                      .arg(m_session.clock().nowUtc().toString(QStringLiteral("yyyyMMdd")), extension));
}

void RandomizationLogPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the randomization log"),
                                                      suggestedPath(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = exportCsvTo(path);
    QApplication::restoreOverrideCursor();
    if (!status.ok())
        showMessage(status.error().message, true);
    else
        showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void RandomizationLogPage::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the randomization log as PDF"),
                                                      suggestedPath(QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = exportPdfTo(path);
    QApplication::restoreOverrideCursor();
    if (!status.ok())
        showMessage(status.error().message, true);
    else
        showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void RandomizationLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RandomizationLogPage::retranslate()
{
    m_heading->setText(tr("Randomization log"));
    m_verify->setText(tr("&Verify"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_model->retranslate();
    showReport();
}

void RandomizationLogPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b7f3b;"));
    m_message->setText(text);
}

} // namespace trialdesk::gui
