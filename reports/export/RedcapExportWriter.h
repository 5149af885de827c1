#pragma once

#include "reports/export/ExportCatalog.h"
#include "reports/export/ExportWriter.h"

#include <QHash>

namespace trialdesk::reports {

class ExportFile;

// REDCap-compatible CSV set for a longitudinal project (docs/exports.md has the mapping):
// redcap_data.csv (record_id = study ID, redcap_event_name = "<visit code>_arm_1", one row per
// participant and visit, repeating instruments on their own rows with redcap_repeat_instrument and
// redcap_repeat_instance; field names are lower-case item codes, checkboxes `field___code`, each
// instrument's `<form>_complete`), redcap_data_dictionary.csv (REDCap's 18 dictionary columns),
// redcap_event_mapping.csv (which instrument is collected at which event).
class RedcapExportWriter : public ExportWriter
{
public:
    RedcapExportWriter(const ExportCatalog &catalog, bool withArm, bool identifying);

    QStringList fileNames() const override;
    core::Status begin(ExportDirectory &directory) override;
    core::Status write(const ExportEntry &entry) override;
    core::Status end() override;

    static QString dataFileName() { return QStringLiteral("redcap_data.csv"); }
    static QString dictionaryFileName() { return QStringLiteral("redcap_data_dictionary.csv"); }
    static QString eventMappingFileName() { return QStringLiteral("redcap_event_mapping.csv"); }
    static QString eventName(const QString &visitCode); // "m6_arm_1"; empty code: "unscheduled_arm_1"
    static QString instrumentName(const QString &formCode) { return formCode.toLower(); }
    static QStringList dictionaryHeader();

    // The data file's columns (for tests).
    const QStringList &columns() const { return m_columns; }

private:
    struct Field
    {
        QString formCode;
        const forms::Item *item = nullptr;
        QString name; // REDCap field name
    };
    void buildFields();
    QString fieldName(const QString &formCode, const QString &itemCode) const;
    void writeDictionary(QByteArray &out) const;
    QByteArray eventMapping() const;
    core::Status flushRow();
    void startRow(const ExportEntry &entry, const QString &repeatInstrument, int repeatInstance);
    void fillEntry(const ExportEntry &entry);

    const ExportCatalog &m_catalog;
    bool m_withArm;
    bool m_identifying;
    QList<Field> m_fields;
    QStringList m_columns;
    QHash<QString, int> m_column; // column name -> index
    QHash<QString, int> m_itemCodeUses; // item code (lower case) -> number of forms using it
    ExportFile *m_data = nullptr;
    QStringList m_row; // the pending row (one participant and visit)
    bool m_rowOpen = false;
    qint64 m_rowParticipant = -1;
    QString m_rowVisit;
    QByteArray m_line;
};

} // namespace trialdesk::reports
