#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// site add --code CODE --name-fr TEXT --name-en TEXT --time-zone TZ --reason TEXT (administrator)
class SiteAddCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("site add"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

// site list [--json]
class SiteListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("site list"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
