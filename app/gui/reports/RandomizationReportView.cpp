#include "app/gui/reports/RandomizationReportView.h"

#include "core/workspace/TrialSession.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialdesk::gui {

RandomizationReportView::RandomizationReportView(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_save(new QPushButton(tr("Save as PDF, CSV or JSON\u2026"), this))
{
    m_summary->setObjectName(QStringLiteral("randomizationReportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setObjectName(QStringLiteral("randomizationReportSave"));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(refresh, &QPushButton::clicked, this, &RandomizationReportView::refresh);
    connect(m_save, &QPushButton::clicked, this, &RandomizationReportView::save);
    this->refresh();
}

void RandomizationReportView::refresh()
{
    m_data.reset();
    auto context = reports::ReportContext::forSession(m_session);
    auto data = reports::RandomizationReport::compute(m_session);
    if (!context || !data) {
        m_summary->setText(!data ? data.error().message : context.error().message);
        m_save->setEnabled(false);
        return;
    }
    m_context = context.value();
    m_data = data.value();
    m_summary->setText(reports::RandomizationReport::verificationSummary(m_data->log));
    m_summary->setStyleSheet(m_data->log.clean() ? QStringLiteral("color: #1b7f3b;")
                                                 : QStringLiteral("color: #b00020;"));
    m_save->setEnabled(m_session.can(core::Action::RandomizationLogExport));
}

core::Status RandomizationReportView::saveTo(const QString &path)
{
    if (!m_data || !m_context)
        return core::makeError(core::ErrorCode::InvalidInput, tr("There is no report to save: refresh it first."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return reports::RandomizationReport::writeCsv(m_session, *m_data, path);
    if (suffix == QLatin1String("json"))
        return reports::RandomizationReport::writeJson(m_session, *m_data, *m_context, path);
    if (suffix == QLatin1String("pdf"))
        return reports::RandomizationReport::writePdf(m_session, *m_data, *m_context, path);
    return core::makeError(
        core::ErrorCode::InvalidInput,
        tr("\"%1\" is not a format the report can be saved in: name the file .pdf, .csv or .json.").arg(suffix));
}

void RandomizationReportView::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the randomization report"),
                                                      QDir::home().filePath(QStringLiteral("randomization-report.pdf")),
                                                      tr("PDF (*.pdf);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const core::Status status = saveTo(path);
    m_summary->setText(status ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : status.error().message);
}

} // namespace trialdesk::gui
