#include "app/cli/commands/RandomizeCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/enrollment/RandomizationService.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::RandomizeCommand)
};
} // namespace

QString RandomizeCommand::summary() const
{
    return Tr::tr("Randomize a participant (signature password on the second line of standard input); prints the arm.");
}

QList<QCommandLineOption> RandomizeCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("participant"), Tr::tr("The study ID, e.g. ICM-0001."),
                                Tr::tr("STUDY_ID")) };
}

int RandomizeCommand::run(CommandContext &context)
{
    const QString studyId = context.value(QStringLiteral("participant"));
    if (studyId.isEmpty())
        return context.fail(ExitUsage, Tr::tr("randomize needs --participant STUDY_ID."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        bool ok = false;
        QByteArray signature = context.readSecretLine(&ok);
        if (!ok || signature.isEmpty()) {
            CommandContext::wipe(signature);
            return context.fail(
                ExitUsage,
                Tr::tr("the electronic signature (your password again, meaning \"%1\") must be the second "
                       "line of standard input.")
                    .arg(core::RandomizationService::signatureMeaning()));
        }
        auto outcome = core::RandomizationService(session).randomize(studyId, signature);
        CommandContext::wipe(signature);
        if (!outcome)
            return reportError(context, outcome.error());
        context.out() << outcome->armCode << Qt::endl;
        context.err() << Tr::tr("%1 randomized to %2 (%3).").arg(outcome->studyId, outcome->armCode, outcome->armName)
                      << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
