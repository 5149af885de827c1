#include "app/cli/commands/VisitsCompleteCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "app/cli/commands/VisitsDueCommand.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::VisitsCompleteCommand)
};
} // namespace

QString VisitsCompleteCommand::summary() const
{
    return Tr::tr("Record that a planned visit took place (a date outside its window is flagged); audited.");
}

QList<QCommandLineOption> VisitsCompleteCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("participant"), Tr::tr("The study ID, e.g. ICM-0001."),
                                Tr::tr("STUDY_ID")),
             QCommandLineOption(QStringLiteral("visit"), Tr::tr("The visit code, e.g. M3."), Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("date"), Tr::tr("The day the visit took place (not in the future)."),
                                Tr::tr("YYYY-MM-DD")) };
}

int VisitsCompleteCommand::run(CommandContext &context)
{
    const QString studyId = context.value(QStringLiteral("participant"));
    const QString visit = context.value(QStringLiteral("visit"));
    if (studyId.isEmpty() || visit.isEmpty() || !context.isSet(QStringLiteral("date")))
        return context.fail(ExitUsage,
                            Tr::tr("visits complete needs --participant STUDY_ID --visit CODE --date YYYY-MM-DD."));
    const QDate date = VisitsDueCommand::dateOption(context, QStringLiteral("date"));
    if (!date.isValid())
        return ExitUsage;
    return withSession(context, [&](core::TrialSession &session) -> int {
        const core::Status done = core::VisitService(session).complete(studyId, visit, date);
        if (!done)
            return reportError(context, done.error());
        context.err() << Tr::tr("Visit %1 of %2 recorded as completed on %3.")
                             .arg(visit.toUpper(), studyId.toUpper(), date.toString(Qt::ISODate))
                      << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
