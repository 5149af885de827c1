#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace trialdesk::tests {

// One run of a program: its exit code (-1 when it crashed or did not finish), standard output
// and standard error.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// Runs trialdesk-cli (or `program`) with `arguments`, writing `input` to its standard input: secrets
// go there, never into argv.
CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, const QString &program = {});

// Runs a command in a workspace as `user`: `secrets` holds the password line, then any further secret
// lines the command reads.
CliRun runCliAs(const QString &workspace, const QString &user, const QByteArray &secrets, const QStringList &arguments);

// The whole content of a file a command wrote; empty when it cannot be read.
QByteArray readFile(const QString &path);

} // namespace trialdesk::tests
