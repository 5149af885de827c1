#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// screen --site CODE --outcome not-eligible|declined|other --reason TEXT [--date YYYY-MM-DD] [--age N] [--sex F|M|X]:
// records a screening that did not lead to enrollment; prints the screening number.
class ScreenCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("screen"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
