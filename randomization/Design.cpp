#include "randomization/Design.h"

#include <QCoreApplication>
#include <QSet>

#include <numeric>

namespace trialdesk::randomization {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::randomization::Design)
};

} // namespace

bool Design::isValidCode(const QString &code)
{
    if (code.isEmpty() || code.size() > 16)
        return false;
    for (QChar c : code) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QList<Problem> Design::validate() const
{
    QList<Problem> problems;
    const QString armsField = QStringLiteral("arms");
    if (arms.size() < 2)
        problems.append(
            { armsField, Tr::tr("A design needs at least two arms; give them as CODE:WEIGHT, e.g. PP:1,UC:1.") });
    if (arms.size() > kMaxArms)
        problems.append(
            { armsField, Tr::tr("A design may have at most %1 arms; %2 were given.").arg(kMaxArms).arg(arms.size()) });
    QSet<QString> armCodes;
    for (qsizetype i = 0; i < arms.size(); ++i) {
        const Arm &arm = arms.at(i);
        const QString field = QStringLiteral("arms[%1]").arg(i + 1);
        if (!isValidCode(arm.code))
            problems.append(
                { field,
                  Tr::tr("The arm code \"%1\" is not valid: use 1 to 16 letters, digits, '_' or '-'.").arg(arm.code) });
        else if (armCodes.contains(arm.code))
            problems.append(
                { field, Tr::tr("The arm code \"%1\" is used twice; each arm needs its own code.").arg(arm.code) });
        armCodes.insert(arm.code);
        if (arm.weight < 1 || arm.weight > kMaxWeight)
            problems.append({ field,
                              Tr::tr("The weight of arm \"%1\" is %2; it must be a whole number from 1 to %3.")
                                  .arg(arm.code)
                                  .arg(arm.weight)
                                  .arg(kMaxWeight) });
    }

    const QString multiplesField = QStringLiteral("multiples");
    if (multiples.isEmpty())
        problems.append(
            { multiplesField, Tr::tr("Give at least one block multiple, e.g. 2,3 (blocks of 4 and 6 for 1:1).") });
    QSet<int> seenMultiples;
    const int r = weightSum();
    for (int multiple : multiples) {
        if (multiple < 1 || multiple > kMaxMultiple)
            problems.append({ multiplesField,
                              Tr::tr("The block multiple %1 is not allowed: use whole numbers from 1 to %2.")
                                  .arg(multiple)
                                  .arg(kMaxMultiple) });
        else if (seenMultiples.contains(multiple))
            problems.append(
                { multiplesField, Tr::tr("The block multiple %1 is listed twice; list each once.").arg(multiple) });
        else if (r > 0 && qint64(multiple) * r > kMaxBlockSize)
            problems.append({ multiplesField,
                              Tr::tr("The block multiple %1 makes blocks of %2 participants; the largest "
                                     "block allowed is %3.")
                                  .arg(multiple)
                                  .arg(qint64(multiple) * r)
                                  .arg(kMaxBlockSize) });
        seenMultiples.insert(multiple);
    }

    QSet<QString> factorCodes;
    int sites = 0;
    for (qsizetype i = 0; i < factors.size(); ++i) {
        const Factor &factor = factors.at(i);
        const QString field = QStringLiteral("factors[%1]").arg(i + 1);
        if (!isValidCode(factor.code))
            problems.append({ field,
                              Tr::tr("The factor code \"%1\" is not valid: use 1 to 16 letters, digits, '_' or '-'.")
                                  .arg(factor.code) });
        else if (factorCodes.contains(factor.code))
            problems.append(
                { field,
                  Tr::tr("The factor code \"%1\" is used twice; each factor needs its own code.").arg(factor.code) });
        factorCodes.insert(factor.code);
        if (factor.levels.isEmpty())
            problems.append(
                { field + QStringLiteral(".levels"),
                  Tr::tr("The factor \"%1\" has no levels; give its level codes in order.").arg(factor.code) });
        QSet<QString> levelCodes;
        for (const QString &level : factor.levels) {
            if (!isValidCode(level))
                problems.append(
                    { field + QStringLiteral(".levels"),
                      Tr::tr("The level code \"%1\" of factor \"%2\" is not valid: use 1 to 16 letters, digits, "
                             "'_' or '-'.")
                          .arg(level, factor.code) });
            else if (levelCodes.contains(level))
                problems.append(
                    { field + QStringLiteral(".levels"),
                      Tr::tr("The level code \"%1\" is used twice in factor \"%2\".").arg(level, factor.code) });
            levelCodes.insert(level);
        }
        if (factor.weight < 1 || factor.weight > kMaxFactorWeight)
            problems.append({ field + QStringLiteral(".weight"),
                              Tr::tr("The weight of factor \"%1\" is %2; it must be a whole number from 1 to %3.")
                                  .arg(factor.code)
                                  .arg(factor.weight)
                                  .arg(kMaxFactorWeight) });
        if (factor.isSite)
            ++sites;
    }
    if (sites > 1)
        problems.append(
            { QStringLiteral("factors"), Tr::tr("Only one factor may be marked as the site; %1 are.").arg(sites) });
    if (stratumCount() > kMaxStrata)
        problems.append(
            { QStringLiteral("factors"),
              Tr::tr("The factors make more than %1 strata; use fewer factors or levels (or minimization with "
                     "fewer levels).")
                  .arg(kMaxStrata) });

    if (method == Method::Minimization) {
        if (factors.isEmpty())
            problems.append({ QStringLiteral("factors"),
                              Tr::tr("Minimization balances over factors: give at least one stratification factor.") });
        std::int64_t lcm = 1;
        for (const Arm &arm : arms)
            lcm = std::min<std::int64_t>(std::lcm(lcm, std::int64_t(std::max(1, arm.weight))), 1000001);
        if (lcm > 1000)
            problems.append(
                { QStringLiteral("arms"),
                  Tr::tr("For minimization the least common multiple of the arm weights must be at most 1000; "
                         "use smaller weights, e.g. 2:1 rather than 200:100.") });
        const int p = minimization.probabilityMillionths;
        if (p < 1 || p > 1000000)
            problems.append(
                { QStringLiteral("minimization.probability"),
                  Tr::tr("The probability of taking the minimizing arm must be above 0 and at most 1, e.g. 0.8.") });
    }
    return problems;
}

int Design::weightSum() const
{
    int sum = 0;
    for (const Arm &arm : arms)
        sum += arm.weight;
    return sum;
}

int Design::maxMultiple() const
{
    return multiples.isEmpty() ? 0 : *std::max_element(multiples.cbegin(), multiples.cend());
}

int Design::armIndex(const QString &code) const
{
    for (qsizetype i = 0; i < arms.size(); ++i)
        if (arms.at(i).code == code)
            return int(i);
    return -1;
}

qint64 Design::stratumCount() const
{
    qint64 count = 1;
    for (const Factor &factor : factors) {
        count *= std::max<qint64>(1, factor.levels.size());
        if (count > kMaxStrata)
            return kMaxStrata + 1;
    }
    return count;
}

std::optional<int> Design::stratumIndex(std::span<const int> levelIndexes) const
{
    if (levelIndexes.size() != std::size_t(factors.size()))
        return std::nullopt;
    qint64 index = 0;
    for (qsizetype i = 0; i < factors.size(); ++i) {
        const int level = levelIndexes[std::size_t(i)];
        const qsizetype n = factors.at(i).levels.size();
        if (level < 0 || level >= n)
            return std::nullopt;
        index = index * n + level;
    }
    return int(index);
}

std::vector<int> Design::levelIndexes(int stratumIndex) const
{
    std::vector<int> levels(std::size_t(factors.size()), 0);
    qint64 rest = stratumIndex;
    for (qsizetype i = factors.size() - 1; i >= 0; --i) {
        const qint64 n = std::max<qint64>(1, factors.at(i).levels.size());
        levels[std::size_t(i)] = int(rest % n);
        rest /= n;
    }
    return levels;
}

QStringList Design::levelCodes(int stratumIndex) const
{
    const std::vector<int> levels = levelIndexes(stratumIndex);
    QStringList codes;
    for (qsizetype i = 0; i < factors.size(); ++i)
        codes.append(factors.at(i).levels.value(levels[std::size_t(i)]));
    return codes;
}

int Design::siteFactor() const
{
    for (qsizetype i = 0; i < factors.size(); ++i)
        if (factors.at(i).isSite)
            return int(i);
    return -1;
}

Checked<QList<Arm>> Design::parseArms(const QString &text)
{
    QList<Arm> arms;
    QList<Problem> problems;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const QStringList pieces = part.split(QLatin1Char(':'));
        bool ok = pieces.size() <= 2 && !pieces.first().isEmpty();
        int weight = 1;
        if (ok && pieces.size() == 2)
            weight = pieces.at(1).trimmed().toInt(&ok);
        if (!ok) {
            problems.append(
                { QStringLiteral("arms"),
                  Tr::tr("\"%1\" is not an arm: write CODE:WEIGHT with a whole weight, e.g. PP:1.").arg(part) });
            continue;
        }
        arms.append({ pieces.first().trimmed(), weight });
    }
    if (!problems.isEmpty())
        return problems;
    return arms;
}

