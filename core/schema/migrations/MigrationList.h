#pragma once

#include "core/schema/Migrations.h"

namespace trialdesk::core {

// One function per migration, each in its own file (MigrationNNNName.cpp); never edit a migration
// that has shipped: add the next one.
Migrations::Migration migration001Foundation();
Migrations::Migration migration002Design();
Migrations::Migration migration003Enrollment();
Migrations::Migration migration004Visits();
Migrations::Migration migration005Forms();
Migrations::Migration migration006VisitListIndexes();
Migrations::Migration migration007ReportIndexes();
Migrations::Migration migration008StreamLineage();
Migrations::Migration migration009ServerAllocationStream();
Migrations::Migration migration010ServerAuditChain();
Migrations::Migration migration011ServerAccounts();
Migrations::Migration migration012ServerGrants();
Migrations::Migration migration013ServerRandomize();
Migrations::Migration migration014ServerOwnAccount();
Migrations::Migration migration015ServerRowAudit();
Migrations::Migration migration016ServerDesigns();
Migrations::Migration migration017ServerLogCheck();
Migrations::Migration migration018ServerReportReads();

// The statements of a server-only script (core/server/NAME, built into the library), for the
// PostgreSQL side of a migration.
QStringList serverScript(const QString &name);

// Every migration in order.
inline QList<Migrations::Migration> migrationList()
{
    return {
        migration001Foundation(),
        migration002Design(),
        migration003Enrollment(),
        migration004Visits(),
        migration005Forms(),
        migration006VisitListIndexes(),
        migration007ReportIndexes(),
        migration008StreamLineage(),
        migration009ServerAllocationStream(),
        migration010ServerAuditChain(),
        migration011ServerAccounts(),
        migration012ServerGrants(),
        migration013ServerRandomize(),
        migration014ServerOwnAccount(),
        migration015ServerRowAudit(),
        migration016ServerDesigns(),
        migration017ServerLogCheck(),
        migration018ServerReportReads(),
    };
}

} // namespace trialdesk::core
