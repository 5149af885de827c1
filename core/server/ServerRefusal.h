#pragma once

#include "core/Result.h"

#include <QString>

class QSqlError;

namespace trialdesk::core {

// What a trial server's refusal means, by the SQLSTATE its functions raise (core/server/*.sql):
// insufficient_privilege -> PermissionDenied, no_data_found -> NotFound, unique_violation ->
// Conflict, invalid_parameter_value -> InvalidInput, data_exception -> Conflict,
// feature_not_supported -> Unsupported, data_corrupted -> Corrupt; anything else (a lost
// connection) -> Storage. The message leads with `action` ("randomize participants"), translated,
// and ends with the server's own words. Nothing was changed: the caller's transaction rolls back.
Error serverRefusal(const QSqlError &error, const QString &action);

} // namespace trialdesk::core
