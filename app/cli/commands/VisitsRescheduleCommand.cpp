#include "app/cli/commands/VisitsRescheduleCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "app/cli/commands/VisitsDueCommand.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::VisitsRescheduleCommand)
};
} // namespace

QString VisitsRescheduleCommand::summary() const
{
    return Tr::tr("Move a planned visit to another day (its window stays), with the reason; audited.");
}

QList<QCommandLineOption> VisitsRescheduleCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("participant"), Tr::tr("The study ID, e.g. ICM-0001."),
                                Tr::tr("STUDY_ID")),
             QCommandLineOption(QStringLiteral("visit"), Tr::tr("The visit code, e.g. M3."), Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("date"), Tr::tr("The new day of the visit."), Tr::tr("YYYY-MM-DD")),
             QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the visit moves."), Tr::tr("TEXT")) };
}

int VisitsRescheduleCommand::run(CommandContext &context)
{
    const QString studyId = context.value(QStringLiteral("participant"));
    const QString visit = context.value(QStringLiteral("visit"));
    if (studyId.isEmpty() || visit.isEmpty() || !context.isSet(QStringLiteral("date")))
        return context.fail(ExitUsage,
                            Tr::tr("visits reschedule needs --participant STUDY_ID --visit CODE "
                                   "--date YYYY-MM-DD --reason TEXT."));
    const QDate date = VisitsDueCommand::dateOption(context, QStringLiteral("date"));
    if (!date.isValid())
        return ExitUsage;
    return withSession(context, [&](core::TrialSession &session) -> int {
        const core::Status done
            = core::VisitService(session).reschedule(studyId, visit, date, context.value(QStringLiteral("reason")));
        if (!done)
            return reportError(context, done.error());
        context.err()
            << Tr::tr("Visit %1 of %2 moved to %3.").arg(visit.toUpper(), studyId.toUpper(), date.toString(Qt::ISODate))
            << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
