#pragma once

#include "Result.h"
#include "workspace/Site.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace trialdesk::core {

// A text in both of the trial's languages.
struct LocalizedText
{
    QString fr;
    QString en;
    // The text in the current UI language (French when QLocale's default is French).
    QString current() const;
};

struct ProtocolArm
{
    QString code;
    int weight = 1;
    LocalizedText name;
};

struct ProtocolLevel
{
    QString code;
    LocalizedText name;
};

// A stratification factor. The site factor's levels are the trial's sites, in site order.
struct ProtocolFactor
{
    QString code;
    LocalizedText name;
    bool isSite = false;
    QList<ProtocolLevel> levels;
};

struct EligibilityCriterion
{
    QString code;
    LocalizedText text;
};

struct ConsentFormVersion
{
    QString version;
    QString approvedOn; // ISO date
    bool current = false;
    // Set on a version introduced by an amendment when participants who consented on an earlier
    // version must consent again before anything further (randomization) is done.
    bool reconsentRequired = false;
};

// The trial's protocol as data (JSON, see core/resources/protocol-default.json), validated on load
// with errors that name the file and the field.
struct Protocol
{
    static constexpr int kFormatVersion = 1;

    QString protocolVersion;
    QString trialCode;
    LocalizedText trialName;
    int targetParticipants = 0;
    QList<Site> sites;
    QList<ProtocolArm> arms;
    QList<ProtocolFactor> factors;
    QString method; // "blocks" (spec v1) or "minimization"
    QList<int> blockMultiples;
    QList<EligibilityCriterion> inclusion;
    QList<EligibilityCriterion> exclusion;
    QList<ConsentFormVersion> consentForms;
    QByteArray json; // the definition as loaded

    static Result<Protocol> parse(const QByteArray &json, const QString &sourceName);
    static Result<Protocol> load(const QString &path);
    static Result<Protocol> bundledDefault();
};

} // namespace trialdesk::core
