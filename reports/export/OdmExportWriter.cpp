#include "reports/export/OdmExportWriter.h"

#include "core/reporting/ExportAuditTrail.h"
#include "core/util/Clock.h"
#include "forms/FormValue.h"
#include "reports/export/ExportDirectory.h"
#include "reports/export/ExportEntryStream.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trialdesk::reports {

using core::ErrorCode;
using core::makeError;
using forms::ItemType;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::OdmExportWriter)
};

const QString kParticipantForm = QStringLiteral("PARTICIPANT");
const QString kCentralLocation = QStringLiteral("LOC.TRIALDESK");
const QString kMetaDataVersion = QStringLiteral("MDV.1");

QString oidPart(const QString &text)
{
    QString out = text;
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_.-]"));
    out.replace(other, QStringLiteral("_"));
    return out;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("Yes") : QStringLiteral("No");
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

QString participantColumnLabelEn(const QString &column)
{
    if (column == QLatin1String("site"))
        return QStringLiteral("Site");
    if (column == QLatin1String("arm"))
        return QStringLiteral("Allocated arm");
    return column;
}
} // namespace

OdmExportWriter::OdmExportWriter(const ExportCatalog &catalog, Settings settings, const core::reporting::DataCut &cut)
    : m_catalog(catalog)
    , m_settings(std::move(settings))
    , m_cut(cut)
{
}

QString OdmExportWriter::eventOid(const QString &visitCode)
{
    return visitCode.isEmpty() ? QStringLiteral("SE.UNSCHEDULED") : QStringLiteral("SE.") + oidPart(visitCode);
}

QStringList OdmExportWriter::fileNames() const
{
    return { QStringLiteral("trialdesk-odm.xml") };
}

core::Status OdmExportWriter::checkStream() const
{
    if (m_xml->hasError() || m_file->failed())
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not write the ODM file %1: %2. Check the free disk space "
                                "and export again.")
                             .arg(m_file->path(), m_file->errorString()));
    return {};
}

void OdmExportWriter::writeTranslated(const QString &element, const i18n::LocalizedText &text)
{
    m_xml->writeStartElement(element);
    for (const auto &[lang, value] :
         { std::pair { QStringLiteral("fr"), text.fr }, { QStringLiteral("en"), text.en } }) {
        if (value.isEmpty())
            continue;
        m_xml->writeStartElement(QStringLiteral("TranslatedText"));
        m_xml->writeAttribute(QStringLiteral("xml:lang"), lang);
        m_xml->writeCharacters(value);
        m_xml->writeEndElement();
    }
    m_xml->writeEndElement();
}

core::Status OdmExportWriter::begin(ExportDirectory &directory)
{
    auto file = directory.create(fileNames().constFirst());
    if (!file)
        return file.error();
    m_file = file.value();
    m_xml = std::make_unique<QXmlStreamWriter>(m_file);
    m_xml->setAutoFormatting(true);
    m_xml->setAutoFormattingIndent(1);
    m_xml->writeStartDocument();
    m_xml->writeDefaultNamespace(namespaceUri());
    m_xml->writeStartElement(namespaceUri(), QStringLiteral("ODM"));
    const core::Protocol &protocol = m_catalog.protocol();
    const QString cut = core::Clock::format(m_settings.dataCutUtc);
    m_xml->writeAttribute(QStringLiteral("FileType"), QStringLiteral("Snapshot"));
    m_xml->writeAttribute(QStringLiteral("FileOID"),
                          QStringLiteral("TrialDesk.%1.%2").arg(oidPart(protocol.trialCode), oidPart(cut)));
    m_xml->writeAttribute(QStringLiteral("CreationDateTime"), cut);
    m_xml->writeAttribute(QStringLiteral("AsOfDateTime"), cut);
    m_xml->writeAttribute(QStringLiteral("ODMVersion"), QStringLiteral("1.3.2"));
    m_xml->writeAttribute(QStringLiteral("Originator"), m_settings.username);
    m_xml->writeAttribute(QStringLiteral("SourceSystem"), QStringLiteral("TrialDesk"));
    m_xml->writeAttribute(QStringLiteral("SourceSystemVersion"), QCoreApplication::applicationVersion());
    m_xml->writeAttribute(QStringLiteral("Granularity"), QStringLiteral("All"));

    if (auto meta = writeMetaData(); !meta)
        return meta;
    if (auto admin = writeAdminData(); !admin)
        return admin;
    m_xml->writeStartElement(QStringLiteral("ClinicalData"));
    m_xml->writeAttribute(QStringLiteral("StudyOID"), studyOid(oidPart(protocol.trialCode)));
    m_xml->writeAttribute(QStringLiteral("MetaDataVersionOID"), kMetaDataVersion);
    return checkStream();
}

