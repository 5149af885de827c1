#pragma once

#include "ExportRequest.h"
#include "Result.h"
#include "security/SecretKey.h"
#include "workspace/UserInfo.h"

#include <QString>

#include <memory>

namespace trialdesk::core {
class Clock;
class TrialSession;
} // namespace trialdesk::core

namespace trialdesk::reports {

// An export run off the GUI thread. A Qt SQL connection belongs to the thread that opened it, so the
// worker opens a connection of its own to the same encrypted database: prepare() (in the session's
// thread) copies what that takes — the database path, the user, a copy of the session's key in
// locked memory (wiped with this object) — and run() (in the worker thread) opens the connection,
// runs DataExporter on it and closes it.
class BackgroundExport
{
public:
    static core::Result<std::unique_ptr<BackgroundExport>> prepare(core::TrialSession &session);

    core::Result<ExportSummary> run(const ExportRequest &request, const ExportProgress &progress);

private:
    BackgroundExport(QString databasePath, core::SecretKey key, const core::Clock &clock, core::UserInfo user);

    QString m_databasePath;
    core::SecretKey m_key;
    const core::Clock &m_clock;
    core::UserInfo m_user;
};

} // namespace trialdesk::reports
