#include "reports/ReportDocument.h"

#include "core/util/Csv.h"
#include "reports/ReportContext.h"
#include "reports/ReportFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <limits>
#include <variant>

namespace trialdesk::reports {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::ReportDocument)
};

struct HeadingBlock
{
    QString text;
    int level = 1;
};

struct ParagraphBlock
{
    QString text;
    bool emphasized = false;
    QColor color;
};

struct DrawingBlock
{
    ReportDocument::Painter painter;
    QSizeF sizeMm;
    QString caption;
};

struct PageBreakBlock
{
};

using Block = std::variant<HeadingBlock, ParagraphBlock, ReportDocument::Table, DrawingBlock, PageBreakBlock>;

// One positioned thing on a laid-out page, in device units of the writer.
struct Item
{
    enum Kind { Text, Line, Fill, Drawing, Footer };
    Kind kind = Text;
    QRectF rect;
    QString text;
    QFont font;
    int flags = Qt::AlignLeft | Qt::AlignVCenter;
    QColor color = Qt::black;
    const ReportDocument::Painter *painter = nullptr;
};

struct LaidOutPage
{
    QList<Item> items;
};

QString utcOffsetText(const QDateTime &local)
{
    const int seconds = local.offsetFromUtc();
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

struct ReportDocument::Private
{
    QString title;
    QString trialCode;
    QString trialName;
    QDateTime dataCutUtc;
    QString generatedBy;
    core::AuditCheckpoint auditChain;
    PageSetup setup;
    QList<Block> blocks;
};

namespace {

// Lays the document out against a paint device (the PDF writer, for its resolution and font
// metrics). The same code feeds writePdf() and pageTexts(), so what tests read is what is printed.
class Layouter
{
public:
    Layouter(const ReportDocument &document, const QList<Block> &blocks, QPaintDevice &device)
        : m_document(document)
        , m_blocks(blocks)
        , m_device(device)
        , m_width(device.width())
        , m_height(device.height())
    {
        const qreal base = document.pageSetup().baseFontPt;
        m_body.setPointSizeF(base);
        m_bold = m_body;
        m_bold.setBold(true);
        m_italic = m_body;
        m_italic.setItalic(true);
        m_small.setPointSizeF(base - 1.5);
        m_h1 = m_bold;
        m_h1.setPointSizeF(base + 5);
        m_h2 = m_bold;
        m_h2.setPointSizeF(base + 2);
        m_smallBold = m_small;
        m_smallBold.setBold(true);
        m_gap = lineHeight(m_body) * 0.6;
    }

    QList<LaidOutPage> run()
    {
        startPage();
        for (const Block &block : m_blocks) {
            if (const auto *heading = std::get_if<HeadingBlock>(&block))
                layoutHeading(*heading);
            else if (const auto *paragraph = std::get_if<ParagraphBlock>(&block))
                layoutParagraph(paragraph->text, paragraph->emphasized ? m_bold : m_body,
                                paragraph->color.isValid() ? paragraph->color : QColor(Qt::black));
            else if (const auto *table = std::get_if<ReportDocument::Table>(&block))
                layoutTable(*table);
            else if (const auto *drawing = std::get_if<DrawingBlock>(&block))
                layoutDrawing(*drawing);
            else if (std::holds_alternative<PageBreakBlock>(block)) {
                if (m_y > m_bodyTop)
                    startPage();
            }
        }
        return m_pages;
    }

private:
    qreal lineHeight(const QFont &font) const { return QFontMetricsF(font, &m_device).height(); }
    qreal mm(qreal millimetres) const { return millimetres / 25.4 * m_device.logicalDpiX(); }
    LaidOutPage &page() { return m_pages.last(); }

    void addText(const QRectF &rect, const QString &text, const QFont &font, int flags, const QColor &color = Qt::black)
    {
        Item item;
        item.kind = Item::Text;
        item.rect = rect;
        item.text = text;
        item.font = font;
        item.flags = flags;
        item.color = color;
        page().items.append(item);
    }

    void addLine(qreal x1, qreal y, qreal x2, const QColor &color = Qt::black)
    {
        Item item;
        item.kind = Item::Line;
        item.rect = QRectF(QPointF(x1, y), QPointF(x2, y));
        item.color = color;
        page().items.append(item);
    }

    void addFill(const QRectF &rect, const QColor &color)
    {
        Item item;
        item.kind = Item::Fill;
        item.rect = rect;
        item.color = color;
        page().items.append(item);
    }

    void startPage()
    {
        m_pages.append(LaidOutPage {});
        const qreal titleHeight = lineHeight(m_bold);
        const qreal smallHeight = lineHeight(m_small);
        qreal y = 0;
        const QString trial = m_document.trialCode().isEmpty()
            ? m_document.trialName()
            : QStringLiteral("%1 \u2014 %2").arg(m_document.trialCode(), m_document.trialName());
        addText(QRectF(0, y, m_width * 0.5, titleHeight), m_document.title(), m_bold, Qt::AlignLeft | Qt::AlignVCenter);
        addText(QRectF(m_width * 0.5, y, m_width * 0.5, titleHeight), trial, m_bold, Qt::AlignRight | Qt::AlignVCenter);
        y += titleHeight;
        addText(QRectF(0, y, m_width * 0.6, smallHeight), m_document.dataCutText(), m_small,
                Qt::AlignLeft | Qt::AlignVCenter);
        addText(QRectF(m_width * 0.4, y, m_width * 0.6, smallHeight),
                Tr::tr("Generated by: %1").arg(m_document.generatedBy()), m_small, Qt::AlignRight | Qt::AlignVCenter);
        y += smallHeight + mm(1);
        addLine(0, y, m_width, QColor(0x80, 0x80, 0x80));
        m_bodyTop = y + mm(4);
        m_y = m_bodyTop;

        const qreal footerHeight = lineHeight(m_small);
        m_bodyBottom = m_height - footerHeight - mm(4);
        addLine(0, m_height - footerHeight - mm(1.5), m_width, QColor(0x80, 0x80, 0x80));
        Item footer;
        footer.kind = Item::Footer;
        footer.rect = QRectF(0, m_height - footerHeight, m_width, footerHeight);
        footer.font = m_small;
        footer.flags = Qt::AlignHCenter | Qt::AlignVCenter;
        // The audit chain's head at the data cut on the left, the page number then on the right.
        if (const QString chain = m_document.auditChainText(); !chain.isEmpty()) {
            addText(QRectF(0, m_height - footerHeight, m_width * 0.8, footerHeight), chain, m_small,
                    Qt::AlignLeft | Qt::AlignVCenter);
            footer.flags = Qt::AlignRight | Qt::AlignVCenter;
        }
        page().items.append(footer);
    }

    void ensureSpace(qreal height)
    {
        if (m_y + height > m_bodyBottom && m_y > m_bodyTop)
            startPage();
    }

    void layoutHeading(const HeadingBlock &heading)
    {
        const QFont &font = heading.level <= 1 ? m_h1 : m_h2;
        if (m_y > m_bodyTop)
            m_y += m_gap;
        // Keep a heading with at least three lines of what follows.
        ensureSpace(lineHeight(font) + 3 * lineHeight(m_body));
        layoutParagraph(heading.text, font, Qt::black);
    }

    // Word-wrapped lines; a paragraph may continue on the next page.
    void layoutParagraph(const QString &text, const QFont &font, const QColor &color)
    {
        for (const QString &part : text.split(QLatin1Char('\n'))) {
            QTextLayout layout(part, font, &m_device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            QList<QPair<int, int>> ranges;
            for (;;) {
                QTextLine line = layout.createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(m_width);
                ranges.append({ line.textStart(), line.textLength() });
            }
            layout.endLayout();
            if (ranges.isEmpty())
                ranges.append({ 0, 0 });
            const qreal height = lineHeight(font);
            for (const auto &[start, length] : ranges) {
                ensureSpace(height);
                addText(QRectF(0, m_y, m_width, height), part.mid(start, length).trimmed(), font,
                        Qt::AlignLeft | Qt::AlignVCenter, color);
                m_y += height;
            }
        }
        m_y += m_gap * 0.5;
    }

    QList<qreal> columnWidths(const ReportDocument::Table &table) const
    {
        const int columns = static_cast<int>(table.header.size());
        QList<qreal> widths(columns, 0);
        if (columns == 0)
            return widths;
        const qreal padding = mm(3);
        if (table.columnWeights.size() == columns) {
            qreal total = 0;
            for (qreal weight : table.columnWeights)
                total += std::max<qreal>(weight, 0.01);
            for (int c = 0; c < columns; ++c)
                widths[c] = m_width * std::max<qreal>(table.columnWeights[c], 0.01) / total;
            return widths;
        }
        const QFontMetricsF headerMetrics(m_smallBold, &m_device);
        const QFontMetricsF cellMetrics(m_small, &m_device);
        for (int c = 0; c < columns; ++c)
            widths[c] = headerMetrics.horizontalAdvance(table.header[c]) + padding;
        // Measuring every cell of a very long table costs more than it tells: a sample is enough
        // for the widths, and a wider cell wraps anyway.
        const qsizetype step = std::max<qsizetype>(1, table.rows.size() / 2000);
        for (qsizetype r = 0; r < table.rows.size(); r += step) {
            const QStringList &row = table.rows[r];
            for (int c = 0; c < columns && c < row.size(); ++c)
                widths[c] = std::max(widths[c], cellMetrics.horizontalAdvance(row[c]) + padding);
        }
        qreal total = 0;
        for (qreal w : widths)
            total += w;
        if (total <= m_width) {
            const qreal extra = (m_width - total) / columns;
            for (qreal &w : widths)
                w += extra;
        } else {
            for (qreal &w : widths)
                w = w * m_width / total;
        }
        return widths;
    }

    qreal rowHeight(const QStringList &cells, const QList<qreal> &widths, const QFont &font) const
    {
        const QFontMetricsF metrics(font, &m_device);
        const qreal padding = mm(1.5);
        qreal height = metrics.height();
        for (int c = 0; c < widths.size() && c < cells.size(); ++c) {
            const QRectF bound = metrics.boundingRect(QRectF(0, 0, std::max<qreal>(1, widths[c] - 2 * padding), 1e9),
                                                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells[c]);
            height = std::max(height, bound.height());
        }
        return height + mm(1.2);
    }

    void drawRow(const QStringList &cells, const QList<qreal> &widths, const QFont &font, qreal height,
                 const QSet<int> &numeric, const QColor &color, bool headerRow)
    {
        const qreal padding = mm(1.5);
        if (headerRow)
            addFill(QRectF(0, m_y, m_width, height), QColor(0xe8, 0xe8, 0xe8));
        qreal x = 0;
        for (int c = 0; c < widths.size(); ++c) {
            const QString text = c < cells.size() ? cells[c] : QString();
            const int align = numeric.contains(c) ? Qt::AlignRight : Qt::AlignLeft;
            addText(QRectF(x + padding, m_y, widths[c] - 2 * padding, height), text, font,
                    align | Qt::AlignVCenter | Qt::TextWordWrap, color);
            x += widths[c];
        }
        addLine(0, m_y + height, m_width, headerRow ? QColor(Qt::black) : QColor(0xc0, 0xc0, 0xc0));
        m_y += height;
    }

    void layoutTable(const ReportDocument::Table &table)
    {
        const QList<qreal> widths = columnWidths(table);
        const qreal headerHeight = rowHeight(table.header, widths, m_smallBold);
        if (!table.caption.isEmpty()) {
            ensureSpace(lineHeight(m_bold) + headerHeight * 2);
            layoutParagraph(table.caption, m_bold, Qt::black);
        }
        ensureSpace(headerHeight * 2);
        drawRow(table.header, widths, m_smallBold, headerHeight, table.numericColumns, Qt::black, true);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows[r];
            const qreal height = rowHeight(row, widths, m_small);
            if (m_y + height > m_bodyBottom && m_y > m_bodyTop) {
                // The header again at the top of every page the table continues on.
                startPage();
                drawRow(table.header, widths, m_smallBold, headerHeight, table.numericColumns, Qt::black, true);
            }
            const QColor color
                = table.flaggedRows.contains(static_cast<int>(r)) ? QColor(0xb0, 0x00, 0x20) : QColor(Qt::black);
            drawRow(row, widths, m_small, height, table.numericColumns, color, false);
        }
        m_y += m_gap;
    }

    void layoutDrawing(const DrawingBlock &drawing)
    {
        qreal width = mm(drawing.sizeMm.width());
        qreal height = mm(drawing.sizeMm.height());
        const qreal captionHeight = drawing.caption.isEmpty() ? 0 : lineHeight(m_italic) * 1.5;
        const qreal maxHeight = m_bodyBottom - m_bodyTop - captionHeight;
        const qreal scale
            = std::min({ qreal(1), m_width / std::max<qreal>(width, 1), maxHeight / std::max<qreal>(height, 1) });
        width *= scale;
        height *= scale;
        ensureSpace(height + captionHeight);
        Item item;
        item.kind = Item::Drawing;
        item.rect = QRectF((m_width - width) / 2, m_y, width, height);
        item.painter = &drawing.painter;
        page().items.append(item);
        m_y += height;
        if (!drawing.caption.isEmpty()) {
            addText(QRectF(0, m_y, m_width, captionHeight), drawing.caption, m_italic,
                    Qt::AlignHCenter | Qt::AlignVCenter);
            m_y += captionHeight;
        }
        m_y += m_gap;
    }

    const ReportDocument &m_document;
    const QList<Block> &m_blocks;
    QPaintDevice &m_device;
    qreal m_width;
    qreal m_height;
    QFont m_body, m_bold, m_italic, m_small, m_smallBold, m_h1, m_h2;
    qreal m_gap = 0;
    qreal m_y = 0;
    qreal m_bodyTop = 0;
    qreal m_bodyBottom = 0;
    QList<LaidOutPage> m_pages;
};

void configureWriter(QPdfWriter &writer, const ReportDocument &document)
{
    const ReportDocument::PageSetup setup = document.pageSetup();
    writer.setResolution(setup.resolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(setup.size), setup.orientation, setup.marginsMm, QPageLayout::Millimeter));
    writer.setTitle(document.title());
    writer.setCreator(QStringLiteral("TrialDesk"));
}

void paintPages(QPdfWriter &writer, const QList<LaidOutPage> &pages)
{
    QPainter painter(&writer);
    const int total = static_cast<int>(pages.size());
    for (int index = 0; index < total; ++index) {
        if (index > 0)
            writer.newPage();
        for (const Item &item : pages[index].items) {
            switch (item.kind) {
            case Item::Text:
            case Item::Footer:
                painter.setFont(item.font);
                painter.setPen(item.color);
                painter.drawText(item.rect, item.flags,
                                 item.kind == Item::Footer ? ReportDocument::footerText(index + 1, total) : item.text);
                break;
            case Item::Line:
                painter.setPen(QPen(item.color, 0));
                painter.drawLine(item.rect.topLeft(), item.rect.topRight());
                break;
            case Item::Fill:
                painter.fillRect(item.rect, item.color);
                break;
            case Item::Drawing:
                painter.save();
                painter.setClipRect(item.rect);
                (*item.painter)(painter, item.rect);
                painter.restore();
                break;
            }
        }
    }
    painter.end();
}

} // namespace

