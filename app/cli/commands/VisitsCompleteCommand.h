#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// visits complete --participant STUDY_ID --visit CODE --date YYYY-MM-DD: the visit took place.
class VisitsCompleteCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("visits complete"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
