#pragma once

// Core's own storage header (and its SQL tests'): opening a connection needs the whole QSqlDatabase.
#include "core/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace trialdesk::core {

// Opens the encrypted database at path as a new QSqlDatabase connection named connectionName, through the
// QSQLCIPHER driver (registered on first use). key32 is the 32-byte database key; the driver wipes its own copy
// after opening and the caller wipes key32. With create=false a missing file is refused (NotFound). A plaintext
// SQLite file, a wrong key or a file that is not a database is refused as Corrupt, a SQLite without encryption as
// Unsupported; nothing is written to the file in these cases and no connection is left behind.
Result<QSqlDatabase> openEncryptedDatabase(const QString &path, const QByteArray &key32, const QString &connectionName,
                                           bool create);

// Re-encrypts the open database under a new 32-byte key. The database must be open through openEncryptedDatabase,
// with no other connection to the file and no open transaction. See SqlCipherDriver::rekey for how.
Status rekeyDatabase(QSqlDatabase &db, const QByteArray &newKey32);

// Opens the encrypted database at path on a short-lived connection of its own (a unique name starting
// with prefix), runs work on it, then closes and removes the connection. The open's error when it fails
// (ErrorCode::Corrupt: another key, or not a database).
Status withTemporaryConnection(const QString &path, const QByteArray &key32, const QString &prefix,
                               const std::function<void(QSqlDatabase &)> &work);

// Whether key32 opens the encrypted database at path: true, false (another key), or an error when the file
// cannot be read at all. Uses a short-lived connection of its own; nothing is changed in the file except
// the journal mode every open sets. Used after a failed or interrupted key change, before anything that
// depends on which key is in force is discarded.
Result<bool> keyOpensDatabase(const QString &path, const QByteArray &key32);

// True if the file starts with the 16-byte header of a plaintext SQLite database ("SQLite format 3\0").
bool isPlaintextSqlite(const QString &path);

} // namespace trialdesk::core
