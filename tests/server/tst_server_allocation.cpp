// The allocation sequence computed by the trial server (core/server/spec_v1.sql, installed by the
// migrations), on a real PostgreSQL 15 started by the test: it reproduces every published spec v1
// vector and the C++ engine's stream, concurrent clients get each entry of a stratum exactly once,
// a server stopped without a clean shutdown loses no committed allocation and hands out again what
// it had not committed, and a started stream refuses other design parameters.
#include "core/design/DesignStore.h"
#include "core/schema/Migrations.h"
#include "core/util/Clock.h"
#include "randomization/Design.h"
#include "randomization/StratumStream.h"
#include "tests/support/PgCluster.h"
#include "tests/support/VectorFiles.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace trialdesk;
using trialdesk::test::PgCluster;

namespace {

// One entry as the server hands it out.
struct Entry
{
    qint64 sequence = 0;
    qint64 blockNumber = 0;
    int blockSize = 0;
    int positionInBlock = 0;
    QString arm;
};

// A design as the server takes it: arrays written as PostgreSQL array literals, bound as text.
struct ServerDesign
{
    randomization::Design design;
    QString codes; // {PP,UC}
    QString weights; // {1,1}
    QString multiples; // {2,3}

    static ServerDesign parse(const QString &seed, const QString &arms, const QString &multiples)
    {
        ServerDesign server;
        server.design.seed = randomization::Seed::fromHex(seed).value();
        server.design.arms = randomization::Design::parseArms(arms).value();
        server.design.multiples = randomization::Design::parseMultiples(multiples).value();
        QStringList codes;
        QStringList weights;
        for (const randomization::Arm &arm : server.design.arms) {
            codes.append(arm.code);
            weights.append(QString::number(arm.weight));
        }
        QStringList mults;
        for (int m : server.design.multiples)
            mults.append(QString::number(m));
        server.codes = QLatin1Char('{') + codes.join(QLatin1Char(',')) + QLatin1Char('}');
        server.weights = QLatin1Char('{') + weights.join(QLatin1Char(',')) + QLatin1Char('}');
        server.multiples = QLatin1Char('{') + mults.join(QLatin1Char(',')) + QLatin1Char('}');
        return server;
    }
};

const ServerDesign &pilot()
{
    static const ServerDesign design
        = ServerDesign::parse(QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f00123456789abcdeffedcba9876543210"),
                              QStringLiteral("PP:1,UC:1"), QStringLiteral("2,3"));
    return design;
}

Entry readEntry(const QSqlQuery &query)
{
    return { query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(), query.value(3).toInt(),
             query.value(4).toString() };
}

// The next entry of (lineage, stratum) on `db`, in the caller's transaction if one is open.
std::optional<Entry> next(QSqlDatabase &db, int lineage, int stratum, const ServerDesign &design = pilot(),
                          QString *error = nullptr)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT sequence, block_number, block_size, position_in_block, arm "
                                 "FROM trialdesk.spec_v1_next(?, ?, ?, ?::text[], ?::integer[], ?::integer[])"));
    for (const QVariant &value : { QVariant(lineage), QVariant(stratum), QVariant(design.design.seed.toHex()),
                                   QVariant(design.codes), QVariant(design.weights), QVariant(design.multiples) })
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    return readEntry(query);
}

// What the C++ engine says entry `sequence` of the stratum is.
Entry engineEntry(randomization::StratumStream &stream, qint64 sequence)
{
    const randomization::Allocation a = stream.entry(sequence);
    return { a.sequence, a.blockNumber, a.blockSize, a.positionInBlock, stream.armCode(a.armIndex) };
}

QString describe(const Entry &e)
{
    return QStringLiteral("%1,%2,%3,%4,%5")
        .arg(e.sequence)
        .arg(e.blockNumber)
        .arg(e.blockSize)
        .arg(e.positionInBlock)
        .arg(e.arm);
}

} // namespace

class TestServerAllocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishedVectors_data();
    void publishedVectors();
    void streamEqualsTheEngine();
    void concurrentClientsGetEachEntryOnce();
    void immediateStopLosesNoCommittedAllocation();
    void aStartedStreamRefusesOtherParameters();
    void theServerReadsTheDesignItHolds();
    void nextAllocationRefusesWhatTheDesignDoesNotHave();
    void nextAllocationIsTheServersAlone();
    void cleanupTestCase();

private:
    QSqlDatabase reconnect(const QString &name);

    std::unique_ptr<PgCluster> m_cluster;
    core::ManualClock m_clock { QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::utc()) };
};

QSqlDatabase TestServerAllocation::reconnect(const QString &name)
{
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    return m_cluster->connect(name, PgCluster::kOwner, PgCluster::kOwnerPassword, QStringLiteral("trial"));
}

void TestServerAllocation::initTestCase()
{
    m_cluster = std::make_unique<PgCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    QSqlDatabase db = m_cluster->createDatabase(QStringLiteral("trial"), QStringLiteral("owner"));
    QVERIFY2(db.isOpen(), qPrintable(m_cluster->error()));
    const core::Status migrated = core::Migrations::migrate(db, m_clock);
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
}

void TestServerAllocation::publishedVectors_data()
{
    trialdesk::test::addVectorFileRows(QStringLiteral("spec-v1"), QStringLiteral("*.csv"), 5);
}

void TestServerAllocation::publishedVectors()
{
    QFETCH(QString, path);
    const trialdesk::test::VectorFile vector = trialdesk::test::readVectorFile(path);
    QVERIFY2(vector.read, qPrintable(path));
    QCOMPARE(vector.columns, QStringLiteral("sequence,block_number,block_size,position_in_block,arm"));
    const QMap<QString, QString> &header = vector.header;
    const ServerDesign design
        = ServerDesign::parse(header.value(QStringLiteral("seed")), header.value(QStringLiteral("arms")),
                              header.value(QStringLiteral("multiples")));
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("owner"));
    QSqlQuery query(db);
    QVERIFY(query.prepare(QStringLiteral("SELECT sequence, block_number, block_size, position_in_block, arm FROM "
                                         "trialdesk.spec_v1_entries(?, ?::text[], ?::integer[], ?::integer[], ?, ?) "
                                         "ORDER BY sequence")));
    for (const QVariant &value :
         { QVariant(design.design.seed.toHex()), QVariant(design.codes), QVariant(design.weights),
           QVariant(design.multiples), QVariant(header.value(QStringLiteral("stratum_index")).toInt()),
           QVariant(header.value(QStringLiteral("blocks")).toInt()) })
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QStringList got;
    while (query.next())
        got.append(describe(readEntry(query)));
    QCOMPARE(got, vector.rows);
}

// The lazy stream, entry by entry, across many blocks and several strata, equals the C++ engine.
void TestServerAllocation::streamEqualsTheEngine()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("owner"));
    for (int stratum : { 0, 1, 7 }) {
        randomization::StratumStream stream(pilot().design, stratum);
        for (qint64 sequence = 1; sequence <= 120; ++sequence) {
            QString error;
            const std::optional<Entry> got = next(db, 1, stratum, pilot(), &error);
            QVERIFY2(got, qPrintable(error));
            QCOMPARE(describe(*got), describe(engineEntry(stream, sequence)));
        }
    }
}

