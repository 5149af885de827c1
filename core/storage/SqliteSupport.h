#pragma once

#include <QMetaType>
#include <QSqlError>
#include <QString>

struct sqlite3;

// Small helpers shared by SqlCipherDriver and SqlCipherResult.
namespace trialdesk::core::sqlite {

// A QSqlError for the connection's last failure: the translated driverText says what we were doing, the database
// text is SQLite's message and nativeErrorCode() is the extended SQLite result code (e.g. "2067"), as a string.
QSqlError lastError(sqlite3 *db, const QString &driverText, QSqlError::ErrorType type);
QSqlError makeError(int extendedCode, const QString &databaseText, const QString &driverText,
                    QSqlError::ErrorType type);

// The Qt type for a declared column type, following SQLite's affinity rules (INT -> 64-bit integer, CHAR/CLOB/TEXT
// -> string, BLOB -> bytes, REAL/FLOA/DOUB/NUMERIC -> double); BOOL is a bool and DATE/TIME are ISO strings. An
// empty declaration gives an invalid QMetaType: the type then comes from the stored values.
QMetaType metaTypeForDeclaredType(const QString &declaredType);

} // namespace trialdesk::core::sqlite
