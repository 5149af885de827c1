#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace trialdesk::core {

// A head of the audit chain noted outside the database: "entry `entries` had hash `head`". Whoever
// holds the database key can rewrite the whole chain and recompute every hash, or copy an older
// trial.db over the live one; both still verify on their own. A checkpoint kept elsewhere (a
// monitor's file, an export or backup manifest, a report) does not follow such a rewrite, so
// checking the chain against it finds it (docs/audit-chain.md).
struct AuditCheckpoint
{
    qint64 entries = 0; // id of the last entry (entries are numbered 1, 2, 3 ... without gap)
    QByteArray head; // that entry's hash, 64 lower-case hex digits (64 zeros when entries is 0)
    QDateTime at; // when it was noted (UTC); invalid when unknown
    QString by; // who noted it; may be empty
    QString source; // where it was read from ("FILE, line N"), for messages; not written

    // {"entries": N, "head": "hex"} plus "at" and "by" when known: one line of a checkpoint file, and
    // the "audit_chain" object of manifests and reports.
    QJsonObject toJson() const;
    // Refuses anything but a whole number of entries >= 0 and 64 hex digits (genesis when 0).
    static Result<AuditCheckpoint> fromJson(const QJsonObject &object);

    bool operator==(const AuditCheckpoint &other) const { return entries == other.entries && head == other.head; }
};

// Checkpoint files: one JSON object per line ({"entries":N,"head":"hex","at":"UTC","by":"user"}),
// blank lines ignored; or a single manifest (an export's or a backup's manifest.json, a report's
// JSON) holding an "audit_chain" object. A translated InvalidInput error names the line that is not
// a checkpoint.
namespace AuditCheckpoints {

Result<QList<AuditCheckpoint>> read(const QString &path);
// Adds one line to the file through PrivateFileWriter (the old lines and the new one are written to
// a new 0600 file that replaces the old one in one step); creates the file when missing.
Status append(const QString &path, const AuditCheckpoint &checkpoint);

} // namespace AuditCheckpoints

} // namespace trialdesk::core
