#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// report consort --format json|png|svg|pdf --output FILE: the CONSORT flow diagram
// (numbers as JSON, or the diagram); unblinded roles only (ReportByArm).
class ReportConsortCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
