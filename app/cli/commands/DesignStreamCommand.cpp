#include "app/cli/commands/DesignStreamCommand.h"

#include "app/cli/CommandContext.h"
#include "randomization/Design.h"
#include "randomization/StratumStream.h"

#include <QCoreApplication>

namespace trialdesk::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::cli::DesignStreamCommand)
};

constexpr int kMaxBlocks = 1'000'000;

} // namespace

QString DesignStreamCommand::name() const
{
    return QStringLiteral("design stream");
}

QString DesignStreamCommand::summary() const
{
    return Tr::tr("Print one stratum's allocation sequence (spec v1) as CSV, from a seed and a design.");
}

QList<QCommandLineOption> DesignStreamCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("seed"),
                           Tr::tr("A seed of 64 hexadecimal digits, for published test vectors. A trial's real seed "
                                  "goes through --seed-stdin: the command line is visible to every user of the "
                                  "computer."),
                           Tr::tr("HEX")),
        QCommandLineOption(QStringLiteral("seed-stdin"),
                           Tr::tr("Read the seed (64 hexadecimal digits) from the first line of standard input.")),
        QCommandLineOption(QStringLiteral("arms"), Tr::tr("Arms and weights, e.g. PP:1,UC:1."), Tr::tr("ARMS")),
        QCommandLineOption(QStringLiteral("multiples"), Tr::tr("Allowed block multiples, e.g. 2,3."), Tr::tr("LIST")),
        QCommandLineOption(QStringLiteral("stratum-index"), Tr::tr("The stratum index (0 without strata)."),
                           Tr::tr("S")),
        QCommandLineOption(QStringLiteral("blocks"), Tr::tr("How many blocks to print."), Tr::tr("N")),
    };
}

int DesignStreamCommand::run(CommandContext &context)
{
    using namespace trialdesk::randomization;
    const bool seedFromStdin = context.isSet(QStringLiteral("seed-stdin"));
    if (seedFromStdin == context.isSet(QStringLiteral("seed")))
        return context.fail(ExitUsage,
                            Tr::tr("Give the seed with exactly one of --seed-stdin (a trial's seed) and --seed (a "
                                   "published test vector); see trialdesk-cli design stream --help."));
    for (const char *required : { "arms", "multiples", "stratum-index", "blocks" }) {
        if (!context.isSet(QLatin1String(required)))
            return context.fail(
                ExitUsage,
                Tr::tr("--%1 is required; see trialdesk-cli design stream --help.").arg(QLatin1String(required)));
    }
    QList<Problem> problems;
    Design design;
    QByteArray seedText;
    if (seedFromStdin) {
        bool read = false;
        seedText = context.readSecretLine(&read);
        if (!read)
            return context.fail(ExitUsage, Tr::tr("--seed-stdin: standard input holds no line with the seed."));
    } else {
        seedText = context.value(QStringLiteral("seed")).toLatin1();
    }
    const auto seed = Seed::fromHex(QString::fromLatin1(seedText.trimmed()));
    context.wipe(seedText);
    if (seed.ok())
        design.seed = seed.value();
    else
        problems += seed.problems();
    const auto arms = Design::parseArms(context.value(QStringLiteral("arms")));
    if (arms.ok())
        design.arms = arms.value();
    else
        problems += arms.problems();
    const auto multiples = Design::parseMultiples(context.value(QStringLiteral("multiples")));
    if (multiples.ok())
        design.multiples = multiples.value();
    else
        problems += multiples.problems();
    bool ok = false;
    const int stratum = context.value(QStringLiteral("stratum-index")).toInt(&ok);
    if (!ok || stratum < 0 || stratum >= Design::kMaxStrata)
        problems.append(
            { QStringLiteral("stratum-index"),
              Tr::tr("The stratum index must be a whole number from 0 to %1.").arg(Design::kMaxStrata - 1) });
    const int blocks = context.value(QStringLiteral("blocks")).toInt(&ok);
    if (!ok || blocks < 1 || blocks > kMaxBlocks)
        problems.append(
            { QStringLiteral("blocks"), Tr::tr("The number of blocks must be from 1 to %1.").arg(kMaxBlocks) });
    if (arms.ok() && multiples.ok())
        problems += design.validate();
    if (!problems.isEmpty())
        return context.fail(ExitRefused, describe(problems));

    QTextStream &out = context.out();
    out << "sequence,block_number,block_size,position_in_block,arm\n";
    StratumStream stream(design, stratum);
    for (qint64 k = 1;; ++k) {
        const Allocation a = stream.entry(k);
        if (a.blockNumber > blocks)
            break;
        out << a.sequence << ',' << a.blockNumber << ',' << a.blockSize << ',' << a.positionInBlock << ','
            << stream.armCode(a.armIndex) << '\n';
    }
    out.flush();
    return ExitSuccess;
}

} // namespace trialdesk::cli
