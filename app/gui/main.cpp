#include "app/gui/Launcher.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TrialDesk"));
    QApplication::setApplicationName(QStringLiteral("TrialDesk"));
    QApplication::setApplicationVersion(QStringLiteral(TRIALDESK_VERSION));
    trialdesk::gui::Launcher launcher(app);
    return launcher.run();
}
