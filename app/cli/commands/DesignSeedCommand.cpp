#include "app/cli/commands/DesignSeedCommand.h"

#include "app/cli/CommandContext.h"

#include <QCoreApplication>

#include <sodium.h>

namespace trialdesk::cli {

QString DesignSeedCommand::name() const
{
    return QStringLiteral("design seed");
}

QString DesignSeedCommand::summary() const
{
    return QCoreApplication::translate("trialdesk::cli::DesignSeedCommand",
                                       "Print a new trial seed (64 hexadecimal digits) from the secure random source.");
}

int DesignSeedCommand::run(CommandContext &context)
{
    if (sodium_init() < 0)
        return context.fail(ExitRefused,
                            QCoreApplication::translate("trialdesk::cli::DesignSeedCommand",
                                                        "The secure random source could not be "
                                                        "initialised; no seed was made. Try again."));
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char hex[2 * sizeof bytes + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    context.out() << QLatin1String(hex, 2 * sizeof bytes) << Qt::endl;
    sodium_memzero(bytes, sizeof bytes);
    sodium_memzero(hex, sizeof hex);
    return ExitSuccess;
}

} // namespace trialdesk::cli
