#include "core/protocol/ProtocolService.h"

#include "core/design/DesignStore.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/protocol/Protocol.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace trialdesk::core {

namespace {

using randomization::Design;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::ProtocolService)
};

const QString kColumns = QStringLiteral("version, sha256, reason, created_at, created_by, definition");

// Block sizes are concealed (issue 4): roles that may not see them get the definition without them.
ProtocolVersionInfo readRow(const QSqlQuery &query, const TrialSession &session)
{
    ProtocolVersionInfo info { query.value(0).toInt(),
                               query.value(1).toString(),
                               query.value(2).toString(),
                               Clock::parse(query.value(3).toString()),
                               query.value(4).toString(),
                               query.value(5).toString().toUtf8(),
                               false };
    if (session.can(Action::DesignViewConcealed))
        return info;
    QJsonObject root = QJsonDocument::fromJson(info.definition).object();
    QJsonObject randomization = root.value(QStringLiteral("randomization")).toObject();
    if (randomization.contains(QStringLiteral("block_multiples"))) {
        randomization.remove(QStringLiteral("block_multiples"));
        root.insert(QStringLiteral("randomization"), randomization);
        info.definition = QJsonDocument(root).toJson(QJsonDocument::Indented);
        info.concealed = true;
    }
    return info;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Key order and spacing do not make a new protocol: QJsonObject sorts its keys.
QByteArray canonicalJson(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

Error refused(const QString &message)
{
    return makeError(ErrorCode::Conflict, message);
}

// Arms and factors are what every randomization and every stratum value recorded so far refers to.
Status checkArmsAndFactors(const Protocol &before, const Protocol &after)
{
    QStringList oldArms, newArms;
    for (const ProtocolArm &arm : before.arms)
        oldArms.append(QStringLiteral("%1:%2").arg(arm.code).arg(arm.weight));
    for (const ProtocolArm &arm : after.arms)
        newArms.append(QStringLiteral("%1:%2").arg(arm.code).arg(arm.weight));
    if (oldArms != newArms)
        return refused(Tr::tr("The amendment changes the arms (%1 becomes %2): arms and their weights never change "
                              "during a trial, since recorded allocations refer to them. Keep the arms as they are.")
                           .arg(oldArms.join(QLatin1Char(',')), newArms.join(QLatin1Char(','))));
    QStringList oldFactors, newFactors;
    for (const ProtocolFactor &factor : before.factors)
        oldFactors.append(factor.code + (factor.isSite ? QStringLiteral("(site)") : QString()));
    for (const ProtocolFactor &factor : after.factors)
        newFactors.append(factor.code + (factor.isSite ? QStringLiteral("(site)") : QString()));
    if (oldFactors != newFactors)
        return refused(Tr::tr("The amendment changes the stratification factors (%1 becomes %2): recorded stratum "
                              "values refer to them. Keep the same factors in the same order.")
                           .arg(oldFactors.join(QLatin1Char(',')), newFactors.join(QLatin1Char(','))));
    for (qsizetype i = 0; i < before.factors.size(); ++i) {
        if (before.factors.at(i).isSite)
            continue;
        QStringList oldLevels, newLevels;
        for (const ProtocolLevel &level : before.factors.at(i).levels)
            oldLevels.append(level.code);
        for (const ProtocolLevel &level : after.factors.at(i).levels)
            newLevels.append(level.code);
        if (newLevels.mid(0, oldLevels.size()) != oldLevels)
            return refused(Tr::tr("The amendment changes the levels of factor %1 (%2 becomes %3): existing levels "
                                  "keep their codes and order; new levels may only be added at the end.")
                               .arg(before.factors.at(i).code, oldLevels.join(QLatin1Char(',')),
                                    newLevels.join(QLatin1Char(','))));
    }
    return {};
}

// New sites are added in Administration (SiteService), which also extends the randomization design.
Status checkSites(QSqlDatabase &db, const Protocol &after)
{
    auto query = exec(db, QStringLiteral("SELECT code FROM sites ORDER BY id"));
    if (!query)
        return query.error();
    QStringList stored;
    while (query->next())
        stored.append(query->value(0).toString());
    QStringList named;
    for (const Site &site : after.sites)
        named.append(site.code);
    QStringList sortedStored = stored, sortedNamed = named;
    sortedStored.sort();
    sortedNamed.sort();
    if (sortedStored != sortedNamed)
        return refused(Tr::tr("The amendment names the sites %1 but the trial's sites are %2. Add a new site in "
                              "Administration first, then amend the protocol with exactly the trial's sites; a site "
                              "is never removed.")
                           .arg(named.join(QStringLiteral(", ")), stored.join(QStringLiteral(", "))));
    return {};
}

// LIKE pattern matching a JSON key "code" literally (the codes may contain _).
QString keyPattern(const QString &code)
{
    QString escaped = code;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QStringLiteral("%\"") + escaped + QStringLiteral("\"%");
}

Status checkRecordedUses(QSqlDatabase &db, const Protocol &before, const Protocol &after)
{
    QSet<QString> kept;
    for (const ConsentFormVersion &form : after.consentForms)
        kept.insert(form.version);
    for (const ConsentFormVersion &form : before.consentForms) {
        if (kept.contains(form.version))
            continue;
        auto used = exec(db, QStringLiteral("SELECT COUNT(*) FROM consents WHERE form_version = ?"), { form.version });
        if (!used)
            return used.error();
        if (used->next() && used->value(0).toLongLong() > 0)
            return refused(Tr::tr("The amendment removes consent form version %1, on which %2 consent(s) were "
                                  "recorded. Keep it in consent_forms (not current) so recorded consents keep their "
                                  "meaning.")
                               .arg(form.version)
                               .arg(used->value(0).toLongLong()));
    }
    kept.clear();
    for (const EligibilityCriterion &criterion : after.inclusion + after.exclusion)
        kept.insert(criterion.code);
    for (const EligibilityCriterion &criterion : before.inclusion + before.exclusion) {
        if (kept.contains(criterion.code))
            continue;
        auto used = exec(db, QStringLiteral("SELECT COUNT(*) FROM screenings WHERE answers LIKE ? ESCAPE '\\'"),
                         { keyPattern(criterion.code) });
        if (!used)
            return used.error();
        if (used->next() && used->value(0).toLongLong() > 0)
            return refused(Tr::tr("The amendment removes eligibility criterion %1, answered in %2 screening(s). Keep "
                                  "the criterion so recorded screenings keep their meaning.")
                               .arg(criterion.code)
                               .arg(used->value(0).toLongLong()));
    }
    return {};
}

// The stored design with the amendment's method, multiples and appended levels applied (seed kept).
Design amendedDesign(const Design &stored, const Protocol &before, const Protocol &after)
{
    Design design = stored;
    if (after.method != before.method)
        design.method = after.method == QLatin1String("minimization") ? randomization::Method::Minimization
                                                                      : randomization::Method::Blocks;
    if (after.blockMultiples != before.blockMultiples)
        design.multiples = after.blockMultiples.isEmpty() ? QList<int> { 1 } : after.blockMultiples;
    for (qsizetype i = 0; i < after.factors.size(); ++i) {
        const ProtocolFactor &factor = after.factors.at(i);
        if (factor.isSite)
            continue;
        for (randomization::Factor &designFactor : design.factors) {
            if (designFactor.code != factor.code)
                continue;
            for (qsizetype j = before.factors.at(i).levels.size(); j < factor.levels.size(); ++j)
                if (!designFactor.levels.contains(factor.levels.at(j).code))
                    designFactor.levels.append(factor.levels.at(j).code);
        }
    }
    return design;
}

// A locked design accepts only levels appended to its first factor: with the first factor most significant,
// every existing stratum keeps its index.
bool onlyAppendsFirstFactorLevels(const Design &locked, const Design &edited)
{
    if (locked.factors.isEmpty() || edited.factors.size() != locked.factors.size())
        return false;
    const QStringList &before = locked.factors.first().levels;
    const QStringList &after = edited.factors.first().levels;
    if (after.mid(0, before.size()) != before)
        return false;
    Design rest = edited;
    rest.factors.first().levels = before;
    return DesignStore::canonicalDefinition(rest) == DesignStore::canonicalDefinition(locked);
}

QString factorsText(const Design &design)
{
    QStringList factors;
    for (const randomization::Factor &factor : design.factors)
        factors.append(factor.code + QLatin1Char('=') + factor.levels.join(QLatin1Char(',')));
    return factors.join(QLatin1Char(';'));
}

// Carries the amendment's design changes into a new design version, audited like DesignService::update:
// concealed parameters (multiples) never reach the audit trail, only which versions hold them.
Status updateDesign(TrialSession &session, const Protocol &before, const Protocol &after, int protocolVersion,
                    const QString &reason)
{
    QSqlDatabase &db = session.database();
    auto stored = DesignStore::current(db);
    if (!stored)
        return stored.error();
    const Design candidate = amendedDesign(stored->design, before, after);
    if (DesignStore::canonicalDefinition(candidate) == DesignStore::canonicalDefinition(stored->design))
        return {};
    if (stored->locked && !onlyAppendsFirstFactorLevels(stored->design, candidate))
        return refused(Tr::tr("The randomization design is locked since the first randomization (%1, by %2): this "
                              "amendment would change its method, block sizes or the stratum of participants already "
                              "randomized. Keep the randomization section and the existing levels as they are.")
                           .arg(Clock::format(stored->lockedAt), stored->lockedBy));
    if (const QList<randomization::Problem> problems = candidate.validate(); !problems.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("The amended randomization design is not usable:\n%1").arg(randomization::describe(problems)));
    const QString designReason = Tr::tr("protocol version %1: %2").arg(protocolVersion).arg(reason);
    auto version = DesignStore::append(db, candidate, session.clock(), session.user().username, designReason);
    if (!version)
        return version.error();
    const QString id = QString::number(version.value());
    const QList<std::tuple<QString, QString, QString>> fields = {
        { QStringLiteral("method"), DesignStore::methodCode(stored->design.method),
          DesignStore::methodCode(candidate.method) },
        { QStringLiteral("factors"), factorsText(stored->design), factorsText(candidate) },
        { QStringLiteral("concealed_parameters"),
          stored->design.multiples == candidate.multiples ? QString() : Tr::tr("as in version %1").arg(stored->version),
          stored->design.multiples == candidate.multiples ? QString() : Tr::tr("as in version %1").arg(id) },
    };
    for (const auto &[field, oldValue, newValue] : fields) {
        if (oldValue == newValue)
            continue;
        if (Status s = session.audit({ QStringLiteral("design.update"), QStringLiteral("design"), id, field, oldValue,
                                       newValue, designReason });
            !s)
            return s;
    }
    return {};
}

} // namespace

Result<ProtocolVersionInfo> ProtocolService::current() const
{
    if (Status allowed = m_session.require(Action::ProtocolView); !allowed)
        return allowed.error();
    auto query = exec(m_session.database(),
                      QStringLiteral("SELECT %1 FROM protocol_versions ORDER BY version DESC LIMIT 1").arg(kColumns));
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("The trial has no protocol: the database is incomplete. Restore it from a backup."));
    return readRow(query.value(), m_session);
}

