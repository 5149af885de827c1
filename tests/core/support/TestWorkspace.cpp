#include "TestWorkspace.h"

#include <QTimeZone>
#include <QtTest>

namespace trialdesk::test {

TestWorkspace::TestWorkspace()
    : m_clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::utc()))
{
    core::NewTrial trial;
    trial.directory = directory();
    trial.trialName = QStringLiteral("Test trial");
    trial.adminUsername = QStringLiteral("admin");
    trial.adminDisplayName = QStringLiteral("Ada Admin");
    trial.adminPassword = kAdminPassword;
    auto created = core::Workspace::create(trial, m_clock);
    m_created = created.ok();
    if (created)
        m_recoveryCode = created.value();
    else
        m_error = created.error().message;
}

std::unique_ptr<core::Workspace> TestWorkspace::open()
{
    auto workspace = core::Workspace::open(directory(), m_clock);
    if (!workspace) {
        qWarning("open: %s", qPrintable(workspace.error().message));
        return nullptr;
    }
    return std::move(workspace.value());
}

std::unique_ptr<core::TrialSession> TestWorkspace::login(const QString &user, const QByteArray &password)
{
    auto workspace = open();
    if (!workspace)
        return nullptr;
    auto session = workspace->login(user, password);
    if (!session) {
        qWarning("login %s: %s", qPrintable(user), qPrintable(session.error().message));
        return nullptr;
    }
    return std::move(session.value());
}

} // namespace trialdesk::test