// Eight clients, each with its own connection, take entries of two strata at once, each in its own
// transaction: every entry is handed out once, none is skipped, and each stratum's list is its
// spec v1 stream.
void TestServerAllocation::concurrentClientsGetEachEntryOnce()
{
    constexpr int kClients = 8;
    constexpr int kCallsEach = 40;
    constexpr int kLineage = 2;
    QMutex mutex;
    QMap<int, QList<Entry>> byStratum;
    const PgCluster::ClientsRun run = m_cluster->runClients(
        kClients, kCallsEach, QStringLiteral("trial"), [&](QSqlDatabase &db, int client, int call, QString *error) {
            const int stratum = (client + call) % 2;
            const std::optional<Entry> entry = next(db, kLineage, stratum, pilot(), error);
            if (entry) {
                QMutexLocker lock(&mutex);
                byStratum[stratum].append(*entry);
            }
            return entry.has_value();
        });
    // Every transaction committed (so every entry recorded above was handed out for good).
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    QCOMPARE(run.latenciesMs.size(), size_t(kClients * kCallsEach));

    qsizetype total = 0;
    for (int stratum : { 0, 1 }) {
        QList<Entry> entries = byStratum.value(stratum);
        std::sort(entries.begin(), entries.end(),
                  [](const Entry &a, const Entry &b) { return a.sequence < b.sequence; });
        randomization::StratumStream stream(pilot().design, stratum);
        for (qsizetype i = 0; i < entries.size(); ++i)
            QCOMPARE(describe(entries.at(i)), describe(engineEntry(stream, i + 1))); // 1..n, no repeat, no gap
        total += entries.size();
    }
    QCOMPARE(total, qsizetype(kClients * kCallsEach));
}

// The server stops without a clean shutdown (as on a power cut) while a client's transaction holds
// an entry it has not committed: the client gets a clear error, every committed entry survives the
// restart, and the uncommitted one is handed out again, so retrying is safe.
void TestServerAllocation::immediateStopLosesNoCommittedAllocation()
{
    constexpr int kLineage = 3;
    constexpr int kStratum = 4;
    randomization::StratumStream stream(pilot().design, kStratum);
    {
        QSqlDatabase db = reconnect(QStringLiteral("before-stop"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        for (qint64 sequence = 1; sequence <= 10; ++sequence) {
            QVERIFY(db.transaction());
            const std::optional<Entry> entry = next(db, kLineage, kStratum);
            QVERIFY(entry);
            QVERIFY(db.commit());
            QCOMPARE(entry->sequence, sequence);
        }
        QVERIFY(db.transaction());
        const std::optional<Entry> pending = next(db, kLineage, kStratum);
        QVERIFY(pending);
        QCOMPARE(pending->sequence, qint64(11));

        QVERIFY2(m_cluster->stopImmediately(), qPrintable(m_cluster->error()));
        QVERIFY(!db.commit());
        QVERIFY2(!db.lastError().text().isEmpty(), "the client must be told the commit failed");
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("before-stop"));
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));

    QSqlDatabase db = reconnect(QStringLiteral("owner"));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    const std::optional<Entry> retried = next(db, kLineage, kStratum);
    QVERIFY(retried);
    QCOMPARE(describe(*retried), describe(engineEntry(stream, 11)));
}

// A stream started with one design refuses to continue with another seed or other arms: a new
// design version that changes them starts a new lineage (docs/randomization-spec.md).
void TestServerAllocation::aStartedStreamRefusesOtherParameters()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("owner"));
    QVERIFY(next(db, 5, 0));
    const ServerDesign otherSeed
        = ServerDesign::parse(QStringLiteral("ff").repeated(32), QStringLiteral("PP:1,UC:1"), QStringLiteral("2,3"));
    const ServerDesign otherArms
        = ServerDesign::parse(pilot().design.seed.toHex(), QStringLiteral("PP:2,UC:1"), QStringLiteral("2,3"));
    for (const ServerDesign *other : { &otherSeed, &otherArms }) {
        QString error;
        QVERIFY(!next(db, 5, 0, *other, &error));
        QVERIFY2(error.contains(QStringLiteral("was started with another seed, arms or multiples")), qPrintable(error));
    }
    const std::optional<Entry> second = next(db, 5, 0);
    QVERIFY(second);
    QCOMPARE(second->sequence, qint64(2));
}

