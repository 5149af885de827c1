#include "app/cli/commands/SiteCommands.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/services/SiteService.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace trialdesk::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::SiteCommands)
};
} // namespace

QString SiteAddCommand::summary() const
{
    return Tr::tr("Add a recruiting site (administrator).");
}

QList<QCommandLineOption> SiteAddCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("code"),
                                Tr::tr("2 to 8 capital letters or digits, starting with a letter."), Tr::tr("CODE")),
             QCommandLineOption(QStringLiteral("name-fr"), Tr::tr("The site's name in French."), Tr::tr("TEXT")),
             QCommandLineOption(QStringLiteral("name-en"), Tr::tr("The site's name in English."), Tr::tr("TEXT")),
             QCommandLineOption(QStringLiteral("time-zone"), Tr::tr("The site's IANA time zone, e.g. America/Toronto."),
                                Tr::tr("TZ")),
             QCommandLineOption(QStringLiteral("reason"), Tr::tr("Why the site is added (audited)."), Tr::tr("TEXT")) };
}

int SiteAddCommand::run(CommandContext &context)
{
    const QStringList required { QStringLiteral("code"), QStringLiteral("name-fr"), QStringLiteral("name-en"),
                                 QStringLiteral("time-zone"), QStringLiteral("reason") };
    for (const QString &option : required)
        if (context.value(option).trimmed().isEmpty())
            return context.fail(ExitUsage,
                                Tr::tr("site add needs --code CODE --name-fr TEXT --name-en TEXT --time-zone TZ "
                                       "--reason TEXT (--%1 is missing).")
                                    .arg(option));
    // As the GUI's AddSiteDialog: the code in capitals, the names on one line, a known IANA zone.
    core::Site site;
    site.code = context.value(QStringLiteral("code")).trimmed().toUpper();
    site.nameFr = context.value(QStringLiteral("name-fr")).simplified();
    site.nameEn = context.value(QStringLiteral("name-en")).simplified();
    site.timeZone = context.value(QStringLiteral("time-zone")).trimmed();
    if (!QTimeZone(site.timeZone.toLatin1()).isValid())
        return context.fail(ExitUsage,
                            Tr::tr("\"%1\" is not a known IANA time zone. Give one such as America/Toronto, "
                                   "America/Montreal or Europe/Paris.")
                                .arg(site.timeZone));
    return withSession(context, [&](core::TrialSession &session) -> int {
        if (const core::Status added = core::SiteService(session).add(site, context.value(QStringLiteral("reason")));
            !added)
            return reportError(context, added.error());
        context.err() << Tr::tr("Site %1 added.").arg(site.code) << Qt::endl;
        return ExitSuccess;
    });
}

QString SiteListCommand::summary() const
{
    return Tr::tr("List the recruiting sites.");
}

QList<QCommandLineOption> SiteListCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON.")) };
}

int SiteListCommand::run(CommandContext &context)
{
    return withSession(context, [&](core::TrialSession &session) -> int {
        auto sites = core::SiteService(session).list();
        if (!sites)
            return reportError(context, sites.error());
        if (context.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const core::Site &site : sites.value())
                array.append(QJsonObject { { QStringLiteral("code"), site.code },
                                           { QStringLiteral("name_fr"), site.nameFr },
                                           { QStringLiteral("name_en"), site.nameEn },
                                           { QStringLiteral("time_zone"), site.timeZone },
                                           { QStringLiteral("active"), site.active } });
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return ExitSuccess;
        }
        context.out() << QStringLiteral("code\ttime_zone\tactive\tname_fr\tname_en") << '\n';
        for (const core::Site &site : sites.value())
            context.out() << site.code << '\t' << site.timeZone << '\t' << (site.active ? "yes" : "no") << '\t'
                          << site.nameFr << '\t' << site.nameEn << '\n';
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
