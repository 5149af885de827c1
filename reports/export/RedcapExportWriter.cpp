#include "reports/export/RedcapExportWriter.h"

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
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::RedcapExportWriter)
};

const QString kParticipantInstrument = QStringLiteral("participant");

QString redcapName(const QString &text)
{
    QString out = text.toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_]"));
    out.replace(other, QStringLiteral("_"));
    return out;
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

// REDCap's form status: 0 Incomplete, 1 Unverified, 2 Complete.
QString completeStatus(const QString &state)
{
    if (state == QLatin1String("verified") || state == QLatin1String("locked"))
        return QStringLiteral("2");
    if (state == QLatin1String("complete"))
        return QStringLiteral("1");
    return QStringLiteral("0");
}
} // namespace

RedcapExportWriter::RedcapExportWriter(const ExportCatalog &catalog, bool withArm, bool identifying)
    : m_catalog(catalog)
    , m_withArm(withArm)
    , m_identifying(identifying)
{
    buildFields();
}

QString RedcapExportWriter::eventName(const QString &visitCode)
{
    return (visitCode.isEmpty() ? QStringLiteral("unscheduled") : redcapName(visitCode)) + QStringLiteral("_arm_1");
}

QStringList RedcapExportWriter::dictionaryHeader()
{
    return { QStringLiteral("Variable / Field Name"),
             QStringLiteral("Form Name"),
             QStringLiteral("Section Header"),
             QStringLiteral("Field Type"),
             QStringLiteral("Field Label"),
             QStringLiteral("Choices, Calculations, OR Slider Labels"),
             QStringLiteral("Field Note"),
             QStringLiteral("Text Validation Type OR Show Slider Number"),
             QStringLiteral("Text Validation Min"),
             QStringLiteral("Text Validation Max"),
             QStringLiteral("Identifier?"),
             QStringLiteral("Branching Logic (Show field only if...)"),
             QStringLiteral("Required Field?"),
             QStringLiteral("Custom Alignment"),
             QStringLiteral("Question Number (surveys only)"),
             QStringLiteral("Matrix Group Name"),
             QStringLiteral("Matrix Ranking?"),
             QStringLiteral("Field Annotation") };
}

QString RedcapExportWriter::fieldName(const QString &formCode, const QString &itemCode) const
{
    const QString plain = redcapName(itemCode);
    // REDCap field names are unique across the project: a code two forms share is prefixed.
    if (m_itemCodeUses.value(plain) > 1)
        return redcapName(formCode) + QLatin1Char('_') + plain;
    return plain;
}

