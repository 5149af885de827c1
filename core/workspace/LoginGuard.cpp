#include "LoginGuard.h"

#include "audit/AuditTrail.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace trialdesk::core {

namespace {

QJsonObject readState(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.read(1024 * 1024)).object();
}

void writeState(const QString &path, const QJsonObject &state)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(state).toJson(QJsonDocument::Indented));
        file.commit();
    }
}

QJsonObject recordToJson(const QDateTime &at, const QString &username, const AuditRecord &record)
{
    QJsonObject event { { QStringLiteral("at"), Clock::format(at) },      { QStringLiteral("username"), username },
                        { QStringLiteral("action"), record.action },      { QStringLiteral("entity"), record.entity },
                        { QStringLiteral("entity_id"), record.entityId }, { QStringLiteral("field"), record.field } };
    if (record.newValue)
        event.insert(QStringLiteral("new_value"), *record.newValue);
    if (record.reason)
        event.insert(QStringLiteral("reason"), *record.reason);
    return event;
}

} // namespace

LoginGuard::LoginGuard(QString stateFile, const LoginPolicy &policy, const Clock &clock)
    : m_stateFile(std::move(stateFile))
    , m_maxFailures(policy.maxFailures)
    , m_lockoutMinutes(policy.lockoutMinutes)
    , m_clock(clock)
{
}

qint64 LoginGuard::remainingLockoutSeconds(const QString &username) const
{
    const QJsonObject user
        = readState(m_stateFile).value(QStringLiteral("users")).toObject().value(username).toObject();
    const QDateTime until = Clock::parse(user.value(QStringLiteral("locked_until")).toString());
    if (!until.isValid())
        return 0;
    const qint64 remaining = m_clock.nowUtc().secsTo(until);
    return remaining > 0 ? remaining : 0;
}

bool LoginGuard::recordFailure(const QString &username, const QString &reason)
{
    QJsonObject state = readState(m_stateFile);
    QJsonObject users = state.value(QStringLiteral("users")).toObject();
    QJsonObject user = users.value(username).toObject();
    QJsonArray pending = state.value(QStringLiteral("pending_audit")).toArray();
    const QDateTime now = m_clock.nowUtc();

    const int failures = user.value(QStringLiteral("failures")).toInt() + 1;
    user.insert(QStringLiteral("failures"), failures);
    pending.append(recordToJson(now, username,
                                AuditRecord { QStringLiteral("login.failed"), QStringLiteral("user"), username,
                                              QString(), std::nullopt, QString::number(failures), reason }));
    bool locked = false;
    if (m_maxFailures > 0 && failures >= m_maxFailures) {
        const QDateTime until = now.addSecs(qint64(m_lockoutMinutes) * 60);
        user.insert(QStringLiteral("locked_until"), Clock::format(until));
        user.insert(QStringLiteral("failures"), 0);
        pending.append(recordToJson(now, username,
                                    AuditRecord { QStringLiteral("login.lockout"), QStringLiteral("user"), username,
                                                  QStringLiteral("locked_until"), std::nullopt, Clock::format(until),
                                                  QStringLiteral("%1 failed logins").arg(failures) }));
        locked = true;
    }
    users.insert(username, user);
    state.insert(QStringLiteral("users"), users);
    state.insert(QStringLiteral("pending_audit"), pending);
    writeState(m_stateFile, state);
    return locked;
}

void LoginGuard::recordSuccess(const QString &username)
{
    QJsonObject state = readState(m_stateFile);
    QJsonObject users = state.value(QStringLiteral("users")).toObject();
    if (!users.contains(username))
        return;
    users.remove(username);
    state.insert(QStringLiteral("users"), users);
    writeState(m_stateFile, state);
}

QList<LoginGuard::PendingEvent> LoginGuard::pendingEvents() const
{
    QList<PendingEvent> events;
    const QJsonArray pending = readState(m_stateFile).value(QStringLiteral("pending_audit")).toArray();
    for (const QJsonValue &value : pending) {
        const QJsonObject event = value.toObject();
        PendingEvent parsed;
        parsed.at = Clock::parse(event.value(QStringLiteral("at")).toString());
        parsed.username = event.value(QStringLiteral("username")).toString();
        parsed.record.action = event.value(QStringLiteral("action")).toString();
        parsed.record.entity = event.value(QStringLiteral("entity")).toString();
        parsed.record.entityId = event.value(QStringLiteral("entity_id")).toString();
        parsed.record.field = event.value(QStringLiteral("field")).toString();
        if (event.contains(QStringLiteral("new_value")))
            parsed.record.newValue = event.value(QStringLiteral("new_value")).toString();
        if (event.contains(QStringLiteral("reason")))
            parsed.record.reason = event.value(QStringLiteral("reason")).toString();
        events.append(parsed);
    }
    return events;
}

void LoginGuard::clearPending(int count)
{
    QJsonObject state = readState(m_stateFile);
    QJsonArray pending = state.value(QStringLiteral("pending_audit")).toArray();
    for (int i = 0; i < count && !pending.isEmpty(); ++i)
        pending.removeFirst();
    state.insert(QStringLiteral("pending_audit"), pending);
    writeState(m_stateFile, state);
}

Result<int> LoginGuard::appendPendingTo(QSqlDatabase &db) const
{
    const QList<PendingEvent> pending = pendingEvents();
    for (const PendingEvent &event : pending) {
        AuditRecord record = event.record;
        record.reason = QStringLiteral("%1 (at %2)").arg(record.reason.value_or(QString()), Clock::format(event.at));
        if (Status appended = AuditTrail::append(db, m_clock, event.username, record); !appended)
            return appended.error();
    }
    return static_cast<int>(pending.size());
}

} // namespace trialdesk::core
