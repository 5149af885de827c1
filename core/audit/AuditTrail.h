#pragma once

#include "core/Result.h"
#include "core/audit/AuditCheckpoint.h"
#include "core/audit/AuditRecord.h"

#include <QDateTime>
#include <QList>

class QIODevice;

// Declared only: readers of this header need no Qt Sql (trialdesk_core links it privately).
class QSqlDatabase;

namespace trialdesk::core {

class Clock;

// The append-only, hash-chained audit table. Low level: no permission checks (AuditService does
// them); append() must be called inside the caller's write transaction, so the change and its
// audit entry commit together. The chain is documented in docs/audit-chain.md.
class AuditTrail
{
public:
    struct Filter
    {
        QString username; // exact, empty = any
        QString entity; // exact, empty = any
        QString entityId; // exact, empty = any
        QString action; // exact, empty = any
        QDateTime fromUtc; // inclusive, invalid = open
        QDateTime toUtc; // exclusive, invalid = open
        int limit = -1; // -1 = all
        int offset = 0;
    };

    // An entry may be earlier than the one before it by this much (a clock set back a little, by
    // time synchronization or by hand) before verification reports it.
    static constexpr qint64 kClockToleranceSeconds = 5 * 60;

    struct Finding
    {
        qint64 id = 0; // the entry concerned
        QString problem; // translated
    };

    struct Verification
    {
        bool ok = true; // every entry verifies and matches every checkpoint given
        qint64 entries = 0;
        QByteArray head; // hex hash of the last entry (64 zeros when empty)
        qint64 brokenId = 0; // first entry that does not verify (0 when ok)
        QString problem; // translated, names the entry and what is wrong
        int checkpointsMatched = 0; // checkpoints given that the chain matches
        // Entries earlier than the entry before them by more than kClockToleranceSeconds: the chain
        // is intact, but a clock was set back or the entry was back-dated. Up to the break when !ok.
        QList<Finding> timeWarnings;

        bool clean() const { return ok && timeWarnings.isEmpty(); }
    };

    static QByteArray genesisHash(); // 64 hex zeros
    // Canonical serialization of an entry (docs/audit-chain.md) and its chained hash.
    static QByteArray canonical(const AuditEntry &entry);
    static QByteArray chainHash(const QByteArray &previousHexHash, const AuditEntry &entry);

    // On a trial server (a QPSQL connection) the server computes the entry: `clock` and `username`
    // are not used, the server's clock and the session's login role are (core/server/audit.sql).
    static Status append(QSqlDatabase &db, const Clock &clock, const QString &username, const AuditRecord &record);
    static Result<QList<AuditEntry>> entries(QSqlDatabase &db, const Filter &filter);
    static Result<qint64> count(QSqlDatabase &db, const Filter &filter);
    // Re-walks the chain; with checkpoints, also checks that each one's entry still has the hash it
    // recorded and that the chain is not shorter than any of them.
    static Verification verify(QSqlDatabase &db, const QList<AuditCheckpoint> &checkpoints = {});
    static Result<QByteArray> head(QSqlDatabase &db);
    // The number of entries and the head now, without re-walking the chain (not timed or signed):
    // what exports, backups and reports record of the chain.
    static Result<AuditCheckpoint> checkpoint(QSqlDatabase &db);
    // CSV (RFC 4180, UTF-8, header row) of the filtered entries, streamed.
    static Status exportCsv(QSqlDatabase &db, const Filter &filter, QIODevice &out);
};

} // namespace trialdesk::core
