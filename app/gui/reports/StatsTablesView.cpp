#include "app/gui/reports/StatsTablesView.h"

#include "core/workspace/TrialSession.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trialdesk::gui {

StatsTablesView::StatsTablesView(core::TrialSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_message(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_saveCsv(new QPushButton(this))
    , m_tablesLayout(new QVBoxLayout)
{
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_heading->setFont(font);
    m_note->setObjectName(QStringLiteral("descriptiveNote"));
    m_note->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_savePdf->setObjectName(QStringLiteral("savePdf"));
    m_saveCsv->setObjectName(QStringLiteral("saveCsv"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_saveCsv);
    buttons->addWidget(m_savePdf);

    auto *content = new QWidget;
    content->setLayout(m_tablesLayout);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const core::Status status = refresh();
        QApplication::restoreOverrideCursor();
        Q_UNUSED(status) // refresh() shows its own error
    });
    connect(m_savePdf, &QPushButton::clicked, this, [this] { save(reports::StatsFormat::Pdf); });
    connect(m_saveCsv, &QPushButton::clicked, this, [this] { save(reports::StatsFormat::Csv); });
    m_savePdf->setEnabled(false);
    m_saveCsv->setEnabled(false);
    m_message->hide();
    // The heading comes from the derived view: its constructor calls retranslate().
}

core::Status StatsTablesView::refresh()
{
    const core::Status status = compute();
    m_loaded = status.ok();
    m_savePdf->setEnabled(m_loaded);
    m_saveCsv->setEnabled(m_loaded);
    if (!status.ok())
        showMessage(status.error().message, true);
    else
        m_message->hide();
    rebuildTables();
    return status;
}

core::Error StatsTablesView::noReportYet()
{
    return core::makeError(core::ErrorCode::NotFound, tr("There is no report to save yet: refresh it first."));
}

core::Status StatsTablesView::saveTo(reports::StatsFormat format, const QString &path)
{
    if (!m_loaded) {
        if (auto computed = refresh(); !computed)
            return computed;
    }
    return write(format, path);
}

QString StatsTablesView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void StatsTablesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        if (!m_loaded) {
            const core::Status status = refresh();
            Q_UNUSED(status) // shown in the message line
        }
    }
}

void StatsTablesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatsTablesView::retranslate()
{
    m_heading->setText(heading());
    m_note->setText(reports::StatsSupport::descriptiveNote());
    m_refresh->setText(tr("&Refresh"));
    m_savePdf->setText(tr("Save &PDF…"));
    m_saveCsv->setText(tr("Save &CSV…"));
}

void StatsTablesView::rebuildTables()
{
    for (QWidget *block : std::as_const(m_tableBlocks))
        block->deleteLater();
    m_tableBlocks.clear();
    m_tables.clear();
    if (!m_loaded)
        return;
    for (const reports::ReportDocument::Table &table : displayTables()) {
        auto *block = new QWidget;
        auto *blockLayout = new QVBoxLayout(block);
        blockLayout->setContentsMargins(0, 0, 0, 0);
        if (!table.caption.isEmpty()) {
            auto *caption = new QLabel(table.caption, block);
            caption->setWordWrap(true);
            blockLayout->addWidget(caption);
        }
        auto *widget = new QTableWidget(int(table.rows.size()), int(table.header.size()), block);
        widget->setObjectName(QStringLiteral("statsTable"));
        widget->setHorizontalHeaderLabels(table.header);
        widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
        widget->verticalHeader()->hide();
        for (int r = 0; r < table.rows.size(); ++r) {
            for (int c = 0; c < table.header.size(); ++c) {
                auto *item = new QTableWidgetItem(table.rows[r].value(c));
                if (table.numericColumns.contains(c))
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                widget->setItem(r, c, item);
            }
        }
        widget->resizeColumnsToContents();
        // Tall enough for every row: the page scrolls, not each table.
        widget->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        widget->setMinimumHeight(widget->horizontalHeader()->height() + 2 * widget->frameWidth()
                                 + widget->verticalHeader()->length());
        blockLayout->addWidget(widget);
        m_tablesLayout->addWidget(block);
        m_tableBlocks.append(block);
        m_tables.append(widget);
    }
    m_tablesLayout->addStretch();
}

void StatsTablesView::save(reports::StatsFormat format)
{
    const bool pdf = format == reports::StatsFormat::Pdf;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(fileStem() + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")));
    const QString path
        = QFileDialog::getSaveFileName(this, pdf ? tr("Save the report as PDF") : tr("Save the report as CSV"),
                                       suggested, pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status status = saveTo(format, path);
    QApplication::restoreOverrideCursor();
    if (!status.ok())
        showMessage(status.error().message, true);
    else
        showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
}

void StatsTablesView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->show();
}

} // namespace trialdesk::gui
