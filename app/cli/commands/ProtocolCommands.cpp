#include "app/cli/commands/ProtocolCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/protocol/Protocol.h"
#include "core/protocol/ProtocolService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QFile>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::ProtocolCommands)
};

void printSummary(CommandContext &context, const core::ProtocolVersionInfo &info)
{
    QTextStream &out = context.out();
    out << QStringLiteral("version=%1\nsha256=%2\ncreated_at=%3\ncreated_by=%4\nreason=%5\n")
               .arg(info.version)
               .arg(info.sha256, core::Clock::format(info.createdAt), info.createdBy, info.reason);
    auto protocol = core::Protocol::parse(info.definition, Tr::tr("protocol version %1").arg(info.version));
    if (!protocol)
        return;
    QStringList arms, factors, sites, consents;
    for (const core::ProtocolArm &arm : protocol->arms)
        arms.append(QStringLiteral("%1:%2").arg(arm.code).arg(arm.weight));
    for (const core::ProtocolFactor &factor : protocol->factors) {
        QStringList levels;
        for (const core::ProtocolLevel &level : factor.levels)
            levels.append(level.code);
        factors.append(factor.code + QLatin1Char('=') + levels.join(QLatin1Char(',')));
    }
    for (const core::Site &site : protocol->sites)
        sites.append(site.code);
    for (const core::ConsentFormVersion &form : protocol->consentForms)
        consents.append(form.version + (form.current ? QStringLiteral("(current)") : QString())
                        + (form.reconsentRequired ? QStringLiteral("(reconsent)") : QString()));
    out << QStringLiteral("protocol_version=%1\ntrial=%2\nsites=%3\narms=%4\nstratification=%5\nconsent_forms=%6\n")
               .arg(protocol->protocolVersion, protocol->trialCode, sites.join(QLatin1Char(',')),
                    arms.join(QLatin1Char(',')), factors.join(QLatin1Char(';')), consents.join(QLatin1Char(',')));
}

} // namespace

QString ProtocolShowCommand::summary() const
{
    return Tr::tr("Show the protocol in force (or version N): a summary, or the JSON definition.");
}

QList<QCommandLineOption> ProtocolShowCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("json"), Tr::tr("Print the protocol's JSON definition.")),
             QCommandLineOption(QStringLiteral("version"),
                                Tr::tr("The protocol version to show (default: the "
                                       "current one)."),
                                Tr::tr("N")) };
}

int ProtocolShowCommand::run(CommandContext &context)
{
    int requested = 0;
    if (context.isSet(QStringLiteral("version"))) {
        bool parsed = false;
        requested = context.value(QStringLiteral("version")).toInt(&parsed);
        if (!parsed || requested < 1)
            return context.fail(ExitUsage, Tr::tr("--version takes a protocol version number (1 or more)."));
    }
    return withSession(context, [&](core::TrialSession &session) -> int {
        core::ProtocolService service(session);
        auto info = requested > 0 ? service.version(requested) : service.current();
        if (!info)
            return reportError(context, info.error());
        if (context.isSet(QStringLiteral("json"))) {
            QByteArray definition = info->definition;
            if (!definition.endsWith('\n'))
                definition.append('\n');
            context.out() << QString::fromUtf8(definition);
            if (info->concealed)
                context.err() << Tr::tr("The block sizes are concealed from your role and were left out.") << Qt::endl;
        } else {
            printSummary(context, info.value());
        }
        return ExitSuccess;
    });
}

QString ProtocolAmendCommand::summary() const
{
    return Tr::tr("Amend the protocol with a new definition (administrator, statistician); prints the new version.");
}

QList<QCommandLineOption> ProtocolAmendCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("file"), Tr::tr("The amended protocol, a JSON file."), Tr::tr("FILE")),
             QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the protocol changes (audited)."),
                                Tr::tr("TEXT")) };
}

int ProtocolAmendCommand::run(CommandContext &context)
{
    const QString path = context.value(QStringLiteral("file"));
    const QString reason = context.value(QStringLiteral("reason"));
    if (path.isEmpty() || reason.trimmed().isEmpty())
        return context.fail(ExitUsage, Tr::tr("protocol amend needs --file FILE and --reason TEXT."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(ExitRefused,
                            Tr::tr("Cannot read the protocol file %1: %2. Check the path and the file's permissions.")
                                .arg(path, file.errorString()));
    const QByteArray json = file.readAll();
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto version = core::ProtocolService(session).amend(json, path, reason);
        if (!version)
            return reportError(context, version.error());
        context.out() << version.value() << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
