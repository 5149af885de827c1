#include "app/cli/commands/UserCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/GlobalOptions.h"
#include "app/cli/SessionOpener.h"
#include "core/services/UserService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <sodium.h>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::UserCommands)
};

QCommandLineOption reasonOption()
{
    return QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the change is made (audited)."), Tr::tr("TEXT"));
}

QCommandLineOption roleOption()
{
    return QCommandLineOption(
        QStringLiteral("role"),
        Tr::tr("administrator, coordinator, investigator, outcome-assessor, statistician or monitor."), Tr::tr("ROLE"));
}

// The second line of standard input: a new secret, checked for presence.
bool readNewSecret(CommandContext &context, QByteArray &secret, int &exitCode)
{
    bool ok = false;
    secret = context.readSecretLine(&ok);
    if (!ok || secret.isEmpty()) {
        exitCode = context.fail(ExitUsage, Tr::tr("the new password must be the second line of standard input."));
        return false;
    }
    return true;
}

bool parseRole(CommandContext &context, core::Role &role, int &exitCode)
{
    const auto parsed = core::roleFromCode(context.value(QStringLiteral("role")));
    if (!parsed) {
        exitCode = context.fail(ExitUsage,
                                Tr::tr("unknown role \"%1\": use administrator, coordinator, investigator, "
                                       "outcome-assessor, statistician or monitor.")
                                    .arg(context.value(QStringLiteral("role"))));
        return false;
    }
    role = *parsed;
    return true;
}

int finish(CommandContext &context, const core::Status &status, const QString &done)
{
    if (!status)
        return reportError(context, status.error());
    context.err() << done << Qt::endl;
    return ExitSuccess;
}

} // namespace

QString UserAddCommand::summary() const
{
    return Tr::tr("Add a user (initial password on the second line of standard input).");
}

QList<QCommandLineOption> UserAddCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("new-user"), Tr::tr("The new user's name."), Tr::tr("NAME")), roleOption(),
        QCommandLineOption(QStringLiteral("display-name"), Tr::tr("The new user's full name."), Tr::tr("TEXT")),
        QCommandLineOption(QStringLiteral("site"), Tr::tr("The user's site code (none: all sites)."), Tr::tr("CODE"))
    };
}

int UserAddCommand::run(CommandContext &context)
{
    if (context.value(QStringLiteral("new-user")).isEmpty() || context.value(QStringLiteral("role")).isEmpty())
        return context.fail(ExitUsage, Tr::tr("user add needs --new-user NAME and --role ROLE."));
    int code = ExitSuccess;
    core::Role role;
    if (!parseRole(context, role, code))
        return code;
    return withSession(context, [&](core::TrialSession &session) -> int {
        QByteArray password;
        if (!readNewSecret(context, password, code))
            return code;
        const QString name = context.value(QStringLiteral("new-user"));
        const core::Status added = core::UserService(session).add(
            name, context.value(QStringLiteral("display-name")), role, context.value(QStringLiteral("site")), password);
        CommandContext::wipe(password);
        return finish(context, added, Tr::tr("User %1 added.").arg(name));
    });
}

QString UserListCommand::summary() const
{
    return Tr::tr("List the users and their roles.");
}

QList<QCommandLineOption> UserListCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")) };
}

int UserListCommand::run(CommandContext &context)
{
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto users = core::UserService(session).list();
        if (!users)
            return reportError(context, users.error());
        if (context.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const core::UserInfo &user : users.value())
                array.append(QJsonObject { { QStringLiteral("username"), user.username },
                                           { QStringLiteral("display_name"), user.displayName },
                                           { QStringLiteral("role"), core::roleCode(user.role) },
                                           { QStringLiteral("site"), user.siteCode },
                                           { QStringLiteral("active"), user.active },
                                           { QStringLiteral("created_at"), core::Clock::format(user.createdAt) } });
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return ExitSuccess;
        }
        context.out() << QStringLiteral("username\trole\tsite\tactive\tdisplay_name") << '\n';
        for (const core::UserInfo &user : users.value())
            context.out() << user.username << '\t' << core::roleCode(user.role) << '\t' << user.siteCode << '\t'
                          << (user.active ? "yes" : "no") << '\t' << user.displayName << '\n';
        return ExitSuccess;
    });
}

QString UserDeactivateCommand::summary() const
{
    return Tr::tr("Deactivate a user and remove their key slot.");
}

QList<QCommandLineOption> UserDeactivateCommand::options() const
{
    return { reasonOption() };
}

int UserDeactivateCommand::run(CommandContext &context)
{
    return withSession(context, [&](core::TrialSession &session) -> int {
        const QString name = context.positional().constFirst();
        const int result
            = finish(context, core::UserService(session).deactivate(name, context.value(QStringLiteral("reason"))),
                     Tr::tr("User %1 deactivated.").arg(name));
        // The removed slot still opens the trial from any backup or copy of keys/ made before.
        if (result == ExitSuccess)
            context.err() << Tr::tr(
                                 "Hint: copies of %1's key slot in backups still open the trial with the current key. "
                                 "Run \"key rotate\" now to retire that key.")
                                 .arg(name)
                          << Qt::endl;
        return result;
    });
}

