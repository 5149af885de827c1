#include "app/cli/commands/QueryListCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/data/DataQueryService.h"
#include "core/data/FormEntryService.h"
#include "core/workspace/TrialSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::QueryListCommand)
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
} // namespace

QString QueryListCommand::summary() const
{
    return Tr::tr("List the data queries not closed of a site, or every query of one form entry.");
}

QList<QCommandLineOption> QueryListCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("site"), Tr::tr("The site code (default: every site you may see)."),
                                Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("entry"),
                                Tr::tr("Every query of this form entry instead (STUDY_ID/VISIT/FORM/INSTANCE, as "
                                       "data show prints it)."),
                                Tr::tr("ENTRY")),
             QCommandLineOption(QStringLiteral("json"),
                                Tr::tr("Print JSON: an array of {\"query\", \"entry\", \"participant\", \"site\", "
                                       "\"visit\", \"form\", \"item\", \"status\", \"question\", \"raised_by\", "
                                       "\"raised_at\", \"answer\", \"answered_by\", \"answered_at\", \"closed_by\", "
                                       "\"closed_at\", \"close_note\"} (null when not set).")) };
}

int QueryListCommand::run(CommandContext &context)
{
    std::optional<core::FormSlot> slot;
    if (context.isSet(QStringLiteral("entry"))) {
        slot = core::parseEntryReference(context.value(QStringLiteral("entry")));
        if (!slot || context.isSet(QStringLiteral("site")))
            return context.fail(ExitUsage,
                                Tr::tr("query list takes --site CODE or --entry ENTRY (e.g. ICM-0001/M3/PHQ9/1)."));
    }
    return withSession(context, [&](core::TrialSession &session) -> int {
        core::Result<QList<core::DataQuery>> queries = QList<core::DataQuery>();
        if (slot) {
            auto entry = core::FormEntryService(session).findEntry(*slot);
            if (!entry)
                return reportError(context, entry.error());
            queries = core::DataQueryService(session).queries(entry->id);
        } else {
            queries = core::DataQueryService(session).openQueries(context.value(QStringLiteral("site")));
        }
        if (!queries)
            return reportError(context, queries.error());
        if (context.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const core::DataQuery &query : queries.value())
                list.append(QJsonObject {
                    { QStringLiteral("query"), core::queryReference(query) },
                    { QStringLiteral("entry"),
                      core::entryReference(query.studyId, query.visitCode, query.formCode, query.instance) },
                    { QStringLiteral("participant"), query.studyId },
                    { QStringLiteral("site"), query.siteCode },
                    { QStringLiteral("visit"), orNull(query.visitCode) },
                    { QStringLiteral("form"), query.formCode },
                    { QStringLiteral("item"), query.itemCode },
                    { QStringLiteral("status"), core::queryStatusCode(query.status) },
                    { QStringLiteral("question"), query.question },
                    { QStringLiteral("raised_by"), query.raisedBy },
                    { QStringLiteral("raised_at"), timeText(query.raisedAt) },
                    { QStringLiteral("answer"), orNull(query.answer) },
                    { QStringLiteral("answered_by"), orNull(query.answeredBy) },
                    { QStringLiteral("answered_at"), orNull(timeText(query.answeredAt)) },
                    { QStringLiteral("closed_by"), orNull(query.closedBy) },
                    { QStringLiteral("closed_at"), orNull(timeText(query.closedAt)) },
                    { QStringLiteral("close_note"), orNull(query.closeNote) } });
            context.out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return ExitSuccess;
        }
        if (queries->isEmpty()) {
            context.out() << Tr::tr("No query.") << '\n';
            return ExitSuccess;
        }
        for (const core::DataQuery &query : queries.value()) {
            context.out() << QStringLiteral("%1 %2 [%3] %4: %5")
                                 .arg(core::queryReference(query), query.itemCode,
                                      core::queryStatusDisplayName(query.status), query.raisedBy, query.question)
                          << '\n';
            if (!query.answer.isEmpty())
                context.out() << QStringLiteral("    %1: %2").arg(query.answeredBy, query.answer) << '\n';
            if (!query.closeNote.isEmpty())
                context.out() << QStringLiteral("    %1: %2").arg(query.closedBy, query.closeNote) << '\n';
        }
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
