#include "app/cli/commands/ScreenCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/enrollment/ScreeningService.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ScreenCommand)
};
} // namespace

QString ScreenCommand::summary() const
{
    return Tr::tr("Record a screening that did not lead to enrollment (not eligible, declined, other).");
}

QList<QCommandLineOption> ScreenCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("site"), Tr::tr("The site code."), Tr::tr("CODE")),
        QCommandLineOption(QStringLiteral("outcome"), Tr::tr("not-eligible, declined or other."), Tr::tr("OUTCOME")),
        QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the person is not enrolled."), Tr::tr("TEXT")),
        QCommandLineOption(QStringLiteral("date"), Tr::tr("The screening day (default: today)."), Tr::tr("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("age"), Tr::tr("Age in years."), Tr::tr("N")),
        QCommandLineOption(QStringLiteral("sex"), Tr::tr("F, M or X."), Tr::tr("SEX"))
    };
}

int ScreenCommand::run(CommandContext &context)
{
    const auto outcome = core::screeningOutcomeFromCode(context.value(QStringLiteral("outcome")));
    if (context.value(QStringLiteral("site")).isEmpty() || !outcome || *outcome == core::ScreeningOutcome::Eligible)
        return context.fail(
            ExitUsage,
            Tr::tr("screen needs --site CODE --outcome not-eligible|declined|other --reason TEXT (enroll "
                   "an eligible person with the enroll command)."));
    core::ScreeningInput input;
    input.siteCode = context.value(QStringLiteral("site"));
    input.statedOutcome = outcome;
    input.reason = context.value(QStringLiteral("reason"));
    input.sex = context.value(QStringLiteral("sex"));
    if (context.isSet(QStringLiteral("age"))) {
        bool ok = false;
        input.age = context.value(QStringLiteral("age")).toInt(&ok);
        if (!ok)
            return context.fail(ExitUsage, Tr::tr("--age must be a number of years."));
    }
    if (context.isSet(QStringLiteral("date"))) {
        input.date = QDate::fromString(context.value(QStringLiteral("date")), Qt::ISODate);
        if (!input.date.isValid())
            return context.fail(ExitUsage, Tr::tr("--date must be a date YYYY-MM-DD."));
    }
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto recorded = core::ScreeningService(session).record(input);
        if (!recorded)
            return reportError(context, recorded.error());
        context.out() << recorded->screeningNumber << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
