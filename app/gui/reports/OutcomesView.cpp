#include "OutcomesView.h"

#include "ReportContext.h"

namespace trialdesk::gui {

OutcomesView::OutcomesView(core::TrialSession &session, QWidget *parent)
    : StatsTablesView(session, parent)
{
    setObjectName(QStringLiteral("outcomesView"));
    retranslate();
}

core::Status OutcomesView::compute()
{
    m_table.reset();
    m_context.reset();
    auto table = reports::OutcomeReport::compute(session());
    if (!table)
        return table.error();
    auto context = reports::ReportContext::forSession(session());
    if (!context)
        return context.error();
    m_table = std::move(table).value();
    m_context = std::move(context).value();
    return {};
}

QList<reports::ReportDocument::Table> OutcomesView::displayTables() const
{
    return m_table ? reports::OutcomeReport::displayTables(*m_table) : QList<reports::ReportDocument::Table> {};
}

core::Status OutcomesView::write(reports::StatsFormat format, const QString &path) const
{
    if (!m_table || !m_context)
        return core::makeError(core::ErrorCode::NotFound, tr("There is no report to save yet: refresh it first."));
    return reports::OutcomeReport::write(*m_table, *m_context, format, path);
}

QString OutcomesView::heading() const
{
    return reports::OutcomeReport::title();
}

QString OutcomesView::fileStem() const
{
    return QStringLiteral("outcomes");
}

} // namespace trialdesk::gui
