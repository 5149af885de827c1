#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

// On a trial server, the audit chain is computed by the server (core/server/audit.sql): the login
// roles append through trialdesk.audit_append, which records the session's role and the server's
// time. A local workspace computes the same chain in C++ (AuditTrail), so SQLite has nothing to
// create here.
Migrations::Migration migration010ServerAuditChain()
{
    return { 10,
             QStringLiteral("server: the audit chain computed by the server"),
             {},
             serverScript(QStringLiteral("audit.sql")) };
}

} // namespace trialdesk::core
