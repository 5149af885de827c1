#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

// On a trial server, no just-in-time compilation of the trial's queries. Row-level security
// (core/server/grants.sql) puts a hashed subquery into every read of a table that hangs from a
// participant, and the planner's cost estimate of it (hundreds of thousands) passes jit_above_cost
// and jit_optimize_above_cost: at 100,000 participants each report query spent 90 to 270 ms
// compiling with LLVM before running for tens of milliseconds (EXPLAIN ANALYZE through
// bench_server_reports, docs/benchmarks.md), about 700 ms of the CONSORT report's 2.2 s in that
// instrumented run. The trial's statements are short reads and writes over indexes, where the compilation
// never pays for itself. Set on the trial's database (its owner runs the migrations), so every
// session of every role has it; SQLite has nothing of the kind.
// Also on the server only: the reads of migration 7's visit and form entry indexes went to the table
// for the columns row-level security tests (site_code, arm_specific): 17,000 heap pages for one
// visit code at 100,000 participants. The covering indexes hold them; CONSORT went from 1.3 s to
// 0.55 s (docs/benchmarks.md). SQLite has no row-level security and keeps migration 7's indexes.
Migrations::Migration migration018ServerReportReads()
{
    return { 18,
             QStringLiteral(
                 "server: no just-in-time compilation; covering indexes for reports under row-level security"),
             {},
             { QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); "
                              "END $$"),
               // The report reads of migration 7's indexes, covering the columns row-level
               // security tests (site, and the row's id): read from the index alone.
               QStringLiteral("CREATE INDEX visits_by_code_covering ON visits (visit_code, arm_specific, status, "
                              "participant_id) INCLUDE (site_code, id)"),
               QStringLiteral("CREATE INDEX form_entries_by_form_state_covering ON form_entries (form_code, state, "
                              "instance, arm_specific, visit_id, participant_id) INCLUDE (site_code, id)") } };
}

} // namespace trialdesk::core
