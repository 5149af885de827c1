#include "reports/RandomizationReport.h"

#include "core/enrollment/RandomizationLogService.h"
#include "core/reporting/DataCut.h"
#include "core/services/AuditService.h"
#include "core/util/Csv.h"
#include "core/workspace/TrialSession.h"
#include "reports/ReportFiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace trialdesk::reports {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::RandomizationReport)
};

QString utcText(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
}

QString problemText(const core::RandomizationLogEntry &entry)
{
    if (!RandomizationReport::flagged(entry))
        return Tr::tr("verified");
    if (!entry.problem.isEmpty())
        return entry.problem;
    if (entry.duplicate)
        return Tr::tr("duplicate position");
    return Tr::tr("the stream gives %1").arg(entry.expectedArm);
}

} // namespace

bool RandomizationReport::flagged(const core::RandomizationLogEntry &entry)
{
    return !entry.matches || entry.duplicate || !entry.problem.isEmpty();
}

QString RandomizationReport::title()
{
    return Tr::tr("Randomization report");
}

core::Result<RandomizationReport::Data> RandomizationReport::compute(core::TrialSession &session)
{
    auto cut = core::reporting::DataCut::open(session, core::reporting::CutPurpose::RandomizationLog);
    if (!cut)
        return cut.error();
    Data data;
    auto log = core::RandomizationLogService(session).report();
    if (!log)
        return log.error();
    data.log = log.value();
    for (const core::ProtocolArm &arm : cut->protocol().arms)
        data.armNames.insert(arm.code, arm.name.current());
    if (session.can(core::Action::AuditView)) {
        auto count = core::AuditService(session).count({});
        if (count)
            data.auditEntries = count.value();
    }
    return data;
}

QString RandomizationReport::verificationSummary(const core::RandomizationLogReport &log)
{
    QStringList parts;
    parts << (log.clean() ? Tr::tr("Verification: every entry matches its stream; no gap, no duplicate; the audit "
                                   "chain verifies.")
                          : Tr::tr("Verification FAILED."));
    parts << Tr::tr("%n allocations", nullptr, static_cast<int>(log.entries.size()));
    parts << Tr::tr("%n mismatches", nullptr, static_cast<int>(log.mismatches));
    parts << Tr::tr("%n duplicates", nullptr, static_cast<int>(log.duplicates));
    parts << Tr::tr("%n gaps", nullptr, static_cast<int>(log.gaps.size()));
    for (const core::RandomizationLogGap &gap : log.gaps)
        parts << Tr::tr("gap in stratum %1 (stream lineage of design v%2): sequences %3 to %4 missing")
                     .arg(gap.stratumIndex)
                     .arg(gap.streamLineage)
                     .arg(gap.firstMissing)
                     .arg(gap.lastMissing);
    parts << (log.auditChainOk ? Tr::tr("audit chain intact, head %1").arg(QString::fromLatin1(log.auditHead))
                               : Tr::tr("audit chain BROKEN: %1").arg(log.auditProblem));
    return parts.join(QStringLiteral("; "));
}

ReportDocument::Table RandomizationReport::logTable(const Data &data)
{
    ReportDocument::Table table;
    table.caption = Tr::tr("Randomization log");
    table.header = QStringList { Tr::tr("Time"),  Tr::tr("User"),    Tr::tr("Study ID"),
                                 Tr::tr("Site"),  Tr::tr("Stratum"), Tr::tr("Sequence"),
                                 Tr::tr("Block"), Tr::tr("Arm"),     Tr::tr("Verification") };
    table.numericColumns = { 5 };
    table.columnWeights = { 14, 8, 10, 6, 16, 7, 10, 13, 16 };
    for (int i = 0; i < data.log.entries.size(); ++i) {
        const core::RandomizationLogEntry &entry = data.log.entries[i];
        const QString name = data.armNames.value(entry.armCode);
        table.rows << QStringList {
            QLocale().toString(entry.randomizedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            entry.randomizedBy,
            entry.inError ? Tr::tr("%1 (in error)").arg(entry.studyId) : entry.studyId,
            entry.siteCode,
            Tr::tr("%1 (#%2, design v%3)").arg(entry.stratumLabel).arg(entry.stratumIndex).arg(entry.designVersion),
            QString::number(entry.sequence),
            Tr::tr("%1 (size %2, position %3)").arg(entry.blockNumber).arg(entry.blockSize).arg(entry.positionInBlock),
            name.isEmpty() || name == entry.armCode ? entry.armCode
                                                    : QStringLiteral("%1 \u2014 %2").arg(entry.armCode, name),
            problemText(entry)
        };
        if (flagged(entry))
            table.flaggedRows.insert(i);
    }
    return table;
}

ReportDocument RandomizationReport::document(const Data &data, const ReportContext &context)
{
    ReportDocument document = ReportDocument::forContext(title(), context);
    ReportDocument::PageSetup setup;
    setup.orientation = QPageLayout::Landscape;
    document.setPageSetup(setup);
    document.addHeading(Tr::tr("Verification"), 2);
    document.addColoredParagraph(verificationSummary(data.log),
                                 data.log.clean() ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20));
    document.addParagraph(Tr::tr("Audit chain head (SHA-256 of the last of %n audit entries): %1", nullptr,
                                 static_cast<int>(data.auditEntries))
                              .arg(QString::fromLatin1(data.log.auditHead)));
    for (const core::RandomizationLogLineage &lineage : data.log.lineages)
        if (!lineage.note.isEmpty())
            document.addParagraph(lineage.note);
    document.addTable(logTable(data));
    return document;
}

