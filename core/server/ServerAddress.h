#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Declared only: readers of this header need no Qt Sql (trialdesk_core links it privately).
class QSqlDatabase;

namespace trialdesk::core {

// Where a trial server is: a libpq keyword/value string ("host=db.example.org port=5432
// dbname=pilot sslmode=verify-full sslrootcert=/etc/trialdesk/ca.crt"), without a user name or a
// password (a workspace's server.json holds it; each user signs in with their own role). Connections
// verify the server's certificate (sslmode=verify-full) unless the host is a local Unix socket.
class ServerAddress
{
public:
    // Checks the string with libpq's own parser; refuses a password or a password file in it, a
    // missing database name, and TLS weaker than verify-full over the network. A user name is
    // dropped (the signing-in user's own is used).
    static Result<ServerAddress> parse(const QString &conninfo);

    // A value as libpq reads it in a keyword/value string (single-quoted, \\ and ' escaped): to build
    // a connection string from fields a user typed (a folder or a file name with spaces or quotes).
    static QString quoteValue(const QString &value);

    // The string as kept in server.json (keywords in libpq's order, values quoted as libpq reads).
    QString conninfo() const;
    QString database() const;
    QString host() const;
    // The user named in the string given to parse() (the database owner's role for server init),
    // kept apart: never part of conninfo().
    QString user() const { return m_user; }

    // Opens a QPSQL connection named `connectionName` as `user`. Refused sign-ins (wrong password,
    // deactivated account) give AuthenticationFailed; an unreachable server or a failed TLS check
    // gives Storage, with what the server or libpq said. On failure the connection is removed.
    Result<QSqlDatabase> open(const QString &connectionName, const QString &user, const QByteArray &password) const;

    // Whether the server accepts connections now (libpq's PQpingParams: no user, no password, no
    // sign-in). Blocks up to the connection timeout: safe to call from a worker thread.
    bool acceptsConnections() const;

private:
    QList<QPair<QString, QString>> m_options; // keyword -> value, without user and password
    QString m_user;
};

} // namespace trialdesk::core
