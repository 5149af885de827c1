#include "BackupCommand.h"

#include "CommandContext.h"
#include "SessionOpener.h"
#include "services/BackupService.h"
#include "workspace/TrialSession.h"

#include <QCoreApplication>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::BackupCommand)
};
} // namespace

QString BackupCommand::summary() const
{
    return Tr::tr("Back up the workspace (encrypted); prints the backup folder.");
}

QList<QCommandLineOption> BackupCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the backup is made (audited)."),
                                Tr::tr("TEXT")) };
}

int BackupCommand::run(CommandContext &context)
{
    int code = ExitSuccess;
    auto session = openSession(context, code);
    if (!session)
        return code;
    auto folder = core::BackupService(*session).create(context.value(QStringLiteral("reason")));
    if (!folder)
        return reportError(context, folder.error());
    context.out() << folder.value() << Qt::endl;
    return ExitSuccess;
}

} // namespace trialdesk::cli
