#include "app/cli/commands/VisitsExportIcsCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"

#include <QDir>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::VisitsExportIcsCommand)
};
} // namespace

QString VisitsExportIcsCommand::summary() const
{
    return Tr::tr("Write the planned visits of a site as an iCalendar file (RFC 5545): study IDs and visit codes "
                  "only, no identifying data.");
}

QList<QCommandLineOption> VisitsExportIcsCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("site"), Tr::tr("The site code, e.g. ICM."), Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("output"), Tr::tr("The .ics file to write."), Tr::tr("FILE")) };
}

int VisitsExportIcsCommand::run(CommandContext &context)
{
    const QString site = context.value(QStringLiteral("site"));
    const QString output = context.value(QStringLiteral("output"));
    if (site.isEmpty() || output.isEmpty())
        return context.fail(ExitUsage, Tr::tr("visits export-ics needs --site CODE --output FILE."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        // Written whole or not at all (0600, never through a link), and audited before it appears.
        auto events = core::VisitService(session).exportIcs(site, output);
        if (!events)
            return reportError(context, events.error());
        context.err() << Tr::tr("%1 visits written to %2.").arg(events.value()).arg(QDir::toNativeSeparators(output))
                      << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
