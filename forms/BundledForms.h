#pragma once

#include "forms/FormDefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trialdesk::forms {

// The trial's forms, compiled in (resource :/forms/*.json), parsed and checked once. Their codes
// are the contract with the protocol's visit schedule and the reports: ELIGIBILITY, DEMOGRAPHICS,
// CONDITIONS, PAM13, SEMCD6, EQ5D5L, PHQ9, GAD7, HCU, PP_CONTACT, AE, EOS.
class BundledForms
{
public:
    static QList<FormDefinition> all(); // in the order of codes()
    static const FormDefinition *find(const QString &code); // nullptr when unknown
    static QStringList codes();
    // Resource path of a bundled form's JSON, e.g. ":/forms/phq9.json".
    static QString resourcePath(const QString &code);
};

} // namespace trialdesk::forms
