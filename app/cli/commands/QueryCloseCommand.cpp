#include "app/cli/commands/QueryCloseCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "app/cli/commands/QueryOption.h"
#include "core/data/DataQueryService.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::QueryCloseCommand)
};
} // namespace

QString QueryCloseCommand::summary() const
{
    return Tr::tr("Close a data query with a note (monitors).");
}

QList<QCommandLineOption> QueryCloseCommand::options() const
{
    return { queryOption(),
             QCommandLineOption(QStringLiteral("note"), Tr::tr("How the query was resolved."), Tr::tr("TEXT")) };
}

int QueryCloseCommand::run(CommandContext &context)
{
    const auto reference = queryOptionValue(context);
    if (!reference || !context.isSet(QStringLiteral("note")))
        return context.fail(ExitUsage,
                            Tr::tr("query close needs --query QUERY (e.g. ICM-0001/M3/PHQ9/1#1) --note TEXT."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto query = core::DataQueryService(session).findQuery(*reference);
        if (!query)
            return reportError(context, query.error());
        const core::Status closed
            = core::DataQueryService(session).closeQuery(query->id, context.value(QStringLiteral("note")));
        if (!closed)
            return reportError(context, closed.error());
        context.err() << Tr::tr("Query %1 closed.").arg(core::queryReference(query.value())) << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
