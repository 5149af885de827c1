#include "app/cli/commands/ReportOptions.h"

#include "app/cli/Command.h"
#include "app/cli/CommandContext.h"

#include <QCoreApplication>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ReportOptions)
};

} // namespace

ReportOptions::ReportOptions(QString command, QStringList formats)
    : m_command(std::move(command))
    , m_formats(std::move(formats))
{
}

QList<QCommandLineOption> ReportOptions::options() const
{
    return {
        QCommandLineOption(QStringLiteral("format"),
                           Tr::tr("Output format: %1.").arg(m_formats.join(QStringLiteral(", "))), Tr::tr("FORMAT")),
        QCommandLineOption(QStringLiteral("output"), Tr::tr("The file to write (replaced if it exists)."),
                           Tr::tr("FILE")),
    };
}

std::optional<int> ReportOptions::parse(CommandContext &context)
{
    for (const char *required : { "format", "output" }) {
        if (!context.isSet(QLatin1String(required)) || context.value(QLatin1String(required)).isEmpty())
            return context.fail(
                ExitUsage,
                Tr::tr("--%1 is required; see trialdesk-cli %2 --help.").arg(QLatin1String(required), m_command));
    }
    const QString format = context.value(QStringLiteral("format"));
    if (!m_formats.contains(format))
        return context.fail(
            ExitUsage,
            Tr::tr("--format must be one of %1, not \"%2\".").arg(m_formats.join(QStringLiteral(", ")), format));
    m_format = format;
    m_output = context.value(QStringLiteral("output"));
    return std::nullopt;
}

} // namespace trialdesk::cli
