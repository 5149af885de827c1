// Randomization on the trial server: latency (p50, p99) and throughput with many concurrent clients,
// against the bare round trip of the same clients in the same run: BEGIN, one INSERT, COMMIT on the
// same server. The server is a throwaway PostgreSQL 15 started here (tests/support/PgCluster: TLS,
// SCRAM), durable as in production (fsync and synchronous commit on). Measured:
// - the server's spec v1 step alone (trialdesk.spec_v1_next in its own transaction: lock the
//   stratum's stream, draw, write it back, commit), the clients sharing `strata` strata;
// - the full randomization of a trial set up through Workspace::createOnServer with four sites, each
//   client signed in as its own coordinator login role of a site (clients / 4 per site) and
//   randomizing participants of its site that BulkTrial registered, consented and found eligible:
//   (a) core's RandomizationService::randomize, the public door (the electronic signature checked
//   against the server on a connection of its own, then one transaction: trialdesk.randomize, the
//   visits planned, the signature recorded, the server's row audit of each row); (b) the same
//   transaction with the signature executed once per client (the demo's way:
//   RandomizationService::randomize(Write&, ...)); (c) trialdesk.randomize called directly by the
//   coordinator in its own transaction (no visits, no signature).
//   bench_server [clients=16] [calls per client=100] [strata=4]
// With a number of clients that is not a multiple of the four sites, the coordinators are of every
// site.
#include "bench/support/BenchTools.h"
#include "bench/support/BulkTrial.h"
#include "core/enrollment/RandomizationService.h"
#include "core/schema/Migrations.h"
#include "core/security/ElectronicSignature.h"
#include "core/services/UserService.h"
#include "core/services/Write.h"
#include "core/sql/SqlScript.h"
#include "core/util/Clock.h"
#include "tests/support/PgCluster.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <latch>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using namespace trialdesk;
using bench::BulkTrial;
using trialdesk::test::PgCluster;

