#include "app/cli/commands/DataShowCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/data/FormDefinitionService.h"
#include "core/data/FormEntryService.h"
#include "core/workspace/TrialSession.h"
#include "forms/FormValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::DataShowCommand)
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QString DataShowCommand::summary() const
{
    return Tr::tr("Show every form entry of a participant with its state and values, in visit order.");
}

QList<QCommandLineOption> DataShowCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("participant"), Tr::tr("The study ID, e.g. ICM-0001."), Tr::tr("STUDY_ID")),
        QCommandLineOption(QStringLiteral("json"),
                           Tr::tr("Print JSON: {\"participant\", \"site\", \"entries\": [{\"entry\" (its reference, "
                                  "STUDY_ID/VISIT/FORM/INSTANCE), \"visit\" (null when unscheduled), \"form\", "
                                  "\"version\", \"instance\", \"state\", "
                                  "\"open_queries\", \"updated_at\", \"updated_by\", \"values\": {item: text or "
                                  "{\"missing\": code}}}]}."))
    };
}

int DataShowCommand::run(CommandContext &context)
{
    const QString studyId = context.value(QStringLiteral("participant"));
    if (studyId.isEmpty())
        return context.fail(ExitUsage, Tr::tr("data show needs --participant STUDY_ID."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto entries = core::FormEntryService(session).entries(studyId);
        if (!entries)
            return reportError(context, entries.error());

        if (context.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            QString site;
            for (const core::FormEntry &entry : entries.value()) {
                site = entry.siteCode;
                QJsonObject values;
                for (auto it = entry.answers.cbegin(); it != entry.answers.cend(); ++it)
                    values.insert(it.key(),
                                  it.value().hasValue() ? QJsonValue(it.value().value)
                                                        : QJsonValue(QJsonObject {
                                                            { QStringLiteral("missing"), it.value().missingCode } }));
                list.append(QJsonObject {
                    { QStringLiteral("entry"), core::entryReference(entry) },
                    { QStringLiteral("visit"), entry.visitCode.isEmpty() ? QJsonValue() : QJsonValue(entry.visitCode) },
                    { QStringLiteral("form"), entry.formCode },
                    { QStringLiteral("version"), entry.formVersion },
                    { QStringLiteral("instance"), entry.instance },
                    { QStringLiteral("state"), core::formEntryStateCode(entry.state) },
                    { QStringLiteral("open_queries"), entry.openQueries },
                    { QStringLiteral("updated_at"), timeText(entry.updatedAt) },
                    { QStringLiteral("updated_by"), entry.updatedBy },
                    { QStringLiteral("values"), values },
                });
            }
            context.out() << QJsonDocument(QJsonObject { { QStringLiteral("participant"), studyId.trimmed().toUpper() },
                                                         { QStringLiteral("site"), site },
                                                         { QStringLiteral("entries"), list } })
                                 .toJson(QJsonDocument::Indented);
            return ExitSuccess;
        }

        if (entries->isEmpty()) {
            context.out() << Tr::tr("%1: no form entered yet.").arg(studyId.trimmed().toUpper()) << '\n';
            return ExitSuccess;
        }
        // Values are shown for people, with each entry's own definition version.
        QMap<QPair<QString, int>, forms::FormDefinition> definitions;
        for (const core::FormEntry &entry : entries.value()) {
            const auto key = qMakePair(entry.formCode, entry.formVersion);
            if (!definitions.contains(key)) {
                auto definition = core::FormDefinitionService(session).definition(entry.formCode, entry.formVersion);
                if (!definition)
                    return reportError(context, definition.error());
                definitions.insert(key, definition.value());
            }
            const forms::FormDefinition &definition = definitions[key];
            QString heading
                = QStringLiteral("%1 %2 v%3")
                      .arg(entry.visitCode.isEmpty() ? Tr::tr("(unscheduled)") : entry.visitCode, entry.formCode)
                      .arg(entry.formVersion);
            if (entry.visitCode.isEmpty())
                heading += QStringLiteral(" #%1").arg(entry.instance);
            context.out() << heading << QStringLiteral(" [%1]").arg(core::formEntryStateDisplayName(entry.state));
            if (entry.openQueries > 0)
                context.out() << ' ' << Tr::tr("(%n open queries)", nullptr, entry.openQueries);
            context.out() << QStringLiteral("  %1").arg(core::entryReference(entry)) << '\n';
            // In the definition's item order.
            for (const forms::Item &item : definition.items) {
                if (!entry.answers.contains(item.code))
                    continue;
                const forms::Answer answer = entry.answers.value(item.code);
                const QString shown = answer.hasValue() ? forms::FormValue::display(item, answer.value)
                                                        : forms::FormValue::missingCodeLabel(answer.missingCode);
                context.out() << QStringLiteral("  %1 = %2").arg(item.code, shown) << '\n';
            }
        }
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
