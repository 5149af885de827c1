#include "core/enrollment/ParticipantService.h"

#include "core/enrollment/ParticipantRecords.h"
#include "core/enrollment/Screening.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::ParticipantService)
};

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return execList(db, sql, values, Tr::tr("Could not read the participants"));
}

// The end of a prefix range: rows whose key starts with the prefix sort in [prefix, prefix + U+FFFF),
// which both SQLite and PostgreSQL answer from an index (LIKE would not, case-folded).
QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

QDate siteToday(TrialSession &session, const QString &siteCode)
{
    auto zone = exec(session.database(), QStringLiteral("SELECT time_zone FROM sites WHERE code = ?"), { siteCode });
    if (zone && zone->next())
        return session.clock().nowUtc().toTimeZone(QTimeZone(zone->value(0).toString().toUtf8())).date();
    return session.clock().nowUtc().date();
}

Status validateEventDate(TrialSession &session, const ParticipantRecords::Row &row, QDate &date)
{
    if (!date.isValid())
        date = siteToday(session, row.siteCode);
    if (date > siteToday(session, row.siteCode))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The date must be a valid date, not in the future."));
    if (date < row.registeredAt.date().addDays(-1))
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("The date %1 is before participant %2 was registered (%3).")
                .arg(date.toString(Qt::ISODate), row.studyId, row.registeredAt.date().toString(Qt::ISODate)));
    return {};
}

Status insertEvent(Write &write, qint64 participantId, ParticipantEventType type, const QDate &date,
                   const QString &reason, const QString &detail, bool serious = false, const QDate &endDate = {})
{
    TrialSession &session = write.session();
    auto inserted
        = exec(write.database(),
               QStringLiteral("INSERT INTO participant_events (participant_id, event_type, event_date, "
                              "reason, detail, serious, end_date, recorded_by, recorded_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               { participantId, participantEventTypeCode(type), date.toString(Qt::ISODate),
                 ParticipantRecords::text(reason), ParticipantRecords::text(detail), serious ? 1 : 0,
                 nullableText(endDate.isValid() ? std::optional(endDate.toString(Qt::ISODate)) : std::nullopt),
                 session.user().username, Clock::format(session.clock().nowUtc()) });
    return inserted ? Status() : Status(inserted.error());
}

// A participant leaving (part of) the trial: the event, the new status (audited with the reason)
// and, unless only the intervention stops, the remaining visits cancelled (kept, never deleted).
struct Departure
{
    ParticipantEventType event;
    ParticipantStatus status;
    QString action; // the audit action of the status change
    QString detail; // stored with the event
    bool cancelsVisits = true;
};

Status recordDeparture(Write &write, const ParticipantRecords::Row &row, const Departure &departure, const QDate &day,
                       const QString &reason)
{
    if (Status s = insertEvent(write, row.id, departure.event, day, reason, departure.detail); !s)
        return s;
    auto updated = exec(write.database(), QStringLiteral("UPDATE participants SET status = ? WHERE id = ?"),
                        { participantStatusCode(departure.status), row.id });
    if (!updated)
        return updated.error();
    if (Status s = write.audit({ departure.action, QStringLiteral("participant"), row.studyId, QStringLiteral("status"),
                                 participantStatusCode(row.status), participantStatusCode(departure.status), reason });
        !s)
        return s;
    if (!departure.cancelsVisits)
        return {};
    return VisitService(write.session()).cancelRemaining(write, row.id, reason);
}

// How far a participant has left the trial: withdrawals only ever go further.
int withdrawalDepth(ParticipantStatus status)
{
    switch (status) {
    case ParticipantStatus::WithdrawnIntervention:
        return 1;
    case ParticipantStatus::WithdrawnFollowUp:
    case ParticipantStatus::LostToFollowUp:
        return 2;
    case ParticipantStatus::WithdrawnData:
        return 3;
    default:
        return 0;
    }
}

} // namespace

