#include "core/schema/migrations/MigrationList.h"

namespace trialdesk::core {

namespace {

// A stratum's position continues across every design version of one stream lineage
// (docs/randomization-spec.md): a new site appends a design version with the same seed, and its
// participants must not start the stratum's list again. Each new allocation records its lineage
// (the lineage's first design version) and this unique index refuses a second allocation of the
// same (lineage, stratum, sequence), whatever the code above it does. Allocations made before this
// migration have no recorded lineage (NULL, outside the index): `log verify` computes their lineage
// from the design history and reports any repeat among them.
QStringList lineageColumn()
{
    return {
        QStringLiteral("ALTER TABLE randomizations ADD COLUMN stream_lineage INTEGER NULL"),
        QStringLiteral("CREATE UNIQUE INDEX randomizations_lineage_position ON randomizations "
                       "(stream_lineage, stratum_index, sequence) WHERE stream_lineage IS NOT NULL"),
        QStringLiteral("CREATE INDEX randomizations_by_stratum ON randomizations (stratum_index, design_version, "
                       "sequence)"),
    };
}

} // namespace

Migrations::Migration migration008StreamLineage()
{
    return { 8, QStringLiteral("randomization: one position per stream lineage, stratum and sequence"), lineageColumn(),
             lineageColumn() };
}

} // namespace trialdesk::core
