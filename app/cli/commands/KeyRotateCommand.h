#pragma once

#include "app/cli/Command.h"

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

namespace trialdesk::cli {

// key status: the accounts that cannot sign in until they get a new password (slots left stale by a key
// rotation, or missing), one per line; exit 3 when there are any.
class KeyStatusCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("key status"); }
    QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
