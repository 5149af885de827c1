#include "core/services/UserService.h"

#include "core/security/KeySlotStore.h"
#include "core/server/ServerAccounts.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::UserService)
};

UserInfo userFromQuery(const QSqlQuery &query)
{
    UserInfo user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = roleFromCode(query.value(3).toString()).value_or(Role::Monitor);
    user.siteCode = query.value(4).toString();
    user.active = query.value(5).toBool();
    user.createdAt = Clock::parse(query.value(6).toString());
    return user;
}

const QString kSelectUsers
    = QStringLiteral("SELECT id, username, display_name, role, site_code, active, created_at FROM users");

Status requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A reason is required to change existing data."));
    return {};
}

QString keysDirectory(const TrialSession &session)
{
    return QDir(session.workspaceDirectory()).filePath(QStringLiteral("keys"));
}

} // namespace

Result<QList<UserInfo>> UserService::list() const
{
    if (Status allowed = m_session.require(Action::UserManage); !allowed)
        return allowed.error();
    auto query = exec(m_session.database(), kSelectUsers + QStringLiteral(" ORDER BY username"));
    if (!query)
        return query.error();
    QList<UserInfo> users;
    while (query->next())
        users.append(userFromQuery(query.value()));
    return users;
}

Result<UserInfo> UserService::find(const QString &username) const
{
    if (username != m_session.user().username)
        if (Status allowed = m_session.require(Action::UserManage); !allowed)
            return allowed.error();
    auto query = exec(m_session.database(), kSelectUsers + QStringLiteral(" WHERE username = ?"), { username });
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no user %1.").arg(username));
    return userFromQuery(query.value());
}

Status UserService::add(const QString &username, const QString &displayName, Role role, const QString &siteCode,
                        const QByteArray &initialPassword)
{
    if (m_session.isServer()) {
        // The server adds the login role and audits it (core/server/users.sql); core checks first.
        if (Status allowed = m_session.require(Action::UserManage); !allowed)
            return allowed;
        return ServerAccounts::add(m_session.database(), username, displayName, role, siteCode, initialPassword);
    }
    auto write = beginWrite(m_session, Action::UserManage);
    if (!write)
        return write.error();
    if (Status valid = KeySlotStore::checkUserName(username); !valid)
        return valid;
    if (Status good = KeySlotStore::checkPassword(initialPassword); !good)
        return good;
    QSqlDatabase &db = write->database();
    KeySlotStore store(keysDirectory(m_session));
    if (store.hasUserSlot(username))
        return makeError(ErrorCode::Conflict, Tr::tr("A key slot for %1 already exists.").arg(username));

    auto existing = exec(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE username = ?"), { username });
    if (!existing)
        return existing.error();
    if (existing->next() && existing->value(0).toInt() > 0)
        return makeError(ErrorCode::Conflict, Tr::tr("There is already a user %1.").arg(username));
    if (!siteCode.isEmpty()) {
        auto site = exec(db, QStringLiteral("SELECT COUNT(*) FROM sites WHERE code = ?"), { siteCode });
        if (!site)
            return site.error();
        if (!site->next() || site->value(0).toInt() == 0)
            return makeError(ErrorCode::NotFound, Tr::tr("There is no site %1.").arg(siteCode));
    }
    const QString name = displayName.trimmed().isEmpty() ? username : displayName.trimmed();
    auto inserted = exec(db,
                         QStringLiteral("INSERT INTO users (username, display_name, role, site_code, active, "
                                        "must_change_password, created_at) VALUES (?, ?, ?, ?, 1, 0, ?)"),
                         { username, name, roleCode(role),
                           siteCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(siteCode),
                           Clock::format(m_session.clock().nowUtc()) });
    if (!inserted)
        return inserted.error();
    for (const auto &[field, value] :
         { std::pair { QStringLiteral("role"), roleCode(role) }, std::pair { QStringLiteral("display_name"), name },
           std::pair { QStringLiteral("site_code"), siteCode } }) {
        if (Status s = write->audit({ QStringLiteral("user.add"), QStringLiteral("user"), username, field, std::nullopt,
                                      value, std::nullopt });
            !s)
            return s;
    }
    // The slot is written before the commit and removed again if the commit fails, so an account
    // and its slot exist together or not at all.
    if (Status slot = store.writeUserSlot(username, initialPassword, m_session.databaseKey()); !slot)
        return slot;
    if (Status committed = write->commit(); !committed) {
        (void)store.removeUserSlot(username);
        return committed;
    }
    return {};
}

Status UserService::deactivate(const QString &username, const QString &reason)
{
    if (m_session.isServer()) {
        if (Status allowed = m_session.require(Action::UserManage); !allowed)
            return allowed;
        return ServerAccounts::deactivate(m_session.database(), username, reason);
    }
    auto write = beginWrite(m_session, Action::UserManage);
    if (!write)
        return write.error();
    if (Status given = requireReason(reason); !given)
        return given;
    if (username == m_session.user().username)
        return makeError(ErrorCode::Conflict, Tr::tr("You cannot deactivate your own account."));
    auto user = find(username);
    if (!user)
        return user.error();
    if (!user->active)
        return makeError(ErrorCode::Conflict, Tr::tr("The account %1 is already deactivated.").arg(username));
    QSqlDatabase &db = write->database();
    auto updated = exec(db, QStringLiteral("UPDATE users SET active = 0 WHERE username = ?"), { username });
    if (!updated)
        return updated.error();
    if (Status s
        = write->audit({ QStringLiteral("user.deactivate"), QStringLiteral("user"), username, QStringLiteral("active"),
                         QStringLiteral("1"), QStringLiteral("0"), reason.trimmed() });
        !s)
        return s;
    if (Status committed = write->commit(); !committed)
        return committed;
    // After the commit: a deactivated account whose slot could not be removed still cannot log in
    // (login checks the active flag), so the database stays the authority.
    KeySlotStore(keysDirectory(m_session)).removeUserSlot(username).ok();
    return {};
}

Status UserService::changeRole(const QString &username, Role role, const QString &reason)
{
    if (m_session.isServer()) {
        if (Status allowed = m_session.require(Action::UserManage); !allowed)
            return allowed;
        return ServerAccounts::changeRole(m_session.database(), username, role, reason);
    }
    auto write = beginWrite(m_session, Action::UserManage);
    if (!write)
        return write.error();
    if (Status given = requireReason(reason); !given)
        return given;
    auto user = find(username);
    if (!user)
        return user.error();
    if (user->role == role)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("%1 already has the role %2.").arg(username, roleDisplayName(role)));
    if (username == m_session.user().username && role != Role::Administrator)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("You cannot take the administrator role away from yourself; ask "
                                "another administrator."));
    QSqlDatabase &db = write->database();
    auto updated
        = exec(db, QStringLiteral("UPDATE users SET role = ? WHERE username = ?"), { roleCode(role), username });
    if (!updated)
        return updated.error();
    if (Status s = write->audit({ QStringLiteral("user.role"), QStringLiteral("user"), username, QStringLiteral("role"),
                                  roleCode(user->role), roleCode(role), reason.trimmed() });
        !s)
        return s;
    return write->commit();
}

