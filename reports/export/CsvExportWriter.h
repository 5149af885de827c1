#pragma once

#include "reports/export/ExportCatalog.h"
#include "reports/export/ExportWriter.h"

#include <map>

namespace trialdesk::reports {

class ExportFile;

// The statistician's CSV set: one tidy file per form (form_<code>.csv: one row per entry, i.e. per
// participant and visit, or per instance of an unscheduled form; one column per item in definition
// order, a multiple choice as one 0/1 column per choice, missing-data codes written as the code),
// data_dictionary.csv describing every column, and long.csv (one row per stored item value).
class CsvExportWriter : public ExportWriter
{
public:
    CsvExportWriter(const ExportCatalog &catalog, bool withArm, bool identifying);

    QStringList fileNames() const override;
    core::Status begin(ExportDirectory &directory) override;
    core::Status write(const ExportEntry &entry) override;
    core::Status end() override;

    static QString formFileName(const QString &formCode); // "form_phq9.csv"
    static QString dictionaryFileName() { return QStringLiteral("data_dictionary.csv"); }
    static QString longFileName() { return QStringLiteral("long.csv"); }
    // The columns before the items in every tidy file.
    QStringList fixedColumns() const;

private:
    void writeDictionary(QByteArray &out) const;

    const ExportCatalog &m_catalog;
    bool m_withArm;
    bool m_identifying;
    std::map<QString, ExportFile *> m_formFiles;
    ExportFile *m_long = nullptr;
    QByteArray m_line;
    QByteArray m_prefix; // the current entry's first fields in long.csv
    QList<const ExportValue *> m_slots;
};

} // namespace trialdesk::reports
