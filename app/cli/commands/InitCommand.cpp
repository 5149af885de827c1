#include "app/cli/commands/InitCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/GlobalOptions.h"
#include "app/cli/SessionOpener.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::InitCommand)
};
} // namespace

QString InitCommand::summary() const
{
    return Tr::tr("Create a trial workspace; prints the recovery code.");
}

QList<QCommandLineOption> newTrialOptions()
{
    return {
        QCommandLineOption(QStringLiteral("trial-name"), Tr::tr("The trial's name."), Tr::tr("NAME")),
        QCommandLineOption(QStringLiteral("admin"), Tr::tr("The administrator's user name."), Tr::tr("NAME")),
        QCommandLineOption(QStringLiteral("admin-display-name"), Tr::tr("The administrator's full name."),
                           Tr::tr("TEXT")),
        QCommandLineOption(QStringLiteral("protocol"), Tr::tr("A protocol file (JSON); the bundled default otherwise."),
                           Tr::tr("FILE")),
    };
}

QList<QCommandLineOption> InitCommand::options() const
{
    return newTrialOptions();
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
                            Tr::tr("init needs --workspace DIR --trial-name NAME --admin NAME "
                                   "--password-stdin (the administrator's password on standard input)."));
    bool ok = false;
    trial.adminPassword = context.readSecretLine(&ok);
    if (!ok || trial.adminPassword.isEmpty())
        return context.fail(ExitUsage, Tr::tr("no password on standard input."));
    auto created = core::Workspace::create(trial, core::Clock::system());
    CommandContext::wipe(trial.adminPassword);
    if (!created)
        return reportError(context, created.error());
    context.out() << created.value() << Qt::endl;
    context.err() << Tr::tr("Trial workspace created. The line above is the recovery code: it is shown only once. "
                            "Write it down and keep it in a safe place.")
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace trialdesk::cli
