#pragma once

#include "app/cli/Command.h"

namespace trialdesk::cli {

// server init --server CONNINFO --trial-name NAME --admin NAME [--admin-display-name TEXT]
//             [--protocol FILE] --password-stdin
// Sets a trial up in an existing database of a trial server. Standard input: line 1 the password of
// the database owner's role named in CONNINFO (user=...; used once, never stored), line 2 the new
// administrator's password.
class ServerInitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("server init"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

// server upgrade --server CONNINFO --password-stdin
// Brings the trial server's schema up to this version of TrialDesk, as the database owner (line 1).
class ServerUpgradeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("server upgrade"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

// connect --workspace DIR --server CONNINFO
// Makes DIR (new or empty) a workspace of the trial on that server: every other command then works
// with --workspace DIR --user NAME --password-stdin, signing in with the user's server role.
class ConnectCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("connect"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;
};

} // namespace trialdesk::cli
