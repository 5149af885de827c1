#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// visits overdue --site CODE --as-of DATE [--json]: every planned visit of a site whose target is before the day.
class VisitsOverdueCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("visits overdue"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
