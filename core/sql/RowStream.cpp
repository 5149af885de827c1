#include "core/sql/RowStream.h"

#include "core/sql/SqlUtil.h"

#include <QSqlError>

namespace trialdesk::core {

namespace {
// Rows per FETCH on a server: enough to make round trips rare, few enough to keep memory flat.
constexpr int kBatch = 2000;
} // namespace

RowStream::RowStream(QSqlDatabase &db, QString name)
    : m_db(db)
    , m_name(std::move(name))
    , m_server(isTrialServer(db))
{
}

RowStream::~RowStream()
{
    m_query.reset();
    if (m_server && m_open && m_db.isOpen()) {
        QSqlQuery close(m_db);
        close.exec(QStringLiteral("CLOSE ") + m_name);
    }
}

Status RowStream::open(const QString &sql, const QString &opening, const QString &partWay)
{
    m_partWay = partWay;
    m_query.emplace(m_db);
    if (!m_server) {
        m_query->setForwardOnly(true);
        if (!m_query->prepare(sql) || !m_query->exec())
            return m_status = storageError(opening, *m_query);
        m_open = true;
        return {};
    }
    // A cursor cannot be a prepared statement: it is declared by text, and its SELECT has no values.
    if (!m_query->exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2").arg(m_name, sql)))
        return m_status = storageError(opening, *m_query);
    m_open = true;
    if (!fetch())
        return m_status = storageError(opening, *m_query);
    return {};
}

bool RowStream::fetch()
{
    // A scrollable (not forward-only) query: Qt reads the whole batch in one result, so the other
    // streams' FETCHes never cut it short.
    m_query.emplace(m_db);
    if (!m_query->exec(QStringLiteral("FETCH FORWARD %1 FROM %2").arg(kBatch).arg(m_name))) {
        m_status = storageError(m_partWay, *m_query);
        return false;
    }
    m_exhausted = m_query->size() < kBatch;
    return true;
}

bool RowStream::next()
{
    if (!m_status.ok() || !m_query)
        return false;
    if (m_query->next())
        return true;
    if (m_query->lastError().isValid()) {
        m_status = storageError(m_partWay, *m_query);
        return false;
    }
    if (!m_server || m_exhausted)
        return false;
    return fetch() && m_query->next();
}

QVariant RowStream::value(int column) const
{
    return m_query ? m_query->value(column) : QVariant();
}

Status RowStream::beginSnapshot(QSqlDatabase &db, const QString &what)
{
    if (!isTrialServer(db))
        return {};
    if (!db.transaction())
        return storageError(what, db);
    QSqlQuery snapshot(db);
    if (!snapshot.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        Error error = storageError(what, snapshot);
        db.rollback();
        return error;
    }
    return {};
}

void RowStream::endSnapshot(QSqlDatabase &db)
{
    if (isTrialServer(db) && db.isOpen())
        db.rollback();
}

} // namespace trialdesk::core
