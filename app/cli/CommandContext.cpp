#include "app/cli/CommandContext.h"

#include <sodium.h>

namespace trialdesk::cli {

CommandContext::CommandContext(const QCommandLineParser &parser, QStringList positional, QTextStream &out,
                               QTextStream &err, std::FILE *input)
    : m_parser(parser)
    , m_positional(std::move(positional))
    , m_out(out)
    , m_err(err)
    , m_input(input)
{
}

CommandContext::~CommandContext() = default;

QByteArray CommandContext::readSecretLine(bool *ok)
{
    QByteArray line;
    bool any = false;
    int c;
    while ((c = std::fgetc(m_input)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.append(static_cast<char>(c));
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (ok)
        *ok = any;
    return line;
}

void CommandContext::wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

int CommandContext::fail(int code, const QString &message)
{
    m_err << QStringLiteral("trialdesk-cli: ") << message << Qt::endl;
    return code;
}

} // namespace trialdesk::cli
