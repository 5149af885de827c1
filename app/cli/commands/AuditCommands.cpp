#include "app/cli/commands/AuditCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/services/AuditService.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::AuditCommands)
};

// "warning: entry K: ..." for each entry dated before the one before it.
void printTimeWarnings(CommandContext &context, const core::AuditTrail::Verification &verification)
{
    for (const core::AuditTrail::Finding &warning : verification.timeWarnings)
        context.out() << QStringLiteral("warning: entry %1: %2").arg(warning.id).arg(warning.problem) << Qt::endl;
}

} // namespace

QString AuditVerifyCommand::summary() const
{
    return Tr::tr("Re-walk the audit chain (and check it against the heads saved in a checkpoint file); exit 3 at "
                  "the first broken entry.");
}

QList<QCommandLineOption> AuditVerifyCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("checkpoint"),
                                Tr::tr("Also check the chain against the checkpoints of this file (written by audit "
                                       "checkpoint), or against an export or backup manifest."),
                                Tr::tr("FILE")) };
}

int AuditVerifyCommand::run(CommandContext &context)
{
    const bool withCheckpoints = context.isSet(QStringLiteral("checkpoint"));
    const QString checkpointFile = context.value(QStringLiteral("checkpoint"));
    if (withCheckpoints && checkpointFile.isEmpty())
        return context.fail(ExitUsage, Tr::tr("--checkpoint needs a FILE."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        core::AuditService audit(session);
        auto verification = withCheckpoints ? audit.verifyAgainst(checkpointFile) : audit.verify();
        if (!verification)
            return reportError(context, verification.error());
        printTimeWarnings(context, verification.value());
        if (!verification->ok) {
            context.out()
                << QStringLiteral("broken: entry %1: %2").arg(verification->brokenId).arg(verification->problem)
                << Qt::endl;
            return ExitVerification;
        }
        context.out() << QStringLiteral("%1: %2 entries, head %3")
                             .arg(verification->clean() ? QStringLiteral("ok")
                                                        : QStringLiteral("intact, with warnings"))
                             .arg(verification->entries)
                             .arg(QString::fromLatin1(verification->head))
                      << Qt::endl;
        if (withCheckpoints)
            context.out() << QStringLiteral("checkpoints: %1 matched").arg(verification->checkpointsMatched)
                          << Qt::endl;
        return verification->clean() ? ExitSuccess : ExitVerification;
    });
}

QString AuditCheckpointCommand::summary() const
{
    return Tr::tr("Verify the audit chain and add its current head to a checkpoint file kept outside the "
                  "workspace.");
}

QList<QCommandLineOption> AuditCheckpointCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("output"),
                                Tr::tr("The checkpoint file: one line is added (the file is created if missing)."),
                                Tr::tr("FILE")) };
}

int AuditCheckpointCommand::run(CommandContext &context)
{
    const QString output = context.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.fail(ExitUsage, Tr::tr("audit checkpoint needs --output FILE."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto saved = core::AuditService(session).saveCheckpoint(output);
        if (!saved) {
            // A chain that no longer verifies is a verification result, not a refusal.
            const int failure = saved.error().code == core::ErrorCode::Corrupt ? ExitVerification : ExitRefused;
            return context.fail(failure, saved.error().message);
        }
        printTimeWarnings(context, saved.value());
        context.out() << QStringLiteral("checkpoint: %1 entries, head %2")
                             .arg(saved->entries)
                             .arg(QString::fromLatin1(saved->head))
                      << Qt::endl;
        context.err() << Tr::tr("Checkpoint added to %1.").arg(output) << Qt::endl;
        return ExitSuccess;
    });
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
    return withSession(context, [&](core::TrialSession &session) -> int {
        if (core::Status written = core::AuditService(session).exportCsv(filter, output); !written)
            return reportError(context, written.error());
        context.err() << Tr::tr("Audit trail exported to %1.").arg(output) << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
