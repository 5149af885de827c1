#pragma once

#include "core/Result.h"
#include "core/audit/AuditRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Declared only: readers of this header need no Qt Sql (trialdesk_core links it privately).
class QSqlDatabase;

namespace trialdesk::core {

class Clock;
struct LoginPolicy;

// Counts failed logins per user and locks an account out after too many, in login-state.json beside
// the database: a failed login cannot write to the database, since only a good password opens it.
// The file holds no secret and no trial data (user names, counters, times). Events it records
// (failed logins, lockouts) are moved into the audit trail by the next successful login.
// Protection against offline guessing is the key slot's Argon2id cost, not this counter.
class LoginGuard
{
public:
    struct PendingEvent
    {
        QDateTime at;
        QString username;
        AuditRecord record;
    };

    LoginGuard(QString stateFile, const LoginPolicy &policy, const Clock &clock);

    // Seconds the user must still wait, 0 when the user may try.
    qint64 remainingLockoutSeconds(const QString &username) const;
    // Records a failure; returns true when this failure locked the account.
    bool recordFailure(const QString &username, const QString &reason);
    // Clears the user's counter after a success.
    void recordSuccess(const QString &username);
    // Events not yet in the audit trail that would be imported, oldest first, as rebuildEvent()
    // makes them; clearPending() once they are.
    QList<PendingEvent> pendingEvents() const;
    void clearPending(int count);
    // Appends the pending events to the audit trail, inside the caller's transaction: each entry's
    // reason says when it happened and that it comes from the unauthenticated login-state file.
    // Records that rebuildEvent() refuses are not imported; one "login.import_refused" entry counts
    // them. Returns how many records were read (imported or refused), for clearPending() after the
    // commit.
    Result<int> appendPendingTo(QSqlDatabase &db) const;

    // Anyone who can write the workspace folder can write login-state.json, so a record is never
    // imported as written: only failed-login and lockout records are accepted, and every field is
    // rebuilt here (action, entity and field fixed; the user name only when it is a valid one; the
    // times parsed and bounded; the cause from a fixed list). Empty for anything else.
    static std::optional<PendingEvent> rebuildEvent(const QJsonObject &event, const QDateTime &now);

private:
    QString m_stateFile;
    int m_maxFailures;
    int m_lockoutMinutes;
    const Clock &m_clock;
};

} // namespace trialdesk::core
