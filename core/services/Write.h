#pragma once

#include "core/Result.h"
#include "core/audit/AuditRecord.h"
#include "core/security/Permissions.h"

#include <QList>

#include <initializer_list>
#include <memory>
#include <type_traits>
#include <utility>

// Declared only: readers of this header need no Qt Sql (trialdesk_core links it privately).
class QSqlDatabase;

namespace trialdesk::core {

class Clock;
class Transaction;
class TrialSession;
struct UserInfo;

// The one shape of a change to trial data. Write::begin() reads the signed-in account again (a
// deactivated account, or one that must change its password, is refused as TrialSession::require()
// refuses it), checks the permission(s), then opens the BEGIN IMMEDIATE transaction. A Write exists
// only after those checks (its constructor is private), so a service overload that takes a Write&
// cannot be reached without permission and transaction. Rows and audit entries written through it
// land together at commit(), or not at all: a Write destroyed uncommitted rolls back.
//
// Composed writes (enrol, randomize, plan visits) pass the same Write& down: one transaction. A
// callee that needs an action the Write was not begun with asks require(action), which checks the
// role once more for that action.
class Write
{
public:
    static Result<Write> begin(TrialSession &session, Action action);
    static Result<Write> begin(TrialSession &session, std::initializer_list<Action> actions);
    // For a change that any one of several actions allows (the first the role has is checked);
    // refused as require(first action) when the role has none.
    static Result<Write> beginAny(TrialSession &session, std::initializer_list<Action> actions);

    Write(Write &&) noexcept;
    Write &operator=(Write &&) = delete;
    Write(const Write &) = delete;
    Write &operator=(const Write &) = delete;
    ~Write();

    TrialSession &session() const { return *m_session; }
    QSqlDatabase &database() const;
    const Clock &clock() const;
    const UserInfo &user() const;

    // Ok when the Write was begun with action, or when the role allows it (then remembered).
    Status require(Action action);
    bool covers(Action action) const { return m_actions.contains(action); }

    // Appends an audit entry as the session's user, in this transaction.
    Status audit(const AuditRecord &record);

    // Commits; afterwards the Write writes nothing more.
    Status commit();
    // Commits when result is a value; an error is returned as is (and the transaction rolls back
    // when the Write is destroyed).
    template <typename T> Result<T> commit(Result<T> result)
    {
        if (!result)
            return result;
        if (Status committed = commit(); !committed)
            return committed.error();
        return result;
    }
    Status commit(Status status)
    {
        if (!status)
            return status;
        return commit();
    }

private:
    explicit Write(TrialSession &session);

    TrialSession *m_session;
    std::unique_ptr<Transaction> m_transaction;
    QList<Action> m_actions;
};

// Shorthands for Write::begin().
inline Result<Write> beginWrite(TrialSession &session, Action action)
{
    return Write::begin(session, action);
}
inline Result<Write> beginWrite(TrialSession &session, std::initializer_list<Action> actions)
{
    return Write::begin(session, actions);
}

// A change to one row (a participant, a form entry, a data query): the Write and the row it is
// about, found in the write's transaction as the user may see it (site, blinding). Callers bind
// both at once: `auto &[write, row] = *opened;`.
template <typename Row> struct WriteOn
{
    Write write;
    Row row;
};

// The opening every change to one row shares: Write::begin(session, actions), then find(write),
// a Result<Row>. The row is found after the permission check, so a refused role learns nothing
// of it; it is read inside the transaction, so it cannot change before the write commits.
template <typename Find>
auto beginWriteOn(TrialSession &session, std::initializer_list<Action> actions, Find &&find)
    -> Result<WriteOn<std::decay_t<decltype(*std::declval<std::invoke_result_t<Find, Write &> &>())>>>
{
    using Row = std::decay_t<decltype(*std::declval<std::invoke_result_t<Find, Write &> &>())>;
    auto write = Write::begin(session, actions);
    if (!write)
        return write.error();
    auto row = std::forward<Find>(find)(*write);
    if (!row)
        return row.error();
    return WriteOn<Row> { std::move(*write), std::move(*row) };
}

} // namespace trialdesk::core