Result<ParticipantService::Filter> ParticipantService::filter(const ParticipantQuery &query) const
{
    if (Status allowed = m_session.require(Action::ParticipantView); !allowed)
        return allowed.error();
    const bool seesArm = m_session.can(Action::ArmView);
    const bool seesIdentity = m_session.can(Action::IdentityView);
    if (!query.armCode.isEmpty() && !seesArm)
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("Your role (%1) is blinded to the arm: it cannot filter participants by arm.")
                             .arg(roleDisplayName(m_session.role())));
    QString site = query.siteCode.trimmed().toUpper();
    const QString userSite = m_session.user().siteCode;
    if (!userSite.isEmpty()) {
        if (Status access = ParticipantRecords::checkSiteAccess(userSite, site.isEmpty() ? userSite : site); !access)
            return access.error();
        site = userSite;
    }
    if (query.limit < 1 || query.limit > 10000 || query.offset < 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("A page holds 1 to 10,000 participants."));

    Filter filter;
    filter.seesArm = seesArm;
    filter.seesIdentity = seesIdentity;
    QString sql = QStringLiteral(" FROM participants p LEFT JOIN randomizations r ON r.participant_id = p.id");
    if (seesIdentity)
        sql += QStringLiteral(" LEFT JOIN participant_identities i ON i.participant_id = p.id");
    QStringList where;
    QVariantList &values = filter.values;
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        const QString idPrefix = search.toUpper();
        QString condition = QStringLiteral("(p.study_id >= ? AND p.study_id < ?)");
        values << idPrefix << prefixEnd(idPrefix);
        if (seesIdentity) {
            const QString key = ParticipantRecords::searchKey(search);
            condition = QStringLiteral("(%1 OR p.id IN (SELECT participant_id FROM participant_identities WHERE "
                                       "(last_name_key >= ? AND last_name_key < ?) OR "
                                       "(first_name_key >= ? AND first_name_key < ?)))")
                            .arg(condition);
            values << key << prefixEnd(key) << key << prefixEnd(key);
        }
        where << condition;
    }
    if (!site.isEmpty()) {
        where << QStringLiteral("p.site_code = ?");
        values << site;
    }
    if (query.status) {
        where << QStringLiteral("p.status = ?");
        values << participantStatusCode(*query.status);
    }
    if (!query.armCode.isEmpty()) {
        where << QStringLiteral("r.arm = ?");
        values << query.armCode;
    }
    if (query.afterKey > 0) {
        where << QStringLiteral("p.id > ?");
        values << query.afterKey;
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    filter.fromWhere = sql;
    return filter;
}

