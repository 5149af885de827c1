#pragma once

#include "reports/export/ExportCatalog.h"
#include "reports/export/ExportWriter.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <memory>

namespace trialdesk::core::reporting {
class DataCut;
}

namespace trialdesk::reports {

class ExportFile;

// CDISC ODM 1.3.2 (Snapshot), streamed with QXmlStreamWriter: Study (GlobalVariables,
// BasicDefinitions, MetaDataVersion with Protocol, StudyEventDefs, FormDefs, ItemGroupDefs, ItemDefs,
// CodeLists, labels as TranslatedText fr/en), AdminData (sites as Locations; users when audit
// records are asked for), ClinicalData (SubjectData / StudyEventData / FormData / ItemGroupData /
// ItemData; with audit, ClinicalData/AuditRecords from the audit trail of form entries).
// Mapping (docs/exports.md): one StudyEventDef per visit plus SE.PARTICIPANT (site, arm, identity)
// and SE.UNSCHEDULED; one FormDef and one ItemGroupDef per form; a multiple choice is one integer
// 0/1 ItemDef per choice; a missing-data code is ItemData IsNull="Yes" with the code as an
// Annotation comment.
class OdmExportWriter : public ExportWriter
{
public:
    struct Settings
    {
        bool withArm = true;
        bool identifying = false;
        bool withAudit = false;
        QDateTime dataCutUtc;
        QString username;
    };

    // cut: the export's data cut, read for the users and audit records (AdminData, AuditRecords).
    OdmExportWriter(const ExportCatalog &catalog, Settings settings, const core::reporting::DataCut &cut);

    QStringList fileNames() const override;
    core::Status begin(ExportDirectory &directory) override;
    core::Status write(const ExportEntry &entry) override;
    core::Status end() override;

    static QString namespaceUri() { return QStringLiteral("http://www.cdisc.org/ns/odm/v1.3"); }
    static QString studyOid(const QString &trialCode) { return QStringLiteral("S.") + trialCode; }
    static QString formOid(const QString &formCode) { return QStringLiteral("F.") + formCode; }
    static QString itemGroupOid(const QString &formCode) { return QStringLiteral("IG.") + formCode; }
    static QString itemOid(const QString &formCode, const QString &column)
    {
        return QStringLiteral("IT.") + formCode + QLatin1Char('.') + column;
    }
    static QString eventOid(const QString &visitCode); // "SE.M6"; empty code: "SE.UNSCHEDULED"
    static QString participantEventOid() { return QStringLiteral("SE.PARTICIPANT"); }

private:
    core::Status writeMetaData();
    core::Status writeAdminData();
    void writeItemDef(const QString &formCode, const forms::Item &item);
    void writeTranslated(const QString &element, const i18n::LocalizedText &text);
    void openSubject(const ExportEntry &entry);
    void closeSubject();
    core::Status writeAuditRecords();
    core::Status checkStream() const;

    const ExportCatalog &m_catalog;
    Settings m_settings;
    const core::reporting::DataCut &m_cut;
    ExportFile *m_file = nullptr;
    std::unique_ptr<QXmlStreamWriter> m_xml;
    qint64 m_subject = -1; // participant of the open SubjectData, -1 = none
    bool m_eventOpen = false;
    QString m_eventCode; // visit of the open StudyEventData (unique per participant)
    QList<QPair<QString, QList<QPair<QString, i18n::LocalizedText>>>> m_codeLists; // OID, items
    QString m_dataType; // of the code list being collected
};

} // namespace trialdesk::reports
