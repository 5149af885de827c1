#include "core/enrollment/RandomizationLogService.h"

#include "core/audit/AuditTrail.h"
#include "core/design/DesignStore.h"
#include "core/platform/PrivateFile.h"
#include "core/server/ServerRefusal.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"
#include "core/util/Csv.h"
#include "core/workspace/TrialSession.h"
#include "randomization/StratumStream.h"
#include "randomization/Verifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <set>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::RandomizationLogService)
};

Result<QList<RandomizationLogEntry>> readEntries(QSqlDatabase &db)
{
    auto query = exec(db,
                      QStringLiteral("SELECT r.id, r.randomized_at, r.randomized_by, p.study_id, p.site_code, "
                                     "r.design_version, r.stratum_index, r.sequence, r.block_number, r.block_size, "
                                     "r.position_in_block, r.arm, "
                                     "(SELECT COUNT(*) FROM participant_events e WHERE e.participant_id = p.id "
                                     "AND e.event_type = 'randomized-in-error') "
                                     "FROM randomizations r JOIN participants p ON p.id = r.participant_id "
                                     "ORDER BY r.id"));
    if (!query)
        return query.error();
    QList<RandomizationLogEntry> entries;
    while (query->next()) {
        RandomizationLogEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.randomizedAt = Clock::parse(query->value(1).toString());
        entry.randomizedBy = query->value(2).toString();
        entry.studyId = query->value(3).toString();
        entry.siteCode = query->value(4).toString();
        entry.designVersion = query->value(5).toInt();
        entry.stratumIndex = query->value(6).toInt();
        entry.sequence = query->value(7).toLongLong();
        entry.blockNumber = query->value(8).toLongLong();
        entry.blockSize = query->value(9).toInt();
        entry.positionInBlock = query->value(10).toInt();
        entry.armCode = query->value(11).toString();
        entry.inError = query->value(12).toLongLong() > 0;
        entries.append(entry);
    }
    return entries;
}

QString designText(int version, const QString &detail)
{
    return Tr::tr("Design version %1 is not a valid blocks design (%2): the entry cannot be checked.")
        .arg(version)
        .arg(detail);
}

// What the stream gives at a recorded position.
struct ServerExpected
{
    qint64 blockNumber = 0;
    int blockSize = 0;
    int positionInBlock = 0;
    QString arm;
};

QString armMismatch(const RandomizationLogEntry &entry)
{
    return Tr::tr("The seed gives arm %1 at stratum %2, sequence %3; the log says %4.")
        .arg(entry.expectedArm)
        .arg(entry.stratumIndex)
        .arg(entry.sequence)
        .arg(entry.armCode);
}

// The recorded block fields against the stream's, once the arm matched.
void checkBlock(RandomizationLogEntry &entry, const ServerExpected &expected)
{
    if (expected.blockNumber == entry.blockNumber && expected.blockSize == entry.blockSize
        && expected.positionInBlock == entry.positionInBlock)
        return;
    entry.matches = false;
    entry.problem = Tr::tr("The block recorded (block %1, size %2, position %3) is not the stream's "
                           "(block %4, size %5, position %6).")
                        .arg(entry.blockNumber)
                        .arg(entry.blockSize)
                        .arg(entry.positionInBlock)
                        .arg(expected.blockNumber)
                        .arg(expected.blockSize)
                        .arg(expected.positionInBlock);
}

// An entry's part of the report's counts, and the duplicate's own words.
void count(RandomizationLogEntry &entry, const StreamLineage &lineage, RandomizationLogReport &report)
{
    if (entry.duplicate && entry.problem.isEmpty())
        entry.problem = Tr::tr("Stratum %1, sequence %2 of the stream lineage of design version %3 was allocated "
                               "more than once: this participant received an allocation already handed out.")
                            .arg(entry.stratumIndex)
                            .arg(entry.sequence)
                            .arg(lineage.firstVersion);
    report.mismatches += entry.matches ? 0 : 1;
    report.duplicates += entry.duplicate ? 1 : 0;
}

