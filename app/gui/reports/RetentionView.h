#pragma once

#include "ReportContext.h"
#include "StatsTablesView.h"
#include "stats/RetentionReport.h"

#include <optional>

namespace trialdesk::gui {

// The Reports page's "retention" tab: reports::RetentionReport shown as tables, saved as PDF or CSV.
class RetentionView : public StatsTablesView
{
    Q_OBJECT

public:
    explicit RetentionView(core::TrialSession &session, QWidget *parent = nullptr);

    const std::optional<reports::RetentionTable> &table() const { return m_table; }

protected:
    core::Status compute() override;
    QList<reports::ReportDocument::Table> displayTables() const override;
    core::Status write(reports::StatsFormat format, const QString &path) const override;
    QString heading() const override;
    QString fileStem() const override;

private:
    std::optional<reports::RetentionTable> m_table;
    std::optional<reports::ReportContext> m_context;
};

} // namespace trialdesk::gui
