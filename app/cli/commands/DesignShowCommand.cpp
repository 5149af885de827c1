#include "app/cli/commands/DesignShowCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/SessionOpener.h"
#include "core/design/DesignService.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::DesignShowCommand)
};

QString joinNumbers(const QList<int> &numbers)
{
    QStringList parts;
    for (int number : numbers)
        parts.append(QString::number(number));
    return parts.join(QStringLiteral(", "));
}

QString probabilityText(int millionths)
{
    return QString::number(millionths / 1e6, 'g', 7);
}

QJsonObject toJson(const core::DesignSummary &summary, const QString &seed)
{
    QJsonArray arms;
    for (const core::DesignSummary::Arm &arm : summary.arms)
        arms.append(QJsonObject { { QStringLiteral("code"), arm.code },
                                  { QStringLiteral("name"), arm.name },
                                  { QStringLiteral("weight"), arm.weight } });
    QJsonArray factors;
    for (const core::DesignSummary::Factor &factor : summary.factors) {
        QJsonArray levels;
        for (qsizetype i = 0; i < factor.levels.size(); ++i)
            levels.append(QJsonObject { { QStringLiteral("code"), factor.levels.at(i) },
                                        { QStringLiteral("name"), factor.levelNames.value(i) } });
        QJsonObject object { { QStringLiteral("code"), factor.code },
                             { QStringLiteral("name"), factor.name },
                             { QStringLiteral("site"), factor.isSite },
                             { QStringLiteral("levels"), levels } };
        if (summary.concealed)
            object.insert(QStringLiteral("weight"), factor.weight);
        factors.append(object);
    }
    QJsonObject root {
        { QStringLiteral("version"), summary.version },
        { QStringLiteral("method"), summary.method },
        { QStringLiteral("locked"), summary.locked },
        { QStringLiteral("locked_at"),
          summary.locked ? QJsonValue(core::Clock::format(summary.lockedAt)) : QJsonValue() },
        { QStringLiteral("arms"), arms },
        { QStringLiteral("factors"), factors },
        { QStringLiteral("strata"), summary.strata },
        { QStringLiteral("concealed_details"), summary.concealed },
    };
    if (summary.concealed) {
        QJsonArray multiples;
        for (int multiple : summary.multiples)
            multiples.append(multiple);
        QJsonArray sizes;
        for (int size : summary.blockSizes)
            sizes.append(size);
        root.insert(QStringLiteral("multiples"), multiples);
        root.insert(QStringLiteral("block_sizes"), sizes);
        root.insert(QStringLiteral("minimization"),
                    QJsonObject { { QStringLiteral("measure"), summary.measure },
                                  { QStringLiteral("probability"), summary.probabilityMillionths / 1e6 } });
    }
    if (!seed.isEmpty())
        root.insert(QStringLiteral("seed"), seed);
    return root;
}

void writeText(QTextStream &out, const core::DesignSummary &summary, const QString &seed)
{
    out << Tr::tr("Randomization design, version %1").arg(summary.version) << '\n';
    out << (summary.locked ? Tr::tr("Locked since %1 (first randomization).").arg(core::Clock::format(summary.lockedAt))
                           : Tr::tr("Not locked (no participant randomized yet)."))
        << '\n';
    out << Tr::tr("Method: %1").arg(summary.method) << '\n';
    out << Tr::tr("Arms:") << '\n';
    for (const core::DesignSummary::Arm &arm : summary.arms)
        out << QStringLiteral("  %1  %2  (weight %3)").arg(arm.code, arm.name).arg(arm.weight) << '\n';
    out << Tr::tr("Stratification factors (%1 strata):").arg(summary.strata) << '\n';
    for (const core::DesignSummary::Factor &factor : summary.factors) {
        out << QStringLiteral("  %1  %2%3")
                   .arg(factor.code, factor.name, factor.isSite ? Tr::tr(" (site)") : QString());
        if (summary.concealed && summary.method == QLatin1String("minimization"))
            out << QStringLiteral("  ") << Tr::tr("weight %1").arg(factor.weight);
        out << '\n';
        for (qsizetype i = 0; i < factor.levels.size(); ++i)
            out << QStringLiteral("    %1  %2").arg(factor.levels.at(i), factor.levelNames.value(i)) << '\n';
    }
    if (summary.concealed) {
        out << Tr::tr("Block multiples: %1 (block sizes %2)")
                   .arg(joinNumbers(summary.multiples), joinNumbers(summary.blockSizes))
            << '\n';
        if (summary.method == QLatin1String("minimization"))
            out << Tr::tr("Minimization: %1 imbalance, probability %2 of the minimizing arm")
                       .arg(summary.measure, probabilityText(summary.probabilityMillionths))
                << '\n';
    }
    if (!seed.isEmpty())
        out << Tr::tr("Seed: %1").arg(seed) << '\n';
}

} // namespace

QString DesignShowCommand::name() const
{
    return QStringLiteral("design show");
}

QString DesignShowCommand::summary() const
{
    return Tr::tr("Show the trial's randomization design as your role may see it (--reveal-seed is audited).");
}

QList<QCommandLineOption> DesignShowCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("reveal-seed"),
                           Tr::tr("Also print the seed (statistician and administrator only; audited).")),
        QCommandLineOption(QStringLiteral("json"), Tr::tr("Print JSON instead of text.")),
    };
}

int DesignShowCommand::run(CommandContext &context)
{
    return withSession(context, [&](core::TrialSession &session) -> int {
        core::DesignService service(session);
        auto summary = service.summary();
        if (!summary)
            return reportError(context, summary.error());
        QString seed;
        if (context.isSet(QStringLiteral("reveal-seed"))) {
            auto revealed = service.revealSeed();
            if (!revealed)
                return reportError(context, revealed.error());
            seed = revealed.value();
        }
        if (context.isSet(QStringLiteral("json")))
            context.out() << QJsonDocument(toJson(summary.value(), seed)).toJson(QJsonDocument::Indented);
        else
            writeText(context.out(), summary.value(), seed);
        context.out().flush();
        return ExitSuccess;
    });
}

} // namespace trialdesk::cli
