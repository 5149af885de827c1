#include "core/reporting/ExportRecorder.h"

#include "core/audit/AuditRecord.h"
#include "core/security/Permissions.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>

namespace trialdesk::core::reporting {

namespace {
// The exporter's refusals, with its wording and translation context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::DataExporter)
};

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}
} // namespace

Status ExportRecorder::checkAllowed(const TrialSession &session, bool identifying)
{
    if (!session.can(Action::DataExport))
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("Your role (%1) may not export trial data. Ask a statistician or the administrator.")
                             .arg(roleDisplayName(session.role())));
    if (identifying && !session.can(Action::DataExportIdentifying))
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("Your role (%1) may not export identifying data. Export without identities, or ask "
                                "the administrator.")
                             .arg(roleDisplayName(session.role())));
    return {};
}

Status ExportRecorder::record(TrialSession &session, const ExportRecord &record)
{
    if (Status allowed = checkAllowed(session, record.identifying); !allowed)
        return allowed;
    // The account is read again: a deactivation or a role change made meanwhile applies.
    if (Status allowed = session.require(Action::DataExport); !allowed)
        return allowed;
    if (record.identifying) {
        if (Status allowed = session.require(Action::DataExportIdentifying); !allowed)
            return allowed;
        if (record.reason.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("An identifying export needs a reason (it is audited). Give "
                                    "one, for example the ethics approval it serves."));
    }
    Transaction transaction(session.database());
    if (!transaction.status())
        return transaction.status();
    AuditRecord exported;
    exported.action = QStringLiteral("data.export");
    exported.entity = QStringLiteral("export");
    exported.entityId = record.directory;
    exported.newValue = QStringLiteral("format=%1; identifying=%2; arm=%3; participants=%4; entries=%5; "
                                       "item_values=%6; files=%7; data_cut=%8")
                            .arg(record.format, yesNo(record.identifying), yesNo(record.withArm))
                            .arg(record.participants)
                            .arg(record.entries)
                            .arg(record.itemValues)
                            .arg(record.files)
                            .arg(Clock::format(record.dataCutUtc));
    if (Status audited = session.audit(exported); !audited)
        return audited;
    if (record.identifying) {
        AuditRecord identifying;
        identifying.action = QStringLiteral("data.export-identifying");
        identifying.entity = QStringLiteral("export");
        identifying.entityId = record.directory;
        identifying.field = QStringLiteral("identity");
        identifying.newValue = record.identityColumns.join(QLatin1Char(','));
        identifying.reason = record.reason.trimmed();
        if (Status audited = session.audit(identifying); !audited)
            return audited;
    }
    return transaction.commit();
}

} // namespace trialdesk::core::reporting
