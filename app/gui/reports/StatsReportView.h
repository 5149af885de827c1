#pragma once

#include "app/gui/reports/StatsTablesView.h"
#include "reports/ReportContext.h"

#include <optional>
#include <type_traits>
#include <utility>

namespace trialdesk::gui {

// One tab of the Reports page for a statistical report (reports::BaselineReport, RetentionReport or
// OutcomeReport): the report computed with its context, shown as tables, saved as PDF or CSV.
// StatsTablesView does the showing and saving; this adds only what differs between reports.
template <class Report> class StatsReportView final : public StatsTablesView
{
public:
    using Table = std::decay_t<decltype(Report::compute(std::declval<core::TrialSession &>()).value())>;

    // objectName: "baselineView"; fileStem: the suggested file name ("baseline").
    StatsReportView(core::TrialSession &session, const QString &objectName, QString fileStem, QWidget *parent = nullptr)
        : StatsTablesView(session, parent)
        , m_fileStem(std::move(fileStem))
    {
        setObjectName(objectName);
        retranslate();
    }

    const std::optional<Table> &table() const { return m_table; }

protected:
    core::Status compute() override
    {
        m_table.reset();
        m_context.reset();
        auto table = Report::compute(session());
        if (!table)
            return table.error();
        auto context = reports::ReportContext::forSession(session());
        if (!context)
            return context.error();
        m_table = std::move(table).value();
        m_context = std::move(context).value();
        return {};
    }
    QList<reports::ReportDocument::Table> displayTables() const override
    {
        return m_table ? Report::displayTables(*m_table) : QList<reports::ReportDocument::Table> {};
    }
    core::Status write(reports::StatsFormat format, const QString &path) const override
    {
        if (!m_table || !m_context)
            return noReportYet();
        return Report::write(*m_table, *m_context, format, path);
    }
    QString heading() const override { return Report::title(); }
    QString fileStem() const override { return m_fileStem; }

private:
    QString m_fileStem;
    std::optional<Table> m_table;
    std::optional<reports::ReportContext> m_context;
};

} // namespace trialdesk::gui
