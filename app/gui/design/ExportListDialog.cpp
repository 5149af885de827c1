#include "app/gui/design/ExportListDialog.h"

#include "core/design/DesignService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trialdesk::gui {

using randomization::AllocationListWriter;

ExportListDialog::ExportListDialog(core::TrialSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_format(new QComboBox(this))
    , m_perStratum(new QSpinBox(this))
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Export the allocation list"));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_perStratum->setObjectName(QStringLiteral("perStratumSpin"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    m_format->addItem(tr("Spec v1 CSV (verifiable with trialdesk-cli design stream)"),
                      int(AllocationListWriter::Format::Spec));
    m_format->addItem(tr("REDCap allocation table"), int(AllocationListWriter::Format::Redcap));
    m_perStratum->setRange(1, int(core::DesignService::kMaxPerStratum));
    m_perStratum->setValue(100);
    auto *browseButton = new QPushButton(tr("&Browse..."), this);
    connect(browseButton, &QPushButton::clicked, this, &ExportListDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *explanation = new QLabel(tr("The list reveals every future allocation. Keep the file where only you can read "
                                      "it; the export is recorded in the audit trail."),
                                   this);
    explanation->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Entries per stratum:"), m_perStratum);
    form->addRow(tr("F&ile:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportListDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportListDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ExportListDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the allocation list"),
                                                      m_path->text().isEmpty() ? QDir::homePath() : m_path->text(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportListDialog::accept()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_error->setText(tr("Choose the file to write the list to."));
        m_error->show();
        return;
    }
    auto rows = core::DesignService(m_session).exportAllocationList(
        path, AllocationListWriter::Format(m_format->currentData().toInt()), m_perStratum->value());
    if (!rows) {
        m_error->setText(rows.error().message);
        m_error->show();
        return;
    }
    m_rows = rows.value();
    QDialog::accept();
}

} // namespace trialdesk::gui
