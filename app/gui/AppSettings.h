#pragma once

#include <QString>

namespace trialdesk::gui {

// The workstation's preferences (QSettings "TrialDesk"/"TrialDesk"): interface language and the
// last workspace opened. Never a secret, never trial data.
class AppSettings
{
public:
    // "fr", "en", or empty to follow the system locale.
    static QString language();
    static void setLanguage(const QString &code);

    static QString lastWorkspace();
    static void setLastWorkspace(const QString &directory);
};

} // namespace trialdesk::gui
