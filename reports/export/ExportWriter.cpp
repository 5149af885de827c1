#include "reports/export/ExportWriter.h"

#include "core/util/Csv.h"

namespace trialdesk::reports {

void ExportWriter::appendCsvField(QByteArray &line, const QString &value)
{
    // Most values are short ASCII codes and numbers: append them directly; anything else goes
    // through the project's CSV rules.
    const QChar *chars = value.constData();
    const qsizetype size = value.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = chars[i].unicode();
        if (c >= 0x80 || c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            line += core::Csv::field(value);
            return;
        }
    }
    const qsizetype start = line.size();
    line.resize(start + size);
    char *out = line.data() + start;
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(chars[i].unicode());
}

void ExportWriter::appendCsvLine(QByteArray &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        appendCsvField(out, fields.at(i));
    }
    out += '\n';
}

} // namespace trialdesk::reports