// Checks every entry made under the design versions of one stream lineage as one log: the arm, gaps
// and duplicates with the engine's Verifier (so a position repeated by a later version is a
// duplicate), and the recorded block fields against the regenerated stream. The lineage's versions
// share the seed, arms and multiples, so any of them regenerates the same lists; the last one has
// every stratum (a new site only appends strata).
void verifyLineage(const StreamLineage &lineage, const std::map<int, StoredDesign> &designs,
                   const QList<qsizetype> &rows, RandomizationLogReport &report)
{
    const randomization::Design &design = designs.at(lineage.versions.last()).design;
    if (design.method != randomization::Method::Blocks || !design.validate().isEmpty()) {
        const QString detail = design.method != randomization::Method::Blocks
            ? Tr::tr("its method is minimization")
            : randomization::describe(design.validate());
        for (qsizetype row : rows) {
            report.entries[row].problem = designText(report.entries.at(row).designVersion, detail);
            ++report.mismatches;
        }
        return;
    }
    QList<randomization::BlocksLogEntry> log;
    for (qsizetype row : rows)
        log.append(
            { report.entries.at(row).stratumIndex, report.entries.at(row).sequence, report.entries.at(row).armCode });
    const randomization::VerificationReport verified = randomization::Verifier(design).verifyBlocks(log);
    std::map<int, std::unique_ptr<randomization::StratumStream>> streams;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        RandomizationLogEntry &entry = report.entries[rows.at(i)];
        const randomization::Design &own = designs.at(entry.designVersion).design;
        const randomization::EntryCheck &check = verified.entries.at(i);
        entry.streamLineage = lineage.firstVersion;
        entry.expectedArm = check.expectedArm;
        entry.duplicate = check.duplicate;
        entry.stratumLabel = entry.stratumIndex >= 0 && entry.stratumIndex < own.stratumCount()
            ? own.levelCodes(entry.stratumIndex).join(QStringLiteral(" / "))
            : QString();
        entry.matches = check.status == randomization::EntryStatus::Match;
        if (check.status == randomization::EntryStatus::Invalid) {
            entry.problem = check.message;
        } else if (!entry.matches) {
            entry.problem = armMismatch(entry);
        } else {
            auto &stream = streams[entry.stratumIndex];
            if (!stream)
                stream = std::make_unique<randomization::StratumStream>(design, entry.stratumIndex);
            const randomization::Allocation expected = stream->entry(entry.sequence);
            checkBlock(entry, { expected.blockNumber, expected.blockSize, expected.positionInBlock });
        }
        count(entry, lineage, report);
    }
    for (const randomization::StratumCheck &stratum : verified.strata)
        for (const auto &[first, last] : stratum.gaps)
            report.gaps.append({ lineage.firstVersion, stratum.stratum, first, last });
}

// The same on a trial server, where the seed never leaves the server: `expected` holds what spec v1
// gives at each recorded position (trialdesk.log_expected, by randomization id); duplicates and gaps
// are found here from the log itself, as the engine's Verifier finds them.
void verifyLineageOnServer(const StreamLineage &lineage, const std::map<int, StoredDesign> &designs,
                           const QList<qsizetype> &rows, const QHash<qint64, ServerExpected> &expected,
                           RandomizationLogReport &report)
{
    const randomization::Design &design = designs.at(lineage.versions.last()).design;
    if (design.method != randomization::Method::Blocks) {
        for (qsizetype row : rows) {
            report.entries[row].problem
                = designText(report.entries.at(row).designVersion, Tr::tr("its method is minimization"));
            ++report.mismatches;
        }
        return;
    }
    std::map<int, std::set<qint64>> seen; // stratum -> sequences, for duplicates and gaps
    for (qsizetype row : rows) {
        RandomizationLogEntry &entry = report.entries[row];
        const randomization::Design &own = designs.at(entry.designVersion).design;
        entry.streamLineage = lineage.firstVersion;
        entry.stratumLabel = entry.stratumIndex >= 0 && entry.stratumIndex < own.stratumCount()
            ? own.levelCodes(entry.stratumIndex).join(QStringLiteral(" / "))
            : QString();
        entry.duplicate = !seen[entry.stratumIndex].insert(entry.sequence).second;
        const auto found = expected.constFind(entry.id);
        if (found == expected.constEnd()) {
            entry.matches = false;
            entry.problem = Tr::tr("Stratum %1, sequence %2 is not a position of the design's stream: the entry "
                                   "cannot be checked.")
                                .arg(entry.stratumIndex)
                                .arg(entry.sequence);
        } else {
            entry.expectedArm = found->arm;
            entry.matches = found->arm == entry.armCode;
            if (!entry.matches)
                entry.problem = armMismatch(entry);
            else
                checkBlock(entry, *found);
        }
        count(entry, lineage, report);
    }
    for (const auto &[stratum, sequences] : seen) {
        qint64 next = 1;
        for (qint64 sequence : sequences) {
            if (sequence > next)
                report.gaps.append({ lineage.firstVersion, stratum, next, sequence - 1 });
            next = sequence + 1;
        }
    }
}

