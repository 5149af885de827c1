#include "app/cli/commands/FormValidateCommand.h"

#include "app/cli/CommandContext.h"
#include "forms/FormDefinition.h"

#include <QCoreApplication>
#include <QFile>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::FormValidateCommand)
};

// Larger files are refused by the parser anyway; reading stops just past its limit.
constexpr qint64 maxDefinitionBytes = 4 * 1024 * 1024 + 1;

} // namespace

QString FormValidateCommand::name() const
{
    return QStringLiteral("form validate");
}

QString FormValidateCommand::summary() const
{
    return Tr::tr("Check a case report form definition (JSON file); no workspace needed.");
}

QStringList FormValidateCommand::positionalNames() const
{
    return { QStringLiteral("FILE") };
}

int FormValidateCommand::run(CommandContext &context)
{
    if (context.positional().size() != 1)
        return context.fail(ExitUsage, Tr::tr("form validate needs exactly one FILE."));
    const QString path = context.positional().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(ExitRefused, Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray json = file.read(maxDefinitionBytes);
    const auto definition = forms::FormDefinition::parse(json, path);
    if (!definition)
        return context.fail(ExitRefused, definition.error());
    context.out() << Tr::tr("%1: form %2 version %3 (%4), %n item(s): valid.", nullptr, int(definition->items.size()))
                         .arg(path, definition->code)
                         .arg(definition->version)
                         .arg(forms::categoryName(definition->category))
                  << '\n';
    return ExitSuccess;
}

} // namespace trialdesk::cli
