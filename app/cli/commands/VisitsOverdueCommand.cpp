#include "app/cli/commands/VisitsOverdueCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "app/cli/commands/VisitsDueCommand.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::VisitsOverdueCommand)
};
} // namespace

QString VisitsOverdueCommand::summary() const
{
    return Tr::tr("List every planned visit of a site whose target date is before a day (late or out of window).");
}

QList<QCommandLineOption> VisitsOverdueCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("site"), Tr::tr("The site code, e.g. ICM."), Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("as-of"), Tr::tr("The day to measure lateness from, usually today."),
                                Tr::tr("YYYY-MM-DD")),
             QCommandLineOption(
                 QStringLiteral("json"),
                 Tr::tr("Print JSON instead of a tab-separated table. Stable fields: site, as_of, count, visits "
                        "(array of: study_id, site, visit, order, status, target_date, window_start, window_end, "
                        "primary_outcome, forms, days_late, window_ended). days_late: days from the target date to "
                        "as_of; window_ended: true when the window closed before as_of.")) };
}

int VisitsOverdueCommand::run(CommandContext &context)
{
    const QString site = context.value(QStringLiteral("site"));
    if (site.isEmpty())
        return context.fail(ExitUsage, Tr::tr("visits overdue needs --site CODE --as-of YYYY-MM-DD."));
    const QDate asOf = VisitsDueCommand::dateOption(context, QStringLiteral("as-of"));
    if (!asOf.isValid())
        return ExitUsage;
    return withSession(context, [&](core::TrialSession &session) -> int {
        // The whole list: the command line has no screen to fill (the GUI pages it).
        auto rows = core::VisitService(session).overdue(site, asOf);
        if (!rows)
            return reportError(context, rows.error());
        if (context.isSet(QStringLiteral("json"))) {
            QJsonArray visits;
            for (const core::VisitRow &row : std::as_const(rows.value())) {
                QJsonObject object = VisitsDueCommand::toJson(row);
                object.insert(QStringLiteral("days_late"), row.targetDate.daysTo(asOf));
                object.insert(QStringLiteral("window_ended"), row.isOutOfWindow(asOf));
                visits.append(object);
            }
            const QJsonObject document { { QStringLiteral("site"), site.toUpper() },
                                         { QStringLiteral("as_of"), asOf.toString(Qt::ISODate) },
                                         { QStringLiteral("count"), visits.size() },
                                         { QStringLiteral("visits"), visits } };
            context.out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
            return ExitSuccess;
        }
        context.out() << QStringLiteral("study_id\tvisit\ttarget_date\twindow_end\tdays_late\twindow_ended") << '\n';
        for (const core::VisitRow &row : std::as_const(rows.value()))
            context.out() << row.studyId << '\t' << row.visitCode << '\t' << row.targetDate.toString(Qt::ISODate)
                          << '\t' << row.windowEnd.toString(Qt::ISODate) << '\t' << row.targetDate.daysTo(asOf) << '\t'
                          << (row.isOutOfWindow(asOf) ? "yes" : "no") << '\n';
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
