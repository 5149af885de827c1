#include "app/cli/commands/VisitsMissCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::VisitsMissCommand)
};
} // namespace

QString VisitsMissCommand::summary() const
{
    return Tr::tr("Record that a planned visit was missed, with the reason; audited.");
}

QList<QCommandLineOption> VisitsMissCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("participant"), Tr::tr("The study ID, e.g. ICM-0001."),
                                Tr::tr("STUDY_ID")),
             QCommandLineOption(QStringLiteral("visit"), Tr::tr("The visit code, e.g. M3."), Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the visit was missed."), Tr::tr("TEXT")) };
}

int VisitsMissCommand::run(CommandContext &context)
{
    const QString studyId = context.value(QStringLiteral("participant"));
    const QString visit = context.value(QStringLiteral("visit"));
    if (studyId.isEmpty() || visit.isEmpty())
        return context.fail(ExitUsage, Tr::tr("visits miss needs --participant STUDY_ID --visit CODE --reason TEXT."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        const core::Status done
            = core::VisitService(session).miss(studyId, visit, context.value(QStringLiteral("reason")));
        if (!done)
            return reportError(context, done.error());
        context.err() << Tr::tr("Visit %1 of %2 recorded as missed.").arg(visit.toUpper(), studyId.toUpper())
                      << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
