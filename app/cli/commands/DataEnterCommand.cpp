#include "app/cli/commands/DataEnterCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/data/FormDefinitionService.h"
#include "core/data/FormEntryService.h"
#include "core/workspace/TrialSession.h"
#include "forms/FormValue.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::DataEnterCommand)
};

void printProblems(CommandContext &context, const QList<forms::ItemProblem> &problems)
{
    for (const forms::ItemProblem &problem : problems)
        context.err() << (problem.itemCode.isEmpty() ? problem.message
                                                     : QStringLiteral("%1: %2").arg(problem.itemCode, problem.message))
                      << Qt::endl;
}
} // namespace

QString DataEnterCommand::summary() const
{
    return Tr::tr("Enter or change a participant's form from a JSON file of values (draft, or complete with "
                  "--complete).");
}

QList<QCommandLineOption> DataEnterCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("participant"), Tr::tr("The study ID, e.g. ICM-0001."),
                                Tr::tr("STUDY_ID")),
             QCommandLineOption(QStringLiteral("visit"),
                                Tr::tr("The visit code, e.g. M3 (leave out for unscheduled forms: AE, EOS)."),
                                Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("form"), Tr::tr("The form code, e.g. PHQ9."), Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("instance"),
                                Tr::tr("For repeating unscheduled forms (AE): the instance to change (default: a new "
                                       "one)."),
                                Tr::tr("N")),
             QCommandLineOption(QStringLiteral("values"),
                                Tr::tr("JSON object item -> value: numbers, strings, booleans, arrays for multiple "
                                       "choice, {\"missing\": \"not_done\"}; items left out are empty."),
                                Tr::tr("FILE")),
             QCommandLineOption(QStringLiteral("complete"), Tr::tr("Validate fully and mark the form complete.")),
             QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why a complete form changes (required then)."),
                                Tr::tr("TEXT")) };
}

forms::Parsed<forms::Answer> DataEnterCommand::answerFromJson(const forms::Item &item, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.size() != 1 || !object.value(QStringLiteral("missing")).isString())
            return forms::Parsed<forms::Answer>::failure(
                Tr::tr("an object value must be {\"missing\": \"not_done\"|\"unknown\"|\"refused\"}"));
        return forms::Answer { QString(), object.value(QStringLiteral("missing")).toString() };
    }
    auto text = forms::FormValue::fromJson(item, value);
    if (!text)
        return forms::Parsed<forms::Answer>::failure(text.error());
    return forms::Answer { text.value(), QString() };
}

int DataEnterCommand::run(CommandContext &context)
{
    const QString studyId = context.value(QStringLiteral("participant"));
    const QString formCode = context.value(QStringLiteral("form")).trimmed().toUpper();
    const QString path = context.value(QStringLiteral("values"));
    if (studyId.isEmpty() || formCode.isEmpty() || path.isEmpty())
        return context.fail(ExitUsage,
                            Tr::tr("data enter needs --participant STUDY_ID --form CODE --values FILE (and --visit "
                                   "CODE for a form of a visit)."));
    int instance = 0;
    if (context.isSet(QStringLiteral("instance"))) {
        bool ok = false;
        instance = context.value(QStringLiteral("instance")).toInt(&ok);
        if (!ok || instance < 1)
            return context.fail(ExitUsage, Tr::tr("--instance must be a number from 1."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(ExitRefused, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return context.fail(ExitRefused,
                            Tr::tr("%1 is not a JSON object of item values: %2")
                                .arg(path,
                                     parseError.error != QJsonParseError::NoError
                                         ? parseError.errorString()
                                         : Tr::tr("the top level must be an object")));

    return withSession(context, [&](core::TrialSession &session) -> int {
        const core::FormSlot slot { studyId, context.value(QStringLiteral("visit")), formCode, instance };
        auto latest = core::FormDefinitionService(session).definition(formCode);
        if (!latest)
            return reportError(context, latest.error());
        // An existing entry is read and validated with its own definition version; a repeating
        // unscheduled form without --instance is a new one.
        std::optional<core::FormEntry> existing;
        if (!(slot.visitCode.isEmpty() && latest->repeating && instance == 0)) {
            auto found = core::FormEntryService(session).findEntry(slot);
            if (found)
                existing = std::move(found.value());
            else if (found.error().code != core::ErrorCode::NotFound)
                return reportError(context, found.error());
        }
        auto definition = existing && existing->formVersion != latest->version
            ? core::FormDefinitionService(session).definition(formCode, existing->formVersion)
            : latest;
        if (!definition)
            return reportError(context, definition.error());

        forms::Answers answers;
        QList<forms::ItemProblem> problems;
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const forms::Item *item = definition->item(it.key());
            if (!item) {
                problems.append({ it.key(), Tr::tr("form %1 has no such item").arg(formCode) });
                continue;
            }
            auto answer = answerFromJson(*item, it.value());
            if (!answer)
                problems.append({ it.key(), answer.error() });
            else if (!answer->isEmpty())
                answers.insert(it.key(), answer.value());
        }
        if (!problems.isEmpty()) {
            printProblems(context, problems);
            return context.fail(ExitRefused, Tr::tr("Nothing was saved: correct the values above."));
        }

        const bool complete = context.isSet(QStringLiteral("complete"));
        const QString reason = context.value(QStringLiteral("reason"));
        qint64 entryId = 0;
        core::Status done;
        if (existing && existing->state != core::FormEntryState::Draft) {
            entryId = existing->id;
            done = core::FormEntryService(session).edit(existing->id, answers, reason, &problems);
        } else {
            auto saved = complete ? core::FormEntryService(session).complete(slot, answers, &problems)
                                  : core::FormEntryService(session).saveDraft(slot, answers, &problems);
            if (saved)
                entryId = saved.value();
            else
                done = saved.error();
        }
        if (!done) {
            if (!problems.isEmpty()) {
                printProblems(context, problems);
                return context.fail(ExitRefused, Tr::tr("Nothing was saved: correct the values above."));
            }
            return reportError(context, done.error());
        }
        auto saved = core::FormEntryService(session).entry(entryId);
        if (!saved)
            return reportError(context, saved.error());
        const QString reference = core::entryReference(saved.value());
        context.out() << reference << '\n';
        context.err() << Tr::tr("Form %1 of %2 saved (entry %3, %4).")
                             .arg(formCode, saved->studyId, reference, core::formEntryStateDisplayName(saved->state))
                      << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