core::Status OdmExportWriter::writeMetaData()
{
    const core::Protocol &protocol = m_catalog.protocol();
    m_xml->writeStartElement(QStringLiteral("Study"));
    m_xml->writeAttribute(QStringLiteral("OID"), studyOid(oidPart(protocol.trialCode)));
    m_xml->writeStartElement(QStringLiteral("GlobalVariables"));
    m_xml->writeTextElement(QStringLiteral("StudyName"), protocol.trialName.en);
    m_xml->writeTextElement(QStringLiteral("StudyDescription"), protocol.trialName.fr);
    m_xml->writeTextElement(QStringLiteral("ProtocolName"),
                            QStringLiteral("%1 %2").arg(protocol.trialCode, protocol.protocolVersion));
    m_xml->writeEndElement(); // GlobalVariables

    // Units, each once.
    QStringList units;
    for (const QString &code : m_catalog.formCodes())
        for (const forms::Item &item : m_catalog.layout(code)->items)
            if (!item.unit.isEmpty() && !units.contains(item.unit))
                units.append(item.unit);
    if (!units.isEmpty()) {
        m_xml->writeStartElement(QStringLiteral("BasicDefinitions"));
        for (const QString &unit : std::as_const(units)) {
            m_xml->writeStartElement(QStringLiteral("MeasurementUnit"));
            m_xml->writeAttribute(QStringLiteral("OID"), QStringLiteral("MU.") + oidPart(unit));
            m_xml->writeAttribute(QStringLiteral("Name"), unit);
            writeTranslated(QStringLiteral("Symbol"), { unit, unit });
            m_xml->writeEndElement();
        }
        m_xml->writeEndElement();
    }

    m_xml->writeStartElement(QStringLiteral("MetaDataVersion"));
    m_xml->writeAttribute(QStringLiteral("OID"), kMetaDataVersion);
    m_xml->writeAttribute(QStringLiteral("Name"), QStringLiteral("Protocol %1").arg(protocol.protocolVersion));

    // Protocol: the participant's record, the visits in order, the unscheduled forms.
    const core::VisitSchedule &schedule = protocol.schedule;
    m_xml->writeStartElement(QStringLiteral("Protocol"));
    int order = 1;
    auto eventRef = [&](const QString &oid, bool mandatory) {
        m_xml->writeEmptyElement(QStringLiteral("StudyEventRef"));
        m_xml->writeAttribute(QStringLiteral("StudyEventOID"), oid);
        m_xml->writeAttribute(QStringLiteral("OrderNumber"), QString::number(order++));
        m_xml->writeAttribute(QStringLiteral("Mandatory"), yesNo(mandatory));
    };
    eventRef(participantEventOid(), true);
    for (const core::ProtocolVisit &visit : schedule.visits)
        eventRef(eventOid(visit.code), !visit.armSpecific());
    eventRef(eventOid(QString()), false);
    m_xml->writeEndElement(); // Protocol

    auto eventDef
        = [&](const QString &oid, const QString &name, bool repeating, const char *type, const QStringList &formCodes) {
              m_xml->writeStartElement(QStringLiteral("StudyEventDef"));
              m_xml->writeAttribute(QStringLiteral("OID"), oid);
              m_xml->writeAttribute(QStringLiteral("Name"), name);
              m_xml->writeAttribute(QStringLiteral("Repeating"), yesNo(repeating));
              m_xml->writeAttribute(QStringLiteral("Type"), QLatin1String(type));
              int formOrder = 1;
              for (const QString &form : formCodes) {
                  if (form != kParticipantForm && !m_catalog.layout(form))
                      continue;
                  m_xml->writeEmptyElement(QStringLiteral("FormRef"));
                  m_xml->writeAttribute(QStringLiteral("FormOID"), formOid(form));
                  m_xml->writeAttribute(QStringLiteral("OrderNumber"), QString::number(formOrder++));
                  m_xml->writeAttribute(QStringLiteral("Mandatory"), yesNo(form == kParticipantForm));
              }
              m_xml->writeEndElement();
          };
    eventDef(participantEventOid(), QStringLiteral("Participant"), false, "Common", { kParticipantForm });
    for (const core::ProtocolVisit &visit : schedule.visits)
        eventDef(eventOid(visit.code), visit.name.en.isEmpty() ? visit.code : visit.name.en, false, "Scheduled",
                 visit.forms);
    eventDef(eventOid(QString()), QStringLiteral("Unscheduled"), false, "Unscheduled", schedule.unscheduledForms);

    // The participant's record: site, arm, identity.
    QStringList participantColumns { QStringLiteral("site") };
    if (m_settings.withArm)
        participantColumns << QStringLiteral("arm");
    if (m_settings.identifying)
        participantColumns << ExportEntryStream::identityExportNames();

    auto formDef = [&](const QString &code, const QString &name, bool repeating) {
        m_xml->writeStartElement(QStringLiteral("FormDef"));
        m_xml->writeAttribute(QStringLiteral("OID"), formOid(code));
        m_xml->writeAttribute(QStringLiteral("Name"), name);
        m_xml->writeAttribute(QStringLiteral("Repeating"), yesNo(repeating));
        m_xml->writeEmptyElement(QStringLiteral("ItemGroupRef"));
        m_xml->writeAttribute(QStringLiteral("ItemGroupOID"), itemGroupOid(code));
        m_xml->writeAttribute(QStringLiteral("Mandatory"), QStringLiteral("Yes"));
        m_xml->writeEndElement();
    };
    formDef(kParticipantForm, QStringLiteral("Participant"), false);
    for (const QString &code : m_catalog.formCodes()) {
        const FormLayout *layout = m_catalog.layout(code);
        formDef(code, layout->newest->title.en.isEmpty() ? code : layout->newest->title.en, layout->newest->repeating);
    }

    auto itemRef = [&](const QString &oid, int number, bool mandatory) {
        m_xml->writeEmptyElement(QStringLiteral("ItemRef"));
        m_xml->writeAttribute(QStringLiteral("ItemOID"), oid);
        m_xml->writeAttribute(QStringLiteral("OrderNumber"), QString::number(number));
        m_xml->writeAttribute(QStringLiteral("Mandatory"), yesNo(mandatory));
    };
    m_xml->writeStartElement(QStringLiteral("ItemGroupDef"));
    m_xml->writeAttribute(QStringLiteral("OID"), itemGroupOid(kParticipantForm));
    m_xml->writeAttribute(QStringLiteral("Name"), QStringLiteral("Participant"));
    m_xml->writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
    int number = 1;
    for (const QString &column : std::as_const(participantColumns))
        itemRef(itemOid(kParticipantForm, column), number++, column == QLatin1String("site"));
    m_xml->writeEndElement();
    for (const QString &code : m_catalog.formCodes()) {
        const FormLayout *layout = m_catalog.layout(code);
        m_xml->writeStartElement(QStringLiteral("ItemGroupDef"));
        m_xml->writeAttribute(QStringLiteral("OID"), itemGroupOid(code));
        m_xml->writeAttribute(QStringLiteral("Name"),
                              layout->newest->title.en.isEmpty() ? code : layout->newest->title.en);
        m_xml->writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
        number = 1;
        for (const forms::Item &item : layout->items)
            for (const QString &column : FormLayout::columnNames(item))
                itemRef(itemOid(code, column), number++, item.required);
        m_xml->writeEndElement();
    }

    for (const QString &column : std::as_const(participantColumns)) {
        m_xml->writeStartElement(QStringLiteral("ItemDef"));
        m_xml->writeAttribute(QStringLiteral("OID"), itemOid(kParticipantForm, column));
        m_xml->writeAttribute(QStringLiteral("Name"), column);
        m_xml->writeAttribute(QStringLiteral("DataType"),
                              column == QLatin1String("id_date_of_birth") ? QStringLiteral("date")
                                                                          : QStringLiteral("text"));
        if (column != QLatin1String("id_date_of_birth"))
            m_xml->writeAttribute(QStringLiteral("Length"), QStringLiteral("200"));
        writeTranslated(QStringLiteral("Question"), { QString(), participantColumnLabelEn(column) });
        m_xml->writeEndElement();
    }
    for (const QString &code : m_catalog.formCodes())
        for (const forms::Item &item : m_catalog.layout(code)->items)
            writeItemDef(code, item);

    for (const auto &[oid, items] : std::as_const(m_codeLists)) {
        m_xml->writeStartElement(QStringLiteral("CodeList"));
        m_xml->writeAttribute(QStringLiteral("OID"), oid);
        m_xml->writeAttribute(QStringLiteral("Name"), oid.mid(3));
        const bool integers = oid == QLatin1String("CL.YESNO") || oid == QLatin1String("CL.CHECKED");
        m_xml->writeAttribute(QStringLiteral("DataType"),
                              integers ? QStringLiteral("integer") : QStringLiteral("text"));
        for (const auto &[coded, label] : items) {
            m_xml->writeStartElement(QStringLiteral("CodeListItem"));
            m_xml->writeAttribute(QStringLiteral("CodedValue"), coded);
            writeTranslated(QStringLiteral("Decode"), label);
            m_xml->writeEndElement();
        }
        m_xml->writeEndElement();
    }
    m_xml->writeEndElement(); // MetaDataVersion
    m_xml->writeEndElement(); // Study
    return checkStream();
}

