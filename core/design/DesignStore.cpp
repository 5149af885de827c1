#include "core/design/DesignStore.h"

#include "core/audit/AuditTrail.h"
#include "core/protocol/Protocol.h"
#include "core/security/SodiumRuntime.h"
#include "core/server/ServerRefusal.h"
#include "core/sql/SqlUtil.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace trialdesk::core {

namespace {

using randomization::Design;
using randomization::ImbalanceMeasure;
using randomization::Method;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::DesignStore)
};

const QString kColumns = QStringLiteral("version, method, definition, seed, created_at, created_by, reason, "
                                        "locked_at, locked_by");

// Where the designs are read: the table, or on a trial server the server's view of it, in which each
// seed is its fingerprint (core/server/designs.sql): lineages compare the same, nothing can be drawn.
QString source(const QSqlDatabase &db)
{
    return isTrialServer(db) ? QStringLiteral("trialdesk.designs()") : QStringLiteral("randomization_designs");
}

Error corrupt(int version, const QString &detail)
{
    return makeError(ErrorCode::Corrupt,
                     Tr::tr("The stored randomization design version %1 is damaged (%2). Restore the workspace from a "
                            "backup.")
                         .arg(version)
                         .arg(detail));
}

Result<StoredDesign> readRow(const QSqlQuery &query)
{
    StoredDesign stored;
    stored.version = query.value(0).toInt();
    auto design = DesignStore::parseDefinition(query.value(2).toString().toUtf8());
    if (!design)
        return corrupt(stored.version, design.error().message);
    stored.design = std::move(design.value());
    if (DesignStore::methodCode(stored.design.method) != query.value(1).toString())
        return corrupt(stored.version, Tr::tr("the method column does not match the definition"));
    auto seed = randomization::Seed::fromHex(query.value(3).toString());
    if (!seed)
        return corrupt(stored.version, seed.message());
    stored.design.seed = seed.value();
    stored.createdAt = Clock::parse(query.value(4).toString());
    stored.createdBy = query.value(5).toString();
    stored.reason = query.value(6).toString();
    stored.locked = !query.value(7).isNull() && !query.value(7).toString().isEmpty();
    if (stored.locked) {
        stored.lockedAt = Clock::parse(query.value(7).toString());
        stored.lockedBy = query.value(8).toString();
    }
    return stored;
}

Error noDesign()
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("This workspace has no randomization design yet. Ask the statistician or the administrator "
                            "to create one."));
}

} // namespace

QString DesignStore::methodCode(Method method)
{
    return method == Method::Minimization ? QStringLiteral("minimization") : QStringLiteral("blocks");
}

QString DesignStore::measureCode(ImbalanceMeasure measure)
{
    return measure == ImbalanceMeasure::Variance ? QStringLiteral("variance") : QStringLiteral("range");
}

