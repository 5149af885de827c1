#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// query answer --query ID (--answer TEXT | --value JSON --reason TEXT): the site answers in words, or
// corrects the value (JSON as in "data enter" values files; the change is audited with the reason).
class QueryAnswerCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("query answer"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
