#include "reports/export/CsvExportWriter.h"

#include "forms/FormValue.h"
#include "reports/export/ExportDirectory.h"
#include "reports/export/ExportEntryStream.h"

#include <QCoreApplication>

namespace trialdesk::reports {

using core::ErrorCode;
using core::makeError;
using forms::ItemType;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::CsvExportWriter)
};

QString both(const i18n::LocalizedText &text)
{
    if (text.fr == text.en)
        return text.en;
    return text.fr + QStringLiteral(" / ") + text.en;
}

QString number(double value)
{
    return QString::number(value, 'g', 15);
}

QString rangeOf(const forms::Item &item)
{
    if (item.type == ItemType::Scale)
        return QStringLiteral("%1..%2").arg(item.scaleMin).arg(item.scaleMax);
    if (!item.minimum && !item.maximum)
        return {};
    return QStringLiteral("%1..%2").arg(item.minimum ? number(*item.minimum) : QString(),
                                        item.maximum ? number(*item.maximum) : QString());
}

QString codesOf(const forms::Item &item)
{
    QStringList codes;
    if (item.type == ItemType::YesNo)
        codes << QStringLiteral("1 = Oui / Yes") << QStringLiteral("0 = Non / No");
    for (const forms::Choice &choice : item.choices)
        codes << choice.code + QStringLiteral(" = ") + both(choice.label);
    for (const forms::Band &band : item.bands)
        codes << band.code + QStringLiteral(" = ") + both(band.label);
    return codes.join(QStringLiteral(" | "));
}
} // namespace

CsvExportWriter::CsvExportWriter(const ExportCatalog &catalog, bool withArm, bool identifying)
    : m_catalog(catalog)
    , m_withArm(withArm)
    , m_identifying(identifying)
{
}

QString CsvExportWriter::formFileName(const QString &formCode)
{
    return QStringLiteral("form_%1.csv").arg(formCode.toLower());
}

QStringList CsvExportWriter::fileNames() const
{
    QStringList names { dictionaryFileName(), longFileName() };
    for (const QString &code : m_catalog.formCodes())
        names.append(formFileName(code));
    return names;
}

QStringList CsvExportWriter::fixedColumns() const
{
    QStringList columns { QStringLiteral("study_id"), QStringLiteral("site") };
    if (m_withArm)
        columns << QStringLiteral("arm");
    if (m_identifying)
        columns << ExportEntryStream::identityExportNames();
    columns << QStringLiteral("visit_code") << QStringLiteral("visit_date") << QStringLiteral("instance")
            << QStringLiteral("form_version") << QStringLiteral("state");
    return columns;
}

core::Status CsvExportWriter::begin(ExportDirectory &directory)
{
    auto dictionary = directory.create(dictionaryFileName());
    if (!dictionary)
        return dictionary.error();
    QByteArray text;
    writeDictionary(text);
    dictionary.value()->write(text);

    auto longFile = directory.create(longFileName());
    if (!longFile)
        return longFile.error();
    m_long = longFile.value();
    text.clear();
    appendCsvLine(text,
                  { QStringLiteral("study_id"), QStringLiteral("visit"), QStringLiteral("form"),
                    QStringLiteral("instance"), QStringLiteral("item"), QStringLiteral("value"),
                    QStringLiteral("missing_code") });
    m_long->write(text);

    for (const QString &code : m_catalog.formCodes()) {
        auto file = directory.create(formFileName(code));
        if (!file)
            return file.error();
        QStringList header = fixedColumns();
        for (const forms::Item &item : m_catalog.layout(code)->items)
            header << FormLayout::columnNames(item);
        text.clear();
        appendCsvLine(text, header);
        file.value()->write(text);
        m_formFiles.emplace(code, file.value());
    }
    return {};
}

