#include "tests/support/CliProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

namespace trialdesk::test {

CliTextRun asText(const CliRun &run)
{
    return { run.code, QString::fromUtf8(run.out), QString::fromUtf8(run.err) };
}

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

bool isOwnerOnlyFile(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeOwner;
    const QFileInfo info(path);
    return info.isFile() && !info.isSymLink() && (info.permissions() & others) == 0
        && (info.permissions() & (QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QJsonObject jsonObject(const QByteArray &output)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

} // namespace trialdesk::test
