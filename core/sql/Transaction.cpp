#include "core/sql/Transaction.h"

#include "core/server/ServerRefusal.h"
#include "core/sql/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace trialdesk::core {

namespace {
// The trial's writer lock on a trial server: an advisory lock of the transaction (per database),
// so that writers take turns as they do on SQLite (BEGIN IMMEDIATE) and a read-then-write (the next
// site number, the next visit) never races another workstation's.
constexpr qint64 kWriterLock = 0x547269616c4465; // "TrialDe"

// Empty when taken (or not needed), else why not.
QString takeWriterLock(QSqlDatabase &db)
{
    if (!isTrialServer(db))
        return {};
    QSqlQuery lock(db);
    if (lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriterLock)))
        return {};
    return lock.lastError().text();
}
} // namespace

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    const bool begun = m_db.transaction();
    const QString lockError = begun ? takeWriterLock(m_db) : QString();
    if (begun && lockError.isEmpty()) {
        m_open = true;
    } else if (serverConnectionLost(m_db)) {
        m_status = serverConnectionLostError(begun ? lockError : m_db.lastError().text());
        if (begun)
            m_db.rollback();
    } else {
        m_status = makeError(ErrorCode::Storage,
                             QCoreApplication::translate("trialdesk::core::Transaction",
                                                         "Could not start a database transaction (%1). Another "
                                                         "program may be writing to the trial; try again.")
                                 .arg(begun ? lockError : m_db.lastError().text()));
        if (begun)
            m_db.rollback();
    }
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status(makeError(ErrorCode::Storage, QStringLiteral("transaction already closed")))
                             : m_status;
    m_open = false;
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        // A server may have recorded a commit whose answer was lost with the connection.
        // CommitUnconfirmed when the connection is gone, so that a caller can reconnect and let
        // the user look.
        if (isTrialServer(m_db))
            return makeError(serverConnectionLost(m_db) ? ErrorCode::CommitUnconfirmed : ErrorCode::Storage,
                             QCoreApplication::translate("trialdesk::core::Transaction",
                                                         "The trial server did not confirm the change (%1): it may or "
                                                         "may not have been recorded. Look before you try again.")
                                 .arg(detail));
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("trialdesk::core::Transaction",
                                                     "Could not save the change (%1). Nothing was recorded; try again.")
                             .arg(detail));
    }
    return {};
}

} // namespace trialdesk::core