Result<ParticipantPage> ParticipantService::list(const ParticipantQuery &query) const
{
    auto filter = this->filter(query);
    if (!filter)
        return filter.error();
    QString sql = QStringLiteral("SELECT p.id, p.study_id, p.site_code, p.status, p.registered_at, r.randomized_at");
    sql += filter->seesArm ? QStringLiteral(", r.arm") : QStringLiteral(", NULL");
    sql += filter->seesIdentity ? QStringLiteral(", i.last_name, i.first_name") : QStringLiteral(", NULL, NULL");
    sql += filter->fromWhere;
    QVariantList values = filter->values;
    sql += QStringLiteral(" ORDER BY p.id LIMIT ? OFFSET ?");
    values << query.limit << (query.afterKey > 0 ? 0 : query.offset);

    auto rows = run(m_session.database(), sql, values);
    if (!rows)
        return rows.error();
    ParticipantPage page;
    while (rows->next()) {
        ParticipantSummary summary;
        summary.studyId = rows->value(1).toString();
        summary.siteCode = rows->value(2).toString();
        summary.status = participantStatusFromCode(rows->value(3).toString()).value_or(ParticipantStatus::Registered);
        summary.registeredAt = Clock::parse(rows->value(4).toString());
        if (!rows->value(5).isNull())
            summary.randomizedAt = Clock::parse(rows->value(5).toString());
        summary.armCode = rows->value(6).toString();
        if (!rows->value(7).isNull())
            summary.displayName = rows->value(7).toString() + QStringLiteral(", ") + rows->value(8).toString();
        page.rows.append(summary);
        page.keys.append(rows->value(0).toLongLong());
    }
    // A search by name is a look-up of a person: audited when its first page is read (later pages
    // of the same search are not). The text searched is not recorded, since roles that read the
    // audit trail may not see names; its length and the study IDs shown are.
    const QString search = query.search.trimmed();
    if (filter->seesIdentity && !search.isEmpty() && query.afterKey <= 0 && query.offset == 0) {
        QStringList shown;
        for (qsizetype i = 0; i < page.rows.size() && i < 20; ++i)
            shown << page.rows.at(i).studyId;
        if (page.rows.size() > shown.size())
            shown << QStringLiteral("... (%1 more)").arg(page.rows.size() - shown.size());
        const QString detail = QStringLiteral("%1 characters; %2 shown: %3")
                                   .arg(search.size())
                                   .arg(page.rows.size())
                                   .arg(shown.join(QStringLiteral(", ")));
        if (Status audited = ParticipantRecords::auditIdentityRead(
                m_session,
                { QStringLiteral("identity.search"), QStringLiteral("participant"), QString(), QStringLiteral("name"),
                  std::nullopt, detail, std::nullopt });
            !audited)
            return audited.error();
    }
    return page;
}

Result<qint64> ParticipantService::count(const ParticipantQuery &query) const
{
    // The same filter as list(), counted by the database, whatever page the query points at.
    ParticipantQuery all = query;
    all.afterKey = 0;
    all.offset = 0;
    all.limit = 1;
    auto filter = this->filter(all);
    if (!filter)
        return filter.error();
    auto rows = run(m_session.database(), QStringLiteral("SELECT COUNT(*)") + filter->fromWhere, filter->values);
    if (!rows)
        return rows.error();
    return rows->next() ? rows->value(0).toLongLong() : 0;
}

Result<ParticipantDetails> ParticipantService::details(const QString &studyId) const
{
    return readDetails(studyId, m_session.can(Action::IdentityView));
}

