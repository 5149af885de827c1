#include "app/gui/Launcher.h"

#include "app/gui/AppSettings.h"
#include "app/gui/FirstRunWizard.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/MainWindow.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "demo/DemoWorkspace.h"
#include "translations/Localization.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace trialdesk::gui {

Launcher::Launcher(QApplication &app)
    : m_app(app)
{
}

Launcher::~Launcher() = default;

int Launcher::run()
{
    // A saved choice wins; otherwise TRIALDESK_LANG, then the system locale.
    const QString saved = AppSettings::language();
    if (saved.isEmpty())
        i18n::installTranslations(m_app);
    else
        i18n::installTranslations(m_app, i18n::languageFor(saved));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Launcher", "TrialDesk runs a randomized controlled trial on clinic workstations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("Launcher", "Open the demo trial (created on first use, one account per role)."));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QCoreApplication::translate("Launcher", "Open the trial workspace in <folder>."),
        QCoreApplication::translate("Launcher", "folder"));
    parser.addOption(demoOption);
    parser.addOption(workspaceOption);
    parser.process(m_app);

    const core::Clock &clock = core::Clock::system();
    QString directory;
    QString notice;
    if (parser.isSet(demoOption)) {
        const QString demoDirectory
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-trial");
        const core::Result<core::DemoWorkspaceInfo> demo = core::ensureDemoWorkspace(demoDirectory, clock);
        if (!demo.ok())
            return fail(demo.error().message);
        directory = demo->directory;
        // Demo passwords are published fixtures of a synthetic trial, so printing them is the point.
        QTextStream out(stdout);
        out << QCoreApplication::translate("Launcher", "TrialDesk demo trial in %1")
                   .arg(QDir::toNativeSeparators(directory))
            << '\n';
        QStringList lines;
        for (const core::DemoAccount &account : demo->accounts) {
            const QString line = QStringLiteral("  %1  %2  %3")
                                     .arg(account.username, -16)
                                     .arg(core::roleDisplayName(account.role), -28)
                                     .arg(account.password);
            out << line << '\n';
            lines << QStringLiteral("%1 — %2").arg(account.username, core::roleDisplayName(account.role));
        }
        out.flush();
        notice = QCoreApplication::translate("Launcher",
                                             "Demo trial with synthetic data. Accounts (passwords are "
                                             "printed in the terminal):")
            + QStringLiteral("\n") + lines.join(QLatin1Char('\n'));
        if (!demo->accounts.isEmpty())
            m_suggestedUser = demo->accounts.first().username;
    } else {
        bool ok = false;
        directory = chooseWorkspace(parser.value(workspaceOption), &ok);
        if (!ok)
            return directory.isEmpty() ? 0 : 1;
    }

    core::Result<std::unique_ptr<core::Workspace>> opened = core::Workspace::open(directory, clock);
    if (!opened.ok())
        return fail(opened.error().message);
    m_workspace = std::move(opened).value();
    if (!parser.isSet(demoOption))
        AppSettings::setLastWorkspace(directory);

    LoginDialog login(*m_workspace);
    login.setNotice(notice);
    if (!m_suggestedUser.isEmpty())
        login.setUsername(m_suggestedUser);
    if (login.exec() != QDialog::Accepted)
        return 0;
    std::unique_ptr<core::TrialSession> session = login.takeSession();
    if (!session)
        return 0;
    m_window = std::make_unique<MainWindow>(std::move(session));
    m_window->show();
    return m_app.exec();
}

QString Launcher::chooseWorkspace(const QString &requested, bool *ok)
{
    *ok = false;
    if (!requested.isEmpty()) {
        if (!core::Workspace::exists(requested)) {
            fail(QCoreApplication::translate("Launcher",
                                             "%1 is not a TrialDesk workspace. Check the folder, or start "
                                             "TrialDesk without --workspace to create a trial.")
                     .arg(QDir::toNativeSeparators(requested)));
            return requested;
        }
        *ok = true;
        return requested;
    }
    const QString last = AppSettings::lastWorkspace();
    if (!last.isEmpty() && core::Workspace::exists(last)) {
        *ok = true;
        return last;
    }
    FirstRunWizard wizard(core::Clock::system());
    if (wizard.exec() != QDialog::Accepted || wizard.createdDirectory().isEmpty())
        return {};
    *ok = true;
    m_suggestedUser = wizard.adminUsername();
    return wizard.createdDirectory();
}

int Launcher::fail(const QString &message)
{
    QTextStream(stderr) << "trialdesk: " << message << '\n';
    QMessageBox::critical(nullptr, QCoreApplication::translate("Launcher", "TrialDesk"), message);
    return 1;
}

} // namespace trialdesk::gui
