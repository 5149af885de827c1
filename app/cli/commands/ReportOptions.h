#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::cli {

class CommandContext;

// The options every `report` command takes (consort, recruitment, randomization, baseline,
// retention, outcomes): --format, one of the report's formats, and --output FILE. One place for
// their help, their checks and the usage errors.
class ReportOptions
{
public:
    // `command` as typed ("report consort"); `formats` in the order the help lists them.
    ReportOptions(QString command, QStringList formats);

    QList<QCommandLineOption> options() const;
    // Checks that both are given and the format is known: on a usage error, writes it and returns
    // the exit code (ExitUsage); otherwise nothing, and format() and output() hold the values.
    std::optional<int> parse(CommandContext &context);

    const QString &format() const { return m_format; }
    const QString &output() const { return m_output; }

private:
    QString m_command;
    QStringList m_formats;
    QString m_format;
    QString m_output;
};

} // namespace trialdesk::cli
