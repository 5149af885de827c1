#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// Runs the backup schedule (core::BackupService::runIfDue) while the GUI is open, for a role that may
// back up: once just after sign-in, then every hour. After each check it says whether the last good
// backup is too old (the warning the main window shows). Never on a trial server: it is backed up on
// the server with PostgreSQL's tools, and the Security panel says so (core's reason).
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 60 * 60 * 1000;

    explicit BackupScheduler(core::TrialSession &session, QObject *parent = nullptr);

    // Starts the hourly timer and schedules the first check; does nothing for other roles and on a
    // trial server.
    void start();
    bool isActive() const;

public slots:
    // Runs a due backup now, then reports.
    void check();
    // Only says again whether the last good backup is too old (e.g. after a change of language).
    void refreshWarning();

signals:
    void backedUp(const QString &folder);
    void failed(const QString &message);
    // Empty when the last good backup is recent enough; otherwise the warning to show.
    void warningChanged(const QString &warning);

private:
    core::TrialSession &m_session;
    QTimer *m_timer;
};

} // namespace trialdesk::gui
