#pragma once

#include <QList>
#include <QString>

namespace trialdesk::randomization {

// One thing wrong with an input: which field, and a translated message saying what to do.
// The engine sits below core/, so it has its own small error value; core/ maps it to core::Error.
struct Problem
{
    QString field;
    QString message;
};

// Joins messages one per line, each prefixed with its field, for command-line output.
inline QString describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.field.isEmpty() ? problem.message
                                             : problem.field + QStringLiteral(": ") + problem.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace trialdesk::randomization
