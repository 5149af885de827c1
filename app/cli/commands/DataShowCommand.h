#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// data show --participant ID [--json]: every form entry of the participant the user may see, in visit
// order, with its state and values (canonical text; missing-data codes as {"missing": code} in JSON).
class DataShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("data show"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
