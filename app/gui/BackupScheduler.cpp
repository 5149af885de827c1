#include "app/gui/BackupScheduler.h"

#include "core/services/BackupService.h"
#include "core/workspace/TrialSession.h"

#include <QDir>
#include <QLocale>
#include <QTimer>

namespace trialdesk::gui {

BackupScheduler::BackupScheduler(core::TrialSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &BackupScheduler::check);
}

void BackupScheduler::start()
{
    if (!m_session.can(core::Action::WorkspaceBackup) || m_session.isServer())
        return;
    m_timer->start();
    QTimer::singleShot(0, this, &BackupScheduler::check);
}

bool BackupScheduler::isActive() const
{
    return m_timer->isActive();
}

void BackupScheduler::check()
{
    core::BackupService backups(m_session);
    const core::Result<core::BackupService::ScheduledRun> run = backups.runIfDue();
    if (!run.ok())
        emit failed(tr("The scheduled backup failed: %1").arg(run.error().message));
    else if (!run->folder.isEmpty())
        emit backedUp(run->folder);
    refreshWarning();
}

void BackupScheduler::refreshWarning()
{
    if (!m_session.can(core::Action::WorkspaceBackup) || m_session.isServer())
        return;
    const core::Result<core::BackupStatus> status = core::BackupService(m_session).status();
    if (!status.ok()) {
        emit warningChanged(status.error().message);
        return;
    }
    if (!status->overdue) {
        emit warningChanged(QString());
        return;
    }
    emit warningChanged(
        status->lastGood
            ? tr("The last good backup is from %1, more than %n day(s) ago. Back up now (Administration, Security).",
                 nullptr, status->schedule.warnAfterDays)
                  .arg(QLocale().toString(status->lastGood->createdAt.toLocalTime(), QLocale::ShortFormat))
            : tr("There is no good backup in %1. Back up now (Administration, Security).")
                  .arg(QDir::toNativeSeparators(status->folder)));
}

} // namespace trialdesk::gui