Checked<QList<int>> Design::parseMultiples(const QString &text)
{
    QList<int> multiples;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok)
            return Problem { QStringLiteral("multiples"),
                             Tr::tr("\"%1\" is not a block multiple: give whole numbers separated by commas, e.g. 2,3.")
                                 .arg(part.trimmed()) };
        multiples.append(value);
    }
    return multiples;
}

Checked<int> Design::parseProbability(const QString &text)
{
    const QString t = text.trimmed();
    const Problem problem { QStringLiteral("minimization.probability"),
                            Tr::tr("\"%1\" is not a probability: write a number above 0 and at most 1 with at most six "
                                   "decimals, e.g. 0.8.")
                                .arg(t) };
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return problem;
    if (whole.size() > 1 || fraction.size() > 6 || (dot >= 0 && fraction.isEmpty()))
        return problem;
    for (QChar c : whole + fraction)
        if (!c.isDigit() || c.unicode() > 127)
            return problem;
    const qint64 wholeValue = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 fractionValue = fraction.isEmpty() ? 0 : fraction.leftJustified(6, QLatin1Char('0')).toLongLong();
    const qint64 millionths = wholeValue * 1000000 + fractionValue;
    if (millionths < 1 || millionths > 1000000)
        return problem;
    return int(millionths);
}

} // namespace trialdesk::randomization
