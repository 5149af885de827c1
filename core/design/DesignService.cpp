#include "core/design/DesignService.h"

#include "core/platform/PrivateFile.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/protocol/Protocol.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

#include <tuple>

namespace trialdesk::core {

namespace {

using randomization::AllocationListWriter;
using randomization::Design;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::DesignService)
};

// On a trial server no workstation holds a seed (core/server/designs.sql).
Error serverKeepsTheSeed()
{
    return makeError(ErrorCode::Unsupported,
                     Tr::tr("On a trial server the seed never leaves the server: it cannot be shown, nor the "
                            "allocation list computed, on a workstation."));
}

QString armsText(const Design &design)
{
    QStringList arms;
    for (const randomization::Arm &arm : design.arms)
        arms.append(QStringLiteral("%1:%2").arg(arm.code).arg(arm.weight));
    return arms.join(QLatin1Char(','));
}

QString factorsText(const Design &design)
{
    QStringList factors;
    for (const randomization::Factor &factor : design.factors)
        factors.append(factor.code + QLatin1Char('=') + factor.levels.join(QLatin1Char(',')));
    return factors.join(QLatin1Char(';'));
}

// Everything concealed but the seed, to detect a change without writing it anywhere.
QString concealedText(const Design &design)
{
    QStringList parts;
    for (int multiple : design.multiples)
        parts.append(QString::number(multiple));
    QStringList weights;
    for (const randomization::Factor &factor : design.factors)
        weights.append(QString::number(factor.weight));
    return parts.join(QLatin1Char(',')) + QLatin1Char('|') + DesignStore::measureCode(design.minimization.measure)
        + QLatin1Char('|') + QString::number(design.minimization.probabilityMillionths) + QLatin1Char('|')
        + weights.join(QLatin1Char(','));
}

} // namespace

Result<DesignSummary> DesignService::summary() const
{
    if (Status allowed = m_session.require(Action::ProtocolView); !allowed)
        return allowed.error();
    QSqlDatabase &db = m_session.database();
    auto stored = DesignStore::current(db);
    if (!stored)
        return stored.error();
    // The protocol in force, for the arms' and factors' display names.
    auto loaded = CurrentProtocol::load(db);
    if (!loaded)
        return loaded.error();
    const Protocol *protocol = &loaded->protocol;
    auto sites = exec(db, QStringLiteral("SELECT code, name_fr, name_en FROM sites"));
    if (!sites)
        return sites.error();
    QHash<QString, QString> siteNames;
    while (sites->next())
        siteNames.insert(sites->value(0).toString(),
                         LocalizedText { sites->value(1).toString(), sites->value(2).toString() }.current());

    const Design &design = stored->design;
    DesignSummary summary;
    summary.version = stored->version;
    summary.method = DesignStore::methodCode(design.method);
    summary.strata = design.stratumCount();
    summary.locked = stored->locked;
    summary.lockedAt = stored->lockedAt;
    summary.createdAt = stored->createdAt;
    summary.createdBy = stored->createdBy;
    for (const randomization::Arm &arm : design.arms) {
        QString name = arm.code;
        for (const ProtocolArm &protocolArm : protocol->arms)
            if (protocolArm.code == arm.code)
                name = protocolArm.name.current();
        summary.arms.append({ arm.code, name, arm.weight });
    }
    const bool concealed = m_session.can(Action::DesignViewConcealed);
    for (const randomization::Factor &factor : design.factors) {
        DesignSummary::Factor item;
        item.code = factor.code;
        item.name = factor.code;
        item.isSite = factor.isSite;
        item.levels = factor.levels;
        item.weight = concealed ? factor.weight : 0;
        const ProtocolFactor *protocolFactor = nullptr;
        for (const ProtocolFactor &candidate : protocol->factors)
            if (candidate.code == factor.code)
                protocolFactor = &candidate;
        if (protocolFactor)
            item.name = protocolFactor->name.current();
        for (const QString &level : factor.levels) {
            QString name = factor.isSite ? siteNames.value(level, level) : level;
            if (protocolFactor && !factor.isSite)
                for (const ProtocolLevel &protocolLevel : protocolFactor->levels)
                    if (protocolLevel.code == level)
                        name = protocolLevel.name.current();
            item.levelNames.append(name);
        }
        summary.factors.append(item);
    }
    if (concealed) {
        summary.concealed = true;
        summary.multiples = design.multiples;
        for (int multiple : design.multiples)
            summary.blockSizes.append(multiple * design.weightSum());
        summary.measure = DesignStore::measureCode(design.minimization.measure);
        summary.probabilityMillionths = design.minimization.probabilityMillionths;
    }
    return summary;
}

