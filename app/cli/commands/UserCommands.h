#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// user add --new-user NAME --role ROLE [--display-name TEXT] [--site CODE]
// (the new user's initial password is the second line of standard input)
class UserAddCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("user add"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

// user list [--json]
class UserListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("user list"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

// user deactivate NAME --reason TEXT
class UserDeactivateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("user deactivate"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QStringList positionalNames() const override { return { QStringLiteral("NAME") }; }
    int run(CommandContext &context) override;
};

// user set-role NAME --role ROLE --reason TEXT
class UserSetRoleCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("user set-role"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QStringList positionalNames() const override { return { QStringLiteral("NAME") }; }
    int run(CommandContext &context) override;
};

// user reset-password NAME --reason TEXT (the new password is the second line of standard input)
class UserResetPasswordCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("user reset-password"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    QStringList positionalNames() const override { return { QStringLiteral("NAME") }; }
    int run(CommandContext &context) override;
};

// password change (current password first line, new password second line)
class PasswordChangeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("password change"); }
    QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli

namespace trialdesk::cli {

// password recover (--workspace DIR --user ADMIN --password-stdin): the recovery code on the first line
// of standard input, the administrator's new password on the second (the GUI's "Forgot your password").
class PasswordRecoverCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("password recover"); }
    QString summary() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
