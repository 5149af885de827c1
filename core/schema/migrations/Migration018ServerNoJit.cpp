#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

// On a trial server, no just-in-time compilation of the trial's queries. Row-level security
// (core/server/grants.sql) puts a hashed subquery into every read of a table that hangs from a
// participant, and the planner's cost estimate of it (hundreds of thousands) passes jit_above_cost
// and jit_optimize_above_cost: at 100,000 participants each report query spent 90 to 235 ms
// compiling with LLVM before running for tens of milliseconds (EXPLAIN ANALYZE through
// bench_server_reports, docs/benchmarks.md), about a second of the CONSORT report's twelve
// queries. The trial's statements are short reads and writes over indexes, where the compilation
// never pays for itself. Set on the trial's database (its owner runs the migrations), so every
// session of every role has it; SQLite has nothing of the kind.
Migrations::Migration migration018ServerNoJit()
{
    return { 18,
             QStringLiteral("server: no just-in-time compilation of the trial's queries"),
             {},
             { QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); "
                              "END $$") } };
}

} // namespace trialdesk::core