void RedcapExportWriter::buildFields()
{
    for (const QString &code : m_catalog.formCodes())
        for (const forms::Item &item : m_catalog.layout(code)->items)
            m_itemCodeUses[redcapName(item.code)] += 1;
    m_columns = { QStringLiteral("record_id"), QStringLiteral("redcap_event_name"),
                  QStringLiteral("redcap_repeat_instrument"), QStringLiteral("redcap_repeat_instance"),
                  QStringLiteral("site") };
    if (m_withArm)
        m_columns << QStringLiteral("trial_arm");
    if (m_identifying)
        m_columns << ExportEntryStream::identityExportNames();
    m_columns << kParticipantInstrument + QStringLiteral("_complete");
    for (const QString &code : m_catalog.formCodes()) {
        for (const forms::Item &item : m_catalog.layout(code)->items) {
            const QString name = fieldName(code, item.code);
            m_fields.append({ code, &item, name });
            if (item.type != ItemType::MultipleChoice) {
                m_columns << name;
                continue;
            }
            for (const forms::Choice &choice : item.choices)
                m_columns << name + QStringLiteral("___") + redcapName(choice.code);
            // REDCap shows a checkbox's missing-data codes as extra checkbox columns.
            for (const QString &missing : item.missingCodes)
                m_columns << name + QStringLiteral("___") + redcapName(missing);
        }
        m_columns << instrumentName(code) + QStringLiteral("_complete");
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        m_column.insert(m_columns.at(i), int(i));
}

QStringList RedcapExportWriter::fileNames() const
{
    return { dataFileName(), dictionaryFileName(), eventMappingFileName() };
}

void RedcapExportWriter::writeDictionary(QByteArray &out) const
{
    appendCsvLine(out, dictionaryHeader());
    auto row = [&](const QString &name, const QString &form, const QString &type, const QString &label) {
        QStringList fields(18);
        fields[0] = name;
        fields[1] = form;
        fields[3] = type;
        fields[4] = label;
        return fields;
    };
    QStringList recordId
        = row(QStringLiteral("record_id"), kParticipantInstrument, QStringLiteral("text"), QStringLiteral("Study ID"));
    recordId[6] = QStringLiteral("Numéro d'étude");
    appendCsvLine(out, recordId);
    QStringList site
        = row(QStringLiteral("site"), kParticipantInstrument, QStringLiteral("text"), QStringLiteral("Site"));
    appendCsvLine(out, site);
    if (m_withArm) {
        QStringList arm = row(QStringLiteral("trial_arm"), kParticipantInstrument, QStringLiteral("text"),
                              QStringLiteral("Allocated arm (randomization)"));
        arm[6] = QStringLiteral("Groupe attribué (randomisation)");
        appendCsvLine(out, arm);
    }
    if (m_identifying) {
        for (const QString &column : ExportEntryStream::identityExportNames()) {
            QStringList identity = row(column, kParticipantInstrument, QStringLiteral("text"), column);
            identity[10] = QStringLiteral("y");
            if (column == QLatin1String("id_date_of_birth"))
                identity[7] = QStringLiteral("date_ymd");
            appendCsvLine(out, identity);
        }
    }
    for (const Field &field : m_fields) {
        const forms::Item &item = *field.item;
        QStringList fields = row(field.name, instrumentName(field.formCode), QStringLiteral("text"), item.label.en);
        fields[6] = item.label.fr;
        fields[12] = item.required ? QStringLiteral("y") : QString();
        QStringList choices;
        QStringList annotation;
        switch (item.type) {
        case ItemType::Integer:
            fields[7] = QStringLiteral("integer");
            break;
        case ItemType::Scale:
            fields[7] = QStringLiteral("integer");
            fields[8] = QString::number(item.scaleMin);
            fields[9] = QString::number(item.scaleMax);
            break;
        case ItemType::Decimal:
            fields[7] = QStringLiteral("number");
            break;
        case ItemType::Date:
            fields[7] = QStringLiteral("date_ymd");
            break;
        case ItemType::Text:
            fields[3] = QStringLiteral("notes");
            break;
        case ItemType::YesNo:
            fields[3] = QStringLiteral("yesno");
            break;
        case ItemType::SingleChoice:
            fields[3] = QStringLiteral("radio");
            break;
        case ItemType::MultipleChoice:
            fields[3] = QStringLiteral("checkbox");
            break;
        case ItemType::Computed:
            annotation << QStringLiteral("@READONLY");
            if (item.bands.isEmpty())
                fields[7] = QStringLiteral("number");
            else
                fields[3] = QStringLiteral("dropdown");
            if (!item.formula.isEmpty())
                annotation << QStringLiteral("TrialDesk formula: ") + item.formula;
            break;
        }
        if ((item.type == ItemType::Integer || item.type == ItemType::Decimal
             || (item.type == ItemType::Computed && item.bands.isEmpty()))) {
            if (item.minimum)
                fields[8] = number(*item.minimum);
            if (item.maximum)
                fields[9] = number(*item.maximum);
        }
        for (const forms::Choice &choice : item.choices)
            choices << redcapName(choice.code) + QStringLiteral(", ") + choice.label.en;
        for (const forms::Band &band : item.bands)
            choices << redcapName(band.code) + QStringLiteral(", ") + band.label.en;
        fields[5] = choices.join(QStringLiteral(" | "));
        if (!item.unit.isEmpty())
            fields[6] += QStringLiteral(" (%1)").arg(item.unit);
        if (!item.showIf.isEmpty())
            annotation << QStringLiteral("TrialDesk show-if: ") + item.showIf;
        if (!item.missingCodes.isEmpty())
            annotation << QStringLiteral("Missing data codes: ") + item.missingCodes.join(QStringLiteral(", "));
        fields[17] = annotation.join(QLatin1Char(' '));
        appendCsvLine(out, fields);
    }
}

QByteArray RedcapExportWriter::eventMapping() const
{
    QByteArray out;
    appendCsvLine(out, { QStringLiteral("arm_num"), QStringLiteral("unique_event_name"), QStringLiteral("form") });
    auto mapEvent = [&](const QString &visitCode, const QStringList &forms) {
        appendCsvLine(out, { QStringLiteral("1"), eventName(visitCode), kParticipantInstrument });
        for (const QString &form : forms)
            if (m_catalog.layout(form))
                appendCsvLine(out, { QStringLiteral("1"), eventName(visitCode), instrumentName(form) });
    };
    for (const core::ProtocolVisit &visit : m_catalog.protocol().schedule.visits)
        mapEvent(visit.code, visit.forms);
    mapEvent(QString(), m_catalog.protocol().schedule.unscheduledForms);
    return out;
}

core::Status RedcapExportWriter::begin(ExportDirectory &directory)
{
    auto data = directory.create(dataFileName());
    if (!data)
        return data.error();
    m_data = data.value();
    QByteArray text;
    appendCsvLine(text, m_columns);
    m_data->write(text);

    auto dictionary = directory.create(dictionaryFileName());
    if (!dictionary)
        return dictionary.error();
    text.clear();
    writeDictionary(text);
    dictionary.value()->write(text);

    auto mapping = directory.create(eventMappingFileName());
    if (!mapping)
        return mapping.error();
    mapping.value()->write(eventMapping());
    return {};
}

void RedcapExportWriter::startRow(const ExportEntry &entry, const QString &repeatInstrument, int repeatInstance)
{
    m_row = QStringList(m_columns.size());
    m_row[0] = entry.studyId;
    m_row[1] = eventName(entry.visitCode);
    if (!repeatInstrument.isEmpty()) {
        m_row[2] = repeatInstrument;
        m_row[3] = QString::number(repeatInstance);
        return;
    }
    m_row[m_column.value(QStringLiteral("site"))] = entry.siteCode;
    if (m_withArm)
        m_row[m_column.value(QStringLiteral("trial_arm"))] = entry.arm;
    const QStringList identity = ExportEntryStream::identityExportNames();
    for (qsizetype i = 0; i < entry.identity.size() && i < identity.size(); ++i)
        m_row[m_column.value(identity.at(i))] = entry.identity.at(i);
    m_row[m_column.value(kParticipantInstrument + QStringLiteral("_complete"))] = QStringLiteral("2");
}

void RedcapExportWriter::fillEntry(const ExportEntry &entry)
{
    const FormLayout *layout = m_catalog.layout(entry.formCode);
    for (const forms::Item &item : layout->items) {
        const ExportValue *value = entry.value(item.code);
        if (!value)
            continue;
        const QString name = fieldName(entry.formCode, item.code);
        if (item.type != ItemType::MultipleChoice) {
            m_row[m_column.value(name)] = value->missingCode.isEmpty() ? value->value : value->missingCode;
            continue;
        }
        const QStringList selected = forms::FormValue::toCodes(value->value);
        for (const forms::Choice &choice : item.choices)
            m_row[m_column.value(name + QStringLiteral("___") + redcapName(choice.code))]
                = value->missingCode.isEmpty() && selected.contains(choice.code) ? QStringLiteral("1")
                                                                                 : QStringLiteral("0");
        for (const QString &missing : item.missingCodes)
            m_row[m_column.value(name + QStringLiteral("___") + redcapName(missing))]
                = value->missingCode == missing ? QStringLiteral("1") : QStringLiteral("0");
    }
    m_row[m_column.value(instrumentName(entry.formCode) + QStringLiteral("_complete"))] = completeStatus(entry.state);
}

core::Status RedcapExportWriter::flushRow()
{
    if (!m_rowOpen)
        return {};
    m_rowOpen = false;
    m_line.resize(0);
    appendCsvLine(m_line, m_row);
    if (m_data->write(m_line) < 0)
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not write %1: %2").arg(dataFileName(), m_data->errorString()));
    return {};
}

core::Status RedcapExportWriter::write(const ExportEntry &entry)
{
    const FormLayout *layout = m_catalog.layout(entry.formCode);
    if (!layout)
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("Entry %1 is of form %2, which has no definition in this "
                                "workspace. Install the form's definition, then export again.")
                             .arg(entry.entryId)
                             .arg(entry.formCode));
    if (layout->newest->repeating) {
        // A repeating instrument has a row of its own; the pending visit row stays open.
        const QStringList pending = m_row;
        const bool wasOpen = m_rowOpen;
        m_rowOpen = true;
        startRow(entry, instrumentName(entry.formCode), entry.instance);
        fillEntry(entry);
        if (auto flushed = flushRow(); !flushed)
            return flushed;
        m_row = pending;
        m_rowOpen = wasOpen;
        return {};
    }
    if (!m_rowOpen || entry.participantId != m_rowParticipant || entry.visitCode != m_rowVisit) {
        if (auto flushed = flushRow(); !flushed)
            return flushed;
        startRow(entry, QString(), 0);
        m_rowOpen = true;
        m_rowParticipant = entry.participantId;
        m_rowVisit = entry.visitCode;
    }
    fillEntry(entry);
    return {};
}

core::Status RedcapExportWriter::end()
{
    return flushRow();
}

} // namespace trialdesk::reports
