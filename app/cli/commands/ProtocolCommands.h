#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// protocol show [--json] [--version N]: the protocol definition (--json) or a summary of a version.
class ProtocolShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("protocol show"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

// protocol amend --file FILE --reason TEXT: stores the file as the next protocol version; prints its number.
class ProtocolAmendCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("protocol amend"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
