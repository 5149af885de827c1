#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// log export --output FILE: the randomization log as CSV (audited).
class LogExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("log export"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

// log verify [--json]: every allocation against the stream, gaps, duplicates and the audit chain;
// exit code 3 on any problem.
class LogVerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("log verify"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
