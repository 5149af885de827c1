#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace trialdesk::core {

// A write transaction (BEGIN IMMEDIATE through the driver) that rolls back unless committed:
// a service's change and its audit entries land together or not at all.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Error if the transaction could not start (busy database ...); check before writing.
    const Status &status() const { return m_status; }
    Status commit();

private:
    QSqlDatabase &m_db;
    Status m_status;
    bool m_open = false;
};

} // namespace trialdesk::core
