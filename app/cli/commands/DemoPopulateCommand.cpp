#include "app/cli/commands/DemoPopulateCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/workspace/TrialSession.h"
#include "demo/DemoPopulator.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::DemoPopulateCommand)
};
} // namespace

QString DemoPopulateCommand::summary() const
{
    return Tr::tr("Fill a demo trial with a synthetic trial (deterministic from the seed).");
}

QList<QCommandLineOption> DemoPopulateCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("participants"), Tr::tr("How many participants to randomize."),
                                Tr::tr("N")),
             QCommandLineOption(QStringLiteral("seed"), Tr::tr("1 to 64 hexadecimal digits."), Tr::tr("HEX")) };
}

int DemoPopulateCommand::run(CommandContext &context)
{
    bool ok = false;
    const qint64 participants = context.value(QStringLiteral("participants")).toLongLong(&ok);
    if (!ok || context.value(QStringLiteral("seed")).isEmpty())
        return context.fail(ExitUsage, Tr::tr("demo populate needs --participants N --seed HEX."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        QTextStream &err = context.err();
        auto summary = core::DemoPopulator(session).populate(
            participants, context.value(QStringLiteral("seed")), [&err](qint64 done, qint64 total) {
                err << Tr::tr("%1 / %2 randomized").arg(done).arg(total) << '\r';
                err.flush();
            });
        err << '\n';
        if (!summary)
            return reportError(context, summary.error());
        context.out() << Tr::tr("screened %1, not eligible %2, declined %3, other %4, randomized %5, withdrawn %6")
                             .arg(summary->screened)
                             .arg(summary->notEligible)
                             .arg(summary->declined)
                             .arg(summary->other)
                             .arg(summary->randomized)
                             .arg(summary->withdrawn)
                      << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
