#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace trialdesk::test {

// One run of a program: its exit code (-1 when it crashed or did not finish), standard output
// and standard error.
struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// The same run with its outputs read as text (UTF-8), for tests that compare them with QStrings.
struct CliTextRun
{
    int code = -1;
    QString out;
    QString err;
};
CliTextRun asText(const CliRun &run);

// Runs trialdesk-cli (or `program`) with `arguments`, writing `input` to its standard input: secrets
// go there, never into argv.
CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, const QString &program = {});

// Runs a command in a workspace as `user`: `secrets` holds the password line, then any further secret
// lines the command reads.
CliRun runCliAs(const QString &workspace, const QString &user, const QByteArray &secrets, const QStringList &arguments);

// The whole content of a file a command wrote; empty when it cannot be read.
QByteArray readFile(const QString &path);

// Whether path is a regular file (not a symbolic link) that only its owner may read and write
// (0600), as every file TrialDesk writes is, whatever the umask.
bool isOwnerOnlyFile(const QString &path);

// The JSON object a command printed (`--json`); an empty object when the output is not one.
QJsonObject jsonObject(const QByteArray &output);

} // namespace trialdesk::test
