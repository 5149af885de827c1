#include "InitCommand.h"

#include "CommandContext.h"
#include "GlobalOptions.h"
#include "SessionOpener.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

namespace trialdesk::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("trialdesk::cli::InitCommand", text);
}
} // namespace

QString InitCommand::summary() const
{
    return tr("Create a trial workspace; prints the recovery code.");
}

QList<QCommandLineOption> InitCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("trial-name"), tr("The trial's name."), tr("NAME")),
        QCommandLineOption(QStringLiteral("admin"), tr("The administrator's user name."), tr("NAME")),
        QCommandLineOption(QStringLiteral("admin-display-name"), tr("The administrator's full name."), tr("TEXT")),
        QCommandLineOption(QStringLiteral("protocol"), tr("A protocol file (JSON); the bundled default otherwise."),
                           tr("FILE")),
    };
}

int InitCommand::run(CommandContext &context)
{
    core::NewTrial trial;
    trial.directory = context.value(QString::fromLatin1(option::kWorkspace));
    trial.trialName = context.value(QStringLiteral("trial-name"));
    trial.adminUsername = context.value(QStringLiteral("admin"));
    trial.adminDisplayName = context.value(QStringLiteral("admin-display-name"));
    trial.protocolFile = context.value(QStringLiteral("protocol"));
    if (trial.directory.isEmpty() || trial.trialName.isEmpty() || trial.adminUsername.isEmpty()
        || !context.isSet(QString::fromLatin1(option::kPasswordStdin)))
        return context.fail(ExitUsage,
                            tr("init needs --workspace DIR --trial-name NAME --admin NAME "
                               "--password-stdin (the administrator's password on standard input)."));
    bool ok = false;
    trial.adminPassword = context.readSecretLine(&ok);
    if (!ok || trial.adminPassword.isEmpty())
        return context.fail(ExitUsage, tr("no password on standard input."));
    auto created = core::Workspace::create(trial, core::Clock::system());
    CommandContext::wipe(trial.adminPassword);
    if (!created)
        return reportError(context, created.error());
    context.out() << created.value() << Qt::endl;
    context.err() << tr("Trial workspace created. The line above is the recovery code: it is shown only once. "
                        "Write it down and keep it in a safe place.")
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace trialdesk::cli
