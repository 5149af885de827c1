#include "app/cli/GlobalOptions.h"

#include <QCoreApplication>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::GlobalOptions)
};
} // namespace

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(QString::fromLatin1(option::kWorkspace), Tr::tr("The trial workspace folder."),
                           Tr::tr("DIR")),
        QCommandLineOption(QString::fromLatin1(option::kUser), Tr::tr("The user name to sign in with."),
                           Tr::tr("NAME")),
        QCommandLineOption(QString::fromLatin1(option::kPasswordStdin),
                           Tr::tr("Read the password (and a new secret, where needed) from standard input.")),
    };
}

} // namespace trialdesk::cli