void OdmExportWriter::writeItemDef(const QString &formCode, const forms::Item &item)
{
    auto addCodeList = [&](const QString &oid, QList<QPair<QString, i18n::LocalizedText>> items) {
        for (const auto &existing : std::as_const(m_codeLists))
            if (existing.first == oid)
                return;
        m_codeLists.append({ oid, std::move(items) });
    };
    auto start = [&](const QString &column, const char *dataType, const i18n::LocalizedText &question) {
        m_xml->writeStartElement(QStringLiteral("ItemDef"));
        m_xml->writeAttribute(QStringLiteral("OID"), itemOid(formCode, column));
        m_xml->writeAttribute(QStringLiteral("Name"), column);
        m_xml->writeAttribute(QStringLiteral("DataType"), QLatin1String(dataType));
        if (qstrcmp(dataType, "text") == 0)
            m_xml->writeAttribute(QStringLiteral("Length"), QStringLiteral("4000"));
        else if (qstrcmp(dataType, "integer") == 0)
            m_xml->writeAttribute(QStringLiteral("Length"), QStringLiteral("10"));
        else if (qstrcmp(dataType, "float") == 0) {
            m_xml->writeAttribute(QStringLiteral("Length"), QStringLiteral("16"));
            m_xml->writeAttribute(QStringLiteral("SignificantDigits"), QString::number(item.precision));
        }
        if (!question.fr.isEmpty() || !question.en.isEmpty())
            writeTranslated(QStringLiteral("Question"), question);
        if (!item.unit.isEmpty()) {
            m_xml->writeEmptyElement(QStringLiteral("MeasurementUnitRef"));
            m_xml->writeAttribute(QStringLiteral("MeasurementUnitOID"), QStringLiteral("MU.") + oidPart(item.unit));
        }
    };
    auto range = [&](const char *comparator, double value) {
        m_xml->writeStartElement(QStringLiteral("RangeCheck"));
        m_xml->writeAttribute(QStringLiteral("Comparator"), QLatin1String(comparator));
        m_xml->writeAttribute(QStringLiteral("SoftHard"), QStringLiteral("Hard"));
        m_xml->writeTextElement(QStringLiteral("CheckValue"), number(value));
        m_xml->writeEndElement();
    };
    auto codeListRef = [&](const QString &oid) {
        m_xml->writeEmptyElement(QStringLiteral("CodeListRef"));
        m_xml->writeAttribute(QStringLiteral("CodeListOID"), oid);
    };

    if (item.type == ItemType::MultipleChoice) {
        addCodeList(QStringLiteral("CL.CHECKED"),
                    { { QStringLiteral("1"), { QStringLiteral("Coché"), QStringLiteral("Selected") } },
                      { QStringLiteral("0"), { QStringLiteral("Non coché"), QStringLiteral("Not selected") } } });
        for (const forms::Choice &choice : item.choices) {
            start(item.code + QStringLiteral("___") + choice.code, "integer",
                  { item.label.fr + QStringLiteral(" : ") + choice.label.fr,
                    item.label.en + QStringLiteral(": ") + choice.label.en });
            codeListRef(QStringLiteral("CL.CHECKED"));
            m_xml->writeEndElement();
        }
        return;
    }
    const bool banded = item.type == ItemType::Computed && !item.bands.isEmpty();
    const char *dataType = "text";
    switch (item.type) {
    case ItemType::Integer:
    case ItemType::Scale:
    case ItemType::YesNo:
        dataType = "integer";
        break;
    case ItemType::Decimal:
        dataType = "float";
        break;
    case ItemType::Computed:
        dataType = banded ? "text" : "float";
        break;
    case ItemType::Date:
        dataType = "date";
        break;
    case ItemType::Text:
    case ItemType::SingleChoice:
    case ItemType::MultipleChoice:
        break;
    }
    start(item.code, dataType, item.label);
    if (item.type == ItemType::Scale) {
        range("GE", item.scaleMin);
        range("LE", item.scaleMax);
    } else if (item.isNumeric() && !banded) {
        if (item.minimum)
            range("GE", *item.minimum);
        if (item.maximum)
            range("LE", *item.maximum);
    }
    if (item.type == ItemType::YesNo) {
        addCodeList(QStringLiteral("CL.YESNO"),
                    { { QStringLiteral("1"), { QStringLiteral("Oui"), QStringLiteral("Yes") } },
                      { QStringLiteral("0"), { QStringLiteral("Non"), QStringLiteral("No") } } });
        codeListRef(QStringLiteral("CL.YESNO"));
    } else if (item.type == ItemType::SingleChoice || banded) {
        const QString oid = QStringLiteral("CL.%1.%2").arg(formCode, item.code);
        QList<QPair<QString, i18n::LocalizedText>> codes;
        for (const forms::Choice &choice : item.choices)
            codes.append({ choice.code, choice.label });
        for (const forms::Band &band : item.bands)
            codes.append({ band.code, band.label });
        addCodeList(oid, codes);
        codeListRef(oid);
    }
    m_xml->writeEndElement(); // ItemDef
}

