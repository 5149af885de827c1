#include "RetentionView.h"

#include "ReportContext.h"

namespace trialdesk::gui {

RetentionView::RetentionView(core::TrialSession &session, QWidget *parent)
    : StatsTablesView(session, parent)
{
    setObjectName(QStringLiteral("retentionView"));
    retranslate();
}

core::Status RetentionView::compute()
{
    m_table.reset();
    m_context.reset();
    auto table = reports::RetentionReport::compute(session());
    if (!table)
        return table.error();
    auto context = reports::ReportContext::forSession(session());
    if (!context)
        return context.error();
    m_table = std::move(table).value();
    m_context = std::move(context).value();
    return {};
}

QList<reports::ReportDocument::Table> RetentionView::displayTables() const
{
    return m_table ? reports::RetentionReport::displayTables(*m_table) : QList<reports::ReportDocument::Table> {};
}

core::Status RetentionView::write(reports::StatsFormat format, const QString &path) const
{
    if (!m_table || !m_context)
        return core::makeError(core::ErrorCode::NotFound, tr("There is no report to save yet: refresh it first."));
    return reports::RetentionReport::write(*m_table, *m_context, format, path);
}

QString RetentionView::heading() const
{
    return reports::RetentionReport::title();
}

QString RetentionView::fileStem() const
{
    return QStringLiteral("retention");
}

} // namespace trialdesk::gui
