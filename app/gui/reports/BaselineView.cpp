#include "BaselineView.h"

#include "ReportContext.h"

namespace trialdesk::gui {

BaselineView::BaselineView(core::TrialSession &session, QWidget *parent)
    : StatsTablesView(session, parent)
{
    setObjectName(QStringLiteral("baselineView"));
    retranslate();
}

core::Status BaselineView::compute()
{
    m_table.reset();
    m_context.reset();
    auto table = reports::BaselineReport::compute(session());
    if (!table)
        return table.error();
    auto context = reports::ReportContext::forSession(session());
    if (!context)
        return context.error();
    m_table = std::move(table).value();
    m_context = std::move(context).value();
    return {};
}

QList<reports::ReportDocument::Table> BaselineView::displayTables() const
{
    return m_table ? reports::BaselineReport::displayTables(*m_table) : QList<reports::ReportDocument::Table> {};
}

core::Status BaselineView::write(reports::StatsFormat format, const QString &path) const
{
    if (!m_table || !m_context)
        return core::makeError(core::ErrorCode::NotFound, tr("There is no report to save yet: refresh it first."));
    return reports::BaselineReport::write(*m_table, *m_context, format, path);
}

QString BaselineView::heading() const
{
    return reports::BaselineReport::title();
}

QString BaselineView::fileStem() const
{
    return QStringLiteral("baseline");
}

} // namespace trialdesk::gui
