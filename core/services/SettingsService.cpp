#include "SettingsService.h"

#include "sql/SqlUtil.h"
#include "sql/Transaction.h"
#include "workspace/TrialSession.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace trialdesk::core {

Result<int> SettingsService::idleLockMinutes() const
{
    return m_session.idleLockMinutes();
}

Status SettingsService::setIdleLockMinutes(int minutes, const QString &reason)
{
    if (Status allowed = m_session.require(Action::UserManage); !allowed)
        return allowed;
    if (minutes < 1 || minutes > 240)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("trialdesk::core::SettingsService",
                                                     "The idle lock delay must be between 1 "
                                                     "and 240 minutes."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("trialdesk::core::SettingsService",
                                                     "A reason is required to change existing data."));
    const int before = m_session.idleLockMinutes();
    QSqlDatabase &db = m_session.database();
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    auto removed = exec(db, QStringLiteral("DELETE FROM settings WHERE name = 'idle_lock_minutes'"));
    if (!removed)
        return removed.error();
    auto inserted = exec(db, QStringLiteral("INSERT INTO settings (name, value) VALUES ('idle_lock_minutes', ?)"),
                         { QString::number(minutes) });
    if (!inserted)
        return inserted.error();
    if (Status s = m_session.audit({ QStringLiteral("setting.change"), QStringLiteral("setting"),
                                     QStringLiteral("idle_lock_minutes"), QStringLiteral("value"),
                                     QString::number(before), QString::number(minutes), reason.trimmed() });
        !s)
        return s;
    return tx.commit();
}

} // namespace trialdesk::core
