#include "app/cli/commands/VisitsDueCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::VisitsDueCommand)
};
} // namespace

QString VisitsDueCommand::summary() const
{
    return Tr::tr("List the planned visits of a site whose target date falls in a period, by date then study ID.");
}

QList<QCommandLineOption> VisitsDueCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("site"), Tr::tr("The site code, e.g. ICM."), Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("from"), Tr::tr("First day of the period."), Tr::tr("YYYY-MM-DD")),
             QCommandLineOption(QStringLiteral("to"), Tr::tr("Last day of the period (included)."),
                                Tr::tr("YYYY-MM-DD")),
             QCommandLineOption(
                 QStringLiteral("json"),
                 Tr::tr("Print JSON instead of a tab-separated table. Stable fields: site, from, to, count, visits "
                        "(array of: study_id, site, visit, order, status, target_date, window_start, window_end, "
                        "primary_outcome, forms). Dates are YYYY-MM-DD in the site's time zone.")) };
}

QJsonObject VisitsDueCommand::toJson(const core::VisitRow &row)
{
    return QJsonObject { { QStringLiteral("study_id"), row.studyId },
                         { QStringLiteral("site"), row.siteCode },
                         { QStringLiteral("visit"), row.visitCode },
                         { QStringLiteral("order"), row.order },
                         { QStringLiteral("status"), core::visitStatusCode(row.status) },
                         { QStringLiteral("target_date"), row.targetDate.toString(Qt::ISODate) },
                         { QStringLiteral("window_start"), row.windowStart.toString(Qt::ISODate) },
                         { QStringLiteral("window_end"), row.windowEnd.toString(Qt::ISODate) },
                         { QStringLiteral("primary_outcome"), row.primaryOutcome },
                         { QStringLiteral("forms"), QJsonArray::fromStringList(row.forms) } };
}

QDate VisitsDueCommand::dateOption(CommandContext &context, const QString &option)
{
    const QDate date = QDate::fromString(context.value(option), Qt::ISODate);
    if (!date.isValid())
        context.fail(ExitUsage, Tr::tr("--%1 must be a date YYYY-MM-DD.").arg(option));
    return date;
}

int VisitsDueCommand::run(CommandContext &context)
{
    const QString site = context.value(QStringLiteral("site"));
    if (site.isEmpty())
        return context.fail(ExitUsage, Tr::tr("visits due needs --site CODE --from YYYY-MM-DD --to YYYY-MM-DD."));
    const QDate from = dateOption(context, QStringLiteral("from"));
    if (!from.isValid())
        return ExitUsage;
    const QDate to = dateOption(context, QStringLiteral("to"));
    if (!to.isValid())
        return ExitUsage;
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto rows = core::VisitService(session).due(site, from, to);
        if (!rows)
            return reportError(context, rows.error());
        if (context.isSet(QStringLiteral("json"))) {
            QJsonArray visits;
            for (const core::VisitRow &row : std::as_const(rows.value()))
                visits.append(toJson(row));
            const QJsonObject document { { QStringLiteral("site"), site.toUpper() },
                                         { QStringLiteral("from"), from.toString(Qt::ISODate) },
                                         { QStringLiteral("to"), to.toString(Qt::ISODate) },
                                         { QStringLiteral("count"), visits.size() },
                                         { QStringLiteral("visits"), visits } };
            context.out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
            return ExitSuccess;
        }
        context.out() << QStringLiteral("study_id\tvisit\ttarget_date\twindow_start\twindow_end") << '\n';
        for (const core::VisitRow &row : std::as_const(rows.value()))
            context.out() << row.studyId << '\t' << row.visitCode << '\t' << row.targetDate.toString(Qt::ISODate)
                          << '\t' << row.windowStart.toString(Qt::ISODate) << '\t'
                          << row.windowEnd.toString(Qt::ISODate) << '\n';
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