// What spec v1 gives at each recorded position, by randomization id, from the trial server.
Result<QHash<qint64, ServerExpected>> readServerExpected(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT randomization_id, block_number, block_size, position_in_block, arm "
                                   "FROM trialdesk.log_expected()")))
        return serverRefusal(query.lastError(), Tr::tr("check the randomization log"));
    QHash<qint64, ServerExpected> expected;
    while (query.next())
        expected.insert(
            query.value(0).toLongLong(),
            { query.value(1).toLongLong(), query.value(2).toInt(), query.value(3).toInt(), query.value(4).toString() });
    return expected;
}

QString changeText(const QString &code)
{
    if (code == QLatin1String("seed"))
        return Tr::tr("the seed");
    if (code == QLatin1String("arms"))
        return Tr::tr("the arms or their weights");
    if (code == QLatin1String("multiples"))
        return Tr::tr("the block multiples");
    if (code == QLatin1String("method"))
        return Tr::tr("the method");
    return code;
}

} // namespace

QJsonArray lineagesToJson(const QList<RandomizationLogLineage> &lineages)
{
    QJsonArray array;
    for (const RandomizationLogLineage &lineage : lineages) {
        QJsonArray versions;
        for (int version : lineage.versions)
            versions.append(version);
        array.append(QJsonObject { { QStringLiteral("first_version"), lineage.firstVersion },
                                   { QStringLiteral("versions"), versions },
                                   { QStringLiteral("entries"), lineage.entries },
                                   { QStringLiteral("note"), lineage.note } });
    }
    return array;
}

Result<RandomizationLogReport> RandomizationLogService::report() const
{
    if (Status allowed = m_session.require(Action::RandomizationLogView); !allowed)
        return allowed.error();
    QSqlDatabase &db = m_session.database();
    // On a trial server the seed stays there: it says what the stream gives at each position.
    QHash<qint64, ServerExpected> expected;
    if (m_session.isServer()) {
        auto fromServer = readServerExpected(db);
        if (!fromServer)
            return fromServer.error();
        expected = std::move(fromServer).value();
    }
    auto entries = readEntries(db);
    if (!entries)
        return entries.error();
    RandomizationLogReport report;
    report.entries = std::move(entries.value());
    auto history = DesignStore::history(db);
    if (!history)
        return history.error();
    std::map<int, StoredDesign> designs;
    for (const StoredDesign &stored : history.value())
        designs.emplace(stored.version, stored);
    const QList<StreamLineage> lineages = DesignStore::lineages(history.value());
    std::map<int, QList<qsizetype>> byLineage;
    for (qsizetype i = 0; i < report.entries.size(); ++i) {
        RandomizationLogEntry &entry = report.entries[i];
        const StreamLineage *lineage = DesignStore::lineageOf(lineages, entry.designVersion);
        if (!lineage) {
            entry.problem
                = Tr::tr("Design version %1 does not exist: the entry cannot be checked.").arg(entry.designVersion);
            ++report.mismatches;
            continue;
        }
        byLineage[lineage->firstVersion].append(i);
    }
    for (const StreamLineage &lineage : lineages) {
        const auto rows = byLineage.find(lineage.firstVersion);
        if (rows != byLineage.end()) {
            if (m_session.isServer())
                verifyLineageOnServer(lineage, designs, rows->second, expected, report);
            else
                verifyLineage(lineage, designs, rows->second, report);
        }
        RandomizationLogLineage shown;
        shown.firstVersion = lineage.firstVersion;
        shown.versions = lineage.versions;
        shown.entries = rows == byLineage.end() ? 0 : rows->second.size();
        if (!lineage.changedFromPrevious.isEmpty()) {
            QStringList changes;
            for (const QString &code : lineage.changedFromPrevious)
                changes.append(changeText(code));
            shown.note = Tr::tr("Design version %1 changed %2: it starts new streams, and every stratum's sequence "
                                "starts again at 1.")
                             .arg(lineage.firstVersion)
                             .arg(changes.join(QStringLiteral(", ")));
        }
        report.lineages.append(shown);
    }
    const AuditTrail::Verification chain = AuditTrail::verify(db);
    report.auditChainOk = chain.ok;
    report.auditHead = chain.head;
    report.auditProblem = chain.problem;
    return report;
}

