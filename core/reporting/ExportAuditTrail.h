#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace trialdesk::core::reporting {

class DataCut;

// A user as the ODM AdminData lists them.
struct ExportUser
{
    QString username;
    QString displayName;
};

// One audit entry of form data, as the ODM AuditRecords carry it.
struct ExportAuditRow
{
    qint64 id = 0;
    QString at; // UTC, core::Clock's format
    QString username;
    QString action;
    QString entityId; // the form entry
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    std::optional<QString> reason;
};

// The audit trail of form data up to the cut (entity form_entry, in chain order), read forward
// only, one row at a time; for a cut whose role may not see arms, the audit of arm-specific entries
// stays out as the entries do. Needs a cut opened for CutPurpose::Export (Action::DataExport, which
// covers the audit records of an ODM export).
class ExportAuditTrail
{
public:
    explicit ExportAuditTrail(const DataCut &cut);
    ~ExportAuditTrail();
    ExportAuditTrail(const ExportAuditTrail &) = delete;
    ExportAuditTrail &operator=(const ExportAuditTrail &) = delete;

    static Result<QList<ExportUser>> users(const DataCut &cut);

    Status start();
    // Fills the next row; false at the end or on an error (see status()).
    bool next(ExportAuditRow &row);
    const Status &status() const { return m_status; }

private:
    struct Query;

    const DataCut &m_cut;
    std::unique_ptr<Query> m_query;
    Status m_status;
};

} // namespace trialdesk::core::reporting
