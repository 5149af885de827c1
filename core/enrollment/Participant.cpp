#include "core/enrollment/Participant.h"

#include <QCoreApplication>

namespace trialdesk::core {

namespace {
const ParticipantStatus kStatuses[] = {
    ParticipantStatus::Registered,        ParticipantStatus::Randomized,
    ParticipantStatus::RandomizedInError, ParticipantStatus::WithdrawnIntervention,
    ParticipantStatus::WithdrawnFollowUp, ParticipantStatus::WithdrawnData,
    ParticipantStatus::LostToFollowUp,
};
const ParticipantEventType kEventTypes[] = {
    ParticipantEventType::RandomizedInError, ParticipantEventType::StratumMisclassification,
    ParticipantEventType::Withdrawal,        ParticipantEventType::LostToFollowUp,
    ParticipantEventType::ProtocolDeviation, ParticipantEventType::AdverseEvent,
};
} // namespace

QString participantStatusCode(ParticipantStatus status)
{
    switch (status) {
    case ParticipantStatus::Registered:
        return QStringLiteral("registered");
    case ParticipantStatus::Randomized:
        return QStringLiteral("randomized");
    case ParticipantStatus::RandomizedInError:
        return QStringLiteral("randomized-in-error");
    case ParticipantStatus::WithdrawnIntervention:
        return QStringLiteral("withdrawn-intervention");
    case ParticipantStatus::WithdrawnFollowUp:
        return QStringLiteral("withdrawn-follow-up");
    case ParticipantStatus::WithdrawnData:
        return QStringLiteral("withdrawn-data");
    case ParticipantStatus::LostToFollowUp:
        return QStringLiteral("lost-to-follow-up");
    }
    return {};
}

std::optional<ParticipantStatus> participantStatusFromCode(const QString &code)
{
    for (ParticipantStatus status : kStatuses)
        if (participantStatusCode(status) == code)
            return status;
    return std::nullopt;
}

QString participantStatusDisplayName(ParticipantStatus status)
{
    switch (status) {
    case ParticipantStatus::Registered:
        return QCoreApplication::translate("ParticipantStatus", "Registered, not randomized");
    case ParticipantStatus::Randomized:
        return QCoreApplication::translate("ParticipantStatus", "Randomized");
    case ParticipantStatus::RandomizedInError:
        return QCoreApplication::translate("ParticipantStatus", "Randomized in error");
    case ParticipantStatus::WithdrawnIntervention:
        return QCoreApplication::translate("ParticipantStatus", "Withdrawn from the intervention");
    case ParticipantStatus::WithdrawnFollowUp:
        return QCoreApplication::translate("ParticipantStatus", "Withdrawn from follow-up");
    case ParticipantStatus::WithdrawnData:
        return QCoreApplication::translate("ParticipantStatus", "Withdrawn from data use");
    case ParticipantStatus::LostToFollowUp:
        return QCoreApplication::translate("ParticipantStatus", "Lost to follow-up");
    }
    return {};
}

QString withdrawalScopeCode(WithdrawalScope scope)
{
    switch (scope) {
    case WithdrawalScope::Intervention:
        return QStringLiteral("intervention");
    case WithdrawalScope::FollowUp:
        return QStringLiteral("follow-up");
    case WithdrawalScope::Data:
        return QStringLiteral("data");
    }
    return {};
}

std::optional<WithdrawalScope> withdrawalScopeFromCode(const QString &code)
{
    for (WithdrawalScope scope : { WithdrawalScope::Intervention, WithdrawalScope::FollowUp, WithdrawalScope::Data })
        if (withdrawalScopeCode(scope) == code)
            return scope;
    return std::nullopt;
}

QString participantEventTypeCode(ParticipantEventType type)
{
    switch (type) {
    case ParticipantEventType::RandomizedInError:
        return QStringLiteral("randomized-in-error");
    case ParticipantEventType::StratumMisclassification:
        return QStringLiteral("stratum-misclassification");
    case ParticipantEventType::Withdrawal:
        return QStringLiteral("withdrawal");
    case ParticipantEventType::LostToFollowUp:
        return QStringLiteral("lost-to-follow-up");
    case ParticipantEventType::ProtocolDeviation:
        return QStringLiteral("protocol-deviation");
    case ParticipantEventType::AdverseEvent:
        return QStringLiteral("adverse-event");
    }
    return {};
}

std::optional<ParticipantEventType> participantEventTypeFromCode(const QString &code)
{
    for (ParticipantEventType type : kEventTypes)
        if (participantEventTypeCode(type) == code)
            return type;
    return std::nullopt;
}

QString participantEventTypeDisplayName(ParticipantEventType type)
{
    switch (type) {
    case ParticipantEventType::RandomizedInError:
        return QCoreApplication::translate("ParticipantEventType", "Randomized in error");
    case ParticipantEventType::StratumMisclassification:
        return QCoreApplication::translate("ParticipantEventType", "Stratum misclassification noted");
    case ParticipantEventType::Withdrawal:
        return QCoreApplication::translate("ParticipantEventType", "Withdrawal");
    case ParticipantEventType::LostToFollowUp:
        return QCoreApplication::translate("ParticipantEventType", "Lost to follow-up");
    case ParticipantEventType::ProtocolDeviation:
        return QCoreApplication::translate("ParticipantEventType", "Protocol deviation");
    case ParticipantEventType::AdverseEvent:
        return QCoreApplication::translate("ParticipantEventType", "Adverse event");
    }
    return {};
}

} // namespace trialdesk::core
