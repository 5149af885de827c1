#include "app/cli/commands/SimulateCommand.h"

#include "app/cli/CommandContext.h"
#include "app/cli/GlobalOptions.h"
#include "randomization/Simulator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace trialdesk::cli {

namespace {

using namespace trialdesk::randomization;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::SimulateCommand)
};

QJsonObject toJson(const ImbalanceSummary &summary)
{
    return QJsonObject { { QStringLiteral("mean_abs"), summary.meanAbs },
                         { QStringLiteral("p95_abs"), summary.p95Abs },
                         { QStringLiteral("max_abs"), summary.maxAbs } };
}

// Whole numbers separated by commas, for --strata and --weights.
bool parseIntegers(const QString &text, QList<int> &values)
{
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        values.append(part.trimmed().toInt(&ok));
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString SimulateCommand::name() const
{
    return QStringLiteral("simulate");
}

QString SimulateCommand::summary() const
{
    return Tr::tr("Assess a design by simulation: imbalance, correct guesses, deterministic allocations.");
}

QList<QCommandLineOption> SimulateCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("arms"), Tr::tr("Arms and weights, e.g. A:1,B:1."), Tr::tr("ARMS")),
        QCommandLineOption(QStringLiteral("multiples"), Tr::tr("Allowed block multiples, e.g. 2,3."), Tr::tr("LIST")),
        QCommandLineOption(QStringLiteral("strata"), Tr::tr("Level count of each stratification factor, e.g. 2,4."),
                           Tr::tr("LIST")),
        QCommandLineOption(QStringLiteral("weights"),
                           Tr::tr("Relative probability of each stratum, whole numbers in stratum index order "
                                  "(default: equal)."),
                           Tr::tr("LIST")),
        QCommandLineOption(QStringLiteral("participants"), Tr::tr("Participants per simulated trial."), Tr::tr("N")),
        QCommandLineOption(QStringLiteral("trials"), Tr::tr("Number of simulated trials."), Tr::tr("K")),
        QCommandLineOption(QStringLiteral("seed"), Tr::tr("Seed of the simulation, 64 hexadecimal digits."),
                           Tr::tr("HEX")),
        QCommandLineOption(QStringLiteral("method"), Tr::tr("blocks (default) or minimization."), Tr::tr("METHOD")),
        QCommandLineOption(QStringLiteral("threads"), Tr::tr("Worker threads (default: one per core)."), Tr::tr("T")),
        QCommandLineOption(QStringLiteral("minimization-p"),
                           Tr::tr("Probability of taking the minimizing arm (default 0.8)."), Tr::tr("P")),
        QCommandLineOption(QStringLiteral("measure"), Tr::tr("Minimization imbalance: range (default) or variance."),
                           Tr::tr("MEASURE")),
        QCommandLineOption(QString::fromLatin1(option::kJson), Tr::tr("Print the result as JSON.")),
    };
}

