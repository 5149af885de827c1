#include "tests/storage/support/StorageTestSupport.h"

#include "core/storage/Database.h"

#include <QFile>
#include <QRandomGenerator>

namespace trialdesk::storagetest {

QByteArray randomKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key;
}

QSqlDatabase open(const QString &path, const QByteArray &key, const QString &connection, bool create, QString *error)
{
    auto db = core::openEncryptedDatabase(path, key, connection, create);
    if (!db) {
        if (error)
            *error = db.error().message;
        return QSqlDatabase();
    }
    return db.value();
}

void closeConnection(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace trialdesk::storagetest
