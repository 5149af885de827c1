#pragma once

#include "core/Result.h"
#include "core/workspace/Site.h"
#include "randomization/Design.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// Declared only: readers of this header need no Qt Sql (trialdesk_core links it privately).
class QSqlDatabase;

namespace trialdesk::core {

class Clock;
struct Protocol;

// One stored version of the trial's randomization design (table randomization_designs).
struct StoredDesign
{
    int version = 0;
    randomization::Design design; // includes the seed
    QDateTime createdAt; // UTC
    QString createdBy;
    QString reason;
    bool locked = false;
    QDateTime lockedAt; // UTC, invalid while not locked
    QString lockedBy; // empty while not locked
};

// The designs that share one stream lineage (docs/randomization-spec.md): every version whose
// stream parameters (seed, arms and weights, block multiples, method) equal those of the lineage's
// first version. A stratum index's position continues across all of them: the next participant of
// stratum s gets the entry after the last one used in s by any version of the lineage.
struct StreamLineage
{
    int firstVersion = 0; // the lineage's number: its first (lowest) design version
    QList<int> versions; // every version of the lineage, ascending
    // Why the lineage started new streams, for the log and the randomization report ("the seed",
    // "the arms or their weights", "the block multiples", "the method"), relative to the lineage
    // of the version just before firstVersion; empty for version 1.
    QStringList changedFromPrevious;
};

// Low-level storage of the randomization design: no permission checks (DesignService does them).
// Every write must run inside the caller's write transaction and audits through AuditTrail, so the
// design row and its audit entries commit together. Versions are append-only: a change is a new
// version; the highest version is the current design.
class DesignStore
{
public:
    // The highest version (with the seed).
    static Result<StoredDesign> current(QSqlDatabase &db);
    static Result<StoredDesign> version(QSqlDatabase &db, int version);
    static Result<QList<StoredDesign>> history(QSqlDatabase &db);

    // The stream lineages of a design history (ascending versions, as history() returns them), in
    // order of their first version. Versions that return to an earlier lineage's parameters join
    // that lineage: the same parameters give the same lists, so their positions must continue.
    static QList<StreamLineage> lineages(const QList<StoredDesign> &history);
    // The lineage that holds version (one of lineages(history)); nullptr when no version matches.
    static const StreamLineage *lineageOf(const QList<StreamLineage> &lineages, int version);
    // True when the two designs hand out the same list for every stratum index (spec v1).
    static bool sameStreams(const randomization::Design &a, const randomization::Design &b);

    // Freezes a version: called by the randomization service inside its transaction on the first
    // randomization. Locking an already locked version is a no-op (ok). Audited "design.lock".
    static Status lock(QSqlDatabase &db, int version, const Clock &clock, const QString &username);

    // Version 1, made from the protocol's arms, multiples, method and stratification (the site
    // factor's levels are the given sites, in order) with a fresh seed from libsodium. Audited
    // "design.create". Called once, when the workspace is created.
    static Status createInitial(QSqlDatabase &db, const Protocol &protocol, const QList<Site> &sites,
                                const Clock &clock, const QString &username);

    // Appends a new version (current + 1) and returns its number. The design must be valid. The
    // caller audits the changed fields (see DesignService); this writes no audit entry.
    static Result<int> append(QSqlDatabase &db, const randomization::Design &design, const Clock &clock,
                              const QString &username, const QString &reason);

    // Appends a level for a new site to the site factor as a new version (audited "design.add-site").
    // Allowed once locked only when the site factor is the first (most significant) factor, so that
    // every existing stratum keeps its index (mixed radix). For SiteService, inside its transaction.
    static Status appendSiteLevel(QSqlDatabase &db, const QString &siteCode, const Clock &clock,
                                  const QString &username, const QString &reason);

    // True when edited equals locked except for levels appended to the first factor, which is the
    // site factor: the one change a locked design accepts.
    static bool onlyAppendsSiteLevels(const randomization::Design &locked, const randomization::Design &edited);

    // The design a protocol describes (seed left zero): arms and weights, multiples, method and the
    // stratification factors with level codes.
    static randomization::Design fromProtocol(const Protocol &protocol, const QList<Site> &sites);

    // A fresh 256-bit seed from libsodium's randombytes_buf (never typed, never derived).
    static Result<randomization::Seed> newSeed();

    // Canonical JSON of everything but the seed (stable key order, compact): arms with weights,
    // multiples, factors with level codes, weights and is-site, method and minimization parameters.
    static QByteArray canonicalDefinition(const randomization::Design &design);
    // The inverse of canonicalDefinition(); the seed is left zero.
    static Result<randomization::Design> parseDefinition(const QByteArray &json);

    static QString methodCode(randomization::Method method); // "blocks", "minimization"
    static QString measureCode(randomization::ImbalanceMeasure measure); // "range", "variance"
};

} // namespace trialdesk::core
