#include "core/audit/AuditTrail.h"

#include "core/sql/SqlUtil.h"
#include "core/util/Clock.h"
#include "core/util/Csv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QMultiMap>
#include <QSqlQuery>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::AuditTrail)
};

const QString kColumns = QStringLiteral(
    "id, at, username, action, entity, entity_id, field, old_value, new_value, reason, prev_hash, hash");

void appendField(QByteArray &out, const std::optional<QString> &value)
{
    if (!value) {
        out += "~,";
        return;
    }
    const QByteArray bytes = value->toUtf8();
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ',';
}

std::optional<QString> optionalText(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

AuditEntry entryFromQuery(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = Clock::parse(query.value(1).toString());
    entry.username = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.entityId = query.value(5).toString();
    entry.field = query.value(6).toString();
    entry.oldValue = optionalText(query.value(7));
    entry.newValue = optionalText(query.value(8));
    entry.reason = optionalText(query.value(9));
    entry.previousHash = query.value(10).toString().toLatin1();
    entry.hash = query.value(11).toString().toLatin1();
    return entry;
}

// WHERE clause and its values for a filter; only fixed SQL text, values bound.
QString whereClause(const AuditTrail::Filter &filter, QVariantList &values)
{
    QStringList conditions;
    auto add = [&](const QString &condition, const QVariant &value) {
        conditions << condition;
        values << value;
    };
    if (!filter.username.isEmpty())
        add(QStringLiteral("username = ?"), filter.username);
    if (!filter.entity.isEmpty())
        add(QStringLiteral("entity = ?"), filter.entity);
    if (!filter.entityId.isEmpty())
        add(QStringLiteral("entity_id = ?"), filter.entityId);
    if (!filter.action.isEmpty())
        add(QStringLiteral("action = ?"), filter.action);
    if (filter.fromUtc.isValid())
        add(QStringLiteral("at >= ?"), Clock::format(filter.fromUtc));
    if (filter.toUtc.isValid())
        add(QStringLiteral("at < ?"), Clock::format(filter.toUtc));
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<QSqlQuery> runFiltered(QSqlDatabase &db, const QString &select, const AuditTrail::Filter &filter,
                              const QString &tail)
{
    QVariantList values;
    const QString sql = select + whereClause(filter, values) + tail;
    return execList(db, sql, values, Tr::tr("Could not read the audit trail"));
}

// "the checkpoint of FILE, line N (2026-11-26T09:00:00.000Z, monica)", for messages.
QString describe(const AuditCheckpoint &checkpoint)
{
    QStringList details;
    if (checkpoint.at.isValid())
        details << Clock::format(checkpoint.at);
    if (!checkpoint.by.isEmpty())
        details << checkpoint.by;
    QString text = checkpoint.source.isEmpty() ? Tr::tr("the checkpoint")
                                               : Tr::tr("the checkpoint of %1").arg(checkpoint.source);
    if (!details.isEmpty())
        text += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    return text;
}

} // namespace

QByteArray AuditTrail::genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray AuditTrail::canonical(const AuditEntry &entry)
{
    QByteArray out;
    out.reserve(256);
    appendField(out, QString::number(entry.id));
    appendField(out, Clock::format(entry.at));
    appendField(out, entry.username);
    appendField(out, entry.action);
    appendField(out, entry.entity);
    appendField(out, entry.entityId);
    appendField(out, entry.field);
    appendField(out, entry.oldValue);
    appendField(out, entry.newValue);
    appendField(out, entry.reason);
    return out;
}

QByteArray AuditTrail::chainHash(const QByteArray &previousHexHash, const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::fromHex(previousHexHash));
    hash.addData(canonical(entry));
    return hash.result().toHex();
}

