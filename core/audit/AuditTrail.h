#pragma once

#include "AuditRecord.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

class QIODevice;

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

    struct Verification
    {
        bool ok = true;
        qint64 entries = 0;
        QByteArray head; // hex hash of the last entry (64 zeros when empty)
        qint64 brokenId = 0; // first entry that does not verify (0 when ok)
        QString problem; // translated, names the entry and what is wrong
    };

    static QByteArray genesisHash(); // 64 hex zeros
    // Canonical serialization of an entry (docs/audit-chain.md) and its chained hash.
    static QByteArray canonical(const AuditEntry &entry);
    static QByteArray chainHash(const QByteArray &previousHexHash, const AuditEntry &entry);

    static Status append(QSqlDatabase &db, const Clock &clock, const QString &username, const AuditRecord &record);
    static Result<QList<AuditEntry>> entries(QSqlDatabase &db, const Filter &filter);
    static Result<qint64> count(QSqlDatabase &db, const Filter &filter);
    static Verification verify(QSqlDatabase &db);
    static Result<QByteArray> head(QSqlDatabase &db);
    // CSV (RFC 4180, UTF-8, header row) of the filtered entries, streamed.
    static Status exportCsv(QSqlDatabase &db, const Filter &filter, QIODevice &out);
};

} // namespace trialdesk::core
