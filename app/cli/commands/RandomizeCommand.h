#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// randomize --participant STUDY_ID: the signature password is the second line of standard input; prints the arm code.
class RandomizeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("randomize"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
