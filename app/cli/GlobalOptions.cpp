#include "GlobalOptions.h"

#include <QCoreApplication>

namespace trialdesk::cli {

QList<QCommandLineOption> globalOptions()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("trialdesk::cli::GlobalOptions", text); };
    return {
        QCommandLineOption(QString::fromLatin1(option::kWorkspace), tr("The trial workspace folder."), tr("DIR")),
        QCommandLineOption(QString::fromLatin1(option::kUser), tr("The user name to sign in with."), tr("NAME")),
        QCommandLineOption(QString::fromLatin1(option::kPasswordStdin),
                           tr("Read the password (and a new secret, where needed) from standard input.")),
    };
}

} // namespace trialdesk::cli