Status AuditTrail::append(QSqlDatabase &db, const Clock &clock, const QString &username, const AuditRecord &record)
{
    if (isTrialServer(db)) {
        // On a trial server the server writes the entry (core/server/audit.sql): its own clock, the
        // session's login role as the user, the chain under its lock. The client's name and clock
        // are not trusted there.
        auto appended
            = exec(db, QStringLiteral("SELECT trialdesk.audit_append(?, ?, ?, ?, ?, ?, ?)"),
                   { record.action, record.entity, record.entityId.isNull() ? QStringLiteral("") : record.entityId,
                     record.field.isNull() ? QStringLiteral("") : record.field, nullableText(record.oldValue),
                     nullableText(record.newValue), nullableText(record.reason) });
        if (!appended)
            return appended.error();
        return {};
    }
    // Inside the caller's BEGIN IMMEDIATE transaction: no other writer can take the same id.
    auto last = exec(db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    AuditEntry entry;
    entry.previousHash = genesisHash();
    entry.id = 1;
    if (last->next()) {
        entry.id = last->value(0).toLongLong() + 1;
        entry.previousHash = last->value(1).toString().toLatin1();
    }
    entry.at = clock.nowUtc();
    // Empty, never NULL: the columns are NOT NULL and Qt's drivers bind a null QString as NULL.
    auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    entry.username = text(username);
    entry.action = text(record.action);
    entry.entity = text(record.entity);
    entry.entityId = text(record.entityId);
    entry.field = text(record.field);
    auto optionalText = [&](const std::optional<QString> &value) -> std::optional<QString> {
        return value ? std::optional<QString>(text(*value)) : std::nullopt;
    };
    entry.oldValue = optionalText(record.oldValue);
    entry.newValue = optionalText(record.newValue);
    entry.reason = optionalText(record.reason);
    entry.hash = chainHash(entry.previousHash, entry);

    auto inserted
        = exec(db,
               QStringLiteral("INSERT INTO audit_log (") + kColumns
                   + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               { entry.id, Clock::format(entry.at), entry.username, entry.action, entry.entity, entry.entityId,
                 entry.field, nullableText(entry.oldValue), nullableText(entry.newValue), nullableText(entry.reason),
                 QString::fromLatin1(entry.previousHash), QString::fromLatin1(entry.hash) });
    if (!inserted)
        return inserted.error();
    return {};
}

Result<QList<AuditEntry>> AuditTrail::entries(QSqlDatabase &db, const Filter &filter)
{
    QString tail = QStringLiteral(" ORDER BY id");
    if (filter.limit >= 0)
        tail += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(qMax(0, filter.offset));
    auto query
        = runFiltered(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log"), filter, tail);
    if (!query)
        return query.error();
    QList<AuditEntry> list;
    while (query->next())
        list.append(entryFromQuery(query.value()));
    return list;
}

Result<qint64> AuditTrail::count(QSqlDatabase &db, const Filter &filter)
{
    auto query = runFiltered(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"), filter, QString());
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

AuditTrail::Verification AuditTrail::verify(QSqlDatabase &db, const QList<AuditCheckpoint> &checkpoints)
{
    Verification result;
    result.head = genesisHash();
    auto query = runFiltered(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log"), Filter {},
                             QStringLiteral(" ORDER BY id"));
    if (!query) {
        result.ok = false;
        result.problem = query.error().message;
        return result;
    }
    // Checkpoints by the entry they name; a checkpoint of the empty chain always holds.
    QMultiMap<qint64, const AuditCheckpoint *> pending;
    for (const AuditCheckpoint &checkpoint : checkpoints) {
        if (checkpoint.entries > 0)
            pending.insert(checkpoint.entries, &checkpoint);
        else
            ++result.checkpointsMatched;
    }
    qint64 lastMatched = 0; // the entry of the last checkpoint that held
    qint64 expectedId = 1;
    QByteArray previous = genesisHash();
    QDateTime previousAt;
    auto broken = [&](qint64 id, const QString &problem) {
        result.ok = false;
        result.brokenId = id;
        result.problem = problem;
    };
    while (query->next()) {
        const AuditEntry entry = entryFromQuery(query.value());
        if (entry.id != expectedId) {
            broken(entry.id,
                   entry.id > expectedId
                       ? Tr::tr("Audit entries %1 to %2 are missing: the chain jumps from entry %3 to entry %4.")
                             .arg(expectedId)
                             .arg(entry.id - 1)
                             .arg(expectedId - 1)
                             .arg(entry.id)
                       : Tr::tr("Audit entry %1 appears out of order.").arg(entry.id));
            return result;
        }
        if (entry.previousHash != previous) {
            broken(entry.id,
                   Tr::tr("Audit entry %1 does not follow entry %2: its previous hash differs. Entries were "
                          "removed, inserted or reordered.")
                       .arg(entry.id)
                       .arg(entry.id - 1));
            return result;
        }
        if (chainHash(previous, entry) != entry.hash) {
            broken(entry.id,
                   Tr::tr("Audit entry %1 (%2, %3, %4) does not match its hash: it was changed after it was "
                          "written.")
                       .arg(entry.id)
                       .arg(Clock::format(entry.at), entry.username, entry.action));
            return result;
        }
        if (previousAt.isValid() && entry.at.isValid() && entry.at.secsTo(previousAt) > kClockToleranceSeconds)
            result.timeWarnings.append(
                { entry.id,
                  Tr::tr("Audit entry %1 (%2) is dated before entry %3 (%4) by more than %n minute(s): the "
                         "computer's clock was set back, or the entry was back-dated.",
                         nullptr, int(kClockToleranceSeconds / 60))
                      .arg(entry.id)
                      .arg(Clock::format(entry.at))
                      .arg(entry.id - 1)
                      .arg(Clock::format(previousAt)) });
        for (const AuditCheckpoint *checkpoint : pending.values(entry.id)) {
            if (checkpoint->head != entry.hash) {
                broken(entry.id,
                       Tr::tr("Audit entry %1 no longer has the hash that %2 recorded: one of entries %3 to %1 "
                              "was changed and the chain recomputed after that checkpoint, or the database was "
                              "replaced by another copy.")
                           .arg(entry.id)
                           .arg(describe(*checkpoint))
                           .arg(lastMatched + 1));
                return result;
            }
            ++result.checkpointsMatched;
            lastMatched = entry.id;
        }
        previous = entry.hash;
        previousAt = entry.at;
        ++expectedId;
        ++result.entries;
    }
    result.head = previous;
    // A checkpoint beyond the last entry: the chain lost entries since.
    if (!pending.isEmpty() && pending.lastKey() > result.entries) {
        const AuditCheckpoint *longest = pending.last();
        broken(result.entries + 1,
               Tr::tr("The audit chain is shorter than a checkpoint: it has %1 entries, but %2 recorded %3. "
                      "Entries were removed after it, or an older copy of the database was restored.")
                   .arg(result.entries)
                   .arg(describe(*longest))
                   .arg(longest->entries));
    }
    return result;
}

Result<QByteArray> AuditTrail::head(QSqlDatabase &db)
{
    auto checkpointed = checkpoint(db);
    if (!checkpointed)
        return checkpointed.error();
    return checkpointed->head;
}

Result<AuditCheckpoint> AuditTrail::checkpoint(QSqlDatabase &db)
{
    // On a trial server every role may learn the head (reports name it), not every role may read
    // the trail: the server's trialdesk.audit_head answers (core/server/grants.sql).
    auto last
        = exec(db,
               isTrialServer(db) ? QStringLiteral("SELECT entries, head FROM trialdesk.audit_head() WHERE entries > 0")
                                 : QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return last.error();
    AuditCheckpoint checkpoint;
    checkpoint.head = genesisHash();
    if (last->next()) {
        checkpoint.entries = last->value(0).toLongLong();
        checkpoint.head = last->value(1).toString().toLatin1();
    }
    return checkpoint;
}

Status AuditTrail::exportCsv(QSqlDatabase &db, const Filter &filter, QIODevice &out)
{
    auto query = runFiltered(db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log"), filter,
                             QStringLiteral(" ORDER BY id"));
    if (!query)
        return query.error();
    auto write = [&](const QByteArray &bytes) { return out.write(bytes) == bytes.size(); };
    if (!write(Csv::line({ QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("username"),
                           QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                           QStringLiteral("field"), QStringLiteral("old_value"), QStringLiteral("new_value"),
                           QStringLiteral("reason"), QStringLiteral("prev_hash"), QStringLiteral("hash") })))
        return makeError(ErrorCode::Storage, Tr::tr("Could not write the audit export: %1").arg(out.errorString()));
    while (query->next()) {
        const AuditEntry e = entryFromQuery(query.value());
        if (!write(Csv::line({ QString::number(e.id), Clock::format(e.at), e.username, e.action, e.entity, e.entityId,
                               e.field, e.oldValue.value_or(QString()), e.newValue.value_or(QString()),
                               e.reason.value_or(QString()), QString::fromLatin1(e.previousHash),
                               QString::fromLatin1(e.hash) })))
            return makeError(ErrorCode::Storage, Tr::tr("Could not write the audit export: %1").arg(out.errorString()));
    }
    return {};
}

} // namespace trialdesk::core