core::Status OdmExportWriter::writeAdminData()
{
    const core::Protocol &protocol = m_catalog.protocol();
    m_xml->writeStartElement(QStringLiteral("AdminData"));
    m_xml->writeAttribute(QStringLiteral("StudyOID"), studyOid(oidPart(protocol.trialCode)));
    if (m_settings.withAudit) {
        auto users = core::reporting::ExportAuditTrail::users(m_cut);
        if (!users)
            return users.error();
        for (const core::reporting::ExportUser &user : users.value()) {
            m_xml->writeStartElement(QStringLiteral("User"));
            m_xml->writeAttribute(QStringLiteral("OID"), QStringLiteral("USR.") + oidPart(user.username));
            m_xml->writeTextElement(QStringLiteral("LoginName"), user.username);
            m_xml->writeTextElement(QStringLiteral("DisplayName"), user.displayName);
            m_xml->writeEndElement();
        }
    }
    auto location = [&](const QString &oid, const QString &name, const char *type) {
        m_xml->writeStartElement(QStringLiteral("Location"));
        m_xml->writeAttribute(QStringLiteral("OID"), oid);
        m_xml->writeAttribute(QStringLiteral("Name"), name);
        m_xml->writeAttribute(QStringLiteral("LocationType"), QLatin1String(type));
        m_xml->writeEmptyElement(QStringLiteral("MetaDataVersionRef"));
        m_xml->writeAttribute(QStringLiteral("StudyOID"), studyOid(oidPart(protocol.trialCode)));
        m_xml->writeAttribute(QStringLiteral("MetaDataVersionOID"), kMetaDataVersion);
        m_xml->writeAttribute(QStringLiteral("EffectiveDate"), m_settings.dataCutUtc.date().toString(Qt::ISODate));
        m_xml->writeEndElement();
    };
    location(kCentralLocation, QStringLiteral("TrialDesk"), "Sponsor");
    for (const core::Site &site : protocol.sites)
        location(QStringLiteral("LOC.") + oidPart(site.code), site.nameEn.isEmpty() ? site.code : site.nameEn, "Site");
    m_xml->writeEndElement(); // AdminData
    return checkStream();
}

