#pragma once

#include <QString>

#include <memory>

class QApplication;

namespace trialdesk::core {
class Workspace;
}

namespace trialdesk::gui {

class MainWindow;

// What `trialdesk` does from its command line to the main window: language, which workspace
// (--demo, --workspace DIR, the last one, or the first-run wizard), sign-in.
class Launcher
{
public:
    explicit Launcher(QApplication &app);
    ~Launcher();

    // Runs the application; returns the process exit code.
    int run();

private:
    // The workspace folder to open, or empty when the user cancelled; may run the wizard.
    QString chooseWorkspace(const QString &requested, bool *ok);
    int fail(const QString &message);

    QApplication &m_app;
    std::unique_ptr<core::Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_suggestedUser;
};

} // namespace trialdesk::gui
