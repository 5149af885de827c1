#include "app/cli/commands/QueryRaiseCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/data/DataQueryService.h"
#include "core/data/FormEntryService.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::QueryRaiseCommand)
};
} // namespace

QString QueryRaiseCommand::summary() const
{
    return Tr::tr("Raise a data query on one item of a saved form (monitors).");
}

QList<QCommandLineOption> QueryRaiseCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("entry"),
                                Tr::tr("The form entry, as data show prints it: STUDY_ID/VISIT/FORM/INSTANCE."),
                                Tr::tr("ENTRY")),
             QCommandLineOption(QStringLiteral("participant"), Tr::tr("Or the study ID, e.g. ICM-0001..."),
                                Tr::tr("STUDY_ID")),
             QCommandLineOption(QStringLiteral("visit"), Tr::tr("...the visit code (none for unscheduled forms)..."),
                                Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("form"), Tr::tr("...and the form code."), Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("instance"), Tr::tr("The instance of a repeating form (default 1)."),
                                Tr::tr("N")),
             QCommandLineOption(QStringLiteral("item"), Tr::tr("The item code, e.g. phq9_3."), Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("question"), Tr::tr("The question for the site."), Tr::tr("TEXT")) };
}

int QueryRaiseCommand::run(CommandContext &context)
{
    const bool byEntry = context.isSet(QStringLiteral("entry"));
    const bool bySlot = context.isSet(QStringLiteral("participant")) || context.isSet(QStringLiteral("form"));
    std::optional<core::FormSlot> slot;
    if (byEntry) {
        slot = core::parseEntryReference(context.value(QStringLiteral("entry")));
        if (!slot)
            return context.fail(ExitUsage,
                                Tr::tr("--entry takes an entry as data show prints it, e.g. ICM-0001/M3/PHQ9/1."));
    }
    int instance = 1;
    if (context.isSet(QStringLiteral("instance"))) {
        bool ok = false;
        instance = context.value(QStringLiteral("instance")).toInt(&ok);
        if (!ok || instance < 1)
            return context.fail(ExitUsage, Tr::tr("--instance must be a number from 1."));
    }
    if (byEntry == bySlot
        || (bySlot
            && (context.value(QStringLiteral("participant")).isEmpty()
                || context.value(QStringLiteral("form")).isEmpty()))
        || context.value(QStringLiteral("item")).isEmpty() || !context.isSet(QStringLiteral("question")))
        return context.fail(ExitUsage,
                            Tr::tr("query raise needs --entry ENTRY or --participant STUDY_ID [--visit CODE] --form "
                                   "CODE, and --item CODE --question TEXT."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        if (bySlot)
            slot
                = core::FormSlot { context.value(QStringLiteral("participant")), context.value(QStringLiteral("visit")),
                                   context.value(QStringLiteral("form")), instance };
        auto entry = core::FormEntryService(session).findEntry(*slot);
        if (!entry)
            return reportError(context, entry.error());
        auto raised = core::DataQueryService(session).raiseQuery(entry->id, context.value(QStringLiteral("item")),
                                                                 context.value(QStringLiteral("question")));
        if (!raised)
            return reportError(context, raised.error());
        auto query = core::DataQueryService(session).query(raised.value());
        if (!query)
            return reportError(context, query.error());
        const QString reference = core::queryReference(query.value());
        context.out() << reference << '\n';
        context.err() << Tr::tr("Query %1 raised.").arg(reference) << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