void OdmExportWriter::openSubject(const ExportEntry &entry)
{
    m_subject = entry.participantId;
    m_xml->writeStartElement(QStringLiteral("SubjectData"));
    m_xml->writeAttribute(QStringLiteral("SubjectKey"), entry.studyId);
    m_xml->writeEmptyElement(QStringLiteral("SiteRef"));
    m_xml->writeAttribute(QStringLiteral("LocationOID"), QStringLiteral("LOC.") + oidPart(entry.siteCode));
    m_xml->writeStartElement(QStringLiteral("StudyEventData"));
    m_xml->writeAttribute(QStringLiteral("StudyEventOID"), participantEventOid());
    m_xml->writeStartElement(QStringLiteral("FormData"));
    m_xml->writeAttribute(QStringLiteral("FormOID"), formOid(kParticipantForm));
    m_xml->writeStartElement(QStringLiteral("ItemGroupData"));
    m_xml->writeAttribute(QStringLiteral("ItemGroupOID"), itemGroupOid(kParticipantForm));
    auto item = [&](const QString &column, const QString &value) {
        if (value.isEmpty())
            return;
        m_xml->writeEmptyElement(QStringLiteral("ItemData"));
        m_xml->writeAttribute(QStringLiteral("ItemOID"), itemOid(kParticipantForm, column));
        m_xml->writeAttribute(QStringLiteral("Value"), value);
    };
    item(QStringLiteral("site"), entry.siteCode);
    if (m_settings.withArm)
        item(QStringLiteral("arm"), entry.arm);
    const QStringList identity = ExportEntryStream::identityExportNames();
    for (qsizetype i = 0; i < entry.identity.size() && i < identity.size(); ++i)
        item(identity.at(i), entry.identity.at(i));
    m_xml->writeEndElement(); // ItemGroupData
    m_xml->writeEndElement(); // FormData
    m_xml->writeEndElement(); // StudyEventData
}

