#include "core/services/AuditService.h"

#include "core/platform/PrivateFile.h"
#include "core/services/Write.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace trialdesk::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::AuditService)
};
} // namespace

Result<QList<AuditEntry>> AuditService::entries(const AuditTrail::Filter &filter) const
{
    if (Status allowed = m_session.require(Action::AuditView); !allowed)
        return allowed.error();
    return AuditTrail::entries(m_session.database(), filter);
}

Result<qint64> AuditService::count(const AuditTrail::Filter &filter) const
{
    if (Status allowed = m_session.require(Action::AuditView); !allowed)
        return allowed.error();
    return AuditTrail::count(m_session.database(), filter);
}

Result<AuditTrail::Verification> AuditService::verify() const
{
    if (Status allowed = m_session.require(Action::AuditVerify); !allowed)
        return allowed.error();
    return AuditTrail::verify(m_session.database());
}

Result<AuditTrail::Verification> AuditService::verifyAgainst(const QString &checkpointFile) const
{
    if (Status allowed = m_session.require(Action::AuditVerify); !allowed)
        return allowed.error();
    auto checkpoints = AuditCheckpoints::read(checkpointFile);
    if (!checkpoints)
        return checkpoints.error();
    return AuditTrail::verify(m_session.database(), checkpoints.value());
}

Result<AuditTrail::Verification> AuditService::saveCheckpoint(const QString &checkpointFile) const
{
    if (Status allowed = m_session.require(Action::AuditVerify); !allowed)
        return allowed.error();
    QList<AuditCheckpoint> earlier;
    if (QFileInfo(checkpointFile).size() > 0) {
        auto read = AuditCheckpoints::read(checkpointFile);
        if (!read)
            return read.error();
        earlier = read.value();
    }
    const AuditTrail::Verification verification = AuditTrail::verify(m_session.database(), earlier);
    if (!verification.ok)
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("The audit chain does not verify, so no checkpoint was saved: entry %1: %2")
                             .arg(verification.brokenId)
                             .arg(verification.problem));
    AuditCheckpoint checkpoint;
    checkpoint.entries = verification.entries;
    checkpoint.head = verification.head;
    checkpoint.at = m_session.clock().nowUtc();
    checkpoint.by = m_session.user().username;
    if (Status appended = AuditCheckpoints::append(checkpointFile, checkpoint); !appended)
        return appended.error();
    return verification;
}

Result<QByteArray> AuditService::chainHead() const
{
    if (!m_session.can(Action::AuditView) && !m_session.can(Action::AuditVerify))
        return m_session.require(Action::AuditView).error();
    return AuditTrail::head(m_session.database());
}

Status AuditService::exportCsv(const AuditTrail::Filter &filter, const QString &path)
{
    if (Status allowed = m_session.require(Action::AuditExport); !allowed)
        return allowed;
    // The CSV goes to a private temporary file (0600, never through a link). It is read in the same
    // transaction that audits the export, so it ends with the entry recording its own export; the
    // file is put in place only once that entry is committed: no unaudited copy ever appears.
    PrivateFileWriter file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    auto write = beginWrite(m_session, Action::AuditExport);
    if (!write)
        return write.error();
    if (Status s = write->audit({ QStringLiteral("audit.export"), QStringLiteral("audit_log"), QString(),
                                  QStringLiteral("file"), std::nullopt, QDir::toNativeSeparators(path), std::nullopt });
        !s)
        return s;
    if (Status written = AuditTrail::exportCsv(m_session.database(), filter, file.device()); !written)
        return written;
    if (Status committed = write->commit(); !committed)
        return committed;
    return file.commit();
}

} // namespace trialdesk::core
