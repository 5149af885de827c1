#include "core/enrollment/RandomizationService.h"

#include "core/design/DesignStore.h"
#include "core/enrollment/ParticipantRecords.h"
#include "core/enrollment/Screening.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/server/ServerRefusal.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/util/Clock.h"
#include "core/visits/VisitCalendar.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"
#include "randomization/StratumStream.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace trialdesk::core {

struct RandomizationService::StreamCache
{
    std::map<std::pair<int, int>, std::unique_ptr<randomization::StratumStream>> streams;
};

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::RandomizationService)
};

struct Checked
{
    ParticipantRecords::Row row;
    QString screeningNumber;
    QDate screeningDate;
    ConsentRecord consent;
};

// Every condition of randomization that does not depend on the design: read-only, so prepare()
// and the transaction give the same answers.
Result<Checked> checkParticipant(TrialSession &session, const Protocol &protocol, const QString &studyId)
{
    QSqlDatabase &db = session.database();
    auto row = ParticipantRecords::findAccessible(db, studyId, session.user().siteCode);
    if (!row)
        return row.error();
    auto randomized
        = exec(db, QStringLiteral("SELECT COUNT(*) FROM randomizations WHERE participant_id = ?"), { row->id });
    if (!randomized)
        return randomized.error();
    if ((randomized->next() && randomized->value(0).toLongLong() > 0) || row->status != ParticipantStatus::Registered) {
        if (row->status == ParticipantStatus::Registered || row->status == ParticipantStatus::Randomized
            || row->status == ParticipantStatus::RandomizedInError)
            return makeError(
                ErrorCode::Conflict,
                Tr::tr("Participant %1 is already randomized: a participant is randomized once.").arg(row->studyId));
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Participant %1 cannot be randomized: their status is \"%2\".")
                             .arg(row->studyId, participantStatusDisplayName(row->status)));
    }
    auto screening
        = exec(db, QStringLiteral("SELECT outcome, screening_number, screened_on FROM screenings WHERE id = ?"),
               { row->screeningId });
    if (!screening)
        return screening.error();
    if (!screening->next() || screening->value(0).toString() != screeningOutcomeCode(ScreeningOutcome::Eligible))
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("Participant %1 was not found eligible at screening: they cannot be randomized.").arg(row->studyId));
    auto latest = ParticipantRecords::latestConsent(db, row->id);
    if (!latest)
        return latest.error();
    const std::optional<ConsentRecord> &consent = latest.value();
    if (!consent)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Participant %1 has no recorded consent: record the consent first.").arg(row->studyId));
    if (!ParticipantRecords::consentSatisfies(protocol, consent->formVersion)) {
        const ConsentFormVersion *current = ParticipantRecords::currentConsentForm(protocol);
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("Participant %1 consented on form %2, but the protocol now requires consent on form %3: "
                   "record the re-consent first.")
                .arg(row->studyId, consent->formVersion, current ? current->version : QString()));
    }
    return Checked { row.value(), screening->value(1).toString(),
                     QDate::fromString(screening->value(2).toString(), Qt::ISODate), *consent };
}

// The stratum index of the recorded values under the design (spec v1 mixed radix).
Result<int> stratumIndexOf(const randomization::Design &design, const QString &encoded, const QString &studyId)
{
    const auto values = ParticipantRecords::decodeStrata(encoded);
    std::vector<int> levels;
    for (const randomization::Factor &factor : design.factors) {
        QString level;
        bool found = false;
        for (const auto &[factorCode, levelCode] : values) {
            if (factorCode == factor.code) {
                level = levelCode;
                found = true;
            }
        }
        if (!found)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("Participant %1 has no recorded value for the stratification factor \"%2\" of the "
                                    "current design: the design and the registration disagree. Ask the statistician.")
                                 .arg(studyId, factor.code));
        const qsizetype index = factor.levels.indexOf(level);
        if (index < 0)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("The recorded value %1=%2 of participant %3 is not a level of the current design "
                                    "(the site or level may have been added after the design was made). Ask the "
                                    "statistician to amend the design.")
                                 .arg(factor.code, level, studyId));
        levels.push_back(int(index));
    }
    const auto index = design.stratumIndex(levels);
    if (!index)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("The stratum of participant %1 is out of the design's range.").arg(studyId));
    return *index;
}

QString armName(const Protocol &protocol, const QString &code)
{
    for (const ProtocolArm &arm : protocol.arms)
        if (arm.code == code)
            return arm.name.current();
    return code;
}

} // namespace

QString RandomizationService::signatureMeaning()
{
    return signatureMeaningText(SignatureMeaning::EligibilityConsentConfirmed);
}