void OdmExportWriter::closeSubject()
{
    if (m_eventOpen)
        m_xml->writeEndElement(); // StudyEventData
    m_eventOpen = false;
    if (m_subject >= 0)
        m_xml->writeEndElement(); // SubjectData
    m_subject = -1;
}

core::Status OdmExportWriter::write(const ExportEntry &entry)
{
    const FormLayout *layout = m_catalog.layout(entry.formCode);
    if (!layout)
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("Entry %1 is of form %2, which has no definition in this "
                                "workspace. Install the form's definition, then export again.")
                             .arg(entry.entryId)
                             .arg(entry.formCode));
    if (entry.participantId != m_subject) {
        closeSubject();
        openSubject(entry);
    }
    if (!m_eventOpen || entry.visitCode != m_eventCode) {
        if (m_eventOpen)
            m_xml->writeEndElement();
        m_xml->writeStartElement(QStringLiteral("StudyEventData"));
        m_xml->writeAttribute(QStringLiteral("StudyEventOID"), eventOid(entry.visitCode));
        m_eventOpen = true;
        m_eventCode = entry.visitCode;
    }
    m_xml->writeStartElement(QStringLiteral("FormData"));
    m_xml->writeAttribute(QStringLiteral("FormOID"), formOid(entry.formCode));
    if (layout->newest->repeating || entry.instance > 1)
        m_xml->writeAttribute(QStringLiteral("FormRepeatKey"), QString::number(entry.instance));
    m_xml->writeStartElement(QStringLiteral("ItemGroupData"));
    m_xml->writeAttribute(QStringLiteral("ItemGroupOID"), itemGroupOid(entry.formCode));
    for (const forms::Item &item : layout->items) {
        const ExportValue *value = entry.value(item.code);
        if (!value)
            continue;
        auto itemData = [&](const QString &column, const QString &text) {
            if (!value->missingCode.isEmpty()) {
                // ODM has no missing-data codes: a null value, the code as an annotation.
                m_xml->writeStartElement(QStringLiteral("ItemData"));
                m_xml->writeAttribute(QStringLiteral("ItemOID"), itemOid(entry.formCode, column));
                m_xml->writeAttribute(QStringLiteral("IsNull"), QStringLiteral("Yes"));
                m_xml->writeStartElement(QStringLiteral("Annotation"));
                m_xml->writeAttribute(QStringLiteral("SeqNum"), QStringLiteral("1"));
                m_xml->writeTextElement(QStringLiteral("Comment"), value->missingCode);
                m_xml->writeEndElement();
                m_xml->writeEndElement();
                return;
            }
            m_xml->writeEmptyElement(QStringLiteral("ItemData"));
            m_xml->writeAttribute(QStringLiteral("ItemOID"), itemOid(entry.formCode, column));
            m_xml->writeAttribute(QStringLiteral("Value"), text);
        };
        if (item.type == ItemType::MultipleChoice) {
            const QStringList selected = forms::FormValue::toCodes(value->value);
            for (const forms::Choice &choice : item.choices)
                itemData(item.code + QStringLiteral("___") + choice.code,
                         selected.contains(choice.code) ? QStringLiteral("1") : QStringLiteral("0"));
        } else {
            itemData(item.code, value->value);
        }
    }
    m_xml->writeEndElement(); // ItemGroupData
    m_xml->writeEndElement(); // FormData
    return checkStream();
}

