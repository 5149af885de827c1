#pragma once

#include "Result.h"
#include "protocol/Protocol.h"

// Declared only: readers of this header need no Qt Sql (trialdesk_core links it privately).
class QSqlDatabase;

namespace trialdesk::core {

// The protocol in force: the highest version in protocol_versions, parsed. Low level, no
// permission check (services call it).
class CurrentProtocol
{
public:
    struct Loaded
    {
        int version = 0;
        Protocol protocol;
    };

    static Result<Loaded> load(QSqlDatabase &db);
};

} // namespace trialdesk::core