Result<RandomizationPreview> RandomizationService::prepare(const QString &studyId)
{
    if (Status allowed = m_session.require(Action::Randomize); !allowed)
        return allowed.error();
    QSqlDatabase &db = m_session.database();
    auto protocol = CurrentProtocol::load(db);
    if (!protocol)
        return protocol.error();
    auto checked = checkParticipant(m_session, protocol->protocol, studyId);
    if (!checked)
        return checked.error();
    // On a trial server the design is the server's (coordinators cannot read it): it checks the
    // method and the stratum when it randomizes.
    if (!m_session.isServer()) {
        auto design = DesignStore::current(db);
        if (!design)
            return design.error();
        if (design->design.method != randomization::Method::Blocks)
            return makeError(ErrorCode::Unsupported,
                             Tr::tr("The current design uses minimization, which this version randomizes only in "
                                    "simulation. Ask the statistician for a blocks design."));
        if (auto stratum = stratumIndexOf(design->design, checked->row.stratumValues, checked->row.studyId); !stratum)
            return stratum.error();
    }

    RandomizationPreview preview;
    preview.studyId = checked->row.studyId;
    preview.siteCode = checked->row.siteCode;
    if (m_session.can(Action::IdentityView)) {
        auto identity = exec(db,
                             QStringLiteral("SELECT last_name, first_name FROM participant_identities "
                                            "WHERE participant_id = ?"),
                             { checked->row.id });
        if (!identity)
            return identity.error();
        if (identity->next())
            preview.displayName = identity->value(0).toString() + QStringLiteral(", ") + identity->value(1).toString();
    }
    preview.screeningNumber = checked->screeningNumber;
    preview.screeningDate = checked->screeningDate;
    preview.stratumValues = ParticipantRecords::describeStrata(protocol->protocol, checked->row.stratumValues);
    preview.consentVersion = checked->consent.formVersion;
    preview.consentDate = checked->consent.date;
    preview.signatureMeaning = signatureMeaning();
    return preview;
}

Result<RandomizationOutcome> RandomizationService::randomize(const QString &studyId,
                                                             const QByteArray &signaturePassword)
{
    if (Status allowed = m_session.require(Action::Randomize); !allowed)
        return allowed.error();
    // The signature first: a wrong password must not even start the transaction.
    auto signature = m_session.sign(signaturePassword, SignatureMeaning::EligibilityConsentConfirmed);
    if (!signature)
        return signature.error();
    auto write = beginWrite(m_session, Action::Randomize);
    if (!write)
        return write.error();
    return write->commit(randomize(*write, studyId, *signature));
}

Result<RandomizationOutcome> RandomizationService::randomize(Write &write, const QString &studyId,
                                                             const ElectronicSignature &signature)
{
    if (Status allowed = write.require(Action::Randomize); !allowed)
        return allowed.error();
    // Only a signature this user executed in this process (TrialSession::sign), with the meaning of a
    // randomization: nothing read back from the audit trail or made up.
    if (!signature.executed() || signature.username != write.user().username
        || signature.meaning != SignatureMeaning::EligibilityConsentConfirmed)
        return makeError(ErrorCode::AuthenticationFailed,
                         Tr::tr("A randomization needs your own electronic signature confirming eligibility and "
                                "consent."));
    QSqlDatabase &db = write.database();
    // Everything is read again inside the transaction: another process may have written since prepare().
    auto protocol = CurrentProtocol::load(db);
    if (!protocol)
        return protocol.error();
    auto checked = checkParticipant(write.session(), protocol->protocol, studyId);
    if (!checked)
        return checked.error();
    if (write.session().isServer())
        return randomizeOnServer(write, protocol->protocol, checked->row.studyId, signature);
    // The whole history, read once: its last version is the current design, and the stream lineage
    // of that version (below) is found among all of them.
    auto history = DesignStore::history(db);
    if (!history)
        return history.error();
    if (history->isEmpty())
        return DesignStore::current(db).error(); // "no randomization design yet"
    const StoredDesign &stored = history->constLast();
    const randomization::Design &design = stored.design;
    if (design.method != randomization::Method::Blocks)
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("The current design uses minimization, which this version randomizes only in "
                                "simulation. Ask the statistician for a blocks design."));
    auto stratum = stratumIndexOf(design, checked->row.stratumValues, checked->row.studyId);
    if (!stratum)
        return stratum.error();

    // The stratum's position continues across every design version of the current version's stream
    // lineage (a new site appends a version with the same seed): the same parameters hand out the same
    // list, so starting again at 1 would repeat allocations staff have already seen.
    const QList<StreamLineage> lineages = DesignStore::lineages(history.value());
    const StreamLineage *lineage = DesignStore::lineageOf(lineages, stored.version);
    if (!lineage)
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("The randomization design history does not contain the current version %1: the "
                                "database is damaged. Restore it from a backup.")
                             .arg(stored.version));
    // BEGIN IMMEDIATE holds the write lock: MAX + 1 cannot race another process; the unique index on
    // (stream_lineage, stratum_index, sequence) is the backstop.
    QVariantList bound { stratum.value() };
    for (int version : lineage->versions)
        bound.append(version);
    auto last = execList(db,
                         QStringLiteral("SELECT MAX(sequence) FROM randomizations WHERE stratum_index = ? "
                                        "AND design_version IN (%1)")
                             .arg(placeholders(lineage->versions.size())),
                         bound, Tr::tr("Could not read the stratum's last allocation."));
    if (!last)
        return last.error();
    const qint64 sequence = (last->next() ? last->value(0).toLongLong() : 0) + 1;

    if (!m_streams)
        m_streams = std::make_shared<StreamCache>();
    auto &stream = m_streams->streams[{ lineage->firstVersion, stratum.value() }];
    if (!stream)
        stream = std::make_unique<randomization::StratumStream>(design, stratum.value());
    const randomization::Allocation allocation = stream->entry(sequence);
    const QString arm = design.arms.at(allocation.armIndex).code;

    const QDateTime now = write.clock().nowUtc();
    const QString username = write.user().username;
    auto inserted = exec(db,
                         QStringLiteral("INSERT INTO randomizations (participant_id, design_version, stratum_values, "
                                        "stratum_index, sequence, block_number, block_size, position_in_block, arm, "
                                        "randomized_at, randomized_by, stream_lineage) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         { checked->row.id, stored.version, checked->row.stratumValues, stratum.value(), sequence,
                           allocation.blockNumber, allocation.blockSize, allocation.positionInBlock, arm,
                           Clock::format(now), username, lineage->firstVersion });
    if (!inserted)
        return inserted.error();
    auto updated = exec(db, QStringLiteral("UPDATE participants SET status = ? WHERE id = ?"),
                        { participantStatusCode(ParticipantStatus::Randomized), checked->row.id });
    if (!updated)
        return updated.error();
    const QString entity = QStringLiteral("participant");
    const QString action = QStringLiteral("participant.randomize");
    if (Status s
        = write.audit({ action, entity, checked->row.studyId, QStringLiteral("arm"), std::nullopt, arm, std::nullopt });
        !s)
        return s.error();
    if (Status s = write.audit({ action, entity, checked->row.studyId, QStringLiteral("allocation"), std::nullopt,
                                 QStringLiteral("design_version=%1;stream_lineage=%4;stratum_index=%2;sequence=%3")
                                     .arg(stored.version)
                                     .arg(stratum.value())
                                     .arg(sequence)
                                     .arg(lineage->firstVersion),
                                 std::nullopt });
        !s)
        return s.error();
    if (!stored.locked)
        if (Status locked = DesignStore::lock(db, stored.version, write.clock(), username); !locked)
            return locked.error();
    if (Status scheduled = schedulePlannedVisits(write, checked->row.studyId, now); !scheduled)
        return scheduled.error();
    if (Status s = write.audit(signature.auditRecord(QStringLiteral("participant"), checked->row.studyId)); !s)
        return s.error();
    return RandomizationOutcome { checked->row.studyId, arm, armName(protocol->protocol, arm), now, username };
}

