#include "app/cli/commands/KeyRotateCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/services/KeyService.h"
#include "core/workspace/TrialSession.h"

#include <QScopeGuard>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::KeyRotateCommand)
};
} // namespace

QString KeyRotateCommand::summary() const
{
    return Tr::tr("Re-encrypt the database under a new key; prints the new recovery code.");
}

QList<QCommandLineOption> KeyRotateCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the key is rotated (audited)."),
                                Tr::tr("TEXT")) };
}

int KeyRotateCommand::run(CommandContext &context)
{
    if (context.value(QStringLiteral("reason")).trimmed().isEmpty())
        return context.fail(ExitUsage, Tr::tr("key rotate needs --reason TEXT."));
    if (!context.isSet(QStringLiteral("password-stdin")))
        return context.fail(ExitUsage, Tr::tr("key rotate needs --password-stdin."));
    QByteArray password = context.readSecretLine();
    const auto wipe = qScopeGuard([&] { CommandContext::wipe(password); });
    return withSession(context, password, [&](core::TrialSession &session) -> int {
        core::KeyService keys(session);
        auto rotation = keys.rotate(password, context.value(QStringLiteral("reason")));
        if (!rotation)
            return reportError(context, rotation.error());
        context.out() << rotation->recoveryCode << Qt::endl;
        context.err() << Tr::tr(
            "The database key was changed. The line above is the new recovery code, shown only once; "
            "the old code no longer opens the trial.")
                      << Qt::endl;
        printResetUsers(context, rotation->resetUsers);
        // Printed: the rotation is over. Had the program died before this, the next sign-in would make yet
        // another code.
        if (core::Status confirmed = keys.confirmRecoveryCodeShown(); !confirmed)
            return reportError(context, confirmed.error());
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli

namespace trialdesk::cli {

QString KeyStatusCommand::summary() const
{
    return Tr::tr("List the accounts that need a new password after a key rotation.");
}

int KeyStatusCommand::run(CommandContext &context)
{
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto stale = core::KeyService(session).usersWithoutValidSlot();
        if (!stale)
            return reportError(context, stale.error());
        for (const QString &user : stale.value())
            context.out() << user << '\n';
        context.out().flush();
        if (stale->isEmpty()) {
            context.err() << Tr::tr("Every active account's key slot opens the current key.") << Qt::endl;
            return ExitSuccess;
        }
        context.err() << Tr::tr("These accounts cannot sign in until you set a new password (user reset-password).")
                      << Qt::endl;
        return ExitVerification;
    });
}

} // namespace trialdesk::cli
