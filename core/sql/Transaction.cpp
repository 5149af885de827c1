#include "core/sql/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace trialdesk::core {

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    if (m_db.transaction()) {
        m_open = true;
    } else {
        m_status = makeError(ErrorCode::Storage,
                             QCoreApplication::translate("trialdesk::core::Transaction",
                                                         "Could not start a database transaction (%1). Another "
                                                         "program may be writing to the trial; try again.")
                                 .arg(m_db.lastError().text()));
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
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("trialdesk::core::Transaction",
                                                     "Could not save the change (%1). Nothing was recorded; try again.")
                             .arg(detail));
    }
    return {};
}

} // namespace trialdesk::core
