#pragma once

#include "ReportContext.h"
#include "StatsTablesView.h"
#include "stats/BaselineReport.h"

#include <optional>

namespace trialdesk::gui {

// The Reports page's "baseline" tab: reports::BaselineReport shown as tables, saved as PDF or CSV.
class BaselineView : public StatsTablesView
{
    Q_OBJECT

public:
    explicit BaselineView(core::TrialSession &session, QWidget *parent = nullptr);

    const std::optional<reports::BaselineTable> &table() const { return m_table; }

protected:
    core::Status compute() override;
    QList<reports::ReportDocument::Table> displayTables() const override;
    core::Status write(reports::StatsFormat format, const QString &path) const override;
    QString heading() const override;
    QString fileStem() const override;

private:
    std::optional<reports::BaselineTable> m_table;
    std::optional<reports::ReportContext> m_context;
};

} // namespace trialdesk::gui