Status UserService::resetPassword(const QString &username, const QByteArray &newPassword, const QString &reason)
{
    if (m_session.isServer()) {
        if (Status allowed = m_session.require(Action::UserManage); !allowed)
            return allowed;
        return ServerAccounts::resetPassword(m_session.database(), username, newPassword, reason);
    }
    auto write = beginWrite(m_session, Action::UserManage);
    if (!write)
        return write.error();
    if (Status given = requireReason(reason); !given)
        return given;
    if (Status good = KeySlotStore::checkPassword(newPassword); !good)
        return good;
    auto user = find(username);
    if (!user)
        return user.error();
    if (!user->active)
        return makeError(ErrorCode::Conflict, Tr::tr("The account %1 is deactivated.").arg(username));
    QSqlDatabase &db = write->database();
    // The user chooses their own password at the next sign-in.
    auto flagged
        = exec(db, QStringLiteral("UPDATE users SET must_change_password = 1 WHERE username = ?"), { username });
    if (!flagged)
        return flagged.error();
    if (Status s = write->audit({ QStringLiteral("user.password-reset"), QStringLiteral("user"), username,
                                  QStringLiteral("password"), std::nullopt, std::nullopt, reason.trimmed() });
        !s)
        return s;
    if (Status slot
        = KeySlotStore(keysDirectory(m_session)).writeUserSlot(username, newPassword, m_session.databaseKey());
        !slot)
        return slot;
    return write->commit();
}

Status UserService::changeOwnPassword(const QByteArray &oldPassword, const QByteArray &newPassword)
{
    if (Status allowed = m_session.require(Action::PasswordChangeOwn); !allowed)
        return allowed;
    if (Status good = KeySlotStore::checkPassword(newPassword); !good)
        return good;
    if (oldPassword == newPassword)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The new password must differ from the current one."));
    // The current password is checked as at sign-in: wrong ones are counted towards the lockout and
    // audited, so an unlocked session is no way to guess it. It must open this user's slot to this
    // session's key, which is then sealed under the new password.
    if (Status verified = m_session.verifyPassword(oldPassword, TrialSession::Reauthentication::PasswordChange);
        !verified)
        return verified;
    if (m_session.isServer()) {
        if (Status changed
            = ServerAccounts::changeOwnPassword(m_session.database(), m_session.user().username, newPassword);
            !changed)
            return changed;
        // The session's worker threads connect with the new password from now on.
        auto held = SecretKey::holding(newPassword);
        if (!held)
            return held.error();
        m_session.replaceDatabaseKey(std::move(held).value());
        return {};
    }
    // After the password check, which records a wrong password in a transaction of its own.
    auto write = beginWrite(m_session, Action::PasswordChangeOwn);
    if (!write)
        return write.error();
    QSqlDatabase &db = write->database();
    auto cleared = exec(db, QStringLiteral("UPDATE users SET must_change_password = 0 WHERE username = ?"),
                        { m_session.user().username });
    if (!cleared)
        return cleared.error();
    if (Status s
        = write->audit({ QStringLiteral("user.password-change"), QStringLiteral("user"), m_session.user().username,
                         QStringLiteral("password"), std::nullopt, std::nullopt, std::nullopt });
        !s)
        return s;
    if (Status changed = KeySlotStore(keysDirectory(m_session))
                             .writeUserSlot(m_session.user().username, newPassword, m_session.databaseKey());
        !changed)
        return changed;
    return write->commit();
}

} // namespace trialdesk::core
