#include "core/enrollment/Screening.h"

#include <QCoreApplication>

namespace trialdesk::core {

QString screeningOutcomeCode(ScreeningOutcome outcome)
{
    switch (outcome) {
    case ScreeningOutcome::Eligible:
        return QStringLiteral("eligible");
    case ScreeningOutcome::NotEligible:
        return QStringLiteral("not-eligible");
    case ScreeningOutcome::Declined:
        return QStringLiteral("declined");
    case ScreeningOutcome::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<ScreeningOutcome> screeningOutcomeFromCode(const QString &code)
{
    for (ScreeningOutcome outcome : { ScreeningOutcome::Eligible, ScreeningOutcome::NotEligible,
                                      ScreeningOutcome::Declined, ScreeningOutcome::Other })
        if (screeningOutcomeCode(outcome) == code)
            return outcome;
    return std::nullopt;
}

QString screeningOutcomeDisplayName(ScreeningOutcome outcome)
{
    switch (outcome) {
    case ScreeningOutcome::Eligible:
        return QCoreApplication::translate("ScreeningOutcome", "Eligible");
    case ScreeningOutcome::NotEligible:
        return QCoreApplication::translate("ScreeningOutcome", "Not eligible");
    case ScreeningOutcome::Declined:
        return QCoreApplication::translate("ScreeningOutcome", "Declined");
    case ScreeningOutcome::Other:
        return QCoreApplication::translate("ScreeningOutcome", "Other reason");
    }
    return {};
}

} // namespace trialdesk::core
