#include "core/server/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include <libpq-fe.h>
#include <memory>
#include <vector>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::ServerAddress)
};

// A value as libpq reads it in a keyword/value string: single-quoted, \ and ' escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// What libpq says when it cannot connect, on one line.
QString libpqMessage(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).simplified();
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &conninfo)
{
    const QByteArray text = conninfo.trimmed().toUtf8();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Give the trial server as a connection string, for example \"host=db.example.org "
                                "dbname=pilot sslmode=verify-full sslrootcert=/path/to/ca.crt\"."));
    if (text.startsWith("postgres://") || text.startsWith("postgresql://"))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Give the trial server as keyword=value pairs (host=... dbname=...), not as a URI."));
    char *parseError = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfoParse(text.constData(), &parseError),
                                                                         &PQconninfoFree);
    if (!options) {
        const QString detail = parseError ? QString::fromUtf8(parseError).simplified() : QString();
        PQfreemem(parseError);
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The trial server's connection string cannot be read: %1").arg(detail));
    }
    ServerAddress address;
    for (PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (!option->val)
            continue;
        const QString keyword = QString::fromLatin1(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        if (keyword == QLatin1String("password") || keyword == QLatin1String("passfile"))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The connection string must not hold a password (%1): each user types their own "
                                    "when signing in.")
                                 .arg(keyword));
        if (keyword == QLatin1String("user")) {
            address.m_user = value;
            continue;
        }
        if (value.contains(QLatin1Char(';')))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The value of %1 in the connection string contains \";\", which TrialDesk cannot "
                                    "pass on. Move the file or rename it.")
                                 .arg(keyword));
        address.m_options.append({ keyword, value });
    }
    if (address.database().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The connection string needs the trial's database: add dbname=NAME."));
    const QString host = address.host();
    const bool localSocket = !host.isEmpty() && host.startsWith(QLatin1Char('/'));
    QString sslmode;
    for (const auto &[keyword, value] : address.m_options)
        if (keyword == QLatin1String("sslmode"))
            sslmode = value;
    if (!localSocket && sslmode != QLatin1String("verify-full"))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Connections to a trial server must check its certificate: add sslmode=verify-full "
                                "and sslrootcert=FILE (the certificate authority that signed the server's "
                                "certificate), or connect through a local socket (host=/path)."));
    if (host.isEmpty() && !localSocket)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The connection string needs the server: add host=NAME."));
    return address;
}

QString ServerAddress::quoteValue(const QString &value)
{
    return quoted(value);
}

QString ServerAddress::conninfo() const
{
    QStringList parts;
    for (const auto &[keyword, value] : m_options)
        parts.append(keyword + QLatin1Char('=') + quoted(value));
    return parts.join(QLatin1Char(' '));
}

bool ServerAddress::acceptsConnections() const
{
    std::vector<QByteArray> keywords;
    std::vector<QByteArray> values;
    bool timeout = false;
    for (const auto &[keyword, value] : m_options) {
        keywords.push_back(keyword.toUtf8());
        values.push_back(value.toUtf8());
        timeout = timeout || keyword == QLatin1String("connect_timeout");
    }
    if (!timeout) {
        keywords.push_back("connect_timeout");
        values.push_back("10");
    }
    std::vector<const char *> keywordPointers;
    std::vector<const char *> valuePointers;
    for (size_t i = 0; i < keywords.size(); ++i) {
        keywordPointers.push_back(keywords[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keywordPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);
    return PQpingParams(keywordPointers.data(), valuePointers.data(), 0) == PQPING_OK;
}

QString ServerAddress::database() const
{
    for (const auto &[keyword, value] : m_options)
        if (keyword == QLatin1String("dbname"))
            return value;
    return {};
}

QString ServerAddress::host() const
{
    for (const auto &[keyword, value] : m_options)
        if (keyword == QLatin1String("host"))
            return value;
    return {};
}

Result<QSqlDatabase> ServerAddress::open(const QString &connectionName, const QString &user,
                                         const QByteArray &password) const
{
    QStringList connectOptions;
    bool timeout = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        for (const auto &[keyword, value] : m_options) {
            if (keyword == QLatin1String("host"))
                db.setHostName(value);
            else if (keyword == QLatin1String("port"))
                db.setPort(value.toInt());
            else if (keyword == QLatin1String("dbname"))
                db.setDatabaseName(value);
            else
                connectOptions.append(keyword + QLatin1Char('=') + quoted(value));
            timeout = timeout || keyword == QLatin1String("connect_timeout");
        }
        // A lost server must not hang the workstation.
        if (!timeout)
            connectOptions.append(QStringLiteral("connect_timeout=10"));
        connectOptions.append(QStringLiteral("application_name=TrialDesk"));
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
        db.setUserName(user);
        db.setPassword(QString::fromUtf8(password));
        const bool opened = db.open();
        // Qt needs the password no more once connected: not kept in its connection settings.
        db.setPassword(QString());
        if (opened) {
            return db;
        }
    }
    QSqlDatabase::removeDatabase(connectionName);

    // Why: libpq tells whether the server asked for the password and refused it (or refused the
    // account after it), whatever the language of the server's messages.
    std::vector<QByteArray> keywords;
    std::vector<QByteArray> values;
    for (const auto &[keyword, value] : m_options) {
        keywords.push_back(keyword.toUtf8());
        values.push_back(value.toUtf8());
    }
    keywords.push_back("user");
    values.push_back(user.toUtf8());
    keywords.push_back("password");
    const size_t passwordIndex = values.size();
    values.push_back(QByteArray(password.constData(), password.size()));
    if (!timeout) {
        keywords.push_back("connect_timeout");
        values.push_back("10");
    }
    std::vector<const char *> keywordPointers;
    std::vector<const char *> valuePointers;
    for (size_t i = 0; i < keywords.size(); ++i) {
        keywordPointers.push_back(keywords[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keywordPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);
    PGconn *connection = PQconnectdbParams(keywordPointers.data(), valuePointers.data(), 0);
    const bool refused = PQstatus(connection) != CONNECTION_OK && PQconnectionUsedPassword(connection);
    const QString message = libpqMessage(connection);
    PQfinish(connection);
    values[passwordIndex].fill('\0');
    if (refused)
        return makeError(ErrorCode::AuthenticationFailed,
                         Tr::tr("The trial server refused the user name or password, or the account is deactivated "
                                "(server: %1).")
                             .arg(message));
    return makeError(ErrorCode::Storage,
                     Tr::tr("Cannot reach the trial server %1: %2. Check the network and the server's address, then "
                            "try again.")
                         .arg(host().isEmpty() ? database() : host(), message));
}

} // namespace trialdesk::core
