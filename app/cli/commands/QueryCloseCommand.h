#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// query close --query ID --note TEXT: the monitor closes an open or answered query.
class QueryCloseCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("query close"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