Result<ParticipantDetails> ParticipantService::readDetails(const QString &studyId, bool withIdentity) const
{
    if (Status allowed = m_session.require(Action::ParticipantView); !allowed)
        return allowed.error();
    QSqlDatabase &db = m_session.database();
    auto row = ParticipantRecords::findAccessible(db, studyId, m_session.user().siteCode);
    if (!row)
        return row.error();
    auto protocol = CurrentProtocol::load(db);
    if (!protocol)
        return protocol.error();

    ParticipantDetails details;
    details.summary.studyId = row->studyId;
    details.summary.siteCode = row->siteCode;
    details.summary.status = row->status;
    details.summary.registeredAt = row->registeredAt;
    details.stratumValues = ParticipantRecords::describeStrata(protocol->protocol, row->stratumValues);

    auto screening
        = exec(db, QStringLiteral("SELECT screening_number FROM screenings WHERE id = ?"), { row->screeningId });
    if (!screening)
        return screening.error();
    if (screening->next())
        details.screeningNumber = screening->value(0).toString();

    auto consent = ParticipantRecords::latestConsent(db, row->id);
    if (!consent)
        return consent.error();
    details.latestConsent = consent.value();
    details.consentCurrent = details.latestConsent
        && ParticipantRecords::consentSatisfies(protocol->protocol, details.latestConsent->formVersion);

    // A blinded role's query does not even name the arm (a trial server refuses it the column).
    auto randomization = exec(db,
                              QStringLiteral("SELECT randomized_at, randomized_by, design_version, %1 "
                                             "FROM randomizations WHERE participant_id = ?")
                                  .arg(m_session.can(Action::ArmView) ? QStringLiteral("arm") : QStringLiteral("NULL")),
                              { row->id });
    if (!randomization)
        return randomization.error();
    if (randomization->next()) {
        details.summary.randomizedAt = Clock::parse(randomization->value(0).toString());
        details.randomizedBy = randomization->value(1).toString();
        details.designVersion = randomization->value(2).toInt();
        if (m_session.can(Action::ArmView))
            details.summary.armCode = randomization->value(3).toString();
    }

    if (withIdentity) {
        auto identity = exec(db,
                             QStringLiteral("SELECT last_name, first_name, date_of_birth, ramq, phone, email, language "
                                            "FROM participant_identities WHERE participant_id = ?"),
                             { row->id });
        if (!identity)
            return identity.error();
        if (identity->next()) {
            details.identity = Identity { identity->value(0).toString(),
                                          identity->value(1).toString(),
                                          QDate::fromString(identity->value(2).toString(), Qt::ISODate),
                                          identity->value(3).toString(),
                                          identity->value(4).toString(),
                                          identity->value(5).toString(),
                                          identity->value(6).toString() };
            details.summary.displayName
                = details.identity->lastName + QStringLiteral(", ") + details.identity->firstName;
            identity->finish();
            if (Status audited = ParticipantRecords::auditIdentityRead(
                    m_session,
                    { QStringLiteral("identity.view"), QStringLiteral("participant"), row->studyId,
                      QStringLiteral("identity"), std::nullopt, std::nullopt, std::nullopt });
                !audited)
                return audited.error();
        }
    }

    auto events = exec(db,
                       QStringLiteral("SELECT detail FROM participant_events WHERE participant_id = ? AND "
                                      "event_type = ? ORDER BY id"),
                       { row->id, participantEventTypeCode(ParticipantEventType::StratumMisclassification) });
    if (!events)
        return events.error();
    while (events->next())
        for (const auto &[factor, level] : ParticipantRecords::decodeStrata(events->value(0).toString()))
            details.misclassifiedAs.insert(factor, level);
    return details;
}

Result<QList<ParticipantEvent>> ParticipantService::events(const QString &studyId) const
{
    if (Status allowed = m_session.require(Action::ParticipantView); !allowed)
        return allowed.error();
    QSqlDatabase &db = m_session.database();
    auto row = ParticipantRecords::findAccessible(db, studyId, m_session.user().siteCode);
    if (!row)
        return row.error();
    auto query = exec(db,
                      QStringLiteral("SELECT id, event_type, event_date, reason, detail, serious, end_date, "
                                     "recorded_by, recorded_at FROM participant_events WHERE participant_id = ? "
                                     "ORDER BY id"),
                      { row->id });
    if (!query)
        return query.error();
    QList<ParticipantEvent> list;
    while (query->next()) {
        ParticipantEvent event;
        event.id = query->value(0).toLongLong();
        event.type = participantEventTypeFromCode(query->value(1).toString())
                         .value_or(ParticipantEventType::ProtocolDeviation);
        event.date = QDate::fromString(query->value(2).toString(), Qt::ISODate);
        event.reason = query->value(3).toString();
        event.detail = query->value(4).toString();
        event.serious = query->value(5).toBool();
        event.endDate = QDate::fromString(query->value(6).toString(), Qt::ISODate);
        event.recordedBy = query->value(7).toString();
        event.recordedAt = Clock::parse(query->value(8).toString());
        list.append(event);
    }
    return list;
}

