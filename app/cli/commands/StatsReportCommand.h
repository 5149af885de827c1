#pragma once

#include "app/cli/Command.h"
#include "core/Result.h"
#include "reports/stats/StatsSupport.h"

#include <functional>
#include <memory>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::cli {

// report baseline|retention|outcomes --format pdf|csv|json --output FILE: the statistical reports
// (reports/stats): Table 1 with the balance by stratum, retention and visit completion, and the
// descriptive outcome summary. All by arm, so refused (exit 1) for roles without report.by-arm. One
// class; each report is an instance that knows how to compute and write it.
class StatsReportCommand : public Command
{
public:
    static std::unique_ptr<Command> baseline();
    static std::unique_ptr<Command> retention();
    static std::unique_ptr<Command> outcomes();

    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;

private:
    // Computes the report for the session and writes it to the path; returns the report's title.
    using Write = std::function<core::Result<QString>(core::TrialSession &, reports::StatsFormat, const QString &)>;

    StatsReportCommand(QString name, std::function<QString()> summary, Write write);

    QString m_name;
    std::function<QString()> m_summary; // translated when asked
    Write m_write;
};

} // namespace trialdesk::cli
