#include "AuditCommands.h"

#include "CommandContext.h"
#include "SessionOpener.h"
#include "services/AuditService.h"
#include "workspace/TrialSession.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::AuditCommands)
};
} // namespace

QString AuditVerifyCommand::summary() const
{
    return Tr::tr("Re-walk the audit chain; exit 3 at the first broken entry.");
}

int AuditVerifyCommand::run(CommandContext &context)
{
    int code = ExitSuccess;
    auto session = openSession(context, code);
    if (!session)
        return code;
    auto verification = core::AuditService(*session).verify();
    if (!verification)
        return reportError(context, verification.error());
    if (!verification->ok) {
        context.out() << QStringLiteral("broken: entry %1: %2").arg(verification->brokenId).arg(verification->problem)
                      << Qt::endl;
        return ExitVerification;
    }
    context.out() << QStringLiteral("ok: %1 entries, head %2")
                         .arg(verification->entries)
                         .arg(QString::fromLatin1(verification->head))
                  << Qt::endl;
    return ExitSuccess;
}

QString AuditExportCommand::summary() const
{
    return Tr::tr("Export the audit trail as CSV (the export is itself audited).");
}

QList<QCommandLineOption> AuditExportCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("output"), Tr::tr("The CSV file to write."), Tr::tr("FILE")),
             QCommandLineOption(QStringLiteral("filter-user"), Tr::tr("Only entries by this user."), Tr::tr("NAME")),
             QCommandLineOption(QStringLiteral("entity"), Tr::tr("Only entries about this kind of entity."),
                                Tr::tr("ENTITY")),
             QCommandLineOption(QStringLiteral("from"), Tr::tr("Only entries on or after this UTC date."),
                                Tr::tr("YYYY-MM-DD")),
             QCommandLineOption(QStringLiteral("to"), Tr::tr("Only entries on or before this UTC date."),
                                Tr::tr("YYYY-MM-DD")) };
}

int AuditExportCommand::run(CommandContext &context)
{
    const QString output = context.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.fail(ExitUsage, Tr::tr("audit export needs --output FILE."));
    core::AuditTrail::Filter filter;
    filter.username = context.value(QStringLiteral("filter-user"));
    filter.entity = context.value(QStringLiteral("entity"));
    for (const auto &[option, bound, days] : { std::tuple { QStringLiteral("from"), &filter.fromUtc, 0 },
                                               std::tuple { QStringLiteral("to"), &filter.toUtc, 1 } }) {
        if (!context.isSet(option))
            continue;
        const QDate date = QDate::fromString(context.value(option), Qt::ISODate);
        if (!date.isValid())
            return context.fail(ExitUsage, Tr::tr("--%1 needs a date YYYY-MM-DD.").arg(option));
        *bound = QDateTime(date.addDays(days), QTime(0, 0), QTimeZone::utc());
    }
    int code = ExitSuccess;
    auto session = openSession(context, code);
    if (!session)
        return code;
    if (core::Status written = core::AuditService(*session).exportCsv(filter, output); !written)
        return reportError(context, written.error());
    context.err() << Tr::tr("Audit trail exported to %1.").arg(output) << Qt::endl;
    return ExitSuccess;
}

} // namespace trialdesk::cli
