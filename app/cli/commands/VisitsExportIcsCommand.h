#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// visits export-ics --site CODE --output FILE: the planned visits as an iCalendar file.
class VisitsExportIcsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("visits export-ics"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