ReportDocument::ReportDocument(QString title)
    : d(std::make_unique<Private>())
{
    d->title = std::move(title);
}

ReportDocument::~ReportDocument() = default;
ReportDocument::ReportDocument(ReportDocument &&) noexcept = default;
ReportDocument &ReportDocument::operator=(ReportDocument &&) noexcept = default;

ReportDocument ReportDocument::forContext(const QString &title, const ReportContext &context)
{
    ReportDocument document(title);
    document.setTrial(context.trialCode, context.trialName);
    document.setDataCut(context.dataCutUtc);
    document.setGeneratedBy(context.generatedBy);
    document.setAuditChain(context.auditChain);
    return document;
}

void ReportDocument::setTrial(const QString &code, const QString &name)
{
    d->trialCode = code;
    d->trialName = name;
}

void ReportDocument::setDataCut(const QDateTime &utc)
{
    d->dataCutUtc = utc.toUTC();
}
void ReportDocument::setGeneratedBy(const QString &generatedBy)
{
    d->generatedBy = generatedBy;
}
void ReportDocument::setAuditChain(const core::AuditCheckpoint &chain)
{
    d->auditChain = chain;
}
void ReportDocument::setPageSetup(const PageSetup &setup)
{
    d->setup = setup;
}
QString ReportDocument::title() const
{
    return d->title;
}
QString ReportDocument::trialCode() const
{
    return d->trialCode;
}
QString ReportDocument::trialName() const
{
    return d->trialName;
}
QDateTime ReportDocument::dataCutUtc() const
{
    return d->dataCutUtc;
}
QString ReportDocument::generatedBy() const
{
    return d->generatedBy;
}
ReportDocument::PageSetup ReportDocument::pageSetup() const
{
    return d->setup;
}