Result<RandomizationOutcome> RandomizationService::randomizeOnServer(Write &write, const Protocol &protocol,
                                                                     const QString &studyId,
                                                                     const ElectronicSignature &signature)
{
    // The server checks again, computes the stratum and the allocation from the design only it can
    // read, records the randomization and its audit entries, and locks the design
    // (core/server/randomize.sql); the visits and the signature follow in the same transaction.
    QSqlQuery query(write.database());
    if (!query.prepare(QStringLiteral("SELECT arm, randomized_at, randomized_by FROM trialdesk.randomize(?)")))
        return serverRefusal(query.lastError(), Tr::tr("randomize participants"));
    query.addBindValue(studyId);
    if (!query.exec() || !query.next())
        return serverRefusal(query.lastError(), Tr::tr("randomize participants"));
    const QString arm = query.value(0).toString();
    const QDateTime at = Clock::parse(query.value(1).toString());
    const QString by = query.value(2).toString();
    if (Status scheduled = schedulePlannedVisits(write, studyId, at); !scheduled)
        return scheduled.error();
    if (Status s = write.audit(signature.auditRecord(QStringLiteral("participant"), studyId)); !s)
        return s.error();
    return RandomizationOutcome { studyId, arm, armName(protocol, arm), at, by };
}

Status RandomizationService::schedulePlannedVisits(Write &write, const QString &studyId, const QDateTime &randomizedAt)
{
    // Inside the randomization's write: a refused or failed plan rolls the randomization back.
    QSqlDatabase &db = write.database();
    auto found = exec(db,
                      QStringLiteral("SELECT p.id, r.arm, s.time_zone FROM participants p "
                                     "JOIN randomizations r ON r.participant_id = p.id "
                                     "JOIN sites s ON s.code = p.site_code WHERE p.study_id = ?"),
                      { studyId });
    if (!found)
        return found.error();
    if (!found->next())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("Participant %1 has no randomization to plan visits from.").arg(studyId));
    // The calendar day of the randomization where the site is: 02:30 UTC is still the evening before in Montreal.
    const QDate randomizedOn = VisitCalendar::localDate(randomizedAt, found->value(2).toString());
    return VisitService(write.session())
        .planAtRandomization(write, found->value(0).toLongLong(), found->value(1).toString(), randomizedOn);
}

} // namespace trialdesk::core
