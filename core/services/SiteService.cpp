#include "core/services/SiteService.h"

#include "core/design/DesignStore.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::SiteService)
};

Status validate(const Site &site)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z][A-Z0-9]{1,7}$"));
    if (!code.match(site.code).hasMatch())
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("\"%1\" is not a site code: use 2 to 8 capital letters or digits, starting with a letter.")
                .arg(site.code));
    if (site.nameFr.trimmed().isEmpty() || site.nameEn.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A site needs its name in French and in English."));
    if (!QTimeZone(site.timeZone.toUtf8()).isValid())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" is not a known time zone (e.g. America/Toronto).").arg(site.timeZone));
    return {};
}

} // namespace

Result<QList<Site>> SiteService::list() const
{
    auto query = exec(m_session.database(),
                      QStringLiteral("SELECT code, name_fr, name_en, time_zone, active FROM sites ORDER BY id"));
    if (!query)
        return query.error();
    QList<Site> sites;
    while (query->next())
        sites.append({ query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                       query->value(3).toString(), query->value(4).toBool() });
    return sites;
}

Status SiteService::add(const Site &site, const QString &reason)
{
    auto write = beginWrite(m_session, Action::SiteManage);
    if (!write)
        return write.error();
    if (Status valid = validate(site); !valid)
        return valid;
    QSqlDatabase &db = write->database();
    auto existing = exec(db, QStringLiteral("SELECT COUNT(*) FROM sites WHERE code = ?"), { site.code });
    if (!existing)
        return existing.error();
    if (existing->next() && existing->value(0).toInt() > 0)
        return makeError(ErrorCode::Conflict, Tr::tr("There is already a site %1.").arg(site.code));
    auto inserted = exec(db,
                         QStringLiteral("INSERT INTO sites (code, name_fr, name_en, time_zone, active, created_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         { site.code, site.nameFr.trimmed(), site.nameEn.trimmed(), site.timeZone, site.active ? 1 : 0,
                           Clock::format(m_session.clock().nowUtc()) });
    if (!inserted)
        return inserted.error();
    for (const auto &[field, value] : { std::pair { QStringLiteral("name_fr"), site.nameFr.trimmed() },
                                        std::pair { QStringLiteral("name_en"), site.nameEn.trimmed() },
                                        std::pair { QStringLiteral("time_zone"), site.timeZone } }) {
        if (Status s
            = write->audit({ QStringLiteral("site.add"), QStringLiteral("site"), site.code, field, std::nullopt, value,
                             reason.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(reason.trimmed()) });
            !s)
            return s;
    }
    // A stratified design gets the new site as a new level of its site factor, in the same
    // transaction (refused, with the reason, when the locked design cannot take it).
    auto design = DesignStore::current(db);
    if (!design && design.error().code != ErrorCode::NotFound)
        return design.error();
    if (design && design->design.siteFactor() >= 0)
        if (Status extended = DesignStore::appendSiteLevel(db, site.code, m_session.clock(), m_session.user().username,
                                                           Tr::tr("site %1 added").arg(site.code));
            !extended)
            return extended;
    return write->commit();
}

Status SiteService::update(const Site &site, const QString &reason)
{
    auto write = beginWrite(m_session, Action::SiteManage);
    if (!write)
        return write.error();
    if (Status valid = validate(site); !valid)
        return valid;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A reason is required to change existing data."));
    QSqlDatabase &db = write->database();
    auto current = exec(db, QStringLiteral("SELECT name_fr, name_en, time_zone, active FROM sites WHERE code = ?"),
                        { site.code });
    if (!current)
        return current.error();
    if (!current->next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no site %1.").arg(site.code));
    const QStringList before
        = { current->value(0).toString(), current->value(1).toString(), current->value(2).toString(),
            current->value(3).toBool() ? QStringLiteral("1") : QStringLiteral("0") };
    const QStringList after = { site.nameFr.trimmed(), site.nameEn.trimmed(), site.timeZone,
                                site.active ? QStringLiteral("1") : QStringLiteral("0") };
    const QStringList fields = { QStringLiteral("name_fr"), QStringLiteral("name_en"), QStringLiteral("time_zone"),
                                 QStringLiteral("active") };
    if (before == after)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Nothing to change for site %1.").arg(site.code));
    auto updated = exec(db,
                        QStringLiteral("UPDATE sites SET name_fr = ?, name_en = ?, time_zone = ?, active = ? "
                                       "WHERE code = ?"),
                        { after[0], after[1], after[2], site.active ? 1 : 0, site.code });
    if (!updated)
        return updated.error();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (before[i] == after[i])
            continue;
        if (Status s = write->audit({ QStringLiteral("site.update"), QStringLiteral("site"), site.code, fields[i],
                                      before[i], after[i], reason.trimmed() });
            !s)
            return s;
    }
    return write->commit();
}

} // namespace trialdesk::core
