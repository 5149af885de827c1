#include "app/cli/commands/ListExportCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/design/DesignService.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ListExportCommand)
};

} // namespace

QString ListExportCommand::name() const
{
    return QStringLiteral("list export");
}

QString ListExportCommand::summary() const
{
    return Tr::tr(
        "Export the allocation list (first N entries of every stratum) as spec CSV or a REDCap table; audited.");
}

QList<QCommandLineOption> ListExportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("per-stratum"), Tr::tr("Entries to write for each stratum."), Tr::tr("N")),
        QCommandLineOption(QStringLiteral("format"),
                           Tr::tr("spec (the spec's CSV) or redcap (a REDCap allocation table)."), Tr::tr("FORMAT")),
        QCommandLineOption(QStringLiteral("output"), Tr::tr("The CSV file to write."), Tr::tr("FILE")),
    };
}

int ListExportCommand::run(CommandContext &context)
{
    using randomization::AllocationListWriter;
    for (const char *required : { "per-stratum", "format", "output" }) {
        if (!context.isSet(QLatin1String(required)) || context.value(QLatin1String(required)).isEmpty())
            return context.fail(
                ExitUsage,
                Tr::tr("--%1 is required; see trialdesk-cli list export --help.").arg(QLatin1String(required)));
    }
    bool ok = false;
    const qint64 perStratum = context.value(QStringLiteral("per-stratum")).toLongLong(&ok);
    if (!ok || perStratum < 1 || perStratum > core::DesignService::kMaxPerStratum)
        return context.fail(
            ExitUsage,
            Tr::tr("--per-stratum must be a whole number from 1 to %1.").arg(core::DesignService::kMaxPerStratum));
    const QString formatText = context.value(QStringLiteral("format"));
    AllocationListWriter::Format format = AllocationListWriter::Format::Spec;
    if (formatText == QLatin1String("redcap"))
        format = AllocationListWriter::Format::Redcap;
    else if (formatText != QLatin1String("spec"))
        return context.fail(ExitUsage, Tr::tr("--format must be spec or redcap, not \"%1\".").arg(formatText));
    const QString output = context.value(QStringLiteral("output"));

    return withSession(context, [&](core::TrialSession &session) -> int {
        auto rows = core::DesignService(session).exportAllocationList(output, format, perStratum);
        if (!rows)
            return reportError(context, rows.error());
        context.err() << Tr::tr("%1 allocations written to %2 (readable by you only; keep it concealed).")
                             .arg(rows.value())
                             .arg(QDir::toNativeSeparators(output))
                      << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
