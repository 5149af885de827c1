#include "core/data/FormEntry.h"

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

QString entryReference(const QString &studyId, const QString &visitCode, const QString &formCode, int instance)
{
    return QStringLiteral("%1/%2/%3/%4").arg(studyId, visitCode, formCode).arg(instance);
}

QString entryReference(const FormEntry &entry)
{
    return entryReference(entry.studyId, entry.visitCode, entry.formCode, entry.instance);
}

QString queryReference(const DataQuery &query)
{
    return entryReference(query.studyId, query.visitCode, query.formCode, query.instance)
        + QStringLiteral("#%1").arg(query.number);
}

std::optional<FormSlot> parseEntryReference(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 4 || parts.at(0).isEmpty() || parts.at(2).isEmpty())
        return std::nullopt;
    bool ok = false;
    const int instance = parts.at(3).toInt(&ok);
    if (!ok || instance < 1)
        return std::nullopt;
    return FormSlot { parts.at(0), parts.at(1), parts.at(2), instance };
}

std::optional<QueryReference> parseQueryReference(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype hash = trimmed.lastIndexOf(QLatin1Char('#'));
    if (hash < 0)
        return std::nullopt;
    auto entry = parseEntryReference(trimmed.left(hash));
    bool ok = false;
    const int number = trimmed.mid(hash + 1).toInt(&ok);
    if (!entry || !ok || number < 1)
        return std::nullopt;
    return QueryReference { *entry, number };
}

} // namespace trialdesk::core
