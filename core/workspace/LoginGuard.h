#pragma once

#include "Result.h"
#include "audit/AuditRecord.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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
    // Events not yet in the audit trail, oldest first; clearPending() once they are.
    QList<PendingEvent> pendingEvents() const;
    void clearPending(int count);
    // Appends the pending events to the audit trail, inside the caller's transaction (each entry's
    // reason says when it happened); returns how many, for clearPending() after the commit.
    Result<int> appendPendingTo(QSqlDatabase &db) const;

private:
    QString m_stateFile;
    int m_maxFailures;
    int m_lockoutMinutes;
    const Clock &m_clock;
};

} // namespace trialdesk::core
