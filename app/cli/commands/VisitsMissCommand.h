#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// visits miss --participant STUDY_ID --visit CODE --reason TEXT: the visit will not take place.
class VisitsMissCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("visits miss"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
