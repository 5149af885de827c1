#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace trialdesk::core {

// The randomization design as a reader may see it. Every role with ProtocolView gets the public
// part; the concealed part is filled only for roles with DesignViewConcealed (concealed == true)
// and is empty/zero otherwise, so nothing of it can leak through a view that forgets to check.
struct DesignSummary
{
    struct Arm
    {
        QString code;
        QString name; // from the protocol, in the current language
        int weight = 1;
    };
    struct Factor
    {
        QString code;
        QString name; // from the protocol (site names from the sites table)
        bool isSite = false;
        QStringList levels; // codes, in order
        QStringList levelNames;
        int weight = 0; // minimization weight: concealed, 0 when not shown
    };

    int version = 0;
    QString method; // "blocks" or "minimization"
    QList<Arm> arms;
    QList<Factor> factors;
    qint64 strata = 1;
    bool locked = false;
    QDateTime lockedAt; // UTC, invalid while not locked
    QDateTime createdAt;
    QString createdBy;

    // Concealed part.
    bool concealed = false; // true when the fields below are filled
    QList<int> multiples;
    QList<int> blockSizes; // multiple x sum of weights
    QString measure; // "range" or "variance" (minimization)
    int probabilityMillionths = 0; // of taking the minimizing arm
};

} // namespace trialdesk::core
