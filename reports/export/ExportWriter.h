#pragma once

#include "core/Result.h"
#include "reports/export/ExportEntry.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace trialdesk::reports {

class ExportDirectory;

// One export format: told the files it will create, then fed every entry in the stream's order,
// then finished. Writers hold at most one participant's worth of data.
class ExportWriter
{
public:
    virtual ~ExportWriter() = default;

    virtual QStringList fileNames() const = 0;
    virtual core::Status begin(ExportDirectory &directory) = 0;
    virtual core::Status write(const ExportEntry &entry) = 0;
    virtual core::Status end() = 0;

    // Appends one RFC 4180 field (as core::Csv::field writes it) without building a list first: the
    // long and tidy files write millions of fields.
    static void appendCsvField(QByteArray &line, const QString &value);
    static void appendCsvLine(QByteArray &out, const QStringList &fields);
};

} // namespace trialdesk::reports
