#include "app/cli/commands/ServerCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/GlobalOptions.h"
#include "app/cli/SessionOpener.h"
#include "app/cli/commands/InitCommand.h"
#include "core/schema/Migrations.h"
#include "core/server/ServerAddress.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ServerCommands)
};

QCommandLineOption serverOption()
{
    return QCommandLineOption(QStringLiteral("server"),
                              Tr::tr("The trial server, as a libpq connection string (host=... port=... dbname=... "
                                     "sslmode=verify-full sslrootcert=FILE)."),
                              Tr::tr("CONNINFO"));
}

// The owner's role named in CONNINFO, or an explanation on stderr (exit code in `code`).
QString ownerRole(CommandContext &context, const QString &conninfo, int &code)
{
    auto address = core::ServerAddress::parse(conninfo);
    if (!address) {
        code = reportError(context, address.error());
        return {};
    }
    if (address->user().isEmpty()) {
        code = context.fail(ExitUsage, Tr::tr("name the database's owner role in the connection string (user=NAME)."));
        return {};
    }
    return address->user();
}
} // namespace

QString ServerInitCommand::summary() const
{
    return Tr::tr("Set a trial up on a PostgreSQL trial server (as the database's owner).");
}

QList<QCommandLineOption> ServerInitCommand::options() const
{
    return QList<QCommandLineOption> { serverOption() } + newTrialOptions();
}

int ServerInitCommand::run(CommandContext &context)
{
    core::NewServerTrial trial;
    trial.conninfo = context.value(QStringLiteral("server"));
    trial.trialName = context.value(QStringLiteral("trial-name"));
    trial.adminUsername = context.value(QStringLiteral("admin"));
    trial.adminDisplayName = context.value(QStringLiteral("admin-display-name"));
    trial.protocolFile = context.value(QStringLiteral("protocol"));
    if (trial.conninfo.isEmpty() || trial.trialName.isEmpty() || trial.adminUsername.isEmpty()
        || !context.isSet(QString::fromLatin1(option::kPasswordStdin)))
        return context.fail(ExitUsage,
                            Tr::tr("server init needs --server CONNINFO --trial-name NAME --admin NAME "
                                   "--password-stdin (standard input: the owner role's password on line 1, the new "
                                   "administrator's on line 2)."));
    int code = ExitSuccess;
    trial.ownerRole = ownerRole(context, trial.conninfo, code);
    if (trial.ownerRole.isEmpty())
        return code;
    bool ownerRead = false;
    bool adminRead = false;
    trial.ownerPassword = context.readSecretLine(&ownerRead);
    trial.adminPassword = context.readSecretLine(&adminRead);
    if (!ownerRead || !adminRead || trial.ownerPassword.isEmpty() || trial.adminPassword.isEmpty()) {
        CommandContext::wipe(trial.ownerPassword);
        CommandContext::wipe(trial.adminPassword);
        return context.fail(ExitUsage,
                            Tr::tr("standard input needs two lines: the owner role's password, then the new "
                                   "administrator's."));
    }
    const core::Status made = core::Workspace::createOnServer(trial, core::Clock::system());
    CommandContext::wipe(trial.ownerPassword);
    CommandContext::wipe(trial.adminPassword);
    if (!made)
        return reportError(context, made.error());
    context.err() << Tr::tr("The trial \"%1\" is set up on the server; %2 is its administrator. Connect each "
                            "workstation with: trialdesk-cli connect --workspace DIR --server CONNINFO (without "
                            "user=).")
                         .arg(trial.trialName, trial.adminUsername)
                  << Qt::endl;
    return ExitSuccess;
}

QString ServerUpgradeCommand::summary() const
{
    return Tr::tr("Bring a trial server's schema up to this version (as the database's owner).");
}

QList<QCommandLineOption> ServerUpgradeCommand::options() const
{
    return { serverOption() };
}

int ServerUpgradeCommand::run(CommandContext &context)
{
    const QString conninfo = context.value(QStringLiteral("server"));
    if (conninfo.isEmpty() || !context.isSet(QString::fromLatin1(option::kPasswordStdin)))
        return context.fail(ExitUsage,
                            Tr::tr("server upgrade needs --server CONNINFO --password-stdin (the owner role's "
                                   "password on standard input)."));
    int code = ExitSuccess;
    const QString owner = ownerRole(context, conninfo, code);
    if (owner.isEmpty())
        return code;
    bool ok = false;
    QByteArray password = context.readSecretLine(&ok);
    if (!ok || password.isEmpty()) {
        CommandContext::wipe(password);
        return context.fail(ExitUsage, Tr::tr("no password on standard input."));
    }
    auto before = core::Workspace::upgradeServer(conninfo, owner, password, core::Clock::system());
    CommandContext::wipe(password);
    if (!before)
        return reportError(context, before.error());
    const int latest = core::Migrations::latestVersion();
    if (before.value() == latest)
        context.out() << Tr::tr("The trial server's schema is up to date (version %1).").arg(latest) << Qt::endl;
    else
        context.out() << Tr::tr("The trial server's schema went from version %1 to %2.").arg(before.value()).arg(latest)
                      << Qt::endl;
    return ExitSuccess;
}

QString ConnectCommand::summary() const
{
    return Tr::tr("Make a folder a workspace of a trial on a server (no password is stored).");
}

QList<QCommandLineOption> ConnectCommand::options() const
{
    return { serverOption() };
}

int ConnectCommand::run(CommandContext &context)
{
    const QString directory = context.value(QString::fromLatin1(option::kWorkspace));
    const QString conninfo = context.value(QStringLiteral("server"));
    if (directory.isEmpty() || conninfo.isEmpty())
        return context.fail(ExitUsage, Tr::tr("connect needs --workspace DIR --server CONNINFO."));
    if (const core::Status connected = core::Workspace::connectToServer(directory, conninfo, core::Clock::system());
        !connected)
        return reportError(context, connected.error());
    context.err() << Tr::tr("%1 is now a workspace of the trial on the server. Sign in as usual: --workspace %1 "
                            "--user NAME --password-stdin.")
                         .arg(directory)
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace trialdesk::cli