Result<QList<TimelineItem>> ParticipantService::timeline(const QString &studyId) const
{
    auto details = readDetails(studyId, false); // the timeline shows no identity
    if (!details)
        return details.error();
    QSqlDatabase &db = m_session.database();
    auto row = ParticipantRecords::find(db, studyId);
    if (!row)
        return row.error();
    QList<TimelineItem> items;

    auto screening = exec(db,
                          QStringLiteral("SELECT screening_number, screened_on, outcome, recorded_by, recorded_at "
                                         "FROM screenings WHERE id = ?"),
                          { row->screeningId });
    if (!screening)
        return screening.error();
    if (screening->next())
        items.append({ Clock::parse(screening->value(4).toString()),
                       QDate::fromString(screening->value(1).toString(), Qt::ISODate), QStringLiteral("screening"),
                       Tr::tr("Screened (%1)").arg(screening->value(0).toString()),
                       screeningOutcomeDisplayName(
                           screeningOutcomeFromCode(screening->value(2).toString()).value_or(ScreeningOutcome::Other)),
                       screening->value(3).toString() });

    auto consents = ParticipantRecords::consents(db, row->id);
    if (!consents)
        return consents.error();
    for (const ConsentRecord &consent : consents.value())
        items.append({ consent.recordedAt, consent.date, QStringLiteral("consent"),
                       Tr::tr("Consent on form %1").arg(consent.formVersion),
                       Tr::tr("Obtained by %1").arg(consent.obtainedBy), consent.recordedBy });

    items.append({ row->registeredAt, row->registeredAt.date(), QStringLiteral("registration"),
                   Tr::tr("Registered as %1").arg(row->studyId),
                   QStringList([&] {
                       QStringList parts;
                       for (const StratumValue &value : details->stratumValues)
                           //: A stratification factor and its level, e.g. "Site: ICM".
                           parts.append(Tr::tr("%1: %2").arg(value.factorName, value.levelName));
                       return parts;
                   }())
                       .join(QStringLiteral("; ")),
                   row->registeredBy });

    if (details->summary.randomizedAt.isValid())
        items.append({ details->summary.randomizedAt, details->summary.randomizedAt.date(),
                       QStringLiteral("randomization"), Tr::tr("Randomized"),
                       details->summary.armCode.isEmpty() ? QString() : Tr::tr("Arm %1").arg(details->summary.armCode),
                       details->randomizedBy });

    auto events = this->events(studyId);
    if (!events)
        return events.error();
    for (const ParticipantEvent &event : events.value()) {
        QString detail = event.reason;
        if (!event.detail.isEmpty())
            detail += QStringLiteral(" (") + event.detail + QLatin1Char(')');
        if (event.type == ParticipantEventType::AdverseEvent && event.serious)
            detail = Tr::tr("Serious: %1").arg(detail);
        items.append({ event.recordedAt, event.date, participantEventTypeCode(event.type),
                       participantEventTypeDisplayName(event.type), detail, event.recordedBy });
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const TimelineItem &a, const TimelineItem &b) { return a.at < b.at; });
    return items;
}