namespace {

// A blocks design of the pilot's arms stratified by site (first, so that a new site keeps every
// stratum's index) and condition.
randomization::Design stratified(const QString &seed, const QStringList &sites)
{
    randomization::Design design = pilot().design;
    design.seed = randomization::Seed::fromHex(seed).value();
    design.factors = { { QStringLiteral("site"), sites, 1, true },
                       { QStringLiteral("condition"), { QStringLiteral("COPD"), QStringLiteral("DIAB") }, 1, false } };
    return design;
}

// trialdesk.next_allocation(version, stratum) on `db`: the entry, its lineage, or the error.
std::optional<std::pair<int, Entry>> nextOfDesign(QSqlDatabase &db, int version, int stratum, QString *error = nullptr)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT lineage, sequence, block_number, block_size, position_in_block, arm "
                                 "FROM trialdesk.next_allocation(?, ?)"));
    query.addBindValue(version);
    query.addBindValue(stratum);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    return std::make_pair(query.value(0).toInt(),
                          Entry { query.value(1).toLongLong(), query.value(2).toLongLong(), query.value(3).toInt(),
                                  query.value(4).toInt(), query.value(5).toString() });
}

const QString kSeed1 = QStringLiteral("11").repeated(32);
const QString kSeed2 = QStringLiteral("22").repeated(32);

} // namespace

// The caller names a design version and a stratum; the server reads the seed, arms and multiples
// of the version it holds (written by core's DesignStore, as a trial would), finds the stream
// lineage as core does, and continues the stratum's list across versions that only add a site.
void TestServerAllocation::theServerReadsTheDesignItHolds()
{
    QSqlDatabase db = m_cluster->createDatabase(QStringLiteral("designs"), QStringLiteral("designs"));
    QVERIFY2(db.isOpen(), qPrintable(m_cluster->error()));
    QVERIFY(core::Migrations::migrate(db, m_clock).ok());
    const QString by = QStringLiteral("admin");
    const randomization::Design two = stratified(kSeed1, { QStringLiteral("ICM"), QStringLiteral("HSJ") });
    const randomization::Design three
        = stratified(kSeed1, { QStringLiteral("ICM"), QStringLiteral("HSJ"), QStringLiteral("CHUM") });
    const randomization::Design reseeded
        = stratified(kSeed2, { QStringLiteral("ICM"), QStringLiteral("HSJ"), QStringLiteral("CHUM") });
    QCOMPARE(core::DesignStore::append(db, two, m_clock, by, QStringLiteral("initial")).value(), 1);

    // Version 1, stratum 3 (HSJ, DIAB): the engine's list.
    randomization::StratumStream stream(two, 3);
    for (qint64 sequence = 1; sequence <= 5; ++sequence) {
        QString error;
        const auto got = nextOfDesign(db, 1, 3, &error);
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(got->first, 1);
        QCOMPARE(describe(got->second), describe(engineEntry(stream, sequence)));
    }
    // Version 2 adds a site: same lineage, stratum 3 goes on where it stood; the new site's strata
    // (4 and 5) start their own lists.
    QCOMPARE(core::DesignStore::append(db, three, m_clock, by, QStringLiteral("new site")).value(), 2);
    auto continued = nextOfDesign(db, 2, 3);
    QVERIFY(continued);
    QCOMPARE(continued->first, 1);
    QCOMPARE(describe(continued->second), describe(engineEntry(stream, 6)));
    randomization::StratumStream chum(three, 5);
    auto first = nextOfDesign(db, 2, 5);
    QVERIFY(first);
    QCOMPARE(describe(first->second), describe(engineEntry(chum, 1)));
    // Version 3 has a new seed: a new lineage, every list starts again.
    QCOMPARE(core::DesignStore::append(db, reseeded, m_clock, by, QStringLiteral("new seed")).value(), 3);
    randomization::StratumStream fresh(reseeded, 3);
    auto restarted = nextOfDesign(db, 3, 3);
    QVERIFY(restarted);
    QCOMPARE(restarted->first, 3);
    QCOMPARE(describe(restarted->second), describe(engineEntry(fresh, 1)));
    // Version 4 returns to version 2's streams: lineage 1 again, as core counts lineages.
    QCOMPARE(core::DesignStore::append(db, three, m_clock, by, QStringLiteral("seed restored")).value(), 4);
    auto back = nextOfDesign(db, 4, 3);
    QVERIFY(back);
    QCOMPARE(describe(back->second), describe(engineEntry(stream, 7)));

    const auto history = core::DesignStore::history(db);
    QVERIFY(history.ok());
    const QList<core::StreamLineage> lineages = core::DesignStore::lineages(history.value());
    for (int version = 1; version <= 4; ++version) {
        const auto got = nextOfDesign(db, version, 0);
        QVERIFY(got);
        QCOMPARE(got->first, core::DesignStore::lineageOf(lineages, version)->firstVersion);
    }
}

