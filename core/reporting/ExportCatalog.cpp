#include "core/reporting/ExportCatalog.h"

#include "core/reporting/DataCut.h"
#include "core/sql/SqlUtil.h"
#include "core/workspace/TrialSession.h"
#include "forms/BundledForms.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace trialdesk::core::reporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::ExportCatalog)
};
} // namespace

QStringList FormLayout::columnNames(const forms::Item &item)
{
    if (item.type != forms::ItemType::MultipleChoice)
        return { item.code };
    QStringList names;
    for (const forms::Choice &choice : item.choices)
        names.append(item.code + QStringLiteral("___") + choice.code);
    return names;
}

int FormLayout::columnCount() const
{
    int count = 0;
    for (const forms::Item &item : items)
        count += item.type == forms::ItemType::MultipleChoice ? int(item.choices.size()) : 1;
    return count;
}

Result<ExportCatalog> ExportCatalog::load(const DataCut &cut)
{
    if (Status allowed = cut.requirePurpose({ CutPurpose::Export }, QStringLiteral("ExportCatalog")); !allowed)
        return allowed.error();
    ExportCatalog catalog;
    catalog.m_protocol = cut.protocol();
    catalog.m_protocolVersion = cut.protocolVersion();

    auto rows = exec(cut.session().database(),
                     QStringLiteral("SELECT code, version, definition FROM form_definitions "
                                    "ORDER BY code, version"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QString code = rows->value(0).toString();
        const int version = rows->value(1).toInt();
        auto parsed = forms::FormDefinition::parse(rows->value(2).toByteArray(),
                                                   QStringLiteral("form_definitions %1 v%2").arg(code).arg(version));
        if (!parsed)
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("The stored definition of form %1 version %2 cannot be read: %3")
                                 .arg(code)
                                 .arg(version)
                                 .arg(parsed.error()));
        catalog.m_definitions.emplace(std::make_pair(code, version), std::move(parsed).value());
    }
    // A workspace may hold no entry of a form yet: its bundled definition still describes the columns.
    for (forms::FormDefinition &bundled : forms::BundledForms::all()) {
        const auto key = std::make_pair(bundled.code, bundled.version);
        if (catalog.m_definitions.find(key) == catalog.m_definitions.end())
            catalog.m_definitions.emplace(key, std::move(bundled));
    }

    const VisitSchedule &schedule = catalog.m_protocol.schedule;
    for (const ProtocolVisit &visit : schedule.visits) {
        catalog.m_visitCodes.append(visit.code);
        for (const QString &form : visit.forms)
            if (!catalog.m_formCodes.contains(form))
                catalog.m_formCodes.append(form);
    }
    for (const QString &form : schedule.unscheduledForms)
        if (!catalog.m_formCodes.contains(form))
            catalog.m_formCodes.append(form);
    for (const auto &[key, definition] : catalog.m_definitions)
        if (!catalog.m_formCodes.contains(key.first))
            catalog.m_formCodes.append(key.first);

    // Layouts: newest version first, then older versions' extra items.
    for (auto it = catalog.m_definitions.rbegin(); it != catalog.m_definitions.rend(); ++it) {
        FormLayout &layout = catalog.m_layouts[it->first.first];
        if (!layout.newest) {
            layout.code = it->first.first;
            layout.newest = &it->second;
        }
        for (const forms::Item &item : it->second.items) {
            if (layout.position.contains(item.code))
                continue;
            layout.position.insert(item.code, int(layout.items.size()));
            layout.items.append(item);
        }
    }
    // A protocol form with no definition at all cannot be exported: keep only what can be described.
    QStringList known;
    for (const QString &code : std::as_const(catalog.m_formCodes))
        if (catalog.m_layouts.count(code))
            known.append(code);
    catalog.m_formCodes = known;
    return catalog;
}

const FormLayout *ExportCatalog::layout(const QString &formCode) const
{
    const auto it = m_layouts.find(formCode);
    return it == m_layouts.end() ? nullptr : &it->second;
}

const forms::FormDefinition *ExportCatalog::definition(const QString &formCode, int version) const
{
    const auto it = m_definitions.find(std::make_pair(formCode, version));
    return it == m_definitions.end() ? nullptr : &it->second;
}

QStringList ExportCatalog::formsOfVisit(const QString &visitCode) const
{
    if (visitCode.isEmpty())
        return m_protocol.schedule.unscheduledForms;
    const ProtocolVisit *found = visit(visitCode);
    return found ? found->forms : QStringList();
}

} // namespace trialdesk::core::reporting