namespace {

bool writeLogCsv(QIODevice &out, const RandomizationLogReport &report)
{
    auto write = [&out](const QByteArray &bytes) { return out.write(bytes) == bytes.size(); };
    bool ok
        = write(Csv::line({ QStringLiteral("study_id"), QStringLiteral("site"), QStringLiteral("design_version"),
                            QStringLiteral("stratum_index"), QStringLiteral("stratum"), QStringLiteral("sequence"),
                            QStringLiteral("block_number"), QStringLiteral("block_size"),
                            QStringLiteral("position_in_block"), QStringLiteral("arm"), QStringLiteral("randomized_at"),
                            QStringLiteral("randomized_by"), QStringLiteral("in_error"), QStringLiteral("verified") }));
    for (const RandomizationLogEntry &entry : report.entries) {
        if (!ok)
            break;
        ok = write(Csv::line({ entry.studyId, entry.siteCode, QString::number(entry.designVersion),
                               QString::number(entry.stratumIndex), entry.stratumLabel, QString::number(entry.sequence),
                               QString::number(entry.blockNumber), QString::number(entry.blockSize),
                               QString::number(entry.positionInBlock), entry.armCode, Clock::format(entry.randomizedAt),
                               entry.randomizedBy, entry.inError ? QStringLiteral("yes") : QStringLiteral("no"),
                               entry.matches && !entry.duplicate ? QStringLiteral("yes") : QStringLiteral("no") }));
    }
    return ok;
}

} // namespace

Status RandomizationLogService::auditExport(const QString &destination, const RandomizationLogReport &report)
{
    // In its own transaction, committed before the file appears: an export that is not audited
    // does not happen.
    auto write = beginWrite(m_session, Action::RandomizationLogExport);
    if (!write)
        return write.error();
    if (Status s = write->audit({ QStringLiteral("randomization-log.export"), QStringLiteral("randomization-log"),
                                  QStringLiteral("csv"), QStringLiteral("destination"), std::nullopt,
                                  QStringLiteral("%1 (%2 entries, audit head %3)")
                                      .arg(destination)
                                      .arg(report.entries.size())
                                      .arg(QString::fromLatin1(report.auditHead)),
                                  std::nullopt });
        !s)
        return s;
    return write->commit();
}

Status RandomizationLogService::exportCsv(QIODevice &out, const QString &destination)
{
    if (Status allowed = m_session.require(Action::RandomizationLogExport); !allowed)
        return allowed;
    auto verified = report();
    if (!verified)
        return verified.error();
    if (Status s = auditExport(destination, verified.value()); !s)
        return s;
    if (!writeLogCsv(out, verified.value()))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not write the randomization log to %1 (%2). Check the disk and try again.")
                             .arg(destination, out.errorString()));
    return {};
}

Status RandomizationLogService::exportCsv(const QString &path)
{
    if (Status allowed = m_session.require(Action::RandomizationLogExport); !allowed)
        return allowed;
    auto verified = report();
    if (!verified)
        return verified.error();
    // Written to a private temporary file (0600, never through a link), audited, then put in place.
    PrivateFileWriter file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    const QString destination = QDir::toNativeSeparators(path);
    if (!writeLogCsv(file.device(), verified.value()))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not write the randomization log to %1 (%2). Check the disk and try again.")
                             .arg(destination, file.errorString()));
    if (Status s = auditExport(destination, verified.value()); !s)
        return s;
    return file.commit();
}

} // namespace trialdesk::core
