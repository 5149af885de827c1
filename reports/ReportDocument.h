#pragma once

#include "core/Result.h"
#include "core/audit/AuditCheckpoint.h"

#include <QColor>
#include <QDateTime>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace trialdesk::reports {

struct ReportContext;

// The one way every PDF report is produced. A report is a title, the trial (code and name), the
// data cut (stored in UTC, printed in local time with its UTC offset), who generated it, and a body
// of blocks laid out top to bottom: headings, paragraphs, tables (header row repeated on every page
// a table spans, numeric columns right-aligned) and drawings (a callback that paints into a rect:
// charts, the CONSORT diagram, images). Every page carries a header (title, trial, data cut, user)
// and a "Page X of Y" footer.
//
// Layout and painting are separate: layout() measures everything against the PDF writer and
// returns the pages as positioned items, which writePdf() paints and tests can read back
// (pageTexts()) without parsing the PDF.
class ReportDocument
{
public:
    using Painter = std::function<void(QPainter &painter, const QRectF &rect)>;

    struct Table
    {
        QString caption; // optional, drawn above the table (and in CSV/JSON)
        QStringList header;
        QList<QStringList> rows; // each row has header.size() cells
        QSet<int> numericColumns; // right-aligned
        QList<qreal> columnWeights; // relative widths; empty = from the content
        QSet<int> flaggedRows; // drawn in red (e.g. a log entry that fails verification)
    };

    struct PageSetup
    {
        QPageSize::PageSizeId size = QPageSize::A4; // A4 or Letter
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QMarginsF marginsMm { 15, 15, 15, 15 };
        int resolution = 300; // dots per inch of the writer (images drawn into drawings)
        qreal baseFontPt = 9;
    };

    // What one page holds after layout: every text drawn on it in order (header, body, footer),
    // for tests and accessibility checks.
    struct PageText
    {
        QStringList texts;
    };

    explicit ReportDocument(QString title);
    ~ReportDocument();
    ReportDocument(ReportDocument &&) noexcept;
    ReportDocument &operator=(ReportDocument &&) noexcept;
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    // Fills trial, data cut and author from the context.
    static ReportDocument forContext(const QString &title, const ReportContext &context);

    void setTrial(const QString &code, const QString &name);
    void setDataCut(const QDateTime &utc);
    void setGeneratedBy(const QString &generatedBy);
    // The audit chain's entries and head at the data cut: printed in every page's footer and in
    // the JSON, so a printed report anchors the chain too (docs/audit-chain.md).
    void setAuditChain(const core::AuditCheckpoint &chain);
    void setPageSetup(const PageSetup &setup);

    QString title() const;
    QString trialCode() const;
    QString trialName() const;
    QDateTime dataCutUtc() const;
    QString generatedBy() const;
    PageSetup pageSetup() const;

    // Body blocks, in reading order.
    void addHeading(const QString &text, int level = 1); // level 1 or 2
    void addParagraph(const QString &text, bool emphasized = false);
    // A paragraph in a colour (verification results: green clean, red failed).
    void addColoredParagraph(const QString &text, const QColor &color);
    void addTable(const Table &table);
    // A drawing of the given size in millimetres (scaled down to the printable width if wider);
    // the callback paints into the rect it is given, in device units of the page.
    void addDrawing(const Painter &painter, const QSizeF &sizeMm, const QString &caption = {});
    void addImage(const QImage &image, const QSizeF &sizeMm, const QString &caption = {});
    void addPageBreak();

    // The PDF: to a file (replaced; an error names the path when it cannot be written) or a device.
    core::Status writePdf(const QString &path) const;
    core::Status writePdf(QIODevice &device) const;

    // The laid-out pages (same layout as writePdf), their texts.
    QList<PageText> pageTexts() const;
    int pageCount() const;

    // The header line printed on every page, and the footer of page `page` (1-based) of `pages`.
    QString headerText() const;
    QString dataCutText() const; // "Data cut: 2026-11-27 03:58 (UTC-05:00)" in local time
    QString auditChainText() const; // "Audit chain: 42 entries, head HEX", empty when not set
    static QString footerText(int page, int pages);

    // Tabular parts: one table as CSV (RFC 4180, UTF-8, header row), every table as CSV sections
    // (caption line, header, rows, blank line), and the whole document as JSON
    // {title, trial:{code,name}, data_cut_utc, generated_by, [audit_chain:{entries,head}], blocks:[...]}
    // (drawings as their captions).
    static QByteArray tableToCsv(const Table &table);
    QByteArray tablesToCsv() const;
    QJsonObject toJson() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace trialdesk::reports