void TestServerAllocation::nextAllocationRefusesWhatTheDesignDoesNotHave()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("designs"));
    randomization::Design minimization = stratified(kSeed1, { QStringLiteral("ICM"), QStringLiteral("HSJ") });
    minimization.method = randomization::Method::Minimization;
    QVERIFY(minimization.validate().isEmpty());
    QCOMPARE(core::DesignStore::append(db, minimization, m_clock, QStringLiteral("admin"), QStringLiteral("m")).value(),
             5);
    const QList<std::pair<QPair<int, int>, QString>> refusals = {
        { { 99, 0 }, QStringLiteral("there is no randomization design version 99") },
        { { 2, 6 }, QStringLiteral("stratum 6 is outside design version 2 (strata 0 to 5)") },
        { { 1, -1 }, QStringLiteral("stratum -1 is outside design version 1 (strata 0 to 3)") },
        { { 5, 0 }, QStringLiteral("design version 5 uses minimization, not permuted blocks") },
    };
    for (const auto &[call, message] : refusals) {
        QString error;
        QVERIFY(!nextOfDesign(db, call.first, call.second, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }
}

// No login role but the owner reads a seed, calls the stream or takes an allocation outside the
// server's randomization, even with the use of the schema granted.
void TestServerAllocation::nextAllocationIsTheServersAlone()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("designs"));
    QSqlQuery grant(db);
    for (const QString &sql : { QStringLiteral("CREATE ROLE coordinator LOGIN PASSWORD 'coordinator password'"),
                                QStringLiteral("GRANT CONNECT ON DATABASE designs TO coordinator"),
                                QStringLiteral("GRANT USAGE ON SCHEMA trialdesk TO coordinator") })
        QVERIFY2(grant.exec(sql), qPrintable(grant.lastError().text()));
    {
        QSqlDatabase other = m_cluster->connect(QStringLiteral("coordinator"), QStringLiteral("coordinator"),
                                                "coordinator password", QStringLiteral("designs"));
        QVERIFY2(other.isOpen(), qPrintable(other.lastError().text()));
        QSqlQuery attempt(other);
        for (const QString &sql :
             { QStringLiteral("SELECT seed FROM randomization_designs"),
               QStringLiteral("SELECT * FROM trialdesk.stream_state"),
               QStringLiteral("SELECT * FROM trialdesk.next_allocation(1, 3)"),
               QStringLiteral("SELECT * FROM trialdesk.spec_v1_next(1, 3, '%1', '{PP,UC}', '{1,1}', '{2,3}')")
                   .arg(kSeed1),
               QStringLiteral("SELECT * FROM trialdesk.spec_v1_entries('%1', '{PP,UC}', '{1,1}', '{2,3}', 3, 1)")
                   .arg(kSeed1) }) {
            QVERIFY2(!attempt.exec(sql), qPrintable(sql));
            QVERIFY2(attempt.lastError().text().contains(QStringLiteral("permission denied")),
                     qPrintable(attempt.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("coordinator"));
}

void TestServerAllocation::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("designs"));
    QSqlDatabase::removeDatabase(QStringLiteral("owner"));
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestServerAllocation)
#include "tst_server_allocation.moc"
