#include "app/cli/commands/QueryAnswerCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "app/cli/commands/DataEnterCommand.h"
#include "app/cli/commands/QueryOption.h"
#include "core/data/DataQueryService.h"
#include "core/data/FormDefinitionService.h"
#include "core/data/FormEntryService.h"
#include "core/workspace/TrialSession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::QueryAnswerCommand)
};
} // namespace

QString QueryAnswerCommand::summary() const
{
    return Tr::tr("Answer a data query in words, or correct the value with a reason (site staff).");
}

QList<QCommandLineOption> QueryAnswerCommand::options() const
{
    return { queryOption(),
             QCommandLineOption(QStringLiteral("answer"), Tr::tr("The answer, when the value stays."), Tr::tr("TEXT")),
             QCommandLineOption(QStringLiteral("value"),
                                Tr::tr("The corrected value as JSON: 3, \"phone\", [\"a\",\"b\"], true, "
                                       "{\"missing\": \"unknown\"}, null (no value)."),
                                Tr::tr("JSON")),
             QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the value is corrected."), Tr::tr("TEXT")) };
}

int QueryAnswerCommand::run(CommandContext &context)
{
    const auto reference = queryOptionValue(context);
    const bool answering = context.isSet(QStringLiteral("answer"));
    const bool correcting = context.isSet(QStringLiteral("value"));
    if (!reference || answering == correcting || (correcting && !context.isSet(QStringLiteral("reason"))))
        return context.fail(ExitUsage,
                            Tr::tr("query answer needs --query QUERY (e.g. ICM-0001/M3/PHQ9/1#1) and either --answer "
                                   "TEXT or --value JSON --reason TEXT."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto query = core::DataQueryService(session).findQuery(*reference);
        if (!query)
            return reportError(context, query.error());
        const QString name = core::queryReference(query.value());
        if (answering) {
            const core::Status answered
                = core::DataQueryService(session).answerQuery(query->id, context.value(QStringLiteral("answer")));
            if (!answered)
                return reportError(context, answered.error());
            context.err() << Tr::tr("Query %1 answered.").arg(name) << Qt::endl;
            return ExitSuccess;
        }
        auto entry = core::FormEntryService(session).entry(query->entryId);
        if (!entry)
            return reportError(context, entry.error());
        auto definition = core::FormDefinitionService(session).definition(entry->formCode, entry->formVersion);
        if (!definition)
            return reportError(context, definition.error());
        const forms::Item *item = definition->item(query->itemCode);
        if (!item)
            return reportError(context,
                               core::makeError(core::ErrorCode::Corrupt,
                                               Tr::tr("Form %1 version %2 has no item %3.")
                                                   .arg(entry->formCode)
                                                   .arg(entry->formVersion)
                                                   .arg(query->itemCode)));
        // A bare word is taken as a string, so that --value phone works as --value '"phone"'.
        const QByteArray text = context.value(QStringLiteral("value")).toUtf8();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &parseError);
        const QJsonValue json = parseError.error == QJsonParseError::NoError && document.array().size() == 1
            ? document.array().at(0)
            : QJsonValue(QString::fromUtf8(text));
        auto answer = DataEnterCommand::answerFromJson(*item, json);
        if (!answer)
            return context.fail(ExitRefused, QStringLiteral("%1: %2").arg(item->code, answer.error()));
        const core::Status corrected = core::DataQueryService(session).answerQueryWithCorrection(
            query->id, answer.value(), context.value(QStringLiteral("reason")));
        if (!corrected)
            return reportError(context, corrected.error());
        context.err() << Tr::tr("Query %1 answered: %2 corrected.").arg(name, item->code) << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
