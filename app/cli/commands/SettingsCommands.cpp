#include "SettingsCommands.h"

#include "CommandContext.h"
#include "SessionOpener.h"
#include "services/SettingsService.h"
#include "workspace/TrialSession.h"

#include <QCoreApplication>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::SettingsCommands)
};

// A whole number option within bounds; ok=false (and a usage error written) when present but invalid.
std::optional<int> boundedOption(CommandContext &context, const QString &name, int minimum, int maximum, bool &ok)
{
    if (!context.isSet(name))
        return std::nullopt;
    bool parsed = false;
    const int value = context.value(name).toInt(&parsed);
    if (!parsed || value < minimum || value > maximum) {
        context.fail(ExitUsage, Tr::tr("--%1 takes a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
        ok = false;
        return std::nullopt;
    }
    return value;
}

} // namespace

QString SettingsShowCommand::summary() const
{
    return Tr::tr("Show the idle lock delay and the login policy.");
}

int SettingsShowCommand::run(CommandContext &context)
{
    int code = ExitSuccess;
    auto session = openSession(context, code);
    if (!session)
        return code;
    core::SettingsService settings(*session);
    auto idle = settings.idleLockMinutes();
    auto policy = settings.loginPolicy();
    if (!idle)
        return reportError(context, idle.error());
    if (!policy)
        return reportError(context, policy.error());
    context.out() << QStringLiteral("idle_lock_minutes=%1\nmax_failures=%2\nlockout_minutes=%3\n")
                         .arg(idle.value())
                         .arg(policy->maxFailures)
                         .arg(policy->lockoutMinutes);
    return ExitSuccess;
}

QString SettingsSetCommand::summary() const
{
    return Tr::tr("Change the idle lock delay or the login policy (administrator).");
}

QList<QCommandLineOption> SettingsSetCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("idle-lock-minutes"),
                                Tr::tr("Minutes of inactivity before the screen locks."), Tr::tr("N")),
             QCommandLineOption(QStringLiteral("max-failures"), Tr::tr("Failed logins before a lockout."), Tr::tr("N")),
             QCommandLineOption(QStringLiteral("lockout-minutes"), Tr::tr("How long a lockout lasts."), Tr::tr("N")),
             QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the setting changes (audited)."),
                                Tr::tr("TEXT")) };
}

int SettingsSetCommand::run(CommandContext &context)
{
    bool ok = true;
    const auto idle = boundedOption(context, QStringLiteral("idle-lock-minutes"), 1, 240, ok);
    const auto failures = boundedOption(context, QStringLiteral("max-failures"), 1, 100, ok);
    const auto lockout = boundedOption(context, QStringLiteral("lockout-minutes"), 1, 1440, ok);
    if (!ok)
        return ExitUsage;
    if (!idle && !failures && !lockout)
        return context.fail(ExitUsage,
                            Tr::tr("settings set needs at least one of --idle-lock-minutes, "
                                   "--max-failures, --lockout-minutes."));
    int code = ExitSuccess;
    auto session = openSession(context, code);
    if (!session)
        return code;
    core::SettingsService settings(*session);
    const QString reason = context.value(QStringLiteral("reason"));
    if (idle)
        if (core::Status set = settings.setIdleLockMinutes(*idle, reason); !set)
            return reportError(context, set.error());
    if (failures || lockout) {
        auto policy = settings.loginPolicy();
        if (!policy)
            return reportError(context, policy.error());
        core::LoginPolicy changed = policy.value();
        changed.maxFailures = failures.value_or(changed.maxFailures);
        changed.lockoutMinutes = lockout.value_or(changed.lockoutMinutes);
        if (core::Status set = settings.setLoginPolicy(changed, reason); !set)
            return reportError(context, set.error());
    }
    context.err() << Tr::tr("Settings changed.") << Qt::endl;
    return ExitSuccess;
}

} // namespace trialdesk::cli
