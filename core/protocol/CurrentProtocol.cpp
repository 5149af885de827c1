#include "core/protocol/CurrentProtocol.h"

#include "core/sql/SqlUtil.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace trialdesk::core {

Result<CurrentProtocol::Loaded> CurrentProtocol::load(QSqlDatabase &db)
{
    auto query = exec(db,
                      QStringLiteral("SELECT version, definition FROM protocol_versions "
                                     "ORDER BY version DESC LIMIT 1"));
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("trialdesk::core::CurrentProtocol",
                                                     "The trial has no protocol: the database is incomplete. "
                                                     "Restore it from a backup."));
    const int version = query->value(0).toInt();
    auto parsed = Protocol::parse(
        query->value(1).toString().toUtf8(),
        QCoreApplication::translate("trialdesk::core::CurrentProtocol", "protocol version %1 in the database")
            .arg(version));
    if (!parsed)
        return parsed.error();
    return Loaded { version, std::move(parsed.value()) };
}

Result<CurrentProtocol::Loaded> CurrentProtocol::load(TrialSession &session)
{
    return load(session.database());
}

} // namespace trialdesk::core