Result<StoredDesign> DesignService::full() const
{
    if (Status allowed = m_session.require(Action::DesignViewConcealed); !allowed)
        return allowed.error();
    auto stored = DesignStore::current(m_session.database());
    if (!stored)
        return stored.error();
    stored->design.seed = randomization::Seed();
    return stored;
}

Result<QString> DesignService::revealSeed()
{
    if (m_session.isServer()) {
        if (Status allowed = m_session.require(Action::SeedReveal); !allowed)
            return allowed.error();
        return serverKeepsTheSeed();
    }
    auto write = beginWrite(m_session, Action::SeedReveal);
    if (!write)
        return write.error();
    QSqlDatabase &db = write->database();
    auto stored = DesignStore::current(db);
    if (!stored)
        return stored.error();
    if (Status s = write->audit({ QStringLiteral("design.reveal-seed"), QStringLiteral("design"),
                                  QString::number(stored->version), QStringLiteral("seed"), std::nullopt, std::nullopt,
                                  std::nullopt });
        !s)
        return s.error();
    if (Status committed = write->commit(); !committed)
        return committed.error();
    return stored->design.seed.toHex();
}

Status DesignService::update(const Design &edited, bool newSeed, const QString &reason)
{
    auto write = beginWrite(m_session, Action::DesignEdit);
    if (!write)
        return write.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A reason is required to change the randomization design: say why it changes."));
    Design candidate = edited;
    candidate.seed = randomization::Seed();
    if (const QList<randomization::Problem> problems = candidate.validate(); !problems.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The randomization design was not saved:\n%1").arg(randomization::describe(problems)));

    QSqlDatabase &db = write->database();
    auto stored = DesignStore::current(db);
    if (!stored)
        return stored.error();
    const Design &before = stored->design;
    if (newSeed) {
        auto seed = DesignStore::newSeed();
        if (!seed)
            return seed.error();
        candidate.seed = seed.value();
    } else {
        candidate.seed = before.seed;
    }
    if (stored->locked && (newSeed || !DesignStore::onlyAppendsSiteLevels(before, candidate)))
        return makeError(
            ErrorCode::Conflict,
            Tr::tr("The randomization design is locked since the first randomization (%1, by %2): changing "
                   "it would change allocations already made. Only a new site may still be added.")
                .arg(Clock::format(stored->lockedAt), stored->lockedBy));
    if (!newSeed && DesignStore::canonicalDefinition(candidate) == DesignStore::canonicalDefinition(before))
        return makeError(ErrorCode::InvalidInput, Tr::tr("Nothing to change in the randomization design."));

    auto version = DesignStore::append(db, candidate, m_session.clock(), m_session.user().username, reason);
    if (!version)
        return version.error();
    const QString id = QString::number(version.value());
    const QString previous = QString::number(stored->version);
    // Concealed fields are audited as changed, pointing at the stored versions, never with their
    // values: monitors read the audit trail.
    const QList<std::tuple<QString, QString, QString>> fields = {
        { QStringLiteral("method"), DesignStore::methodCode(before.method), DesignStore::methodCode(candidate.method) },
        { QStringLiteral("arms"), armsText(before), armsText(candidate) },
        { QStringLiteral("factors"), factorsText(before), factorsText(candidate) },
        { QStringLiteral("concealed_parameters"), concealedText(before), concealedText(candidate) },
    };
    for (const auto &[field, oldValue, newValue] : fields) {
        if (oldValue == newValue)
            continue;
        const bool hidden = field == QLatin1String("concealed_parameters");
        if (Status s = write->audit({ QStringLiteral("design.update"), QStringLiteral("design"), id, field,
                                      hidden ? Tr::tr("as in version %1").arg(previous) : oldValue,
                                      hidden ? Tr::tr("as in version %1").arg(id) : newValue, reason.trimmed() });
            !s)
            return s;
    }
    if (newSeed) {
        if (Status s
            = write->audit({ QStringLiteral("design.update"), QStringLiteral("design"), id, QStringLiteral("seed"),
                             QStringLiteral("kept"), QStringLiteral("regenerated"), reason.trimmed() });
            !s)
            return s;
    }
    return write->commit();
}

Status DesignService::addSiteLevel(const QString &siteCode, const QString &reason)
{
    auto write = beginWrite(m_session, Action::DesignEdit);
    if (!write)
        return write.error();
    QSqlDatabase &db = write->database();
    auto known = exec(db, QStringLiteral("SELECT COUNT(*) FROM sites WHERE code = ?"), { siteCode });
    if (!known)
        return known.error();
    if (!known->next() || known->value(0).toInt() == 0)
        return makeError(
            ErrorCode::NotFound,
            Tr::tr("There is no site %1: add the site first, then its level in the design.").arg(siteCode));
    if (Status s = DesignStore::appendSiteLevel(db, siteCode, m_session.clock(), m_session.user().username, reason); !s)
        return s;
    return write->commit();
}

Result<qint64> DesignService::exportAllocationList(const QString &path, AllocationListWriter::Format format,
                                                   qint64 perStratum)
{
    if (m_session.isServer()) {
        if (Status allowed = m_session.require(Action::AllocationListExport); !allowed)
            return allowed.error();
        return serverKeepsTheSeed();
    }
    auto write = beginWrite(m_session, Action::AllocationListExport);
    if (!write)
        return write.error();
    if (perStratum < 1 || perStratum > kMaxPerStratum)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The number of entries per stratum must be between 1 and %1.").arg(kMaxPerStratum));
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose the file to write the allocation list to."));
    QSqlDatabase &db = write->database();
    auto stored = DesignStore::current(db);
    if (!stored)
        return stored.error();
    if (stored->design.method != randomization::Method::Blocks)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The design uses minimization, whose allocations depend on the participants already "
                                "randomized: there is no list to export in advance."));

    // The list reveals every future allocation. It is written to a private temporary file (0600,
    // never through a link) and put in place only after its audit entries are committed: without
    // them the list never appears.
    PrivateFileWriter file(path);
    if (Status opened = file.open(); !opened)
        return opened.error();
    auto rows = AllocationListWriter(stored->design).write(file.device(), format, perStratum);
    if (!rows)
        return makeError(ErrorCode::Storage, rows.message());
    const QString id = QString::number(stored->version);
    const QList<std::pair<QString, QString>> fields = {
        { QStringLiteral("format"),
          format == AllocationListWriter::Format::Redcap ? QStringLiteral("redcap") : QStringLiteral("spec") },
        { QStringLiteral("per_stratum"), QString::number(perStratum) },
        { QStringLiteral("rows"), QString::number(rows.value()) },
        { QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) },
    };
    for (const auto &[field, value] : fields) {
        if (Status s = write->audit({ QStringLiteral("allocation-list.export"), QStringLiteral("design"), id, field,
                                      std::nullopt, value, std::nullopt });
            !s)
            return s.error();
    }
    if (Status committed = write->commit(); !committed)
        return committed.error();
    if (Status written = file.commit(); !written)
        return written.error();
    return rows.value();
}

} // namespace trialdesk::core
