#include "app/cli/commands/EnrollCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::EnrollCommand)
};

// A JSON object file; health data travels in files, never in argv.
bool readJsonObject(CommandContext &context, const QString &path, QJsonObject &object, int &exitCode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        exitCode = context.fail(ExitRefused, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        exitCode = context.fail(ExitRefused, Tr::tr("%1 is not a JSON object: %2").arg(path, error.errorString()));
        return false;
    }
    object = document.object();
    return true;
}

} // namespace

QString EnrollCommand::summary() const
{
    return Tr::tr("Screen an eligible person, record the consent and register them; prints the study ID.");
}

QList<QCommandLineOption> EnrollCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("site"), Tr::tr("The site code."), Tr::tr("CODE")),
        QCommandLineOption(QStringLiteral("stratum"), Tr::tr("Stratum values, e.g. condition=HF."),
                           Tr::tr("FACTOR=LEVEL[,FACTOR=LEVEL]")),
        QCommandLineOption(QStringLiteral("consent-version"), Tr::tr("The consent form version signed."), Tr::tr("V")),
        QCommandLineOption(QStringLiteral("consent-date"), Tr::tr("The day consent was given."), Tr::tr("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("eligibility"),
                           Tr::tr("JSON file: {\"date\", \"age\", \"sex\", \"answers\": {criterion: true|false}} "
                                  "(default: every criterion satisfied, screened on the consent date)."),
                           Tr::tr("FILE")),
        QCommandLineOption(QStringLiteral("identity"),
                           Tr::tr("JSON file: {\"last_name\", \"first_name\", \"date_of_birth\", \"ramq\", "
                                  "\"phone\", \"email\", \"language\"}."),
                           Tr::tr("FILE"))
    };
}

int EnrollCommand::run(CommandContext &context)
{
    const QString site = context.value(QStringLiteral("site"));
    const QString strata = context.value(QStringLiteral("stratum"));
    const QString version = context.value(QStringLiteral("consent-version"));
    const QDate consentDate = QDate::fromString(context.value(QStringLiteral("consent-date")), Qt::ISODate);
    if (site.isEmpty() || strata.isEmpty() || version.isEmpty())
        return context.fail(ExitUsage,
                            Tr::tr("enroll needs --site CODE --stratum FACTOR=LEVEL --consent-version V --consent-date "
                                   "YYYY-MM-DD."));
    if (!consentDate.isValid())
        return context.fail(ExitUsage, Tr::tr("--consent-date must be a date YYYY-MM-DD."));

    core::EnrollmentInput input;
    for (const QString &pair : strata.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == pair.size() - 1)
            return context.fail(ExitUsage, Tr::tr("\"%1\" is not FACTOR=LEVEL.").arg(pair));
        const QString factor = pair.left(eq).trimmed();
        // A factor given twice (condition=HF,condition=CAD) is ambiguous: refuse it rather than keep
        // one of the values. Unknown factors are refused by EnrollmentService (exit 1).
        for (auto it = input.strata.cbegin(); it != input.strata.cend(); ++it)
            if (it.key().compare(factor, Qt::CaseInsensitive) == 0)
                return context.fail(ExitUsage,
                                    Tr::tr("--stratum gives the factor \"%1\" more than once; give each factor "
                                           "once, e.g. --stratum condition=HF.")
                                        .arg(factor));
        input.strata.insert(factor, pair.mid(eq + 1).trimmed());
    }
    input.consent = { version, consentDate, QString() };

    int code = ExitSuccess;
    QJsonObject eligibility;
    if (context.isSet(QStringLiteral("eligibility"))
        && !readJsonObject(context, context.value(QStringLiteral("eligibility")), eligibility, code))
        return code;
    if (context.isSet(QStringLiteral("identity"))) {
        QJsonObject object;
        if (!readJsonObject(context, context.value(QStringLiteral("identity")), object, code))
            return code;
        input.identity
            = core::Identity { object.value(QStringLiteral("last_name")).toString(),
                               object.value(QStringLiteral("first_name")).toString(),
                               QDate::fromString(object.value(QStringLiteral("date_of_birth")).toString(), Qt::ISODate),
                               object.value(QStringLiteral("ramq")).toString(),
                               object.value(QStringLiteral("phone")).toString(),
                               object.value(QStringLiteral("email")).toString(),
                               object.value(QStringLiteral("language")).toString(QStringLiteral("fr")) };
    }

    return withSession(context, [&](core::TrialSession &session) -> int {
        core::ScreeningInput screening;
        screening.siteCode = site;
        screening.date = eligibility.contains(QStringLiteral("date"))
            ? QDate::fromString(eligibility.value(QStringLiteral("date")).toString(), Qt::ISODate)
            : consentDate;
        screening.age = eligibility.value(QStringLiteral("age")).toInt(-1);
        screening.sex = eligibility.value(QStringLiteral("sex")).toString();
        screening.statedOutcome = core::ScreeningOutcome::Eligible;
        if (eligibility.contains(QStringLiteral("answers"))) {
            const QJsonObject answers = eligibility.value(QStringLiteral("answers")).toObject();
            for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
                screening.answers.insert(it.key(), it.value().toBool());
        } else {
            // Without a checklist file the coordinator asserts every criterion is satisfied.
            auto protocol = core::CurrentProtocol::load(session);
            if (!protocol)
                return reportError(context, protocol.error());
            for (const core::EligibilityCriterion &criterion : protocol->protocol.inclusion)
                screening.answers.insert(criterion.code, true);
            for (const core::EligibilityCriterion &criterion : protocol->protocol.exclusion)
                screening.answers.insert(criterion.code, false);
        }

        auto registered = core::EnrollmentService(session).enroll(screening, input);
        if (!registered)
            return reportError(context, registered.error());
        context.out() << registered->studyId << Qt::endl;
        context.err() << Tr::tr("Screening %1 registered as %2.").arg(registered->screeningNumber, registered->studyId)
                      << Qt::endl;
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