core::Status OdmExportWriter::writeAuditRecords()
{
    // Form data only, read in core up to the data cut (ExportAuditTrail).
    core::reporting::ExportAuditTrail trail(m_cut);
    if (auto started = trail.start(); !started)
        return started;
    core::reporting::ExportAuditRow row;
    bool open = false;
    while (trail.next(row)) {
        if (!open) {
            m_xml->writeStartElement(QStringLiteral("AuditRecords"));
            open = true;
        }
        m_xml->writeStartElement(QStringLiteral("AuditRecord"));
        m_xml->writeAttribute(QStringLiteral("ID"), QStringLiteral("AR.") + QString::number(row.id));
        m_xml->writeEmptyElement(QStringLiteral("UserRef"));
        m_xml->writeAttribute(QStringLiteral("UserOID"), QStringLiteral("USR.") + oidPart(row.username));
        m_xml->writeEmptyElement(QStringLiteral("LocationRef"));
        m_xml->writeAttribute(QStringLiteral("LocationOID"), kCentralLocation);
        m_xml->writeTextElement(QStringLiteral("DateTimeStamp"), row.at);
        if (row.reason)
            m_xml->writeTextElement(QStringLiteral("ReasonForChange"), *row.reason);
        // SourceID: what changed, so the record can be matched to the entry and item.
        const QString oldValue = row.oldValue.value_or(QStringLiteral("(none)"));
        const QString newValue = row.newValue.value_or(QStringLiteral("(none)"));
        m_xml->writeTextElement(QStringLiteral("SourceID"),
                                QStringLiteral("%1 form_entry=%2 field=%3 old=%4 new=%5")
                                    .arg(row.action, row.entityId, row.field, oldValue, newValue));
        m_xml->writeEndElement();
        if (m_xml->hasError())
            break;
    }
    if (!trail.status())
        return trail.status();
    if (open)
        m_xml->writeEndElement();
    return checkStream();
}

core::Status OdmExportWriter::end()
{
    closeSubject();
    if (m_settings.withAudit)
        if (auto audit = writeAuditRecords(); !audit)
            return audit;
    m_xml->writeEndElement(); // ClinicalData
    m_xml->writeEndElement(); // ODM
    m_xml->writeEndDocument();
    return checkStream();
}

} // namespace trialdesk::reports