Status ParticipantService::markRandomizedInError(const QString &studyId, const QString &reason,
                                                 const QByteArray &signaturePassword)
{
    if (Status allowed = m_session.require(Action::ParticipantStatusChange); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A reason is required to mark a randomization in error."));
    auto signature = m_session.sign(signaturePassword, SignatureMeaning::RandomizedInErrorConfirmed);
    if (!signature)
        return signature.error();
    // After the signature, which records a wrong password in a transaction of its own.
    auto opened = ParticipantRecords::beginParticipantWrite(m_session, { Action::ParticipantStatusChange }, studyId);
    if (!opened)
        return opened.error();
    auto &[write, row] = *opened;
    QSqlDatabase &db = write.database();
    auto randomized
        = exec(db, QStringLiteral("SELECT COUNT(*) FROM randomizations WHERE participant_id = ?"), { row.id });
    if (!randomized)
        return randomized.error();
    if (!randomized->next() || randomized->value(0).toLongLong() == 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Participant %1 is not randomized.").arg(row.studyId));
    if (row.status == ParticipantStatus::RandomizedInError)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Participant %1 is already marked randomized in error.").arg(row.studyId));
    if (Status s = write.audit(signature->auditRecord(QStringLiteral("participant"), row.studyId)); !s)
        return s;
    // The participant is no longer followed: the planned visits are cancelled.
    const Departure inError { ParticipantEventType::RandomizedInError, ParticipantStatus::RandomizedInError,
                              QStringLiteral("participant.randomized-in-error"), QString() };
    return write.commit(recordDeparture(write, row, inError, siteToday(m_session, row.siteCode), reason.trimmed()));
}

Status ParticipantService::noteMisclassification(const QString &studyId, const QString &factorCode,
                                                 const QString &correctLevel, const QString &reason)
{
    auto opened = ParticipantRecords::beginParticipantWrite(m_session, { Action::ParticipantStatusChange }, studyId);
    if (!opened)
        return opened.error();
    auto &[write, row] = *opened;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A reason is required to note a misclassification."));
    QSqlDatabase &db = write.database();
    auto protocol = CurrentProtocol::load(db);
    if (!protocol)
        return protocol.error();
    QString recorded;
    for (const auto &[factor, level] : ParticipantRecords::decodeStrata(row.stratumValues))
        if (factor == factorCode)
            recorded = level;
    if (recorded.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("\"%1\" is not a recorded stratification factor of participant %2.").arg(factorCode, row.studyId));
    QString matched;
    for (const ProtocolFactor &factor : protocol->protocol.factors) {
        if (factor.code != factorCode)
            continue;
        if (factor.isSite)
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("The site of a participant is where they were screened: it cannot be misclassified."));
        for (const ProtocolLevel &level : factor.levels)
            if (level.code.compare(correctLevel.trimmed(), Qt::CaseInsensitive) == 0)
                matched = level.code;
    }
    if (matched.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" is not a level of factor %2.").arg(correctLevel, factorCode));
    if (matched == recorded)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1=%2 is already the recorded value: nothing to note.").arg(factorCode, matched));
    const QString detail = ParticipantRecords::encodeStrata({ { factorCode, matched } });
    if (Status s = insertEvent(write, row.id, ParticipantEventType::StratumMisclassification,
                               siteToday(m_session, row.siteCode), reason.trimmed(), detail);
        !s)
        return s;
    if (Status s
        = write.audit({ QStringLiteral("participant.misclassification"), QStringLiteral("participant"), row.studyId,
                        QStringLiteral("stratum_misclassification"),
                        ParticipantRecords::encodeStrata({ { factorCode, recorded } }), detail, reason.trimmed() });
        !s)
        return s;
    return write.commit();
}

Status ParticipantService::withdraw(const QString &studyId, WithdrawalScope scope, const QDate &date,
                                    const QString &reason)
{
    auto write = beginWrite(m_session, Action::ParticipantStatusChange);
    if (!write)
        return write.error();
    return write->commit(withdraw(*write, studyId, scope, date, reason));
}

Status ParticipantService::withdraw(Write &write, const QString &studyId, WithdrawalScope scope, const QDate &date,
                                    const QString &reason)
{
    if (Status allowed = write.require(Action::ParticipantStatusChange); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A reason is required for a withdrawal."));
    auto row = ParticipantRecords::findAccessible(write, studyId);
    if (!row)
        return row.error();
    QDate day = date;
    if (Status valid = validateEventDate(write.session(), row.value(), day); !valid)
        return valid;
    const ParticipantStatus status = scope == WithdrawalScope::Intervention ? ParticipantStatus::WithdrawnIntervention
        : scope == WithdrawalScope::FollowUp                                ? ParticipantStatus::WithdrawnFollowUp
                                                                            : ParticipantStatus::WithdrawnData;
    if (withdrawalDepth(row->status) >= withdrawalDepth(status))
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Participant %1 is already \"%2\": a withdrawal can only go further.")
                             .arg(row->studyId, participantStatusDisplayName(row->status)));
    if (row->status == ParticipantStatus::RandomizedInError)
        return makeError(
            ErrorCode::Conflict,
            Tr::tr("Participant %1 was randomized in error: there is nothing to withdraw from.").arg(row->studyId));
    // A withdrawal from the intervention only keeps every visit.
    const Departure withdrawal { ParticipantEventType::Withdrawal, status, QStringLiteral("participant.withdraw"),
                                 withdrawalScopeCode(scope), scope != WithdrawalScope::Intervention };
    return recordDeparture(write, row.value(), withdrawal, day, reason.trimmed());
}

