#include "app/cli/commands/LogCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/enrollment/RandomizationLogService.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::LogCommands)
};
} // namespace

QString LogExportCommand::summary() const
{
    return Tr::tr("Export the randomization log as CSV (audited).");
}

QList<QCommandLineOption> LogExportCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("output"), Tr::tr("The CSV file to write."), Tr::tr("FILE")) };
}

int LogExportCommand::run(CommandContext &context)
{
    const QString output = context.value(QStringLiteral("output"));
    if (output.isEmpty())
        return context.fail(ExitUsage, Tr::tr("log export needs --output FILE."));
    return withSession(context, [&](core::TrialSession &session) -> int {
        if (core::Status written = core::RandomizationLogService(session).exportCsv(output); !written)
            return reportError(context, written.error());
        context.err() << Tr::tr("Randomization log exported to %1.").arg(output) << Qt::endl;
        return ExitSuccess;
    });
}

QString LogVerifyCommand::summary() const
{
    return Tr::tr(
        "Verify every allocation against the seed's streams, gaps, duplicates and the audit chain (exit 3 on a "
        "problem).");
}

QList<QCommandLineOption> LogVerifyCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")) };
}

int LogVerifyCommand::run(CommandContext &context)
{
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto report = core::RandomizationLogService(session).report();
        if (!report)
            return reportError(context, report.error());
        QStringList problems;
        for (const core::RandomizationLogEntry &entry : report->entries)
            if (!entry.problem.isEmpty())
                problems.append(entry.studyId + QStringLiteral(": ") + entry.problem);
        for (const core::RandomizationLogGap &gap : report->gaps)
            problems.append(Tr::tr("stream lineage of design %1, stratum %2: sequences %3 to %4 were never allocated")
                                .arg(gap.streamLineage)
                                .arg(gap.stratumIndex)
                                .arg(gap.firstMissing)
                                .arg(gap.lastMissing));
        if (!report->auditChainOk)
            problems.append(Tr::tr("audit chain: %1").arg(report->auditProblem));
        QStringList notes;
        for (const core::RandomizationLogLineage &lineage : report->lineages)
            if (!lineage.note.isEmpty())
                notes.append(lineage.note);
        if (context.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const QString &problem : problems)
                list.append(problem);
            context.out() << QJsonDocument(
                                 QJsonObject {
                                     { QStringLiteral("entries"), report->entries.size() },
                                     { QStringLiteral("mismatches"), report->mismatches },
                                     { QStringLiteral("duplicates"), report->duplicates },
                                     { QStringLiteral("gaps"), report->gaps.size() },
                                     { QStringLiteral("audit_chain_ok"), report->auditChainOk },
                                     { QStringLiteral("audit_head"), QString::fromLatin1(report->auditHead) },
                                     { QStringLiteral("clean"), report->clean() },
                                     { QStringLiteral("stream_lineages"), core::lineagesToJson(report->lineages) },
                                     { QStringLiteral("problems"), list } })
                                 .toJson(QJsonDocument::Indented);
        } else {
            context.out()
                << Tr::tr("%1 allocations checked: %2 mismatches, %3 duplicates, %4 gaps; audit chain %5, head %6")
                       .arg(report->entries.size())
                       .arg(report->mismatches)
                       .arg(report->duplicates)
                       .arg(report->gaps.size())
                       .arg(report->auditChainOk ? Tr::tr("verified") : Tr::tr("BROKEN"),
                            QString::fromLatin1(report->auditHead))
                << '\n';
            for (const QString &note : notes)
                context.out() << note << '\n';
            for (const QString &problem : problems)
                context.out() << problem << '\n';
        }
        return report->clean() ? ExitSuccess : ExitVerification;
    });
}

} // namespace trialdesk::cli
