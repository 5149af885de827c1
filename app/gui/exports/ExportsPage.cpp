#include "app/gui/exports/ExportsPage.h"

#include "core/workspace/TrialSession.h"
#include "reports/export/BackgroundExport.h"
#include "reports/export/DataExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace trialdesk::gui {

using reports::ExportFormat;

ExportsPage::ExportsPage(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Exports are de-identified unless you ask for identities; they include the "
                                "allocated arm. Every export is audited and writes a manifest with the SHA-256 "
                                "of each file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV: one file per form, data dictionary, long format"), int(ExportFormat::Csv));
    m_format->addItem(tr("CDISC ODM 1.3.2 (XML)"), int(ExportFormat::Odm));
    m_format->addItem(tr("REDCap (data, data dictionary, event mapping)"), int(ExportFormat::Redcap));
    form->addRow(tr("&Format:"), m_format);

    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setPlaceholderText(tr("A new or empty folder"));
    m_browse = new QPushButton(tr("&Browse..."), this);
    folderRow->addWidget(m_folder);
    folderRow->addWidget(m_browse);
    form->addRow(tr("F&older:"), folderRow);

    m_withAudit = new QCheckBox(tr("Include the &audit records of form data"), this);
    m_withAudit->setObjectName(QStringLiteral("exportWithAudit"));
    form->addRow(QString(), m_withAudit);

    m_identifying = new QCheckBox(tr("Include the participants' &identities"), this);
    m_identifying->setObjectName(QStringLiteral("exportIdentifying"));
    m_identifying->setVisible(m_session.can(core::Action::DataExportIdentifying));
    form->addRow(QString(), m_identifying);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("exportReason"));
    m_reason->setPlaceholderText(tr("Why identities are needed (audited)"));
    m_reason->setVisible(m_identifying->isVisible());
    form->addRow(m_identifying->isVisible() ? tr("&Reason:") : QString(), m_reason);
    layout->addLayout(form);

    m_export = new QPushButton(tr("&Export"), this);
    m_export->setObjectName(QStringLiteral("exportStart"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch();

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ExportsPage::pollProgress);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportsPage::updateOptions);
    connect(m_identifying, &QCheckBox::toggled, this, &ExportsPage::updateOptions);
    connect(m_browse, &QPushButton::clicked, this, &ExportsPage::chooseFolder);
    connect(m_export, &QPushButton::clicked, this, [this] { startExport(); });
    updateOptions();
}

ExportsPage::~ExportsPage()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ExportsPage::updateOptions()
{
    const bool odm = ExportFormat(m_format->currentData().toInt()) == ExportFormat::Odm;
    m_withAudit->setEnabled(odm);
    if (!odm)
        m_withAudit->setChecked(false);
    m_reason->setEnabled(m_identifying->isChecked());
}

void ExportsPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export into folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

reports::ExportRequest ExportsPage::request() const
{
    reports::ExportRequest request;
    request.format = ExportFormat(m_format->currentData().toInt());
    request.outputPath = QDir::fromNativeSeparators(m_folder->text().trimmed());
    request.identifying = m_identifying->isChecked();
    request.reason = request.identifying ? m_reason->text().trimmed() : QString();
    request.withAudit = m_withAudit->isChecked();
    return request;
}

bool ExportsPage::startExport()
{
    if (m_thread)
        return false;
    const reports::ExportRequest wanted = request();
    // Refusals that need no data are shown at once, before any thread starts.
    if (auto checked = reports::DataExporter(m_session).check(wanted); !checked) {
        m_status->setText(checked.error().message);
        return false;
    }
    auto job = reports::BackgroundExport::prepare(m_session);
    if (!job) {
        m_status->setText(job.error().message);
        return false;
    }
    m_done = 0;
    m_total = 0;
    m_cancel = false;
    m_status->clear();
    m_export->setEnabled(false);

    m_progress = new QProgressDialog(tr("Exporting..."), tr("Cancel"), 0, 100, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancel = true;
        m_progress->setLabelText(tr("Cancelling; removing the partial files..."));
    });

    std::shared_ptr<reports::BackgroundExport> shared(std::move(job).value());
    m_thread = QThread::create([this, shared, wanted] {
        auto result = shared->run(wanted, [this](qint64 done, qint64 total) {
            m_done = done;
            m_total = total;
            return !m_cancel.load();
        });
        // Read by finishExport() in the GUI thread once the thread has finished.
        m_ok = result.ok();
        if (result) {
            m_message = tr("%1 form entries of %2 participants exported to %3 (%4 files, manifest.json lists "
                           "their SHA-256).")
                            .arg(result->entries)
                            .arg(result->participants)
                            .arg(QDir::toNativeSeparators(result->directory))
                            .arg(result->files.size());
        } else {
            m_message = result.error().message;
        }
    });
    connect(m_thread, &QThread::finished, this, &ExportsPage::finishExport);
    m_poll->start();
    m_thread->start();
    m_progress->show();
    return true;
}

void ExportsPage::pollProgress()
{
    if (!m_progress)
        return;
    const qint64 total = m_total.load();
    if (total > 0) {
        m_progress->setMaximum(1000);
        m_progress->setValue(int(m_done.load() * 1000 / total));
        if (!m_cancel.load())
            m_progress->setLabelText(tr("Exporting form entries: %1 of %2").arg(m_done.load()).arg(total));
    }
}

void ExportsPage::finishExport()
{
    m_poll->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_export->setEnabled(true);
    m_status->setText(m_message);
    emit exportFinished(m_ok, m_message);
}

} // namespace trialdesk::gui