namespace {

// A client's work on its own signed-in session: `prepare` once before the clock starts (false:
// the client stops), then `call` once per participant it was given, each call timed.
struct SessionWork
{
    std::function<bool(core::TrialSession &session, QString *error)> prepare;
    std::function<bool(core::TrialSession &session, const QString &studyId, QString *error)> call;
};

// Each client on its own thread signs in to the workspace as users[client] and works through
// studyIds[client]; the wall time runs from the moment all have signed in to the last call.
PgCluster::ClientsRun runSessions(const QString &directory, const QStringList &users,
                                  const std::vector<QStringList> &studyIds, const QString &label,
                                  const SessionWork &work)
{
    PgCluster::ClientsRun run;
    std::mutex mutex;
    std::latch ready(std::ptrdiff_t(users.size()) + 1);
    std::vector<std::thread> threads;
    for (qsizetype client = 0; client < users.size(); ++client) {
        threads.emplace_back([&, client] {
            QString error;
            std::vector<double> mine;
            auto session = BulkTrial::login(directory, users.at(client), core::Clock::system());
            if (!session)
                error = session.error().message;
            else if (!work.prepare(*session.value(), &error) && error.isEmpty())
                error = QStringLiteral("could not prepare");
            ready.arrive_and_wait();
            for (const QString &studyId : studyIds.at(size_t(client))) {
                if (!error.isEmpty())
                    break;
                const auto began = std::chrono::steady_clock::now();
                if (work.call(*session.value(), studyId, &error))
                    mine.push_back(
                        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count());
            }
            const std::lock_guard lock(mutex);
            run.latenciesMs.insert(run.latenciesMs.end(), mine.begin(), mine.end());
            if (!error.isEmpty())
                run.errors.append(users.at(client) + QStringLiteral(": ") + error);
        });
    }
    ready.arrive_and_wait();
    const auto start = std::chrono::steady_clock::now();
    for (std::thread &thread : threads)
        thread.join();
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!run.errors.isEmpty())
        bench::fail(label + QStringLiteral(": ") + run.errors.first());
    std::sort(run.latenciesMs.begin(), run.latenciesMs.end());
    return run;
}

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

    // Static: stopped and removed at exit too, when bench::fail() ends the run.
    static PgCluster cluster;
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

    // The full randomization: a trial with four sites, a coordinator login role per client, and
    // three sets of eligible, consented, registered participants (one per variant), client k taking
    // those of its site with index k modulo the number of clients.
    QTemporaryDir temporary;
    const QString directory = temporary.filePath(QStringLiteral("workspace"));
    BulkTrial::Options options;
    const qsizetype sites = options.sites.size();
    options.participants = 3 * qint64(clients) * calls;
    options.randomized = false;
    if (!cluster.psql(QStringLiteral("CREATE DATABASE pilot")))
        bench::fail(cluster.error());
    auto registered = BulkTrial::createOnServer(
        directory,
        { cluster.conninfo(PgCluster::kOwner, QStringLiteral("pilot")), PgCluster::kOwner, PgCluster::kOwnerPassword },
        options);
    if (!registered)
        bench::fail(registered.error().message);
    QStringList coordinators;
    {
        auto admin = BulkTrial::login(directory, BulkTrial::kAdmin, core::Clock::system());
        if (!admin)
            bench::fail(admin.error().message);
        core::UserService users(*admin.value());
        for (int client = 0; client < clients; ++client) {
            const QString name = QStringLiteral("coord%1").arg(client + 1);
            const QString site = clients % sites == 0 ? options.sites.at(client % sites) : QString();
            if (const core::Status added = users.add(name, name, core::Role::Coordinator, site, BulkTrial::kPassword);
                !added)
                bench::fail(added.error().message);
            coordinators.append(name);
        }
    }
    // Participant i (BulkTrial's id i + 1) is at site i modulo the sites, as is client i modulo the
    // clients when the clients are of one site each.
    std::vector<std::vector<QStringList>> variants(3, std::vector<QStringList>(size_t(clients)));
    {
        QSqlDatabase owner = cluster.connect(QStringLiteral("owner"), PgCluster::kOwner, PgCluster::kOwnerPassword,
                                             QStringLiteral("pilot"));
        QSqlQuery ids = bench::runOrFail(owner, QStringLiteral("SELECT study_id FROM participants ORDER BY id"));
        for (qint64 i = 0; ids.next(); ++i)
            variants[size_t(i / (qint64(clients) * calls))][size_t(i % clients)].append(ids.value(0).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));

    const auto nothingToPrepare = [](core::TrialSession &, QString *) { return true; };
    const auto refused = [](const core::Error &error, QString *message) {
        *message = error.message;
        return false;
    };
    const PgCluster::ClientsRun publicDoor
        = runSessions(directory, coordinators, variants[0], QStringLiteral("RandomizationService::randomize"),
                      { nothingToPrepare, [&](core::TrialSession &session, const QString &studyId, QString *error) {
                           auto outcome = core::RandomizationService(session).randomize(studyId, BulkTrial::kPassword);
                           return outcome ? true : refused(outcome.error(), error);
                       } });
    // One signature per client (each thread's own: the map is written before the clock starts).
    std::mutex signaturesMutex;
    std::map<const core::TrialSession *, core::ElectronicSignature> signatures;
    const PgCluster::ClientsRun signedOnce = runSessions(
        directory, coordinators, variants[1], QStringLiteral("randomize(Write&)"),
        { [&](core::TrialSession &session, QString *error) {
             auto signature = session.sign(BulkTrial::kPassword, core::SignatureMeaning::EligibilityConsentConfirmed);
             if (!signature)
                 return refused(signature.error(), error);
             const std::lock_guard lock(signaturesMutex);
             signatures[&session] = signature.value();
             return true;
         },
          [&](core::TrialSession &session, const QString &studyId, QString *error) {
              const core::ElectronicSignature signature = [&] {
                  const std::lock_guard lock(signaturesMutex);
                  return signatures.at(&session);
              }();
              auto write = core::beginWrite(session, core::Action::Randomize);
              if (!write)
                  return refused(write.error(), error);
              auto outcome = write->commit(core::RandomizationService(session).randomize(*write, studyId, signature));
              return outcome ? true : refused(outcome.error(), error);
          } });
    const PgCluster::ClientsRun direct
        = runSessions(directory, coordinators, variants[2], QStringLiteral("trialdesk.randomize"),
                      { nothingToPrepare, [](core::TrialSession &session, const QString &studyId, QString *error) {
                           QSqlDatabase &db = session.database();
                           if (!db.transaction()) {
                               *error = db.lastError().text();
                               return false;
                           }
                           bench::runOrFail(db, QStringLiteral("SELECT arm FROM trialdesk.randomize(?)"), { studyId });
                           if (!db.commit()) {
                               *error = db.lastError().text();
                               return false;
                           }
                           return true;
                       } });

    const double total = double(clients) * calls;
    std::printf("machine,%s,%d cores\n", qPrintable(bench::cpuModel()), QThread::idealThreadCount());
    std::printf("server,PostgreSQL 15 (throwaway cluster on the same machine, TLS, fsync on)\n");
    std::printf("clients,%d\ncalls_per_client,%d\nstrata of the spec v1 step,%d\n", clients, calls, strata);
    std::printf("full randomization,%d coordinator roles over %lld sites, 16 strata (site x condition)\n\n", clients,
                qlonglong(sites));
    std::printf("measure,p50_ms,p99_ms,throughput_per_s,p50_ratio,p99_ratio,throughput_ratio\n");
    const double baseP50 = percentile(baseline.latenciesMs, 0.50);
    const double baseP99 = percentile(baseline.latenciesMs, 0.99);
    const double baseRate = total / baseline.seconds;
    const auto row = [&](const char *name, const PgCluster::ClientsRun &run) {
        const double p50 = percentile(run.latenciesMs, 0.50);
        const double p99 = percentile(run.latenciesMs, 0.99);
        const double rate = double(run.latenciesMs.size()) / run.seconds;
        std::printf("%s,%.2f,%.2f,%.0f,%.2f,%.2f,%.2f\n", name, p50, p99, rate, p50 / baseP50, p99 / baseP99,
                    rate / baseRate);
    };
    row("INSERT + COMMIT (baseline; owner)", baseline);
    row("spec v1 step: trialdesk.spec_v1_next (owner)", randomize);
    row("full: RandomizationService::randomize (coordinators; signature checked each call)", publicDoor);
    row("full: randomize(Write&) (coordinators; signature once per client)", signedOnce);
    row("full: trialdesk.randomize alone (coordinators; own transaction)", direct);
    return 0;
}
