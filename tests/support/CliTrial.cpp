#include "support/CliTrial.h"

#include <QFile>

namespace trialdesk::tests {

CliTrial::CliTrial(const QString &trialName)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    const CliRun init
        = runCli({ QStringLiteral("init"), QStringLiteral("--workspace"), workspace(), QStringLiteral("--trial-name"),
                   trialName, QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--password-stdin") },
                 test::kAdminPassword + '\n');
    m_ok = init.code == 0;
    if (!m_ok) {
        m_error = QString::fromUtf8(init.err);
        return;
    }
    m_recoveryCode = QString::fromUtf8(init.out.trimmed());
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

} // namespace trialdesk::tests
