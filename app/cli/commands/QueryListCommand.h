#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// query list [--site CODE] [--entry ID] [--json]: the queries not closed of a site (every site the user
// may see by default), or every query of one entry.
class QueryListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("query list"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
