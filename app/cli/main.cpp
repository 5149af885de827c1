#include "app/cli/CliRunner.h"
#include "translations/Localization.h"

#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// Reports draw text into PNG, SVG and PDF, and Qt's fonts need a QGuiApplication. Every other
// command stays a plain QCoreApplication: no platform plugin to load, nothing printed by it.
bool drawsReports(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "report") == 0)
            return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (drawsReports(argc, argv)) {
        // The command line never opens a window: the offscreen platform is enough, with or without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("trialdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIALDESK_VERSION));
    trialdesk::i18n::installTranslations(*app);
    return trialdesk::cli::runCli(QCoreApplication::arguments().mid(1));
}
