#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace trialdesk::reports {

// The export formats of `trialdesk-cli export` and the GUI's exports page.
enum class ExportFormat {
    Csv, // tidy CSV per form + data_dictionary.csv + long.csv
    Odm, // CDISC ODM 1.3.2 XML
    Redcap, // REDCap data CSV + data dictionary + event mapping
};

QString exportFormatCode(ExportFormat format); // "csv", "odm", "redcap" (audited)

// What to export and where. outputPath is a directory for every format (created when missing, must
// hold no export already); the ODM export writes <outputPath>/trialdesk-odm.xml in it.
struct ExportRequest
{
    ExportFormat format = ExportFormat::Csv;
    QString outputPath;
    bool identifying = false; // adds identity columns; needs DataExportIdentifying and a reason
    QString reason; // required when identifying
    bool withAudit = false; // ODM only: the audit records of form data
};

// Progress of a running export: entries written so far out of the total. Return false to cancel.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// What a finished export wrote.
struct ExportSummary
{
    QString directory;
    QStringList files; // file names in the directory, manifest.json last
    qint64 entries = 0; // form entries exported
    qint64 itemValues = 0; // item values exported
    qint64 participants = 0;
    qint64 bytes = 0; // total size of the files (manifest excluded)
    QDateTime dataCutUtc;
};

} // namespace trialdesk::reports