QString UserSetRoleCommand::summary() const
{
    return Tr::tr("Change a user's role.");
}

QList<QCommandLineOption> UserSetRoleCommand::options() const
{
    return { roleOption(), reasonOption() };
}

int UserSetRoleCommand::run(CommandContext &context)
{
    int code = ExitSuccess;
    core::Role role;
    if (!parseRole(context, role, code))
        return code;
    return withSession(context, [&](core::TrialSession &session) -> int {
        const QString name = context.positional().constFirst();
        return finish(context,
                      core::UserService(session).changeRole(name, role, context.value(QStringLiteral("reason"))),
                      Tr::tr("User %1 is now %2.").arg(name, core::roleDisplayName(role)));
    });
}

QString UserResetPasswordCommand::summary() const
{
    return Tr::tr("Set a new password for a user (second line of standard input).");
}

QList<QCommandLineOption> UserResetPasswordCommand::options() const
{
    return { reasonOption() };
}

int UserResetPasswordCommand::run(CommandContext &context)
{
    return withSession(context, [&](core::TrialSession &session) -> int {
        QByteArray password;
        int code = ExitSuccess;
        if (!readNewSecret(context, password, code))
            return code;
        const QString name = context.positional().constFirst();
        const core::Status reset
            = core::UserService(session).resetPassword(name, password, context.value(QStringLiteral("reason")));
        CommandContext::wipe(password);
        return finish(context, reset, Tr::tr("Password of %1 reset.").arg(name));
    });
}

QString PasswordChangeCommand::summary() const
{
    return Tr::tr("Change your password (current, then new, on standard input).");
}

int PasswordChangeCommand::run(CommandContext &context)
{
    // The current password opens the session; it is read again here to rewrap the key slot.
    if (!context.isSet(QStringLiteral("password-stdin")))
        return context.fail(ExitUsage, Tr::tr("password change needs --password-stdin."));
    bool ok = false;
    QByteArray current = context.readSecretLine(&ok);
    QByteArray fresh = context.readSecretLine(&ok);
    const auto wipe = qScopeGuard([&] {
        CommandContext::wipe(current);
        CommandContext::wipe(fresh);
    });
    if (current.isEmpty() || fresh.isEmpty())
        return context.fail(ExitUsage,
                            Tr::tr("give the current password on the first line of standard input and the "
                                   "new one on the second."));
    return withSession(context, current, [&](core::TrialSession &session) -> int {
        return finish(context, core::UserService(session).changeOwnPassword(current, fresh),
                      Tr::tr("Password changed."));
    });
}

QString PasswordRecoverCommand::summary() const
{
    return Tr::tr("Set an administrator's new password with the recovery code (code, then new password, on standard "
                  "input).");
}

int PasswordRecoverCommand::run(CommandContext &context)
{
    const QString workspaceDir = context.value(QString::fromLatin1(option::kWorkspace));
    const QString user = context.value(QString::fromLatin1(option::kUser));
    if (workspaceDir.isEmpty() || user.isEmpty() || !context.isSet(QString::fromLatin1(option::kPasswordStdin)))
        return context.fail(ExitUsage,
                            Tr::tr("password recover needs --workspace DIR --user ADMIN --password-stdin, with the "
                                   "recovery code on the first line of standard input and the new password on the "
                                   "second."));
    QByteArray code = context.readSecretLine();
    QByteArray fresh = context.readSecretLine();
    if (code.isEmpty() || fresh.isEmpty()) {
        CommandContext::wipe(code);
        CommandContext::wipe(fresh);
        return context.fail(ExitUsage,
                            Tr::tr("give the recovery code on the first line of standard input and the new password "
                                   "on the second."));
    }
    auto workspace = core::Workspace::open(workspaceDir, core::Clock::system());
    if (!workspace) {
        CommandContext::wipe(code);
        CommandContext::wipe(fresh);
        return reportError(context, workspace.error());
    }
    QString codeText = QString::fromUtf8(code).trimmed();
    CommandContext::wipe(code);
    auto session = workspace.value()->recover(codeText, user, fresh);
    CommandContext::wipe(fresh);
    if (!codeText.isEmpty())
        sodium_memzero(codeText.data(), static_cast<size_t>(codeText.size()) * sizeof(QChar));
    if (!session)
        return reportError(context, session.error());
    context.err() << Tr::tr("New password set for %1. The recovery code still works; rotate the key (key rotate) if "
                            "it may have been seen.")
                         .arg(user)
                  << Qt::endl;
    return ExitSuccess;
}

} // namespace trialdesk::cli
