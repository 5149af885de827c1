#pragma once

#include "core/Result.h"
#include "core/workspace/Site.h"
#include "translations/LocalizedText.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::core {

using LocalizedText = i18n::LocalizedText;

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

// One visit of the schedule. Its target date is the anchor's date plus offsetDays; the window runs
// from target - windowBefore to target + windowAfter (calendar days in the site's time zone).
struct ProtocolVisit
{
    static inline const QString kRandomizationAnchor = QStringLiteral("randomization");

    QString code;
    LocalizedText name;
    QString anchor = kRandomizationAnchor; // "randomization" or an earlier visit's code (its actual date)
    int offsetDays = 0;
    int windowBefore = 0;
    int windowAfter = 0;
    QStringList arms; // the arms the visit applies to; empty: every arm
    QStringList forms; // codes of the case report forms expected at the visit
    bool primaryOutcome = false;

    // A visit for some arms only reveals the arm: blinded roles never see it.
    bool armSpecific() const { return !arms.isEmpty(); }
    bool appliesTo(const QString &arm) const { return arms.isEmpty() || arms.contains(arm); }
};

struct VisitSchedule
{
    // Move a target date falling on a weekend or a listed holiday to the next working day.
    bool shiftOffNonWorkingDays = false;
    QList<QDate> holidays; // sorted (Quebec statutory holidays in the default protocol)
    QStringList unscheduledForms; // forms entered outside any visit (adverse event, end of study)
    QList<ProtocolVisit> visits; // in protocol order

    const ProtocolVisit *visit(const QString &code) const;
};

// The planned recruitment period ("trial": {"recruitment": {"start": "YYYY-MM-DD", "months": N}}):
// the recruitment report draws its target line over it. Optional: without it the report assumes
// 12 months from the first screening and says so.
struct RecruitmentPeriod
{
    static constexpr int kMaxMonths = 120;
    QDate start;
    int months = 0; // 1 to kMaxMonths
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
    std::optional<RecruitmentPeriod> recruitment;
    QList<Site> sites;
    QList<ProtocolArm> arms;
    QList<ProtocolFactor> factors;
    QString method; // "blocks" (spec v1) or "minimization"
    QList<int> blockMultiples;
    QList<EligibilityCriterion> inclusion;
    QList<EligibilityCriterion> exclusion;
    QList<ConsentFormVersion> consentForms;
    VisitSchedule schedule;
    QByteArray json; // the definition as loaded

    static Result<Protocol> parse(const QByteArray &json, const QString &sourceName);
    static Result<Protocol> load(const QString &path);
    static Result<Protocol> bundledDefault();
};

} // namespace trialdesk::core
