#include "core/server/ServerAccounts.h"

#include "core/security/KeySlotStore.h"
#include "core/server/ServerRefusal.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <optional>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::ServerAccounts)
};

Status requireServer(const QSqlDatabase &db)
{
    if (!isTrialServer(db) || !db.isOpen())
        return makeError(ErrorCode::Unsupported, Tr::tr("Accounts on a trial server need an open server connection."));
    return {};
}

Status requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A reason is required to change existing data."));
    return {};
}

Error refusal(const QSqlQuery &query)
{
    return serverRefusal(query.lastError(), Tr::tr("change this trial's accounts"));
}

// One account function, in its own transaction or in the caller's (which then commits or rolls back).
Status call(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values, bool ownTransaction = true)
{
    // The query outlives the transaction: after a refusal the transaction rolls back first, then
    // the query frees its prepared statement outside the aborted transaction.
    QSqlQuery query(db);
    std::optional<Transaction> tx;
    if (ownTransaction) {
        tx.emplace(db);
        if (!tx->status())
            return tx->status();
    }
    if (!query.prepare(sql))
        return refusal(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return refusal(query);
    return tx ? tx->commit() : Status();
}

} // namespace

Result<QString> ServerAccounts::scramVerifier(QSqlDatabase &db, const QString &username, const QByteArray &password)
{
    if (Status server = requireServer(db); !server)
        return server.error();
    const QVariant handle = db.driver()->handle();
    // Qt's QPSQL driver hands out libpq's connection as "PGconn*" (its typedef's name for
    // struct pg_conn) or "pg_conn*", depending on how the metatype was declared.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return makeError(ErrorCode::Unsupported, Tr::tr("Accounts on a trial server need an open server connection."));
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    const QByteArray user = username.toUtf8();
    const QByteArray secret(password.constData(), password.size()); // NUL-terminated copy
    char *verifier = PQencryptPasswordConn(connection, secret.constData(), user.constData(), "scram-sha-256");
    if (!verifier)
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not prepare the password for the server (%1).")
                             .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    const QString result = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return result;
}

Status ServerAccounts::add(QSqlDatabase &db, const QString &username, const QString &displayName, Role role,
                           const QString &siteCode, const QByteArray &initialPassword)
{
    return add(db, username, displayName, role, siteCode, initialPassword, true);
}

Status ServerAccounts::addInOpenTransaction(QSqlDatabase &db, const QString &username, const QString &displayName,
                                            Role role, const QString &siteCode, const QByteArray &initialPassword)
{
    return add(db, username, displayName, role, siteCode, initialPassword, false);
}

Status ServerAccounts::add(QSqlDatabase &db, const QString &username, const QString &displayName, Role role,
                           const QString &siteCode, const QByteArray &initialPassword, bool ownTransaction)
{
    if (Status server = requireServer(db); !server)
        return server;
    if (Status valid = KeySlotStore::checkUserName(username); !valid)
        return valid;
    if (Status good = KeySlotStore::checkPassword(initialPassword); !good)
        return good;
    auto verifier = scramVerifier(db, username, initialPassword);
    if (!verifier)
        return verifier.error();
    return call(db, QStringLiteral("SELECT trialdesk.user_add(?, ?, ?, ?, ?)"),
                { username, displayName.trimmed(), roleCode(role), siteCode, verifier.value() }, ownTransaction);
}

Status ServerAccounts::deactivate(QSqlDatabase &db, const QString &username, const QString &reason)
{
    if (Status server = requireServer(db); !server)
        return server;
    if (Status given = requireReason(reason); !given)
        return given;
    return call(db, QStringLiteral("SELECT trialdesk.user_deactivate(?, ?)"), { username, reason.trimmed() });
}

Status ServerAccounts::changeRole(QSqlDatabase &db, const QString &username, Role role, const QString &reason)
{
    if (Status server = requireServer(db); !server)
        return server;
    if (Status given = requireReason(reason); !given)
        return given;
    return call(db, QStringLiteral("SELECT trialdesk.user_set_role(?, ?, ?)"),
                { username, roleCode(role), reason.trimmed() });
}

Status ServerAccounts::resetPassword(QSqlDatabase &db, const QString &username, const QByteArray &newPassword,
                                     const QString &reason)
{
    if (Status server = requireServer(db); !server)
        return server;
    if (Status given = requireReason(reason); !given)
        return given;
    if (Status good = KeySlotStore::checkPassword(newPassword); !good)
        return good;
    auto verifier = scramVerifier(db, username, newPassword);
    if (!verifier)
        return verifier.error();
    return call(db, QStringLiteral("SELECT trialdesk.user_reset_password(?, ?, ?)"),
                { username, verifier.value(), reason.trimmed() });
}

Status ServerAccounts::changeOwnPassword(QSqlDatabase &db, const QString &username, const QByteArray &newPassword)
{
    if (Status server = requireServer(db); !server)
        return server;
    if (Status good = KeySlotStore::checkPassword(newPassword); !good)
        return good;
    auto verifier = scramVerifier(db, username, newPassword);
    if (!verifier)
        return verifier.error();
    return call(db, QStringLiteral("SELECT trialdesk.password_change(?)"), { verifier.value() });
}

} // namespace trialdesk::core
