#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// withdraw --participant STUDY_ID --scope intervention|follow-up|data --reason TEXT [--date YYYY-MM-DD].
class WithdrawCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("withdraw"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
