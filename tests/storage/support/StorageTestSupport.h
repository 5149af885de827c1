#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

// Helpers shared by the storage tests.
namespace trialdesk::storagetest {

// 32 bytes from the system's random source, like a real database key.
QByteArray randomKey();

// Opens (creating if asked) an encrypted database; fails the calling test through the returned invalid database
// and the message in *error.
QSqlDatabase open(const QString &path, const QByteArray &key, const QString &connection, bool create, QString *error);

// Closes and forgets a connection; every QSqlDatabase copy must be gone before.
void closeConnection(const QString &connection);

QByteArray readFile(const QString &path);

} // namespace trialdesk::storagetest
