#include "core/workspace/LoginGuard.h"

#include "core/audit/AuditTrail.h"
#include "core/platform/PrivateFile.h"
#include "core/security/KeySlotStore.h"
#include "core/util/Clock.h"
#include "core/workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

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
    // Best effort, as before: a workstation whose folder cannot be written still signs users in;
    // the file is owner-only and replaced atomically, never written through a link.
    PrivateFileWriter file(path);
    if (file.open() && file.write(QJsonDocument(state).toJson(QJsonDocument::Indented)))
        static_cast<void>(file.commit());
}

// What the audit trail says of every record imported from login-state.json.
const QString kUnauthenticatedSource = QStringLiteral("unauthenticated login-state file");
// Events dated before this, or later than now plus the tolerance, are not imported.
const QDateTime kEarliestEvent = QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
constexpr qint64 kFutureToleranceSeconds = 5 * 60;
constexpr int kMaximumFailures = 100; // Workspace bounds max_failures to 1..100
constexpr int kMaximumLockoutMinutes = 1440; // and lockout_minutes to 1..1440

// The causes recordFailure() is given; any other text is imported as a plain "failed login".
const QStringList &failureCauses()
{
    // What sign-in and the in-session checks (TrialSession::checkPassword) record: the refusal, then
    // for a password typed during a session, its purpose in brackets.
    static const QStringList causes = [] {
        const QStringList refusals { QStringLiteral("wrong password"), QStringLiteral("unknown user"),
                                     QStringLiteral("key slot holds another database key"),
                                     QStringLiteral("key slot refused (damaged, or another user's)") };
        const QStringList purposes { QStringLiteral("re-authentication"), QStringLiteral("unlock"),
                                     QStringLiteral("electronic signature"), QStringLiteral("password change"),
                                     QStringLiteral("key rotation") };
        QStringList all;
        for (const QString &refusal : refusals) {
            all.append(refusal);
            for (const QString &purpose : purposes)
                all.append(QStringLiteral("%1 (%2)").arg(refusal, purpose));
        }
        return all;
    }();
    return causes;
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
    const QDateTime now = m_clock.nowUtc();
    const QJsonArray pending = readState(m_stateFile).value(QStringLiteral("pending_audit")).toArray();
    for (const QJsonValue &value : pending)
        if (auto event = rebuildEvent(value.toObject(), now))
            events.append(*event);
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
    const QDateTime now = m_clock.nowUtc();
    const QJsonArray pending = readState(m_stateFile).value(QStringLiteral("pending_audit")).toArray();
    int refused = 0;
    for (const QJsonValue &value : pending) {
        const std::optional<PendingEvent> event = rebuildEvent(value.toObject(), now);
        if (!event) {
            ++refused;
            continue;
        }
        AuditRecord record = event->record;
        record.reason = QStringLiteral("%1 (at %2; from the %3)")
                            .arg(record.reason.value_or(QString()), Clock::format(event->at), kUnauthenticatedSource);
        if (Status appended = AuditTrail::append(db, m_clock, event->username, record); !appended)
            return appended.error();
    }
    if (refused > 0) {
        // Someone wrote to the folder, or the file is damaged: say so in the trail, with no content.
        const AuditRecord record { QStringLiteral("login.import_refused"),
                                   QStringLiteral("workspace"),
                                   QStringLiteral("login-state.json"),
                                   QString(),
                                   std::nullopt,
                                   QString::number(refused),
                                   QStringLiteral("records of the %1 that are not well-formed failed-login or "
                                                  "lockout records were not imported")
                                       .arg(kUnauthenticatedSource) };
        if (Status appended = AuditTrail::append(db, m_clock, QString(), record); !appended)
            return appended.error();
    }
    return static_cast<int>(pending.size());
}

std::optional<LoginGuard::PendingEvent> LoginGuard::rebuildEvent(const QJsonObject &event, const QDateTime &now)
{
    // Nothing read from the file reaches the trail as it was written: the action, entity and field
    // come from this code, the user name only when it is a valid one, times only when they parse
    // and fall within bounds, causes only from the list recordFailure() writes.
    const QString action = event.value(QStringLiteral("action")).toString();
    const bool failure = action == QLatin1String("login.failed");
    if (!failure && action != QLatin1String("login.lockout"))
        return std::nullopt;
    const QDateTime at = Clock::parse(event.value(QStringLiteral("at")).toString());
    if (!at.isValid() || at < kEarliestEvent || at > now.addSecs(kFutureToleranceSeconds))
        return std::nullopt;
    const QString name = event.value(QStringLiteral("username")).toString();
    const bool validName = KeySlotStore::isValidUserName(name);

    PendingEvent rebuilt;
    rebuilt.at = at;
    rebuilt.username = validName ? name : QString();
    rebuilt.record.entity = QStringLiteral("user");
    rebuilt.record.entityId = rebuilt.username;
    QString cause;
    if (failure) {
        rebuilt.record.action = QStringLiteral("login.failed");
        bool isNumber = false;
        const int failures = event.value(QStringLiteral("new_value")).toString().toInt(&isNumber);
        if (isNumber && failures >= 1 && failures <= kMaximumFailures)
            rebuilt.record.newValue = QString::number(failures);
        const QString reason = event.value(QStringLiteral("reason")).toString();
        cause = failureCauses().contains(reason) ? reason : QStringLiteral("failed login");
    } else {
        rebuilt.record.action = QStringLiteral("login.lockout");
        rebuilt.record.field = QStringLiteral("locked_until");
        const QDateTime until = Clock::parse(event.value(QStringLiteral("new_value")).toString());
        if (!until.isValid() || until < at || until > at.addSecs(qint64(kMaximumLockoutMinutes) * 60))
            return std::nullopt;
        rebuilt.record.newValue = Clock::format(until);
        static const QRegularExpression count(QStringLiteral("^([0-9]{1,3}) failed logins$"));
        const QRegularExpressionMatch match = count.match(event.value(QStringLiteral("reason")).toString());
        cause = match.hasMatch() ? QStringLiteral("%1 failed logins").arg(match.captured(1).toInt())
                                 : QStringLiteral("failed logins");
    }
    if (!validName)
        cause += QStringLiteral("; the user name typed is not a valid user name");
    rebuilt.record.reason = cause;
    return rebuilt;
}

} // namespace trialdesk::core
