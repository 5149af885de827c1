#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// enroll --site CODE --stratum FACTOR=LEVEL[,FACTOR=LEVEL] --consent-version V --consent-date YYYY-MM-DD [--eligibility
// FILE] [--identity FILE]: screens (eligible), records consent, registers; prints the study ID.
class EnrollCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("enroll"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