void CsvExportWriter::writeDictionary(QByteArray &out) const
{
    appendCsvLine(out,
                  { QStringLiteral("variable"), QStringLiteral("form"), QStringLiteral("label_fr"),
                    QStringLiteral("label_en"), QStringLiteral("type"), QStringLiteral("codes"), QStringLiteral("unit"),
                    QStringLiteral("range"), QStringLiteral("missing_codes") });
    // The columns every tidy file starts with; their labels are the program's, in both languages.
    struct Fixed
    {
        QString variable;
        const char *fr;
        const char *en;
        const char *type;
    };
    QList<Fixed> fixed {
        { QStringLiteral("study_id"), "Numéro d'étude", "Study ID", "text" },
        { QStringLiteral("site"), "Site", "Site", "text" },
    };
    if (m_withArm)
        fixed.append(
            { QStringLiteral("arm"), "Groupe attribué (randomisation)", "Allocated arm (randomization)", "text" });
    if (m_identifying) {
        const QStringList identity = ExportEntryStream::identityExportNames();
        const char *labels[][2] = { { "Nom", "Last name" },
                                    { "Prénom", "First name" },
                                    { "Date de naissance", "Date of birth" },
                                    { "Numéro d'assurance maladie (RAMQ)", "Health insurance number (RAMQ)" },
                                    { "Téléphone", "Phone" },
                                    { "Courriel", "Email" },
                                    { "Langue", "Language" } };
        for (qsizetype i = 0; i < identity.size(); ++i)
            fixed.append({ identity.at(i), labels[i][0], labels[i][1], "identifying text" });
    }
    fixed.append({ QStringLiteral("visit_code"), "Visite (vide : hors visite)", "Visit (empty: unscheduled)", "text" });
    fixed.append({ QStringLiteral("visit_date"), "Date de la visite", "Visit date", "date" });
    fixed.append(
        { QStringLiteral("instance"), "Numéro d'occurrence du formulaire", "Form instance number", "integer" });
    fixed.append({ QStringLiteral("form_version"), "Version du formulaire", "Form version", "integer" });
    fixed.append({ QStringLiteral("state"), "État de la saisie", "Entry state", "text" });
    for (const Fixed &column : std::as_const(fixed)) {
        QStringList row { column.variable,
                          QString(),
                          QString::fromUtf8(column.fr),
                          QString::fromUtf8(column.en),
                          QString::fromUtf8(column.type),
                          QString(),
                          QString(),
                          QString(),
                          QString() };
        if (column.variable == QLatin1String("state"))
            row[5] = QStringLiteral("draft | complete | verified | locked");
        appendCsvLine(out, row);
    }

    for (const QString &code : m_catalog.formCodes()) {
        const FormLayout *layout = m_catalog.layout(code);
        for (const forms::Item &item : layout->items) {
            const QString missing = item.missingCodes.join(QStringLiteral(" | "));
            if (item.type == ItemType::MultipleChoice) {
                for (const forms::Choice &choice : item.choices) {
                    appendCsvLine(out,
                                  { item.code + QStringLiteral("___") + choice.code, code,
                                    item.label.fr + QStringLiteral(" : ") + choice.label.fr,
                                    item.label.en + QStringLiteral(": ") + choice.label.en,
                                    QStringLiteral("multiple_choice"),
                                    QStringLiteral("1 = selected / coché | 0 = not selected / non coché"), item.unit,
                                    QString(), missing });
                }
                continue;
            }
            appendCsvLine(out,
                          { item.code, code, item.label.fr, item.label.en, forms::itemTypeName(item.type),
                            codesOf(item), item.unit, rangeOf(item), missing });
        }
    }
}

core::Status CsvExportWriter::write(const ExportEntry &entry)
{
    const FormLayout *layout = m_catalog.layout(entry.formCode);
    const auto file = m_formFiles.find(entry.formCode);
    if (!layout || file == m_formFiles.end())
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("Entry %1 is of form %2, which has no definition in this "
                                "workspace. Install the form's definition, then export again.")
                             .arg(entry.entryId)
                             .arg(entry.formCode));
    // long.csv: one line per stored value; the entry's four leading fields are the same on each.
    m_prefix.resize(0);
    appendCsvField(m_prefix, entry.studyId);
    m_prefix += ',';
    appendCsvField(m_prefix, entry.visitCode);
    m_prefix += ',';
    appendCsvField(m_prefix, entry.formCode);
    m_prefix += ',';
    m_prefix += QByteArray::number(entry.instance);
    m_prefix += ',';
    m_line.resize(0);
    for (const ExportValue &value : entry.values) {
        m_line += m_prefix;
        appendCsvField(m_line, value.itemCode);
        m_line += ',';
        appendCsvField(m_line, value.value);
        m_line += ',';
        appendCsvField(m_line, value.missingCode);
        m_line += '\n';
    }
    if (!m_line.isEmpty() && m_long->write(m_line) < 0)
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not write %1: %2").arg(longFileName(), m_long->errorString()));

    // The tidy row.
    m_slots.fill(nullptr, layout->items.size());
    for (const ExportValue &value : entry.values) {
        const int position = layout->position.value(value.itemCode, -1);
        if (position >= 0)
            m_slots[position] = &value;
    }
    m_line.resize(0);
    appendCsvField(m_line, entry.studyId);
    m_line += ',';
    appendCsvField(m_line, entry.siteCode);
    if (m_withArm) {
        m_line += ',';
        appendCsvField(m_line, entry.arm);
    }
    for (const QString &identity : entry.identity) {
        m_line += ',';
        appendCsvField(m_line, identity);
    }
    m_line += ',';
    appendCsvField(m_line, entry.visitCode);
    m_line += ',';
    appendCsvField(m_line, entry.visitDate);
    m_line += ',';
    m_line += QByteArray::number(entry.instance);
    m_line += ',';
    m_line += QByteArray::number(entry.formVersion);
    m_line += ',';
    appendCsvField(m_line, entry.state);
    for (qsizetype i = 0; i < layout->items.size(); ++i) {
        const forms::Item &item = layout->items.at(i);
        const ExportValue *value = m_slots.at(i);
        if (item.type != ItemType::MultipleChoice) {
            m_line += ',';
            if (value)
                appendCsvField(m_line, value->missingCode.isEmpty() ? value->value : value->missingCode);
            continue;
        }
        const QStringList selected
            = value && value->missingCode.isEmpty() ? forms::FormValue::toCodes(value->value) : QStringList();
        for (const forms::Choice &choice : item.choices) {
            m_line += ',';
            if (!value)
                continue;
            if (!value->missingCode.isEmpty())
                appendCsvField(m_line, value->missingCode);
            else
                m_line += selected.contains(choice.code) ? '1' : '0';
        }
    }
    m_line += '\n';
    if (file->second->write(m_line) < 0)
        return makeError(
            ErrorCode::Storage,
            Tr::tr("Could not write %1: %2").arg(formFileName(entry.formCode), file->second->errorString()));
    return {};
}

core::Status CsvExportWriter::end()
{
    return {};
}

} // namespace trialdesk::reports
