#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace trialdesk::core {

// What a service writes to the audit trail: one field of one entity changed (or one event).
struct AuditRecord
{
    QString action; // e.g. "user.add", "login.failed", "participant.randomize"
    QString entity; // e.g. "user", "session", "participant"
    QString entityId; // the entity's stable identifier (user name, study ID ...)
    QString field; // the field changed, or "" for an event
    std::optional<QString> oldValue; // absent when the value did not exist
    std::optional<QString> newValue;
    std::optional<QString> reason; // required when existing data changes
};

// One stored entry of the chain.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC, milliseconds
    QString username;
    QString action;
    QString entity;
    QString entityId;
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    std::optional<QString> reason;
    QByteArray previousHash; // hex, 64 digits
    QByteArray hash; // hex, 64 digits
};

} // namespace trialdesk::core
