// Randomization on the trial server: latency (p50, p99) and throughput of the server's spec v1 step
// (trialdesk.spec_v1_next in its own transaction: lock the stratum's stream, draw, write it back,
// commit) with many concurrent clients, against the bare round trip of the same clients in the same
// run: BEGIN, one INSERT, COMMIT on the same server. The server is a throwaway PostgreSQL 15 started
// here (tests/support/PgCluster: TLS, SCRAM), durable as in production (fsync and synchronous
// commit on).
//   bench_server [clients=16] [calls per client=100] [strata=4]
#include "bench/support/BenchTools.h"
#include "core/schema/Migrations.h"
#include "core/sql/SqlScript.h"
#include "core/util/Clock.h"
#include "tests/support/PgCluster.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace trialdesk;
using trialdesk::test::PgCluster;

namespace {

// Every client on its own connection and thread, `calls` transactions each, timed one by one.
PgCluster::ClientsRun runClients(const PgCluster &cluster, int clients, int calls, const QString &label,
                                 const PgCluster::Transaction &transaction)
{
    PgCluster::ClientsRun run = cluster.runClients(clients, calls, QStringLiteral("trial"), transaction);
    if (!run.errors.isEmpty())
        bench::fail(label + QStringLiteral(": ") + run.errors.first());
    std::sort(run.latenciesMs.begin(), run.latenciesMs.end());
    return run;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto index = static_cast<size_t>(p * double(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int clients = argc > 1 ? std::atoi(argv[1]) : 16;
    const int calls = argc > 2 ? std::atoi(argv[2]) : 100;
    const int strata = argc > 3 ? std::atoi(argv[3]) : 4;
    if (clients < 1 || calls < 1 || strata < 1)
        bench::fail(QStringLiteral("usage: bench_server [clients] [calls per client] [strata]"));

    PgCluster cluster;
    if (!cluster.ok())
        bench::fail(QStringLiteral("could not start PostgreSQL: ") + cluster.error());
    {
        QSqlDatabase db = cluster.createDatabase(QStringLiteral("trial"), QStringLiteral("setup"));
        if (!db.isOpen())
            bench::fail(cluster.error());
        const core::Status migrated = core::Migrations::migrate(db, core::Clock::system());
        if (!migrated)
            bench::fail(migrated.error().message);
        if (!core::execSchemaStatement(db,
                                       QStringLiteral("CREATE TABLE baseline (id BIGINT GENERATED ALWAYS AS "
                                                      "IDENTITY PRIMARY KEY, client INTEGER NOT NULL, "
                                                      "call INTEGER NOT NULL)")))
            bench::fail(QStringLiteral("could not create the baseline table"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("setup"));

    const PgCluster::ClientsRun baseline = runClients(
        cluster, clients, calls, QStringLiteral("insert"), [](QSqlDatabase &db, int client, int call, QString *) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO baseline (client, call) VALUES (?, ?)"));
            query.addBindValue(client);
            query.addBindValue(call);
            return query.exec();
        });
    const QString seed = QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f00123456789abcdeffedcba9876543210");
    const PgCluster::ClientsRun randomize = runClients(
        cluster, clients, calls, QStringLiteral("randomize"), [&](QSqlDatabase &db, int client, int, QString *) {
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("SELECT arm FROM trialdesk.spec_v1_next(1, ?, ?, '{PP,UC}', '{1,1}', '{2,3}')"));
            query.addBindValue(client % strata);
            query.addBindValue(seed);
            return query.exec() && query.next();
        });

    const double total = double(clients) * calls;
    std::printf("machine,%s,%d cores\n", qPrintable(bench::cpuModel()), QThread::idealThreadCount());
    std::printf("server,PostgreSQL 15 (throwaway cluster, TLS, fsync on)\n");
    std::printf("clients,%d\ncalls_per_client,%d\nstrata,%d\n\n", clients, calls, strata);
    std::printf("measure,insert_commit_baseline,randomize,ratio\n");
    const auto row = [](const char *name, double base, double value) {
        std::printf("%s,%.2f,%.2f,%.2f\n", name, base, value, value / base);
    };
    row("p50_ms", percentile(baseline.latenciesMs, 0.50), percentile(randomize.latenciesMs, 0.50));
    row("p99_ms", percentile(baseline.latenciesMs, 0.99), percentile(randomize.latenciesMs, 0.99));
    row("throughput_per_s", total / baseline.seconds, total / randomize.seconds);
    return 0;
}
