#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// visits reschedule --participant STUDY_ID --visit CODE --date YYYY-MM-DD --reason TEXT.
class VisitsRescheduleCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("visits reschedule"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
