#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// query raise (--entry ID | --participant ID [--visit CODE] --form CODE [--instance N]) --item CODE
// --question TEXT: a monitor questions one item of a saved form; prints the query number.
class QueryRaiseCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("query raise"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
