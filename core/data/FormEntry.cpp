#include "FormEntry.h"

#include <QCoreApplication>

namespace trialdesk::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::FormEntry)
};

constexpr FormEntryState kStates[] = { FormEntryState::NotStarted, FormEntryState::Draft, FormEntryState::Complete,
                                       FormEntryState::Verified, FormEntryState::Locked };
constexpr QueryStatus kQueryStatuses[] = { QueryStatus::Open, QueryStatus::Answered, QueryStatus::Closed };
} // namespace

QString formEntryStateCode(FormEntryState state)
{
    switch (state) {
    case FormEntryState::NotStarted:
        return QStringLiteral("not_started");
    case FormEntryState::Draft:
        return QStringLiteral("draft");
    case FormEntryState::Complete:
        return QStringLiteral("complete");
    case FormEntryState::Verified:
        return QStringLiteral("verified");
    case FormEntryState::Locked:
        return QStringLiteral("locked");
    }
    return QStringLiteral("draft");
}

std::optional<FormEntryState> formEntryStateFromCode(const QString &code)
{
    for (FormEntryState state : kStates)
        if (formEntryStateCode(state) == code)
            return state;
    return std::nullopt;
}

QString formEntryStateDisplayName(FormEntryState state)
{
    switch (state) {
    case FormEntryState::NotStarted:
        return Tr::tr("Not started");
    case FormEntryState::Draft:
        return Tr::tr("Draft");
    case FormEntryState::Complete:
        return Tr::tr("Complete");
    case FormEntryState::Verified:
        return Tr::tr("Verified");
    case FormEntryState::Locked:
        return Tr::tr("Locked");
    }
    return Tr::tr("Draft");
}

QString queryStatusCode(QueryStatus status)
{
    switch (status) {
    case QueryStatus::Open:
        return QStringLiteral("open");
    case QueryStatus::Answered:
        return QStringLiteral("answered");
    case QueryStatus::Closed:
        return QStringLiteral("closed");
    }
    return QStringLiteral("open");
}

std::optional<QueryStatus> queryStatusFromCode(const QString &code)
{
    for (QueryStatus status : kQueryStatuses)
        if (queryStatusCode(status) == code)
            return status;
    return std::nullopt;
}

QString queryStatusDisplayName(QueryStatus status)
{
    switch (status) {
    case QueryStatus::Open:
        return Tr::tr("Open");
    case QueryStatus::Answered:
        return Tr::tr("Answered");
    case QueryStatus::Closed:
        return Tr::tr("Closed");
    }
    return Tr::tr("Open");
}

} // namespace trialdesk::core
