#include "support/CliProcess.h"

#include <QFile>
#include <QProcess>

namespace trialdesk::tests {

CliRun runCli(const QStringList &arguments, const QByteArray &input, const QString &program)
{
    QProcess process;
    process.setProgram(program.isEmpty() ? QStringLiteral(TRIALDESK_CLI_PATH) : program);
    process.setArguments(arguments);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    // Generous: key derivation (Argon2id, 64 MiB) runs for every login on a loaded 2-core machine.
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRun runCliAs(const QString &workspace, const QString &user, const QByteArray &secrets, const QStringList &arguments)
{
    return runCli(QStringList { QStringLiteral("--workspace"), workspace, QStringLiteral("--user"), user,
                                QStringLiteral("--password-stdin") }
                      + arguments,
                  secrets);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace trialdesk::tests
