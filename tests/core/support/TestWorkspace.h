#pragma once

#include "Result.h"
#include "util/Clock.h"
#include "workspace/TrialSession.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace trialdesk::test {

// A trial workspace in a temporary folder, created through the real Workspace::create, with a
// manual clock so lockouts and timestamps are deterministic.
class TestWorkspace
{
public:
    static inline const QByteArray kAdminPassword = QByteArrayLiteral("correct horse battery");

    TestWorkspace();

    bool ok() const { return m_created; }
    QString error() const { return m_error; }
    QString directory() const { return m_dir.path() + QStringLiteral("/trial"); }
    QString recoveryCode() const { return m_recoveryCode; }
    core::ManualClock &clock() { return m_clock; }

    std::unique_ptr<core::Workspace> open();
    // Logs in; fails the current test (QVERIFY) on error through the returned null pointer.
    std::unique_ptr<core::TrialSession> login(const QString &user, const QByteArray &password);
    std::unique_ptr<core::TrialSession> admin() { return login(QStringLiteral("admin"), kAdminPassword); }

private:
    QTemporaryDir m_dir;
    core::ManualClock m_clock;
    bool m_created = false;
    QString m_error;
    QString m_recoveryCode;
};

} // namespace trialdesk::test
