#include "QueryCloseCommand.h"

#include "CommandContext.h"
#include "SessionOpener.h"
#include "data/FormDataService.h"
#include "workspace/TrialSession.h"

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
    return { QCommandLineOption(QStringLiteral("query"), Tr::tr("The query number."), Tr::tr("ID")),
             QCommandLineOption(QStringLiteral("note"), Tr::tr("How the query was resolved."), Tr::tr("TEXT")) };
}

int QueryCloseCommand::run(CommandContext &context)
{
    bool ok = false;
    const qint64 queryId = context.value(QStringLiteral("query")).toLongLong(&ok);
    if (!ok || queryId <= 0 || !context.isSet(QStringLiteral("note")))
        return context.fail(ExitUsage, Tr::tr("query close needs --query ID --note TEXT."));
    int code = ExitSuccess;
    auto session = openSession(context, code);
    if (!session)
        return code;
    const core::Status closed
        = core::FormDataService(*session).closeQuery(queryId, context.value(QStringLiteral("note")));
    if (!closed)
        return reportError(context, closed.error());
    context.err() << Tr::tr("Query %1 closed.").arg(queryId) << Qt::endl;
    return ExitSuccess;
}

} // namespace trialdesk::cli
