#include "tests/support/CliTrial.h"

#include <QFile>

namespace trialdesk::test {

CliTrial::CliTrial(const QString &trialName, const QStringList &moreInitArguments)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    const CliRun init = runCli(QStringList { QStringLiteral("init"), QStringLiteral("--workspace"), workspace(),
                                             QStringLiteral("--trial-name"), trialName, QStringLiteral("--admin"),
                                             QStringLiteral("admin"), QStringLiteral("--password-stdin") }
                                   + moreInitArguments,
                               test::kAdminPassword + '\n');
    m_ok = init.code == 0;
    if (!m_ok) {
        m_error = QString::fromUtf8(init.err);
        return;
    }
    m_recoveryCode = QString::fromUtf8(init.out.trimmed());
    m_passwords.insert(QStringLiteral("admin"), test::kAdminPassword);
}

CliTrial::CliTrial(const Server &server, const QString &trialName)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    const CliRun init
        = runCli({ QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--server"), server.ownerConninfo,
                   QStringLiteral("--trial-name"), trialName, QStringLiteral("--admin"), QStringLiteral("admin"),
                   QStringLiteral("--password-stdin") },
                 server.ownerPassword + '\n' + test::kAdminPassword + '\n');
    const CliRun connect = init.code == 0 ? runCli({ QStringLiteral("connect"), QStringLiteral("--workspace"),
                                                     workspace(), QStringLiteral("--server"), server.conninfo })
                                          : init;
    m_ok = connect.code == 0;
    if (!m_ok) {
        m_error = QString::fromUtf8(connect.err);
        return;
    }
    m_passwords.insert(QStringLiteral("admin"), test::kAdminPassword);
}

CliRun CliTrial::as(const QString &user, const QStringList &arguments, const QByteArray &moreSecrets) const
{
    return runCliAs(workspace(), user, m_passwords.value(user) + '\n' + moreSecrets, arguments);
}

CliRun CliTrial::addUser(const QString &user, const QString &role, const QString &site, const QByteArray &password)
{
    QStringList arguments { QStringLiteral("user"),       QStringLiteral("add"),
                            QStringLiteral("--new-user"), user,
                            QStringLiteral("--role"),     role };
    if (!site.isEmpty())
        arguments << QStringLiteral("--site") << site;
    const CliRun added = admin(arguments, password + '\n');
    if (added.code == 0)
        m_passwords.insert(user, password);
    return added;
}

QString CliTrial::addUsers(const QList<QPair<QString, QString>> &usersAndRoles)
{
    if (!m_ok)
        return QStringLiteral("init: ") + m_error;
    for (const auto &[user, role] : usersAndRoles) {
        const CliRun added = addUser(user, role);
        if (added.code != 0)
            return QStringLiteral("user add %1: %2").arg(user, QString::fromUtf8(added.err));
    }
    return {};
}

CliRun CliTrial::enroll(const QString &user, const QString &site, const QString &condition, const QString &consentDate,
                        const QStringList &moreArguments)
{
    return as(user,
              QStringList { QStringLiteral("enroll"), QStringLiteral("--site"), site, QStringLiteral("--stratum"),
                            QStringLiteral("condition=") + condition, QStringLiteral("--consent-version"),
                            QStringLiteral("1.0"), QStringLiteral("--consent-date"), consentDate }
                  + moreArguments);
}

CliRun CliTrial::randomize(const QString &user, const QString &studyId)
{
    return as(user, { QStringLiteral("randomize"), QStringLiteral("--participant"), studyId },
              m_passwords.value(user) + '\n');
}

QString CliTrial::writeFile(const QString &name, const QByteArray &content) const
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

QString CliTrial::eligibilityFile() const
{
    return writeFile(QStringLiteral("eligibility.json"),
                     R"({"age": 67, "sex": "F", "answers": {"AGE18": true, "FOLLOWED": true, "LANGUAGE": true,
            "CONSENT_ABLE": true, "COGNITIVE": false, "LIFE_EXPECTANCY": false, "ALREADY_PAIRED": false}})");
}

QString CliTrial::identityFile() const
{
    return writeFile(QStringLiteral("identity.json"),
                     R"({"last_name": "Tremblay", "first_name": "Marie", "date_of_birth": "1959-03-14",
                         "ramq": "TREM 5953 1412", "phone": "514 555-0101", "language": "fr"})");
}

} // namespace trialdesk::test
