#include "core/server/ServerRefusal.h"

#include <QCoreApplication>
#include <QSqlError>

namespace trialdesk::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::ServerRefusal)
};
} // namespace

Error serverRefusal(const QSqlError &error, const QString &action)
{
    const QString state = error.nativeErrorCode();
    const QString said = error.databaseText().trimmed();
    if (state == QLatin1String("42501"))
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("The trial server does not let you %1: %2.").arg(action, said));
    if (state == QLatin1String("P0002"))
        return makeError(ErrorCode::NotFound, Tr::tr("The trial server refused to %1: %2.").arg(action, said));
    if (state == QLatin1String("23505") || state == QLatin1String("22000"))
        return makeError(ErrorCode::Conflict, Tr::tr("The trial server refused to %1: %2.").arg(action, said));
    if (state == QLatin1String("22023"))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The trial server refused to %1: %2.").arg(action, said));
    if (state == QLatin1String("0A000"))
        return makeError(ErrorCode::Unsupported, Tr::tr("The trial server cannot %1: %2.").arg(action, said));
    if (state == QLatin1String("XX001"))
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("The trial server found the trial's data inconsistent and did not %1: %2. Nothing was "
                                "changed; tell the trial's data manager.")
                             .arg(action, said));
    return makeError(ErrorCode::Storage,
                     Tr::tr("The trial server could not %1 (%2). Nothing was changed; check the connection and try "
                            "again.")
                         .arg(action, error.text().simplified()));
}

} // namespace trialdesk::core
