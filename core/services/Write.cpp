#include "core/services/Write.h"

#include "core/sql/Transaction.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::core {

Write::Write(TrialSession &session)
    : m_session(&session)
{
}

Write::Write(Write &&other) noexcept
    : m_session(other.m_session)
    , m_transaction(std::move(other.m_transaction))
    , m_actions(std::move(other.m_actions))
{
}

Write::~Write() = default;

Result<Write> Write::begin(TrialSession &session, Action action)
{
    return begin(session, { action });
}

Result<Write> Write::begin(TrialSession &session, std::initializer_list<Action> actions)
{
    // The account is read again and every permission checked before the transaction starts: a
    // refusal takes no write lock.
    if (Status allowed = session.require(actions); !allowed)
        return allowed.error();
    Write write(session);
    write.m_actions = QList<Action>(actions);
    write.m_transaction = std::make_unique<Transaction>(session.database());
    if (!write.m_transaction->status())
        return write.m_transaction->status().error();
    return write;
}

Result<Write> Write::beginAny(TrialSession &session, std::initializer_list<Action> actions)
{
    for (Action action : actions)
        if (session.can(action))
            return begin(session, action);
    return session.require(*actions.begin()).error();
}

QSqlDatabase &Write::database() const
{
    return m_session->database();
}

const Clock &Write::clock() const
{
    return m_session->clock();
}

const UserInfo &Write::user() const
{
    return m_session->user();
}

Status Write::require(Action action)
{
    if (covers(action))
        return {};
    if (Status allowed = m_session->require(action); !allowed)
        return allowed;
    m_actions.append(action);
    return {};
}

Status Write::audit(const AuditRecord &record)
{
    return m_session->audit(record);
}

Status Write::commit()
{
    return m_transaction->commit();
}

} // namespace trialdesk::core
