#pragma once

#include "app/gui/Section.h"

#include <QHash>
#include <QList>
#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

class BackupScheduler;
class ConnectionBanner;
class IdleWatcher;
class LockScreen;

// The signed-in user's window: a sidebar with only the sections the role may use, the section's
// page, and a status bar (user, role, site, trial, Lock). Locks itself after the trial's idle time.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<core::TrialSession> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    core::TrialSession &session() { return *m_session; }

    QStringList visibleSectionIds() const;
    QString currentSectionId() const;
    // Shows the section if the role may use it; false otherwise.
    bool showSection(const QString &id);

    bool isLocked() const;
    // Overrides the idle time from the trial's settings (tests use milliseconds).
    void setIdleTimeoutMs(int milliseconds);
    int idleTimeoutMs() const;

public slots:
    void lock();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildStatusBar();
    void selectRow(int row);
    void unlock();
    QString siteText() const;

    std::unique_ptr<core::TrialSession> m_session;
    QList<Section> m_sections;
    QHash<QString, QWidget *> m_pages;
    QStackedWidget *m_root;
    QWidget *m_content;
    QListWidget *m_navigation;
    QStackedWidget *m_pageStack;
    LockScreen *m_lockScreen;
    IdleWatcher *m_idle;
    QLabel *m_userLabel;
    QLabel *m_roleLabel;
    QLabel *m_siteLabel;
    QLabel *m_trialLabel;
    QPushButton *m_lockButton;
    BackupScheduler *m_backups;
    QLabel *m_backupWarning;
    // On a trial server: says when the connection was lost and reconnects (ConnectionBanner::watch).
    ConnectionBanner *m_connection;
};

} // namespace trialdesk::gui
