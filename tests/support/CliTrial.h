#pragma once

#include "tests/support/CliProcess.h"
#include "tests/support/TestPasswords.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QTemporaryDir>

namespace trialdesk::test {

// A trial created by `trialdesk-cli init` in a temporary folder, and the accounts added to it, for
// tests of the command-line contract. Its administrator is "admin" with kAdminPassword; every
// command is run through the real executable with the password on standard input.
class CliTrial
{
public:
    // moreInitArguments go to `init` after the others (e.g. `--protocol FILE`).
    explicit CliTrial(const QString &trialName = QStringLiteral("CLI trial"),
                      const QStringList &moreInitArguments = {});

    // Where a trial server is, for the same trial made by `server init` (as the database owner
    // named in ownerConninfo, whose password is ownerPassword) and a workspace folder made by
    // `connect` to `conninfo` (no user in it).
    struct Server
    {
        QString ownerConninfo;
        QByteArray ownerPassword;
        QString conninfo;
    };
    explicit CliTrial(const Server &server, const QString &trialName = QStringLiteral("CLI trial"));

    // Whether init succeeded; error() holds its standard error otherwise.
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString recoveryCode() const { return m_recoveryCode; }
    QString workspace() const { return m_dir.filePath(QStringLiteral("trial")); }
    QString folder() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QByteArray passwordOf(const QString &user) const { return m_passwords.value(user); }

    // Runs a command as user: the user's password is the first line of standard input, followed
    // by moreSecrets (each line ending in '\n').
    CliRun as(const QString &user, const QStringList &arguments, const QByteArray &moreSecrets = {}) const;
    CliRun admin(const QStringList &arguments, const QByteArray &moreSecrets = {}) const
    {
        return as(QStringLiteral("admin"), arguments, moreSecrets);
    }
    // `user add` as the administrator; role as the CLI spells it (coordinator, outcome-assessor, ...).
    CliRun addUser(const QString &user, const QString &role, const QString &site = {},
                   const QByteArray &password = test::kUserPassword);
    // addUser for each (user, role) pair, without a site; returns what went wrong (init's error, or
    // the standard error of the first user that was not added), empty when all were added.
    QString addUsers(const QList<QPair<QString, QString>> &usersAndRoles);
    // `enroll` of an eligible participant as user (the CLI's default screening answers); stdout
    // holds the study ID.
    CliRun enroll(const QString &user, const QString &site = QStringLiteral("ICM"),
                  const QString &condition = QStringLiteral("HF"),
                  const QString &consentDate = QStringLiteral("2026-10-01"), const QStringList &moreArguments = {});
    // `randomize` as user, signed with the user's password; stdout holds the arm code.
    CliRun randomize(const QString &user, const QString &studyId);
    // Writes a file in the temporary folder; returns its path, or an empty string on failure.
    QString writeFile(const QString &name, const QByteArray &content) const;
    // eligibility.json for `enroll --eligibility`: a 67-year-old woman who meets every criterion.
    QString eligibilityFile() const;
    // identity.json for `enroll --identity`: Marie Tremblay, whose RAMQ number is "TREM 5953 1412".
    QString identityFile() const;

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
    QString m_error;
    QString m_recoveryCode;
    QHash<QString, QByteArray> m_passwords;
};

} // namespace trialdesk::test
