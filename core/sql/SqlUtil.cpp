#include "core/sql/SqlUtil.h"

#include "core/server/ServerRefusal.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

namespace trialdesk::core {

Error storageError(const QString &what, const QSqlQuery &query)
{
    if (serverConnectionLost(query.driver()))
        return serverConnectionLostError(query.lastError().text());
    return makeError(ErrorCode::Storage,
                     QCoreApplication::translate("trialdesk::core::SqlUtil", "%1 (database error: %2)")
                         .arg(what, query.lastError().text()));
}

Error storageError(const QString &what, const QSqlDatabase &db)
{
    if (serverConnectionLost(db))
        return serverConnectionLostError(db.lastError().text());
    return makeError(ErrorCode::Storage,
                     QCoreApplication::translate("trialdesk::core::SqlUtil", "%1 (database error: %2)")
                         .arg(what, db.lastError().text()));
}

bool isTrialServer(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return storageError(QCoreApplication::translate("trialdesk::core::SqlUtil", "Could not prepare a query"),
                            query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storageError(QCoreApplication::translate("trialdesk::core::SqlUtil", "Could not run a query"), query);
    return query;
}

Result<QSqlQuery> execList(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(!isTrialServer(db));
    if (!query.prepare(sql))
        return storageError(what, query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return storageError(what, query);
    return query;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QVariant nullableText(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace trialdesk::core
