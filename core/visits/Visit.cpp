#include "core/visits/Visit.h"

#include <QCoreApplication>

namespace trialdesk::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::Visit)
};
} // namespace

QString visitStatusCode(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned:
        return QStringLiteral("planned");
    case VisitStatus::Completed:
        return QStringLiteral("completed");
    case VisitStatus::Missed:
        return QStringLiteral("missed");
    case VisitStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("planned");
}

std::optional<VisitStatus> visitStatusFromCode(const QString &code)
{
    for (VisitStatus status :
         { VisitStatus::Planned, VisitStatus::Completed, VisitStatus::Missed, VisitStatus::Cancelled })
        if (visitStatusCode(status) == code)
            return status;
    return std::nullopt;
}

QString visitStatusDisplayName(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned:
        return Tr::tr("Planned");
    case VisitStatus::Completed:
        return Tr::tr("Completed");
    case VisitStatus::Missed:
        return Tr::tr("Missed");
    case VisitStatus::Cancelled:
        return Tr::tr("Cancelled");
    }
    return Tr::tr("Planned");
}

} // namespace trialdesk::core
