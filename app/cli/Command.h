#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace trialdesk::cli {

// The command line's exit codes are a contract: scripts and monitors depend on them.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitRefused = 1, // refused or invalid input; the message is on stderr
    ExitUsage = 2, // usage error
    ExitVerification = 3, // a verification found a problem
};

class CommandContext;

// One command of trialdesk-cli: one small class on this base (as keepassxc-cli does).
class Command
{
public:
    virtual ~Command() = default;

    // The words that select the command, e.g. "user add" or "audit verify".
    virtual QString name() const = 0;
    // One translated line for --help.
    virtual QString summary() const = 0;
    // Options besides the global ones (--workspace, --user, --password-stdin).
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Names of positional arguments after the command words, for help and arity checks, e.g. {"NAME"}.
    virtual QStringList positionalNames() const { return {}; }

    virtual int run(CommandContext &context) = 0;
};

} // namespace trialdesk::cli
