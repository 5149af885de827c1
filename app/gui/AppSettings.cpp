#include "app/gui/AppSettings.h"

#include <QSettings>

namespace trialdesk::gui {

namespace {
const QString kOrganization = QStringLiteral("TrialDesk");
const QString kApplication = QStringLiteral("TrialDesk");
} // namespace

QString AppSettings::language()
{
    QSettings settings(kOrganization, kApplication);
    return settings.value(QStringLiteral("language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    QSettings settings(kOrganization, kApplication);
    settings.setValue(QStringLiteral("language"), code);
}

QString AppSettings::lastWorkspace()
{
    QSettings settings(kOrganization, kApplication);
    return settings.value(QStringLiteral("lastWorkspace")).toString();
}

void AppSettings::setLastWorkspace(const QString &directory)
{
    QSettings settings(kOrganization, kApplication);
    settings.setValue(QStringLiteral("lastWorkspace"), directory);
}

} // namespace trialdesk::gui
