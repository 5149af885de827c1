#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// demo populate --participants N --seed HEX: fills a demo trial with a synthetic trial through the services.
class DemoPopulateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("demo populate"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