QJsonObject RandomizationReport::toJson(const Data &data, const ReportContext &context)
{
    QJsonArray entries;
    for (const core::RandomizationLogEntry &entry : data.log.entries)
        entries.append(QJsonObject { { QStringLiteral("study_id"), entry.studyId },
                                     { QStringLiteral("site"), entry.siteCode },
                                     { QStringLiteral("randomized_at"), utcText(entry.randomizedAt) },
                                     { QStringLiteral("randomized_by"), entry.randomizedBy },
                                     { QStringLiteral("design_version"), entry.designVersion },
                                     { QStringLiteral("stream_lineage"), entry.streamLineage },
                                     { QStringLiteral("stratum_index"), entry.stratumIndex },
                                     { QStringLiteral("stratum"), entry.stratumLabel },
                                     { QStringLiteral("sequence"), entry.sequence },
                                     { QStringLiteral("block_number"), entry.blockNumber },
                                     { QStringLiteral("block_size"), entry.blockSize },
                                     { QStringLiteral("position_in_block"), entry.positionInBlock },
                                     { QStringLiteral("arm"), entry.armCode },
                                     { QStringLiteral("in_error"), entry.inError },
                                     { QStringLiteral("verified"), !flagged(entry) },
                                     { QStringLiteral("problem"), flagged(entry) ? problemText(entry) : QString() } });
    QJsonArray gaps;
    for (const core::RandomizationLogGap &gap : data.log.gaps)
        gaps.append(QJsonObject { { QStringLiteral("stream_lineage"), gap.streamLineage },
                                  { QStringLiteral("stratum_index"), gap.stratumIndex },
                                  { QStringLiteral("first_missing"), gap.firstMissing },
                                  { QStringLiteral("last_missing"), gap.lastMissing } });
    return context.withProvenance(QJsonObject {
        { QStringLiteral("format"), QStringLiteral("trialdesk-randomization-report") },
        { QStringLiteral("stream_lineages"), core::lineagesToJson(data.log.lineages) },
        { QStringLiteral("format_version"), 1 },
        { QStringLiteral("verification"),
          QJsonObject { { QStringLiteral("clean"), data.log.clean() },
                        { QStringLiteral("allocations"), static_cast<qint64>(data.log.entries.size()) },
                        { QStringLiteral("mismatches"), data.log.mismatches },
                        { QStringLiteral("duplicates"), data.log.duplicates },
                        { QStringLiteral("gaps"), gaps } } },
        { QStringLiteral("audit_chain"),
          QJsonObject { { QStringLiteral("ok"), data.log.auditChainOk },
                        { QStringLiteral("head"), QString::fromLatin1(data.log.auditHead) },
                        { QStringLiteral("problem"), data.log.auditProblem } } },
        { QStringLiteral("entries"), entries },
    });
}

QByteArray RandomizationReport::toCsv(const Data &data)
{
    QByteArray out = core::Csv::line(
        { QStringLiteral("study_id"), QStringLiteral("site"), QStringLiteral("design_version"),
          QStringLiteral("stratum_index"), QStringLiteral("stratum"), QStringLiteral("sequence"),
          QStringLiteral("block_number"), QStringLiteral("block_size"), QStringLiteral("position_in_block"),
          QStringLiteral("arm"), QStringLiteral("randomized_at"), QStringLiteral("randomized_by"),
          QStringLiteral("in_error"), QStringLiteral("verified"), QStringLiteral("problem") });
    for (const core::RandomizationLogEntry &entry : data.log.entries)
        out += core::Csv::line({ entry.studyId, entry.siteCode, QString::number(entry.designVersion),
                                 QString::number(entry.stratumIndex), entry.stratumLabel,
                                 QString::number(entry.sequence), QString::number(entry.blockNumber),
                                 QString::number(entry.blockSize), QString::number(entry.positionInBlock),
                                 entry.armCode, utcText(entry.randomizedAt), entry.randomizedBy,
                                 entry.inError ? QStringLiteral("1") : QStringLiteral("0"),
                                 flagged(entry) ? QStringLiteral("0") : QStringLiteral("1"),
                                 flagged(entry) ? problemText(entry) : QString() });
    return out;
}

core::Status RandomizationReport::writePdf(core::TrialSession &session, const Data &data, const ReportContext &context,
                                           const QString &path)
{
    if (core::Status allowed = session.require(core::Action::RandomizationLogExport); !allowed)
        return allowed;
    return document(data, context).writePdf(path);
}

core::Status RandomizationReport::writeCsv(core::TrialSession &session, const Data &data, const QString &path)
{
    if (core::Status allowed = session.require(core::Action::RandomizationLogExport); !allowed)
        return allowed;
    return ReportFiles::save(path, toCsv(data));
}

core::Status RandomizationReport::writeJson(core::TrialSession &session, const Data &data, const ReportContext &context,
                                            const QString &path)
{
    if (core::Status allowed = session.require(core::Action::RandomizationLogExport); !allowed)
        return allowed;
    return ReportFiles::save(path, QJsonDocument(toJson(data, context)).toJson(QJsonDocument::Indented));
}

} // namespace trialdesk::reports
