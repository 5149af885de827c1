#include "CliRunner.h"
#include "Localization.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trialdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIALDESK_VERSION));
    trialdesk::i18n::installTranslations(app);
    return trialdesk::cli::runCli(QCoreApplication::arguments().mid(1));
}
