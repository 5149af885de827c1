#pragma once

#include "core/Result.h"
#include "core/protocol/Protocol.h"
#include "forms/FormDefinition.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <map>
#include <utility>

namespace trialdesk::core::reporting {

// The columns of one form in the exports: the items of every version of the form the workspace
// knows, the newest version's order first, then items only older versions had (so an entry of any
// version fits one table).
struct FormLayout
{
    QString code;
    const forms::FormDefinition *newest = nullptr;
    QList<forms::Item> items; // definition order, as above
    QHash<QString, int> position; // item code -> index in items

    // The export column names of an item: the item code, or for a multiple choice one column per
    // choice, `item___choice`.
    static QStringList columnNames(const forms::Item &item);
    int columnCount() const;
};

// What the exports need besides the rows: the protocol in force (trial, visits, sites), every form
// definition of the workspace (form_definitions, with the bundled definitions for versions not
// installed yet) and a layout per form. Read once before the data query; small.
class DataCut;

class ExportCatalog
{
public:
    // The protocol is the cut's (loaded once when the cut was opened); needs a cut opened for
    // CutPurpose::Export.
    static Result<ExportCatalog> load(const DataCut &cut);

    // Layouts point into the definitions: movable (the map's nodes stay), never copied.
    ExportCatalog(ExportCatalog &&) = default;
    ExportCatalog &operator=(ExportCatalog &&) = default;
    ExportCatalog(const ExportCatalog &) = delete;
    ExportCatalog &operator=(const ExportCatalog &) = delete;

    const Protocol &protocol() const { return m_protocol; }
    int protocolVersion() const { return m_protocolVersion; }
    // Form codes in export order: the schedule's forms in visit order, the unscheduled forms, then
    // any other form that has a definition.
    const QStringList &formCodes() const { return m_formCodes; }
    const FormLayout *layout(const QString &formCode) const;
    const forms::FormDefinition *definition(const QString &formCode, int version) const;
    // Visit codes in protocol order, and a visit's position (unknown codes: after every visit).
    const QStringList &visitCodes() const { return m_visitCodes; }
    const ProtocolVisit *visit(const QString &code) const { return m_protocol.schedule.visit(code); }
    // The forms expected at a visit code (the unscheduled forms for an empty code).
    QStringList formsOfVisit(const QString &visitCode) const;

private:
    ExportCatalog() = default;

    Protocol m_protocol;
    int m_protocolVersion = 0;
    std::map<std::pair<QString, int>, forms::FormDefinition> m_definitions;
    std::map<QString, FormLayout> m_layouts;
    QStringList m_formCodes;
    QStringList m_visitCodes;
};

} // namespace trialdesk::core::reporting
