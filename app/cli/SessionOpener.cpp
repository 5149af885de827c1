#include "app/cli/SessionOpener.h"

#include "app/cli/GlobalOptions.h"
#include "core/services/KeyService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::SessionOpener)
};
} // namespace

int reportError(CommandContext &context, const core::Error &error)
{
    if (error.code == core::ErrorCode::PasswordChangeRequired)
        return context.fail(ExitRefused,
                            error.message + QLatin1Char(' ')
                                + Tr::tr("Change it with: trialdesk-cli password change --workspace DIR --user NAME "
                                         "--password-stdin (your current password on the first line of standard "
                                         "input, the new one on the second)."));
    return context.fail(ExitRefused, error.message);
}

std::unique_ptr<core::TrialSession> openSessionWithPassword(CommandContext &context, const QByteArray &password,
                                                            int &exitCode)
{
    const QString workspaceDir = context.value(QString::fromLatin1(option::kWorkspace));
    const QString user = context.value(QString::fromLatin1(option::kUser));
    if (workspaceDir.isEmpty() || user.isEmpty() || !context.isSet(QString::fromLatin1(option::kPasswordStdin))) {
        exitCode = context.fail(ExitUsage,
                                Tr::tr("this command needs --workspace DIR --user NAME --password-stdin "
                                       "(the password on the first line of standard input)."));
        return nullptr;
    }
    auto workspace = core::Workspace::open(workspaceDir, core::Clock::system());
    if (!workspace) {
        exitCode = reportError(context, workspace.error());
        return nullptr;
    }
    auto session = workspace.value()->login(user, password);
    if (!session) {
        exitCode = reportError(context, session.error());
        return nullptr;
    }
    if (!showFinishedRotation(context, *session.value())) {
        exitCode = ExitRefused;
        return nullptr;
    }
    exitCode = ExitSuccess;
    return std::move(session.value());
}

void printResetUsers(CommandContext &context, const QStringList &users)
{
    if (!users.isEmpty())
        context.err() << Tr::tr("These accounts need a new password (user reset-password): %1")
                             .arg(users.join(QStringLiteral(", ")))
                      << Qt::endl;
}

bool showFinishedRotation(CommandContext &context, core::TrialSession &session)
{
    const core::TrialSession::FinishedRotation finished = session.takeFinishedRotation();
    if (finished.recoveryCode.isEmpty())
        return true;
    context.out() << finished.recoveryCode << Qt::endl;
    context.err() << Tr::tr("A key rotation had been interrupted; signing in finished it. The line above is the NEW "
                            "recovery code, shown only once: save it now. Every earlier recovery code no longer opens "
                            "the trial.")
                  << Qt::endl;
    printResetUsers(context, finished.resetUsers);
    if (core::Status confirmed = core::KeyService(session).confirmRecoveryCodeShown(); !confirmed) {
        reportError(context, confirmed.error());
        return false;
    }
    return true;
}

std::unique_ptr<core::TrialSession> openSession(CommandContext &context, int &exitCode)
{
    if (!context.isSet(QString::fromLatin1(option::kPasswordStdin))) {
        exitCode = context.fail(ExitUsage,
                                Tr::tr("this command needs --workspace DIR --user NAME --password-stdin "
                                       "(the password on the first line of standard input)."));
        return nullptr;
    }
    bool ok = false;
    QByteArray password = context.readSecretLine(&ok);
    if (!ok || password.isEmpty()) {
        CommandContext::wipe(password);
        exitCode = context.fail(ExitUsage, Tr::tr("no password on standard input."));
        return nullptr;
    }
    auto session = openSessionWithPassword(context, password, exitCode);
    CommandContext::wipe(password);
    return session;
}

int withSession(CommandContext &context, const std::function<int(core::TrialSession &)> &body)
{
    int code = ExitSuccess;
    auto session = openSession(context, code);
    return session ? body(*session) : code;
}

int withSession(CommandContext &context, const QByteArray &password,
                const std::function<int(core::TrialSession &)> &body)
{
    int code = ExitSuccess;
    auto session = openSessionWithPassword(context, password, code);
    return session ? body(*session) : code;
}

} // namespace trialdesk::cli
