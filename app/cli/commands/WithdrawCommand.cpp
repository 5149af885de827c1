#include "WithdrawCommand.h"

#include "CommandContext.h"
#include "SessionOpener.h"
#include "enrollment/ParticipantService.h"
#include "workspace/TrialSession.h"

namespace trialdesk::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("trialdesk::cli::WithdrawCommand", text);
}
} // namespace

QString WithdrawCommand::summary() const
{
    return tr("Record a participant's withdrawal (from the intervention, follow-up or data use).");
}

QList<QCommandLineOption> WithdrawCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("participant"), tr("The study ID, e.g. ICM-0001."), tr("STUDY_ID")),
             QCommandLineOption(QStringLiteral("scope"), tr("intervention, follow-up or data."), tr("SCOPE")),
             QCommandLineOption(QStringLiteral("reason"), tr("Why the participant withdraws."), tr("TEXT")),
             QCommandLineOption(QStringLiteral("date"), tr("The day of the withdrawal (default: today)."),
                                tr("YYYY-MM-DD")) };
}

int WithdrawCommand::run(CommandContext &context)
{
    const auto scope = core::withdrawalScopeFromCode(context.value(QStringLiteral("scope")));
    const QString studyId = context.value(QStringLiteral("participant"));
    if (studyId.isEmpty() || !scope)
        return context.fail(ExitUsage,
                            tr("withdraw needs --participant STUDY_ID --scope intervention|follow-up|data "
                               "--reason TEXT."));
    QDate date;
    if (context.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(context.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return context.fail(ExitUsage, tr("--date must be a date YYYY-MM-DD."));
    }
    int code = ExitSuccess;
    auto session = openSession(context, code);
    if (!session)
        return code;
    const core::Status done
        = core::ParticipantService(*session).withdraw(studyId, *scope, date, context.value(QStringLiteral("reason")));
    if (!done)
        return reportError(context, done.error());
    context.err() << tr("Withdrawal of %1 recorded.").arg(studyId.toUpper()) << Qt::endl;
    return ExitSuccess;
}

} // namespace trialdesk::cli