QByteArray DesignStore::canonicalDefinition(const Design &design)
{
    // QJsonObject keeps its keys sorted and compact output has no spacing choices: the same design
    // always gives the same bytes, so versions compare and hash reliably.
    QJsonArray arms;
    for (const randomization::Arm &arm : design.arms)
        arms.append(QJsonObject { { QStringLiteral("code"), arm.code }, { QStringLiteral("weight"), arm.weight } });
    QJsonArray multiples;
    for (int multiple : design.multiples)
        multiples.append(multiple);
    QJsonArray factors;
    for (const randomization::Factor &factor : design.factors)
        factors.append(QJsonObject { { QStringLiteral("code"), factor.code },
                                     { QStringLiteral("levels"), QJsonArray::fromStringList(factor.levels) },
                                     { QStringLiteral("weight"), factor.weight },
                                     { QStringLiteral("site"), factor.isSite } });
    const QJsonObject root {
        { QStringLiteral("format"), QStringLiteral("trialdesk-design") },
        { QStringLiteral("format_version"), 1 },
        { QStringLiteral("spec"), QStringLiteral("randomization-v1") },
        { QStringLiteral("method"), methodCode(design.method) },
        { QStringLiteral("arms"), arms },
        { QStringLiteral("multiples"), multiples },
        { QStringLiteral("factors"), factors },
        { QStringLiteral("minimization"),
          QJsonObject { { QStringLiteral("measure"), measureCode(design.minimization.measure) },
                        { QStringLiteral("probability_millionths"), design.minimization.probabilityMillionths } } },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<Design> DesignStore::parseDefinition(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::Corrupt, Tr::tr("the definition is not a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("trialdesk-design"))
        return makeError(ErrorCode::Corrupt, Tr::tr("the definition is not a TrialDesk design"));
    if (root.value(QStringLiteral("format_version")).toInt() != 1)
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("the design was written by a newer TrialDesk; install the newer version"));
    Design design;
    const QString method = root.value(QStringLiteral("method")).toString();
    if (method == QLatin1String("blocks"))
        design.method = Method::Blocks;
    else if (method == QLatin1String("minimization"))
        design.method = Method::Minimization;
    else
        return makeError(ErrorCode::Corrupt, Tr::tr("unknown method \"%1\"").arg(method));
    for (const QJsonValue &value : root.value(QStringLiteral("arms")).toArray()) {
        const QJsonObject arm = value.toObject();
        design.arms.append(
            { arm.value(QStringLiteral("code")).toString(), arm.value(QStringLiteral("weight")).toInt() });
    }
    design.multiples.clear();
    for (const QJsonValue &value : root.value(QStringLiteral("multiples")).toArray())
        design.multiples.append(value.toInt());
    for (const QJsonValue &value : root.value(QStringLiteral("factors")).toArray()) {
        const QJsonObject object = value.toObject();
        randomization::Factor factor;
        factor.code = object.value(QStringLiteral("code")).toString();
        for (const QJsonValue &level : object.value(QStringLiteral("levels")).toArray())
            factor.levels.append(level.toString());
        factor.weight = object.value(QStringLiteral("weight")).toInt(1);
        factor.isSite = object.value(QStringLiteral("site")).toBool(false);
        design.factors.append(factor);
    }
    const QJsonObject minimization = root.value(QStringLiteral("minimization")).toObject();
    design.minimization.measure = minimization.value(QStringLiteral("measure")).toString() == QLatin1String("variance")
        ? ImbalanceMeasure::Variance
        : ImbalanceMeasure::Range;
    design.minimization.probabilityMillionths
        = minimization.value(QStringLiteral("probability_millionths")).toInt(design.minimization.probabilityMillionths);
    return design;
}

Design DesignStore::fromProtocol(const Protocol &protocol, const QList<Site> &sites)
{
    Design design;
    for (const ProtocolArm &arm : protocol.arms)
        design.arms.append({ arm.code, arm.weight });
    design.multiples = protocol.blockMultiples.isEmpty() ? QList<int> { 1 } : protocol.blockMultiples;
    design.method = protocol.method == QLatin1String("minimization") ? Method::Minimization : Method::Blocks;
    for (const ProtocolFactor &protocolFactor : protocol.factors) {
        randomization::Factor factor;
        factor.code = protocolFactor.code;
        factor.isSite = protocolFactor.isSite;
        if (factor.isSite) {
            for (const Site &site : sites)
                factor.levels.append(site.code);
        } else {
            for (const ProtocolLevel &level : protocolFactor.levels)
                factor.levels.append(level.code);
        }
        design.factors.append(factor);
    }
    return design;
}

Result<randomization::Seed> DesignStore::newSeed()
{
    if (!SodiumRuntime::initialize())
        return makeError(ErrorCode::Storage,
                         Tr::tr("The secure random source could not be initialised, so no seed was made. Try again; if "
                                "this persists, check the system's random device."));
    randomization::Seed::Words words;
    randombytes_buf(words.data(), sizeof words);
    randomization::Seed seed(words);
    sodium_memzero(words.data(), sizeof words);
    return seed;
}

Result<StoredDesign> DesignStore::current(QSqlDatabase &db)
{
    auto query = exec(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY version DESC LIMIT 1").arg(kColumns, source(db)));
    if (!query)
        return query.error();
    if (!query->next())
        return noDesign();
    return readRow(query.value());
}

Result<StoredDesign> DesignStore::version(QSqlDatabase &db, int version)
{
    auto query = exec(db, QStringLiteral("SELECT %1 FROM %2 WHERE version = ?").arg(kColumns, source(db)), { version });
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no randomization design version %1.").arg(version));
    return readRow(query.value());
}

Result<QList<StoredDesign>> DesignStore::history(QSqlDatabase &db)
{
    auto query = exec(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY version").arg(kColumns, source(db)));
    if (!query)
        return query.error();
    QList<StoredDesign> versions;
    while (query->next()) {
        auto stored = readRow(query.value());
        if (!stored)
            return stored.error();
        versions.append(std::move(stored.value()));
    }
    return versions;
}

Status DesignStore::lock(QSqlDatabase &db, int version, const Clock &clock, const QString &username)
{
    auto latest = current(db);
    if (!latest)
        return latest.error();
    if (latest->version != version)
        return makeError(
            ErrorCode::Conflict,
            Tr::tr("Randomization design version %1 cannot be locked: the current version is %2. Randomize "
                   "with the current design.")
                .arg(version)
                .arg(latest->version));
    if (latest->locked)
        return {};
    const QString now = Clock::format(clock.nowUtc());
    auto updated = exec(db,
                        QStringLiteral("UPDATE randomization_designs SET locked_at = ?, locked_by = ? "
                                       "WHERE version = ? AND locked_at IS NULL"),
                        { now, username, version });
    if (!updated)
        return updated.error();
    return AuditTrail::append(db, clock, username,
                              { QStringLiteral("design.lock"), QStringLiteral("design"), QString::number(version),
                                QStringLiteral("locked"), QStringLiteral("no"), QStringLiteral("yes"),
                                QStringLiteral("first randomization") });
}

Result<int> DesignStore::append(QSqlDatabase &db, const Design &design, const Clock &clock, const QString &username,
                                const QString &reason)
{
    if (const QList<randomization::Problem> problems = design.validate(); !problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, randomization::describe(problems));
    if (isTrialServer(db)) {
        // The server keeps the seed whose fingerprint the design holds, or makes a new one; only the
        // database owner's own seed is taken as given (core/server/designs.sql).
        QSqlQuery query(db);
        if (!query.prepare(QStringLiteral("SELECT trialdesk.design_append(?, ?, ?, ?, ?)")))
            return serverRefusal(query.lastError(), Tr::tr("change the randomization design"));
        for (const QVariant &value :
             { QVariant(methodCode(design.method)), QVariant(QString::fromUtf8(canonicalDefinition(design))),
               QVariant(design.seed.toHex()), QVariant(reason.trimmed()), QVariant(design.seed.toHex()) })
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return serverRefusal(query.lastError(), Tr::tr("change the randomization design"));
        return query.value(0).toInt();
    }
    int next = 1;
    QVariant lockedAt(QMetaType(QMetaType::QString));
    QVariant lockedBy(QMetaType(QMetaType::QString));
    {
        auto latest = exec(db,
                           QStringLiteral("SELECT version, locked_at, locked_by FROM randomization_designs "
                                          "ORDER BY version DESC LIMIT 1"));
        if (!latest)
            return latest.error();
        if (latest->next()) {
            next = latest->value(0).toInt() + 1;
            // A locked design stays locked: a later version (a new site) inherits the freeze.
            if (!latest->value(1).isNull()) {
                lockedAt = latest->value(1);
                lockedBy = latest->value(2);
            }
        }
    }
    const QString seedHex = design.seed.toHex();
    auto inserted = exec(db,
                         QStringLiteral("INSERT INTO randomization_designs (version, method, definition, seed, "
                                        "created_at, created_by, reason, locked_at, locked_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         { next, methodCode(design.method), QString::fromUtf8(canonicalDefinition(design)), seedHex,
                           Clock::format(clock.nowUtc()), username, reason.trimmed(), lockedAt, lockedBy });
    if (!inserted)
        return inserted.error();
    return next;
}

Status DesignStore::createInitial(QSqlDatabase &db, const Protocol &protocol, const QList<Site> &sites,
                                  const Clock &clock, const QString &username)
{
    Design design = fromProtocol(protocol, sites);
    auto seed = newSeed();
    if (!seed)
        return seed.error();
    design.seed = seed.value();
    if (const QList<randomization::Problem> problems = design.validate(); !problems.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("The protocol's randomization design is not usable:\n%1").arg(randomization::describe(problems)));
    auto version = append(db, design, clock, username, QStringLiteral("initial design from the protocol"));
    if (!version)
        return version.error();
    // Concealed values (block multiples, minimization parameters, the seed) never reach the audit
    // trail, which monitors read: the table itself keeps every version.
    const QString id = QString::number(version.value());
    QStringList arms;
    for (const randomization::Arm &arm : design.arms)
        arms.append(QStringLiteral("%1:%2").arg(arm.code).arg(arm.weight));
    QStringList factors;
    for (const randomization::Factor &factor : design.factors)
        factors.append(factor.code + QLatin1Char('=') + factor.levels.join(QLatin1Char(',')));
    const QList<std::pair<QString, QString>> fields = {
        { QStringLiteral("method"), methodCode(design.method) },
        { QStringLiteral("arms"), arms.join(QLatin1Char(',')) },
        { QStringLiteral("factors"), factors.join(QLatin1Char(';')) },
        { QStringLiteral("seed"), QStringLiteral("generated") },
    };
    for (const auto &[field, value] : fields) {
        if (Status s = AuditTrail::append(db, clock, username,
                                          { QStringLiteral("design.create"), QStringLiteral("design"), id, field,
                                            std::nullopt, value, std::nullopt });
            !s)
            return s;
    }
    return {};
}

bool DesignStore::sameStreams(const Design &a, const Design &b)
{
    return a.seed == b.seed && a.arms == b.arms && a.multiples == b.multiples && a.method == b.method;
}

QList<StreamLineage> DesignStore::lineages(const QList<StoredDesign> &history)
{
    QList<StreamLineage> result;
    QList<const Design *> firsts; // the design of each lineage's first version
    const Design *previous = nullptr;
    for (const StoredDesign &stored : history) {
        qsizetype found = -1;
        for (qsizetype i = 0; i < firsts.size() && found < 0; ++i)
            if (sameStreams(*firsts.at(i), stored.design))
                found = i;
        if (found >= 0) {
            result[found].versions.append(stored.version);
        } else {
            StreamLineage lineage;
            lineage.firstVersion = stored.version;
            lineage.versions.append(stored.version);
            if (previous) {
                if (previous->seed != stored.design.seed)
                    lineage.changedFromPrevious.append(QStringLiteral("seed"));
                if (previous->arms != stored.design.arms)
                    lineage.changedFromPrevious.append(QStringLiteral("arms"));
                if (previous->multiples != stored.design.multiples)
                    lineage.changedFromPrevious.append(QStringLiteral("multiples"));
                if (previous->method != stored.design.method)
                    lineage.changedFromPrevious.append(QStringLiteral("method"));
            }
            result.append(lineage);
            firsts.append(&stored.design);
        }
        previous = &stored.design;
    }
    return result;
}

const StreamLineage *DesignStore::lineageOf(const QList<StreamLineage> &lineages, int version)
{
    for (const StreamLineage &lineage : lineages)
        if (lineage.versions.contains(version))
            return &lineage;
    return nullptr;
}

bool DesignStore::onlyAppendsSiteLevels(const Design &locked, const Design &edited)
{
    if (locked.factors.isEmpty() || edited.factors.size() != locked.factors.size() || !locked.factors.first().isSite)
        return false;
    const randomization::Factor &before = locked.factors.first();
    const randomization::Factor &after = edited.factors.first();
    if (after.code != before.code || !after.isSite || after.weight != before.weight
        || after.levels.size() <= before.levels.size() || after.levels.mid(0, before.levels.size()) != before.levels)
        return false;
    Design rest = edited;
    rest.factors.first().levels = before.levels;
    return canonicalDefinition(rest) == canonicalDefinition(locked) && rest.seed == locked.seed;
}

Status DesignStore::appendSiteLevel(QSqlDatabase &db, const QString &siteCode, const Clock &clock,
                                    const QString &username, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A reason is required to change the randomization design."));
    auto latest = current(db);
    if (!latest)
        return latest.error();
    Design design = latest->design;
    const int site = design.siteFactor();
    if (site < 0)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("The randomization design is not stratified by site, so site %1 needs no new level.").arg(siteCode));
    if (design.factors.at(site).levels.contains(siteCode))
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Site %1 is already a level of the randomization design's site factor.").arg(siteCode));
    if (latest->locked && site != 0)
        return makeError(
            ErrorCode::Conflict,
            Tr::tr("The randomization design is locked and its site factor is not the first factor: adding "
                   "site %1 would change the stratum of participants already randomized. Keep the site "
                   "factor first in the protocol's stratification.")
                .arg(siteCode));
    const QStringList before = design.factors.at(site).levels;
    design.factors[site].levels.append(siteCode);
    auto version = append(db, design, clock, username, reason);
    if (!version)
        return version.error();
    return AuditTrail::append(
        db, clock, username,
        { QStringLiteral("design.add-site"), QStringLiteral("design"), QString::number(version.value()),
          QStringLiteral("factors[%1].levels").arg(design.factors.at(site).code), before.join(QLatin1Char(',')),
          design.factors.at(site).levels.join(QLatin1Char(',')), reason.trimmed() });
}

} // namespace trialdesk::core
