#include "app/cli/commands/WithdrawCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/enrollment/ParticipantService.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::WithdrawCommand)
};
} // namespace

QString WithdrawCommand::summary() const
{
    return Tr::tr("Record a participant's withdrawal (from the intervention, follow-up or data use).");
}

QList<QCommandLineOption> WithdrawCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("participant"), Tr::tr("The study ID, e.g. ICM-0001."),
                                Tr::tr("STUDY_ID")),
             QCommandLineOption(QStringLiteral("scope"), Tr::tr("intervention, follow-up or data."), Tr::tr("SCOPE")),
             QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the participant withdraws."), Tr::tr("TEXT")),
             QCommandLineOption(QStringLiteral("date"), Tr::tr("The day of the withdrawal (default: today)."),
                                Tr::tr("YYYY-MM-DD")) };
}

int WithdrawCommand::run(CommandContext &context)
{
    const auto scope = core::withdrawalScopeFromCode(context.value(QStringLiteral("scope")));
    const QString studyId = context.value(QStringLiteral("participant"));
    if (studyId.isEmpty() || !scope)
        return context.fail(ExitUsage,
                            Tr::tr("withdraw needs --participant STUDY_ID --scope intervention|follow-up|data "
                                   "--reason TEXT."));
    QDate date;
    if (context.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(context.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return context.fail(ExitUsage, Tr::tr("--date must be a date YYYY-MM-DD."));
    }
    return withSession(context, [&](core::TrialSession &session) -> int {
        const core::Status done = core::ParticipantService(session).withdraw(studyId, *scope, date,
                                                                             context.value(QStringLiteral("reason")));
        if (!done)
            return reportError(context, done.error());
        context.err() << Tr::tr("Withdrawal of %1 recorded.").arg(studyId.toUpper()) << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
