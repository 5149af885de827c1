#pragma once

#include "core/Result.h"
#include "core/security/Permissions.h"

#include <QByteArray>
#include <QString>

// Declared only: readers of this header need no Qt Sql (trialdesk_core links it privately).
class QSqlDatabase;

namespace trialdesk::core {

// The accounts of a trial on a PostgreSQL server (core/server/users.sql): each user is a login role
// in the trial's group role for their TrialDesk role. The server decides: only an administrator of
// the trial (or the database owner, for the first administrator) may call these, and it audits each
// change with the caller's login role. The password is checked here against the same rules as in a
// local workspace and turned into a SCRAM-SHA-256 verifier by libpq on this workstation: the server
// (and its logs) never see it. Each call is one transaction on `db`, a QPSQL connection.
class ServerAccounts
{
public:
    static Status add(QSqlDatabase &db, const QString &username, const QString &displayName, Role role,
                      const QString &siteCode, const QByteArray &initialPassword);
    // The same in the caller's open transaction (server init adds the first administrator with the
    // trial itself): the caller commits or rolls back.
    static Status addInOpenTransaction(QSqlDatabase &db, const QString &username, const QString &displayName, Role role,
                                       const QString &siteCode, const QByteArray &initialPassword);
    // Out of every group of the trial, so no new connection; the user's open sessions end now.
    static Status deactivate(QSqlDatabase &db, const QString &username, const QString &reason);
    static Status changeRole(QSqlDatabase &db, const QString &username, Role role, const QString &reason);
    // The user must choose their own password at the next sign-in.
    static Status resetPassword(QSqlDatabase &db, const QString &username, const QByteArray &newPassword,
                                const QString &reason);

    // The signed-in user's own new password (the caller checked the current one); clears the flag a
    // reset set.
    static Status changeOwnPassword(QSqlDatabase &db, const QString &username, const QByteArray &newPassword);

    // The SCRAM-SHA-256 verifier of `password` for `username`, computed by libpq
    // (PQencryptPasswordConn) over `db`'s connection.
    static Result<QString> scramVerifier(QSqlDatabase &db, const QString &username, const QByteArray &password);

private:
    static Status add(QSqlDatabase &db, const QString &username, const QString &displayName, Role role,
                      const QString &siteCode, const QByteArray &initialPassword, bool ownTransaction);
};

} // namespace trialdesk::core