int SimulateCommand::run(CommandContext &context)
{
    for (const char *required : { "arms", "participants", "trials", "seed" }) {
        if (!context.isSet(QLatin1String(required)))
            return context.fail(
                ExitUsage, Tr::tr("--%1 is required; see trialdesk-cli simulate --help.").arg(QLatin1String(required)));
    }
    const QString method = context.value(QStringLiteral("method"));
    if (!method.isEmpty() && method != QLatin1String("blocks") && method != QLatin1String("minimization"))
        return context.fail(ExitUsage, Tr::tr("--method is blocks or minimization, not \"%1\".").arg(method));
    const QString measure = context.value(QStringLiteral("measure"));
    if (!measure.isEmpty() && measure != QLatin1String("range") && measure != QLatin1String("variance"))
        return context.fail(ExitUsage, Tr::tr("--measure is range or variance, not \"%1\".").arg(measure));

    QList<Problem> problems;
    SimulationSettings settings;
    Design &design = settings.design;
    design.method = method == QLatin1String("minimization") ? Method::Minimization : Method::Blocks;
    design.minimization.measure
        = measure == QLatin1String("variance") ? ImbalanceMeasure::Variance : ImbalanceMeasure::Range;
    const auto seed = Seed::fromHex(context.value(QStringLiteral("seed")));
    if (seed.ok())
        design.seed = seed.value();
    else
        problems += seed.problems();
    const auto arms = Design::parseArms(context.value(QStringLiteral("arms")));
    if (arms.ok())
        design.arms = arms.value();
    else
        problems += arms.problems();
    if (context.isSet(QStringLiteral("multiples"))) {
        const auto multiples = Design::parseMultiples(context.value(QStringLiteral("multiples")));
        if (multiples.ok())
            design.multiples = multiples.value();
        else
            problems += multiples.problems();
    } else if (design.method == Method::Blocks) {
        problems.append({ QStringLiteral("multiples"), Tr::tr("A blocks design needs --multiples, e.g. 2,3.") });
    }
    if (context.isSet(QStringLiteral("minimization-p"))) {
        const auto p = Design::parseProbability(context.value(QStringLiteral("minimization-p")));
        if (p.ok())
            design.minimization.probabilityMillionths = p.value();
        else
            problems += p.problems();
    }
    if (context.isSet(QStringLiteral("strata"))) {
        QList<int> levels;
        if (!parseIntegers(context.value(QStringLiteral("strata")), levels))
            problems.append(
                { QStringLiteral("strata"), Tr::tr("--strata takes level counts separated by commas, e.g. 2,4.") });
        for (qsizetype f = 0; f < levels.size(); ++f) {
            if (levels.at(f) < 1 || levels.at(f) > Design::kMaxStrata) {
                problems.append({ QStringLiteral("strata"),
                                  Tr::tr("Each factor needs from 1 to %1 levels.").arg(Design::kMaxStrata) });
                break;
            }
            Factor factor;
            factor.code = QStringLiteral("F%1").arg(f + 1);
            for (int l = 0; l < levels.at(f); ++l)
                factor.levels.append(QStringLiteral("L%1").arg(l + 1));
            design.factors.append(factor);
        }
    }
    if (context.isSet(QStringLiteral("weights"))
        && !parseIntegers(context.value(QStringLiteral("weights")), settings.stratumWeights))
        problems.append({ QStringLiteral("weights"), Tr::tr("--weights takes whole numbers separated by commas.") });
    bool ok = false;
    settings.participants = context.value(QStringLiteral("participants")).toInt(&ok);
    if (!ok)
        settings.participants = 0;
    settings.trials = context.value(QStringLiteral("trials")).toInt(&ok);
    if (!ok)
        settings.trials = 0;
    settings.threads = 0;
    if (context.isSet(QStringLiteral("threads"))) {
        settings.threads = context.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok)
            settings.threads = -1;
    }
    if (problems.isEmpty())
        problems = Simulator::validate(settings);
    if (!problems.isEmpty())
        return context.fail(ExitRefused, describe(problems));

    // The bar goes to a terminal only: scripts reading stderr get the messages, not the bar.
    const bool showProgress = ::isatty(STDERR_FILENO) == 1;
    QTextStream &err = context.err();
    auto progress = [&](int done, int total) {
        if (!showProgress)
            return;
        const int width = 40;
        const int filled = int(qint64(done) * width / std::max(1, total));
        err << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
            << done << '/' << total;
        err.flush();
    };
    const auto result = Simulator::run(settings, progress);
    if (showProgress) {
        err << '\n';
        err.flush();
    }
    if (!result.ok())
        return context.fail(ExitRefused, result.message());
    const SimulationResult &r = result.value();

    if (context.isSet(QString::fromLatin1(option::kJson))) {
        const QJsonObject json {
            { QStringLiteral("method"),
              design.method == Method::Blocks ? QStringLiteral("blocks") : QStringLiteral("minimization") },
            { QStringLiteral("trials"), r.trials },
            { QStringLiteral("participants"), r.participants },
            { QStringLiteral("strata"), int(design.stratumCount()) },
            { QStringLiteral("correct_guess_rate"), r.correctGuessRate },
            { QStringLiteral("deterministic_rate"), r.deterministicRate },
            { QStringLiteral("final_imbalance"), toJson(r.finalImbalance) },
            { QStringLiteral("max_within_trial_imbalance"), toJson(r.maxWithinTrialImbalance) },
            { QStringLiteral("final_stratum_imbalance"), toJson(r.finalStratumImbalance) },
            { QStringLiteral("max_stratum_imbalance"), toJson(r.maxStratumImbalance) },
        };
        context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        QTextStream &out = context.out();
        auto line = [&](const QString &label, const ImbalanceSummary &s) {
            out << label << ": "
                << Tr::tr("mean %1, 95th percentile %2, max %3").arg(s.meanAbs).arg(s.p95Abs).arg(s.maxAbs) << '\n';
        };
        out << Tr::tr("Correct guesses (convergence strategy): %1").arg(r.correctGuessRate, 0, 'f', 4) << '\n'
            << Tr::tr("Deterministic allocations: %1").arg(r.deterministicRate, 0, 'f', 4) << '\n';
        line(Tr::tr("Final imbalance"), r.finalImbalance);
        line(Tr::tr("Largest imbalance during the trial"), r.maxWithinTrialImbalance);
        line(Tr::tr("Final imbalance within strata"), r.finalStratumImbalance);
        line(Tr::tr("Largest imbalance within a stratum"), r.maxStratumImbalance);
    }
    context.out().flush();
    return ExitSuccess;
}

} // namespace trialdesk::cli