Result<ProtocolVersionInfo> ProtocolService::version(int version) const
{
    if (Status allowed = m_session.require(Action::ProtocolView); !allowed)
        return allowed.error();
    auto query = exec(m_session.database(),
                      QStringLiteral("SELECT %1 FROM protocol_versions WHERE version = ?").arg(kColumns), { version });
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no protocol version %1.").arg(version));
    return readRow(query.value(), m_session);
}

Result<QList<ProtocolVersionInfo>> ProtocolService::history() const
{
    if (Status allowed = m_session.require(Action::ProtocolView); !allowed)
        return allowed.error();
    auto query
        = exec(m_session.database(), QStringLiteral("SELECT %1 FROM protocol_versions ORDER BY version").arg(kColumns));
    if (!query)
        return query.error();
    QList<ProtocolVersionInfo> versions;
    while (query->next())
        versions.append(readRow(query.value(), m_session));
    return versions;
}

Result<int> ProtocolService::amend(const QByteArray &json, const QString &sourceName, const QString &reason)
{
    auto write = beginWrite(m_session, Action::ProtocolAmend);
    if (!write)
        return write.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A reason is required to amend the protocol: say why it changes (e.g. the ethics "
                                "approval of the amendment)."));
    auto amended = Protocol::parse(json, sourceName);
    if (!amended)
        return amended.error();

    QSqlDatabase &db = write->database();
    auto loaded = CurrentProtocol::load(db);
    if (!loaded)
        return loaded.error();
    const int currentVersion = loaded->version;
    const Protocol &current = loaded->protocol;
    const QByteArray &currentJson = current.json;
    // The stored sha256 is that of the stored definition, so it is recomputed rather than read again.
    const QString currentSha = sha256Hex(currentJson);
    if (canonicalJson(currentJson) == canonicalJson(json))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is identical to the current protocol (version %2): there is nothing to amend.")
                             .arg(sourceName)
                             .arg(currentVersion));

    if (Status s = checkArmsAndFactors(current, amended.value()); !s)
        return s.error();
    if (Status s = checkSites(db, amended.value()); !s)
        return s.error();
    if (Status s = checkRecordedUses(db, current, amended.value()); !s)
        return s.error();

    const int next = currentVersion + 1;
    if (Status s = updateDesign(m_session, current, amended.value(), next, reason.trimmed()); !s)
        return s.error();
    const QString sha = sha256Hex(json);
    auto inserted
        = exec(db,
               QStringLiteral("INSERT INTO protocol_versions (version, definition, sha256, reason, created_at, "
                              "created_by) VALUES (?, ?, ?, ?, ?, ?)"),
               { next, QString::fromUtf8(json), sha, reason.trimmed(), Clock::format(m_session.clock().nowUtc()),
                 m_session.user().username });
    if (!inserted)
        return inserted.error();
    if (Status s = write->audit({ QStringLiteral("protocol.amend"), QStringLiteral("protocol"), QString::number(next),
                                  QStringLiteral("sha256"), currentSha, sha, reason.trimmed() });
        !s)
        return s.error();
    if (Status committed = write->commit(); !committed)
        return committed.error();
    return next;
}

} // namespace trialdesk::core
