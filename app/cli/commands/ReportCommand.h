#pragma once

#include "app/cli/Command.h"
#include "core/Result.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::reports {
struct ReportContext;
}

namespace trialdesk::cli {

// report consort|recruitment|randomization|baseline|retention|outcomes --format F --output FILE.
// One class for every report: the options and their checks (ReportOptions), the graphics check for
// the formats that draw, the session, the report's context (data cut, user, audit chain) and the
// "written to" line. Each report is an instance that says only how it computes and writes itself.
// Role refusals come from core (exit 1).
class ReportCommand : public Command
{
public:
    static std::unique_ptr<Command> consort();
    static std::unique_ptr<Command> recruitment();
    static std::unique_ptr<Command> randomization();
    static std::unique_ptr<Command> baseline();
    static std::unique_ptr<Command> retention();
    static std::unique_ptr<Command> outcomes();

    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;

    // What writing a report gives back: its title, and whether what it reports failed a check
    // that the command's exit code must show (the randomization log's verification: exit 3).
    struct Written
    {
        QString title;
        bool verificationFailed = false;
    };
    // Computes the report for the session and writes it in the format to the path.
    using Writer = std::function<core::Result<Written>(core::TrialSession &, const reports::ReportContext &,
                                                       const QString &format, const QString &path)>;

private:
    ReportCommand(QString name, std::function<QString()> summary, QStringList formats, Writer writer);

    QString m_name;
    std::function<QString()> m_summary; // translated when asked
    QStringList m_formats; // in the order the help lists them
    Writer m_writer;
};

} // namespace trialdesk::cli