Status ParticipantService::markLostToFollowUp(const QString &studyId, const QDate &date, const QString &reason)
{
    auto opened = ParticipantRecords::beginParticipantWrite(m_session, { Action::ParticipantStatusChange }, studyId);
    if (!opened)
        return opened.error();
    auto &[write, row] = *opened;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Say how contact was lost (the attempts made)."));
    if (row.status != ParticipantStatus::Randomized && row.status != ParticipantStatus::WithdrawnIntervention)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Participant %1 is \"%2\": only a randomized participant still followed can be lost to "
                                "follow-up.")
                             .arg(row.studyId, participantStatusDisplayName(row.status)));
    QDate day = date;
    if (Status valid = validateEventDate(m_session, row, day); !valid)
        return valid;
    const Departure lost { ParticipantEventType::LostToFollowUp, ParticipantStatus::LostToFollowUp,
                           QStringLiteral("participant.lost-to-follow-up"), QString() };
    return write.commit(recordDeparture(write, row, lost, day, reason.trimmed()));
}

Status ParticipantService::recordDeviation(const QString &studyId, const QDate &date, const QString &description)
{
    auto opened = ParticipantRecords::beginParticipantWrite(m_session, { Action::ParticipantStatusChange }, studyId);
    if (!opened)
        return opened.error();
    auto &[write, row] = *opened;
    if (description.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Describe the protocol deviation."));
    QDate day = date;
    if (Status valid = validateEventDate(m_session, row, day); !valid)
        return valid;
    if (Status s
        = insertEvent(write, row.id, ParticipantEventType::ProtocolDeviation, day, description.trimmed(), QString());
        !s)
        return s;
    if (Status s
        = write.audit({ QStringLiteral("participant.deviation"), QStringLiteral("participant"), row.studyId,
                        QStringLiteral("protocol_deviation"), std::nullopt,
                        day.toString(Qt::ISODate) + QStringLiteral(": ") + description.trimmed(), std::nullopt });
        !s)
        return s;
    return write.commit();
}

Status ParticipantService::recordAdverseEvent(const QString &studyId, const AdverseEventInput &event)
{
    auto opened = ParticipantRecords::beginParticipantWrite(m_session, { Action::ParticipantStatusChange }, studyId);
    if (!opened)
        return opened.error();
    auto &[write, row] = *opened;
    if (event.description.trimmed().isEmpty() || event.outcome.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("An adverse event needs a description and an outcome."));
    QDate onset = event.onset;
    if (Status valid = validateEventDate(m_session, row, onset); !valid)
        return valid;
    if (event.end.isValid() && (event.end < onset || event.end > siteToday(m_session, row.siteCode)))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The end date must be on or after the onset and not in the future."));
    if (Status s = insertEvent(write, row.id, ParticipantEventType::AdverseEvent, onset, event.description.trimmed(),
                               event.outcome.trimmed(), event.serious, event.end);
        !s)
        return s;
    const QString summary
        = QStringLiteral("%1; serious=%2; onset=%3; end=%4; outcome=%5")
              .arg(event.description.trimmed(), event.serious ? QStringLiteral("yes") : QStringLiteral("no"),
                   onset.toString(Qt::ISODate),
                   event.end.isValid() ? event.end.toString(Qt::ISODate) : QStringLiteral("ongoing"),
                   event.outcome.trimmed());
    if (Status s = write.audit({ QStringLiteral("participant.adverse-event"), QStringLiteral("participant"),
                                 row.studyId, QStringLiteral("adverse_event"), std::nullopt, summary, std::nullopt });
        !s)
        return s;
    return write.commit();
}

} // namespace trialdesk::core
