#include "app/cli/CliRunner.h"

#include "app/cli/CommandContext.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/GlobalOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

#include <cstdio>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::CliRunner)
};

void printUsage(QTextStream &stream, const std::vector<std::unique_ptr<Command>> &commands)
{
    stream << Tr::tr("Usage: trialdesk-cli [--workspace DIR --user NAME --password-stdin] COMMAND [OPTIONS]") << '\n'
           << Tr::tr("Secrets are read from standard input: the first line is the password, the second a new secret.")
           << "\n\n"
           << Tr::tr("Commands:") << '\n';
    for (const auto &command : commands)
        stream << "  " << command->name().leftJustified(18) << ' ' << command->summary() << '\n';
    stream << '\n' << Tr::tr("Run trialdesk-cli COMMAND --help for the options of a command.") << '\n';
    stream.flush();
}

// Which option names take a value, over every command: lets a first pass find the command words
// among the arguments whatever the order of options and words.
QHash<QString, bool> optionArity(const std::vector<std::unique_ptr<Command>> &commands)
{
    QHash<QString, bool> takesValue;
    auto add = [&](const QCommandLineOption &option) {
        for (const QString &name : option.names())
            takesValue.insert(name, !option.valueName().isEmpty());
    };
    for (const auto &option : globalOptions())
        add(option);
    for (const auto &command : commands)
        for (const auto &option : command->options())
            add(option);
    return takesValue;
}

QStringList positionalWords(const QStringList &arguments, const QHash<QString, bool> &takesValue)
{
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            words += arguments.mid(i + 1);
            break;
        }
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
            if (name.contains(QLatin1Char('=')))
                continue;
            if (takesValue.value(name, false))
                ++i;
            continue;
        }
        words.append(argument);
    }
    return words;
}

} // namespace

int runCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto commands = allCommands();

    const QStringList words = positionalWords(arguments, optionArity(commands));
    Command *chosen = nullptr;
    qsizetype wordCount = 0;
    for (const auto &command : commands) {
        const QStringList nameWords = command->name().split(QLatin1Char(' '));
        if (nameWords.size() > wordCount && words.mid(0, nameWords.size()) == nameWords) {
            chosen = command.get();
            wordCount = nameWords.size();
        }
    }

    const bool wantsHelp = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
    if (!chosen) {
        if (wantsHelp || arguments.isEmpty()) {
            printUsage(out, commands);
            return arguments.isEmpty() ? ExitUsage : ExitSuccess;
        }
        if (arguments.contains(QLatin1String("--version"))) {
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitSuccess;
        }
        err << Tr::tr("trialdesk-cli: unknown command \"%1\".").arg(words.join(QLatin1Char(' '))) << '\n';
        printUsage(err, commands);
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(chosen->summary());
    parser.addOptions(globalOptions());
    parser.addOptions(chosen->options());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QStringList command = chosen->name().split(QLatin1Char(' '));
    for (const QString &word : command)
        parser.addPositionalArgument(word, QString());
    for (const QString &name : chosen->positionalNames())
        parser.addPositionalArgument(name, QString());

    if (!parser.parse(QStringList { QStringLiteral("trialdesk-cli") } + arguments)) {
        err << QStringLiteral("trialdesk-cli: ") << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return ExitSuccess;
    }
    QStringList positional = parser.positionalArguments().mid(wordCount);
    if (positional.size() != chosen->positionalNames().size()) {
        err << Tr::tr("trialdesk-cli: \"%1\" expects %2 argument(s): %3")
                   .arg(chosen->name())
                   .arg(chosen->positionalNames().size())
                   .arg(chosen->positionalNames().join(QLatin1Char(' ')))
            << '\n';
        return ExitUsage;
    }

    CommandContext context(parser, positional, out, err);
    const int code = chosen->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace trialdesk::cli
