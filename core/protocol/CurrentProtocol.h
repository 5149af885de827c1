#pragma once

#include "core/Result.h"
#include "core/protocol/Protocol.h"

// Declared only: readers of this header need no Qt Sql (trialdesk_core links it privately).
class QSqlDatabase;

namespace trialdesk::core {

class TrialSession;

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
    // The same on the session's connection (for code outside core, which never sees the database).
    static Result<Loaded> load(TrialSession &session);
};

} // namespace trialdesk::core
