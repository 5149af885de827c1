#pragma once

#include "app/cli/Command.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace trialdesk::cli {

// What a running command may use: its parsed options and arguments, the output streams, and
// the secrets on standard input (never on the command line).
class CommandContext
{
public:
    CommandContext(const QCommandLineParser &parser, QStringList positional, QTextStream &out, QTextStream &err,
                   std::FILE *input = stdin);
    ~CommandContext();

    const QCommandLineParser &parser() const { return m_parser; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    const QStringList &positional() const { return m_positional; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // The next line of standard input without its line ending: the first is the user's password,
    // the second the new secret where one is needed. Empty and ok=false at end of input.
    // The caller wipes what it got with wipe() once used.
    QByteArray readSecretLine(bool *ok = nullptr);
    static void wipe(QByteArray &secret);

    // Writes "trialdesk-cli: <message>" to stderr and returns code: return context.fail(...).
    int fail(int code, const QString &message);

private:
    const QCommandLineParser &m_parser;
    QStringList m_positional;
    QTextStream &m_out;
    QTextStream &m_err;
    std::FILE *m_input;
};

} // namespace trialdesk::cli
