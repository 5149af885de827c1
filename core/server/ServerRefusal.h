#pragma once

#include "core/Result.h"

#include <QString>

class QSqlDatabase;
class QSqlDriver;
class QSqlError;

namespace trialdesk::core {

// What a trial server's refusal means, by the SQLSTATE its functions raise (core/server/*.sql):
// insufficient_privilege -> PermissionDenied, no_data_found -> NotFound, unique_violation ->
// Conflict, invalid_parameter_value -> InvalidInput, data_exception -> Conflict,
// feature_not_supported -> Unsupported, data_corrupted -> Corrupt; anything else (a lost
// connection) -> Storage. The message leads with `action` ("randomize participants"), translated,
// and ends with the server's own words. Nothing was changed: the caller's transaction rolls back.
Error serverRefusal(const QSqlError &error, const QString &action);

// Whether `db` is a trial server connection that is gone (the server stopped, the network failed):
// libpq's own state, whatever the language of its messages.
bool serverConnectionLost(const QSqlDatabase &db);
bool serverConnectionLost(const QSqlDriver *driver);
// What the user reads then: the statement did not change anything, and what to do
// (ErrorCode::ConnectionLost, so that a caller can keep what the user typed and reconnect).
Error serverConnectionLostError(const QString &detail);

} // namespace trialdesk::core