void ReportDocument::addHeading(const QString &text, int level)
{
    d->blocks.append(HeadingBlock { text, level });
}

void ReportDocument::addParagraph(const QString &text, bool emphasized)
{
    d->blocks.append(ParagraphBlock { text, emphasized, QColor() });
}

void ReportDocument::addColoredParagraph(const QString &text, const QColor &color)
{
    d->blocks.append(ParagraphBlock { text, false, color });
}

void ReportDocument::addTable(const Table &table)
{
    d->blocks.append(table);
}

void ReportDocument::addDrawing(const Painter &painter, const QSizeF &sizeMm, const QString &caption)
{
    d->blocks.append(DrawingBlock { painter, sizeMm, caption });
}

void ReportDocument::addImage(const QImage &image, const QSizeF &sizeMm, const QString &caption)
{
    addDrawing(
        [image](QPainter &painter, const QRectF &rect) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(rect, image);
        },
        sizeMm, caption);
}

void ReportDocument::addPageBreak()
{
    d->blocks.append(PageBreakBlock {});
}

QString ReportDocument::dataCutText() const
{
    if (!d->dataCutUtc.isValid())
        return Tr::tr("Data cut: not given");
    const QDateTime local = d->dataCutUtc.toLocalTime();
    return Tr::tr("Data cut: %1 (%2; %3 UTC)")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), utcOffsetText(local),
             d->dataCutUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString ReportDocument::headerText() const
{
    return Tr::tr("%1 \u2014 %2 %3 \u2014 %4 \u2014 generated by %5")
        .arg(d->title, d->trialCode, d->trialName, dataCutText(), d->generatedBy);
}

