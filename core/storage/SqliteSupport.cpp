#include "core/storage/SqliteSupport.h"

#include <sqlite3.h>

namespace trialdesk::core::sqlite {

QSqlError lastError(sqlite3 *db, const QString &driverText, QSqlError::ErrorType type)
{
    if (!db)
        return makeError(SQLITE_MISUSE, QString(), driverText, type);
    return makeError(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), driverText, type);
}

QSqlError makeError(int extendedCode, const QString &databaseText, const QString &driverText, QSqlError::ErrorType type)
{
    QString text = databaseText;
    if (text.isEmpty())
        text = QString::fromUtf8(sqlite3_errstr(extendedCode));
    return QSqlError(driverText, text, type, QString::number(extendedCode));
}

QMetaType metaTypeForDeclaredType(const QString &declaredType)
{
    const QString type = declaredType.trimmed().toUpper();
    if (type.isEmpty())
        return QMetaType();
    if (type.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (type.contains(QLatin1String("BOOL")))
        return QMetaType::fromType<bool>();
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (type.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    if (type.contains(QLatin1String("DATE")) || type.contains(QLatin1String("TIME")))
        return QMetaType::fromType<QString>();
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB")) || type.contains(QLatin1String("NUMERIC"))
        || type.contains(QLatin1String("DECIMAL")))
        return QMetaType::fromType<double>();
    return QMetaType::fromType<QString>();
}

} // namespace trialdesk::core::sqlite
