#include "reports/export/DataExporter.h"

#include "core/reporting/DataCut.h"
#include "core/reporting/ExportRecorder.h"
#include "core/security/Permissions.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"
#include "reports/export/CsvExportWriter.h"
#include "reports/export/ExportCatalog.h"
#include "reports/export/ExportDirectory.h"
#include "reports/export/ExportEntryStream.h"
#include "reports/export/OdmExportWriter.h"
#include "reports/export/RedcapExportWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

#include <memory>

namespace trialdesk::reports {

using core::Action;
using core::ErrorCode;
using core::makeError;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::DataExporter)
};

// How often (in entries) the progress callback is asked whether to go on.
constexpr qint64 kProgressEvery = 64;
} // namespace

QString exportFormatCode(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Odm:
        return QStringLiteral("odm");
    case ExportFormat::Redcap:
        return QStringLiteral("redcap");
    }
    return {};
}

DataExporter::DataExporter(core::TrialSession &session)
    : m_session(session)
{
}

core::Status DataExporter::check(const ExportRequest &request) const
{
    if (auto allowed = core::reporting::ExportRecorder::checkAllowed(m_session, request.identifying); !allowed)
        return allowed;
    if (request.identifying && request.reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("An identifying export needs a reason (it is audited). Give "
                                "one, for example the ethics approval it serves."));
    if (!request.identifying && !request.reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A reason is only asked for an identifying export. Remove it, or ask for identities."));
    if (request.withAudit && request.format != ExportFormat::Odm)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Audit records can only be exported in the ODM format. Choose ODM or leave them out."));
    if (request.outputPath.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose the folder to export into."));
    return {};
}

core::Result<ExportSummary> DataExporter::run(const ExportRequest &request, const ExportProgress &progress)
{
    if (auto checked = check(request); !checked)
        return checked.error();
    // The data cut: the role checked and the protocol loaded once, for the catalogue and the rows.
    auto cut = core::reporting::DataCut::open(m_session, core::reporting::CutPurpose::Export);
    if (!cut)
        return cut.error();
    const QDateTime dataCut = cut->atUtc();
    const core::UserInfo &user = m_session.user();
    // The chain's head at the data cut (before the export's own entry), for the manifest: a copy of
    // it outside the database, for audit verify --checkpoint (docs/audit-chain.md).
    auto chain = cut->auditCheckpoint();
    if (!chain)
        return chain.error();
    auto catalog = ExportCatalog::load(cut.value());
    if (!catalog)
        return catalog.error();

    ExportEntryStream::Options options;
    options.identifying = request.identifying;
    options.withArm = cut->armsVisible();

    std::unique_ptr<ExportWriter> writer;
    switch (request.format) {
    case ExportFormat::Csv:
        writer = std::make_unique<CsvExportWriter>(catalog.value(), options.withArm, options.identifying);
        break;
    case ExportFormat::Odm: {
        OdmExportWriter::Settings settings;
        settings.withArm = options.withArm;
        settings.identifying = options.identifying;
        settings.withAudit = request.withAudit;
        settings.dataCutUtc = dataCut;
        settings.username = user.username;
        auto odm = std::make_unique<OdmExportWriter>(catalog.value(), settings, cut.value());
        writer = std::move(odm);
        break;
    }
    case ExportFormat::Redcap:
        writer = std::make_unique<RedcapExportWriter>(catalog.value(), options.withArm, options.identifying);
        break;
    }

    ExportDirectory directory(QDir::cleanPath(request.outputPath));
    if (auto prepared = directory.prepare(writer->fileNames()); !prepared)
        return prepared.error();
    auto total = ExportEntryStream::countEntries(cut.value(), options);
    if (!total)
        return total.error();
    if (auto begun = writer->begin(directory); !begun)
        return begun.error();

    const core::Error cancelled
        = makeError(ErrorCode::Cancelled, Tr::tr("The export was cancelled; its files were removed."));
    ExportEntryStream stream(cut.value(), options);
    if (auto started = stream.start(); !started)
        return started.error();
    ExportSummary summary;
    ExportEntry entry;
    qint64 lastParticipant = -1;
    if (progress && !progress(0, total.value()))
        return cancelled;
    while (stream.next(entry)) {
        if (auto written = writer->write(entry); !written)
            return written.error();
        if (entry.participantId != lastParticipant) {
            ++summary.participants;
            lastParticipant = entry.participantId;
        }
        ++summary.entries;
        if (progress && summary.entries % kProgressEvery == 0 && !progress(summary.entries, total.value()))
            return cancelled;
    }
    if (!stream.status())
        return stream.status().error();
    if (auto ended = writer->end(); !ended)
        return ended.error();
    summary.itemValues = stream.valuesRead();
    if (progress && !progress(summary.entries, total.value()))
        return cancelled;

    QJsonObject manifest {
        { QStringLiteral("format"), QStringLiteral("trialdesk-export-manifest") },
        { QStringLiteral("format_version"), 1 },
        { QStringLiteral("export"), exportFormatCode(request.format) },
        { QStringLiteral("trial"), catalog->protocol().trialCode },
        { QStringLiteral("protocol_version"), catalog->protocolVersion() },
        { QStringLiteral("data_cut_utc"), core::Clock::format(dataCut) },
        { QStringLiteral("created_at_utc"), core::Clock::format(m_session.clock().nowUtc()) },
        { QStringLiteral("user"), user.username },
        { QStringLiteral("role"), core::roleCode(user.role) },
        { QStringLiteral("identifying"), request.identifying },
        { QStringLiteral("arm_included"), options.withArm },
        { QStringLiteral("participants"), summary.participants },
        { QStringLiteral("entries"), summary.entries },
        { QStringLiteral("item_values"), summary.itemValues },
    };
    if (request.identifying)
        manifest.insert(QStringLiteral("reason"), request.reason.trimmed());
    manifest.insert(QStringLiteral("audit_chain"), chain->toJson());
    if (auto written = directory.writeManifest(manifest); !written)
        return written.error();

    summary.directory = directory.path();
    summary.files = directory.fileNames();
    summary.files.append(ExportDirectory::manifestName());
    summary.bytes = directory.totalBytes();
    summary.dataCutUtc = dataCut;

    // The files are still temporary (0600, unnamed): the audit entries are committed first and only
    // then do the files get their names, so there is never an unaudited copy of trial data.
    core::reporting::ExportRecord record;
    record.format = exportFormatCode(request.format);
    record.directory = QDir::toNativeSeparators(directory.path());
    record.identifying = request.identifying;
    record.withArm = options.withArm;
    record.participants = summary.participants;
    record.entries = summary.entries;
    record.itemValues = summary.itemValues;
    record.files = int(summary.files.size());
    record.dataCutUtc = dataCut;
    if (request.identifying) {
        record.identityColumns = ExportEntryStream::identityExportNames();
        record.reason = request.reason;
    }
    if (auto recorded = core::reporting::ExportRecorder::record(m_session, record); !recorded)
        return recorded.error();
    if (auto placed = directory.commit(); !placed)
        return placed.error();
    return summary;
}

} // namespace trialdesk::reports