QString ReportDocument::auditChainText() const
{
    if (d->auditChain.head.isEmpty())
        return {};
    return Tr::tr("Audit chain: %n entries, head %1", nullptr,
                  int(qMin<qint64>(d->auditChain.entries, std::numeric_limits<int>::max())))
        .arg(QString::fromLatin1(d->auditChain.head));
}

QString ReportDocument::footerText(int page, int pages)
{
    return Tr::tr("Page %1 of %2").arg(page).arg(pages);
}

core::Status ReportDocument::writePdf(QIODevice &device) const
{
    QPdfWriter writer(&device);
    configureWriter(writer, *this);
    const QList<LaidOutPage> pages = Layouter(*this, d->blocks, writer).run();
    paintPages(writer, pages);
    return {};
}

core::Status ReportDocument::writePdf(const QString &path) const
{
    // Written whole to a private temporary file and renamed (ReportFiles): a reader never sees half a
    // report, and an older file of that name never passes for this one.
    return ReportFiles::save(path, [this](QIODevice &device) { return writePdf(device); });
}

QList<ReportDocument::PageText> ReportDocument::pageTexts() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    configureWriter(writer, *this);
    const QList<LaidOutPage> pages = Layouter(*this, d->blocks, writer).run();
    QList<PageText> result;
    const int total = static_cast<int>(pages.size());
    for (int index = 0; index < total; ++index) {
        PageText page;
        bool footer = false;
        for (const Item &item : pages[index].items) {
            if (item.kind == Item::Text)
                page.texts << item.text;
            else if (item.kind == Item::Footer)
                footer = true;
        }
        // Read as printed: the footer last.
        if (footer)
            page.texts << footerText(index + 1, total);
        result << page;
    }
    return result;
}

