#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// form validate FILE: checks a case report form definition (JSON) as the workspace would on load,
// without a workspace. Exit 0 when valid (a one-line summary on stdout), 1 with the problem on
// stderr, naming the file, the item and what is wrong.
class FormValidateCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QStringList positionalNames() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
