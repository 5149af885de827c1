#include "core/server/ServerRefusal.h"

#include "core/sql/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

namespace trialdesk::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::ServerRefusal)
};
} // namespace

Error serverRefusal(const QSqlError &error, const QString &action)
{
    // A statement that failed because the connection is gone has no SQLSTATE of the server's.
    const QString state = error.nativeErrorCode();
    const QString said = error.databaseText().trimmed();
    if (state == QLatin1String("42501"))
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("The trial server does not let you %1: %2.").arg(action, said));
    if (state == QLatin1String("P0002"))
        return makeError(ErrorCode::NotFound, Tr::tr("The trial server refused to %1: %2.").arg(action, said));
    if (state == QLatin1String("23505") || state == QLatin1String("22000"))
        return makeError(ErrorCode::Conflict, Tr::tr("The trial server refused to %1: %2.").arg(action, said));
    if (state == QLatin1String("22023"))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The trial server refused to %1: %2.").arg(action, said));
    if (state == QLatin1String("0A000"))
        return makeError(ErrorCode::Unsupported, Tr::tr("The trial server cannot %1: %2.").arg(action, said));
    if (state == QLatin1String("XX001"))
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("The trial server found the trial's data inconsistent and did not %1: %2. Nothing was "
                                "changed; tell the trial's data manager.")
                             .arg(action, said));
    return makeError(ErrorCode::Storage,
                     Tr::tr("The trial server could not %1 (%2). Nothing was changed; check the connection and try "
                            "again.")
                         .arg(action, error.text().simplified()));
}

bool serverConnectionLost(const QSqlDatabase &db)
{
    return isTrialServer(db) && serverConnectionLost(db.driver());
}

bool serverConnectionLost(const QSqlDriver *driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
    const QVariant handle = driver->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return false;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return connection == nullptr || PQstatus(connection) == CONNECTION_BAD;
}

Error serverConnectionLostError(const QString &detail)
{
    return makeError(ErrorCode::ConnectionLost,
                     Tr::tr("The connection to the trial server was lost (%1). Nothing more was changed: try again "
                            "when the server answers.")
                         .arg(detail.simplified()));
}

} // namespace trialdesk::core