int ReportDocument::pageCount() const
{
    return static_cast<int>(pageTexts().size());
}

QByteArray ReportDocument::tableToCsv(const Table &table)
{
    QByteArray out = core::Csv::line(table.header);
    for (const QStringList &row : table.rows)
        out += core::Csv::line(row);
    return out;
}

QByteArray ReportDocument::tablesToCsv() const
{
    QByteArray out;
    for (const Block &block : d->blocks) {
        const auto *table = std::get_if<Table>(&block);
        if (!table)
            continue;
        if (!out.isEmpty())
            out += '\n';
        if (!table->caption.isEmpty())
            out += core::Csv::line({ table->caption });
        out += tableToCsv(*table);
    }
    return out;
}

QJsonObject ReportDocument::toJson() const
{
    QJsonArray blocks;
    for (const Block &block : d->blocks) {
        if (const auto *heading = std::get_if<HeadingBlock>(&block)) {
            blocks.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("heading") },
                                        { QStringLiteral("level"), heading->level },
                                        { QStringLiteral("text"), heading->text } });
        } else if (const auto *paragraph = std::get_if<ParagraphBlock>(&block)) {
            blocks.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("paragraph") },
                                        { QStringLiteral("text"), paragraph->text } });
        } else if (const auto *table = std::get_if<Table>(&block)) {
            QJsonArray rows;
            for (const QStringList &row : table->rows)
                rows.append(QJsonArray::fromStringList(row));
            blocks.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("table") },
                                        { QStringLiteral("caption"), table->caption },
                                        { QStringLiteral("header"), QJsonArray::fromStringList(table->header) },
                                        { QStringLiteral("rows"), rows } });
        } else if (const auto *drawing = std::get_if<DrawingBlock>(&block)) {
            blocks.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("drawing") },
                                        { QStringLiteral("caption"), drawing->caption } });
        }
    }
    QJsonObject json {
        { QStringLiteral("title"), d->title },
        { QStringLiteral("trial"),
          QJsonObject { { QStringLiteral("code"), d->trialCode }, { QStringLiteral("name"), d->trialName } } },
        { QStringLiteral("data_cut_utc"), d->dataCutUtc.toString(Qt::ISODate) },
        { QStringLiteral("generated_by"), d->generatedBy },
        { QStringLiteral("blocks"), blocks },
    };
    if (!d->auditChain.head.isEmpty())
        json.insert(QStringLiteral("audit_chain"), d->auditChain.toJson());
    return json;
}

} // namespace trialdesk::reports
