#include "core/reporting/ExportAuditTrail.h"

#include "core/reporting/DataCut.h"
#include "core/sql/SqlUtil.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace trialdesk::core::reporting {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::OdmExportWriter)
};

std::optional<QString> nullable(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}
} // namespace

struct ExportAuditTrail::Query
{
    std::optional<QSqlQuery> query;
};

ExportAuditTrail::ExportAuditTrail(const DataCut &cut)
    : m_cut(cut)
    , m_query(std::make_unique<Query>())
{
}

ExportAuditTrail::~ExportAuditTrail() = default;

Result<QList<ExportUser>> ExportAuditTrail::users(const DataCut &cut)
{
    if (Status allowed = cut.requirePurpose({ CutPurpose::Export }, QStringLiteral("ExportAuditTrail")); !allowed)
        return allowed.error();
    auto users
        = exec(cut.session().database(), QStringLiteral("SELECT username, display_name FROM users ORDER BY username"));
    if (!users)
        return users.error();
    QList<ExportUser> list;
    while (users->next())
        list.append({ users->value(0).toString(), users->value(1).toString() });
    return list;
}

Status ExportAuditTrail::start()
{
    if (Status allowed = m_cut.requirePurpose({ CutPurpose::Export }, QStringLiteral("ExportAuditTrail")); !allowed)
        return m_status = allowed;
    // Form data only (entity form_entry); for a role without ArmView the audit of arm-specific
    // entries stays out as the entries do.
    QString sql = QStringLiteral("SELECT a.id, a.at, a.username, a.action, a.entity_id, a.field, a.old_value, "
                                 "a.new_value, a.reason FROM audit_log a");
    if (!m_cut.armsVisible())
        sql += QStringLiteral(" JOIN form_entries e ON e.id = CAST(a.entity_id AS INTEGER) AND e.arm_specific = 0");
    sql += QStringLiteral(" WHERE a.entity = 'form_entry' AND a.at <= ? ORDER BY a.id");
    std::optional<QSqlQuery> &query = m_query->query;
    query.emplace(m_cut.session().database());
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return m_status = storageError(Tr::tr("Could not read the audit trail to export."), *query);
    query->addBindValue(Clock::format(m_cut.atUtc()));
    if (!query->exec())
        return m_status = storageError(Tr::tr("Could not read the audit trail to export."), *query);
    return {};
}

bool ExportAuditTrail::next(ExportAuditRow &row)
{
    std::optional<QSqlQuery> &query = m_query->query;
    if (!m_status.ok() || !query)
        return false;
    if (!query->next()) {
        if (query->lastError().isValid())
            m_status = storageError(Tr::tr("Reading the audit trail to export failed part way."), *query);
        query.reset();
        return false;
    }
    row.id = query->value(0).toLongLong();
    row.at = query->value(1).toString();
    row.username = query->value(2).toString();
    row.action = query->value(3).toString();
    row.entityId = query->value(4).toString();
    row.field = query->value(5).toString();
    row.oldValue = nullable(query->value(6));
    row.newValue = nullable(query->value(7));
    row.reason = nullable(query->value(8));
    return true;
}

} // namespace trialdesk::core::reporting
