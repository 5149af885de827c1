#include "SettingsService.h"

#include "sql/SqlUtil.h"
#include "sql/Transaction.h"
#include "workspace/TrialSession.h"
#include "workspace/Workspace.h"

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

Result<LoginPolicy> SettingsService::loginPolicy() const
{
    auto workspace = Workspace::open(m_session.workspaceDirectory(), m_session.clock());
    if (!workspace)
        return workspace.error();
    return workspace.value()->loginPolicy();
}

Status SettingsService::setLoginPolicy(const LoginPolicy &policy, const QString &reason)
{
    if (Status allowed = m_session.require(Action::UserManage); !allowed)
        return allowed;
    if (policy.maxFailures < 1 || policy.maxFailures > 100 || policy.lockoutMinutes < 1 || policy.lockoutMinutes > 1440)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("trialdesk::core::SettingsService",
                                                     "Allow 1 to 100 failed logins before a lockout of 1 to 1440 "
                                                     "minutes."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("trialdesk::core::SettingsService",
                                                     "A reason is required to change existing data."));
    auto before = loginPolicy();
    if (!before)
        return before.error();
    Transaction tx(m_session.database());
    if (!tx.status())
        return tx.status();
    const std::pair<QString, std::pair<int, int>> changes[] = {
        { QStringLiteral("max_failures"), { before->maxFailures, policy.maxFailures } },
        { QStringLiteral("lockout_minutes"), { before->lockoutMinutes, policy.lockoutMinutes } },
    };
    for (const auto &[field, values] : changes) {
        if (values.first == values.second)
            continue;
        if (Status s = m_session.audit({ QStringLiteral("setting.change"), QStringLiteral("setting"),
                                         QStringLiteral("login_policy"), field, QString::number(values.first),
                                         QString::number(values.second), reason.trimmed() });
            !s)
            return s;
    }
    // The file first: if it cannot be written, the audit entries roll back with the transaction.
    if (Status written = Workspace::writeLoginPolicy(m_session.workspaceDirectory(), policy); !written)
        return written;
    return tx.commit();
}

} // namespace trialdesk::core
