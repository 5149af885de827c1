#pragma once

#include "Command.h"

namespace trialdesk::cli {

// key rotate --reason TEXT: re-encrypts the database under a new key; prints the new recovery code.
class KeyRotateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("key rotate"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
