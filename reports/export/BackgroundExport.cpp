#include "BackgroundExport.h"

#include "DataExporter.h"
#include "storage/Database.h"
#include "workspace/TrialSession.h"
#include "workspace/Workspace.h"

#include <QAtomicInteger>
#include <QSqlDatabase>

#include <sodium.h>

namespace trialdesk::reports {

BackgroundExport::BackgroundExport(QString databasePath, core::SecretKey key, const core::Clock &clock,
                                   core::UserInfo user)
    : m_databasePath(std::move(databasePath))
    , m_key(std::move(key))
    , m_clock(clock)
    , m_user(std::move(user))
{
}

core::Result<std::unique_ptr<BackgroundExport>> BackgroundExport::prepare(core::TrialSession &session)
{
    auto workspace = core::Workspace::open(session.workspaceDirectory(), session.clock());
    if (!workspace)
        return workspace.error();
    const core::SecretKey &sessionKey = session.databaseKey();
    auto key = core::SecretKey::fromBytes(sessionKey.data(), sessionKey.size());
    if (!key)
        return key.error();
    return std::unique_ptr<BackgroundExport>(new BackgroundExport(
        workspace.value()->databasePath(), std::move(key).value(), session.clock(), session.user()));
}

core::Result<ExportSummary> BackgroundExport::run(const ExportRequest &request, const ExportProgress &progress)
{
    static QAtomicInteger<quint64> counter;
    const QString connection = QStringLiteral("trialdesk-export-%1").arg(counter.fetchAndAddRelaxed(1));
    core::Result<ExportSummary> result = core::makeError(core::ErrorCode::Storage, QString());
    {
        QByteArray raw = m_key.toByteArray();
        auto db = core::openEncryptedDatabase(m_databasePath, raw, connection, false);
        sodium_memzero(raw.data(), size_t(raw.size()));
        if (!db) {
            QSqlDatabase::removeDatabase(connection);
            return db.error();
        }
        {
            DataExporter exporter(db.value(), m_clock, m_user);
            result = exporter.run(request, progress);
        }
        db.value().close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace trialdesk::reports
