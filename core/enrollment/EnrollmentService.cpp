#include "core/enrollment/EnrollmentService.h"

#include "core/enrollment/ParticipantRecords.h"
#include "core/enrollment/RamqNumber.h"
#include "core/enrollment/ScreeningService.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::EnrollmentService)
};

QVariant optionalText(const QString &text)
{
    return nullableText(text.trimmed().isEmpty() ? std::nullopt : std::optional(text.trimmed()));
}

// Identity values never enter the audit trail (its readers may not see identity): the entry says
// which field was set or changed, not to what.
QString identityMarker()
{
    return QStringLiteral("(identity data)");
}

Status validateConsent(QSqlDatabase &db, const Protocol &protocol, const ConsentInput &consent, const QDate &earliest,
                       const QDate &today)
{
    const ConsentFormVersion *current = ParticipantRecords::currentConsentForm(protocol);
    if (!current)
        return makeError(ErrorCode::Corrupt, Tr::tr("The protocol has no current consent form version."));
    if (consent.formVersion.trimmed() != current->version)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Consent form version \"%1\" is not the current approved version (%2): only consent on "
                                "the current form counts. Use form %2.")
                             .arg(consent.formVersion, current->version));
    const QDate approved = QDate::fromString(current->approvedOn, Qt::ISODate);
    if (!consent.date.isValid() || consent.date > today)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The consent date must be a valid date, not in the future."));
    if (consent.date < approved)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The consent date %1 is before form %2 was approved (%3).")
                             .arg(consent.date.toString(Qt::ISODate), current->version, current->approvedOn));
    if (earliest.isValid() && consent.date < earliest)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The consent date %1 is before the screening (%2): check the dates.")
                             .arg(consent.date.toString(Qt::ISODate), earliest.toString(Qt::ISODate)));
    if (!consent.obtainedBy.trimmed().isEmpty()) {
        auto user
            = exec(db, QStringLiteral("SELECT active FROM users WHERE username = ?"), { consent.obtainedBy.trimmed() });
        if (!user)
            return user.error();
        if (!user->next() || !user->value(0).toBool())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("\"%1\" is not an active user of this trial: consent must be obtained by trial "
                                    "staff with an account.")
                                 .arg(consent.obtainedBy));
    }
    return {};
}

Status insertConsent(TrialSession &session, qint64 participantId, const QString &studyId, const ConsentInput &consent)
{
    const QString obtainedBy
        = consent.obtainedBy.trimmed().isEmpty() ? session.user().username : consent.obtainedBy.trimmed();
    auto inserted = exec(session.database(),
                         QStringLiteral("INSERT INTO consents (participant_id, form_version, consented_on, "
                                        "obtained_by, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         { participantId, consent.formVersion.trimmed(), consent.date.toString(Qt::ISODate), obtainedBy,
                           session.user().username, Clock::format(session.clock().nowUtc()) });
    if (!inserted)
        return inserted.error();
    return session.audit({ QStringLiteral("consent.record"), QStringLiteral("participant"), studyId,
                           QStringLiteral("consent"), std::nullopt,
                           QStringLiteral("form %1, %2, obtained by %3")
                               .arg(consent.formVersion.trimmed(), consent.date.toString(Qt::ISODate), obtainedBy),
                           std::nullopt });
}

QDate siteToday(QSqlDatabase &db, const Clock &clock, const QString &siteCode)
{
    auto zone = exec(db, QStringLiteral("SELECT time_zone FROM sites WHERE code = ?"), { siteCode });
    if (zone && zone->next())
        return clock.nowUtc().toTimeZone(QTimeZone(zone->value(0).toString().toUtf8())).date();
    return clock.nowUtc().date();
}

} // namespace

Status EnrollmentService::validateIdentity(const Identity &identity, const QString &sex)
{
    if (identity.lastName.trimmed().isEmpty() || identity.firstName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The participant's last and first names are required."));
    if (!identity.dateOfBirth.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The participant's date of birth is required."));
    if (!identity.ramq.trimmed().isEmpty())
        if (Status ramq
            = RamqNumber::validate(identity.ramq, identity.dateOfBirth, sex, identity.lastName, identity.firstName);
            !ramq)
            return ramq;
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!identity.email.trimmed().isEmpty() && !email.match(identity.email.trimmed()).hasMatch())
        return makeError(ErrorCode::InvalidInput, Tr::tr("\"%1\" is not an e-mail address.").arg(identity.email));
    static const QRegularExpression phone(QStringLiteral("^[0-9 +().-]{7,25}$"));
    if (!identity.phone.trimmed().isEmpty() && !phone.match(identity.phone.trimmed()).hasMatch())
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("\"%1\" is not a telephone number (digits, spaces, + ( ) - . only).").arg(identity.phone));
    if (identity.language != QLatin1String("fr") && identity.language != QLatin1String("en"))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The preferred language must be fr or en."));
    return {};
}

Result<EnrollmentService::Registration> EnrollmentService::enroll(const ScreeningInput &screening,
                                                                  const EnrollmentInput &input)
{
    auto write = beginWrite(m_session, { Action::ScreeningRecord, Action::ConsentRecord, Action::ParticipantRegister });
    if (!write)
        return write.error();
    if (screening.statedOutcome && *screening.statedOutcome != ScreeningOutcome::Eligible)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Only an eligible person can be enrolled."));
    auto protocol = CurrentProtocol::load(write->database());
    if (!protocol)
        return protocol.error();
    auto screened = ScreeningService(m_session).record(*write, *protocol, screening);
    if (!screened)
        return screened.error();
    if (screened->outcome != ScreeningOutcome::Eligible)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The person is not eligible (criteria not satisfied: %1): nothing was recorded. Record "
                                "the screening as not eligible instead.")
                             .arg(screened->failedCriteria.join(QStringLiteral(", "))));
    return write->commit(registerScreened(*write, protocol->protocol, screened->screeningNumber, input));
}

Result<EnrollmentService::Registration> EnrollmentService::registerScreened(const QString &screeningNumber,
                                                                            const EnrollmentInput &input)
{
    auto write = beginWrite(m_session, { Action::ConsentRecord, Action::ParticipantRegister });
    if (!write)
        return write.error();
    auto protocol = CurrentProtocol::load(write->database());
    if (!protocol)
        return protocol.error();
    return write->commit(registerScreened(*write, protocol->protocol, screeningNumber, input));
}

Result<EnrollmentService::Registration> EnrollmentService::registerScreened(Write &write, const Protocol &protocol,
                                                                            const QString &screeningNumber,
                                                                            const EnrollmentInput &input)
{
    for (Action action : { Action::ConsentRecord, Action::ParticipantRegister })
        if (Status allowed = write.require(action); !allowed)
            return allowed.error();
    QSqlDatabase &db = write.database();
    auto screening = exec(db,
                          QStringLiteral("SELECT s.id, s.site_code, s.outcome, s.screened_on, s.sex, p.study_id "
                                         "FROM screenings s LEFT JOIN participants p ON p.screening_id = s.id "
                                         "WHERE s.screening_number = ?"),
                          { screeningNumber.trimmed().toUpper() });
    if (!screening)
        return screening.error();
    if (!screening->next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no screening %1.").arg(screeningNumber));
    const qint64 screeningId = screening->value(0).toLongLong();
    const QString siteCode = screening->value(1).toString();
    const QDate screenedOn = QDate::fromString(screening->value(3).toString(), Qt::ISODate);
    const QString sex = screening->value(4).toString();
    if (Status access = ParticipantRecords::checkSiteAccess(write.user().siteCode, siteCode); !access)
        return access.error();
    if (screening->value(2).toString() != screeningOutcomeCode(ScreeningOutcome::Eligible))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Screening %1 did not find the person eligible: only eligible people are registered.")
                             .arg(screeningNumber));
    if (!screening->value(5).isNull())
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Screening %1 is already registered as participant %2.")
                             .arg(screeningNumber, screening->value(5).toString()));

    if (Status consent
        = validateConsent(db, protocol, input.consent, screenedOn, siteToday(db, write.clock(), siteCode));
        !consent)
        return consent.error();

    // The recorded stratum values, in the protocol's factor order; the site factor is the site.
    QList<QPair<QString, QString>> strata;
    for (auto it = input.strata.cbegin(); it != input.strata.cend(); ++it) {
        bool known = false;
        for (const ProtocolFactor &factor : protocol.factors)
            known = known || factor.code == it.key();
        if (!known)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("\"%1\" is not a stratification factor of the protocol.").arg(it.key()));
    }
    for (const ProtocolFactor &factor : protocol.factors) {
        const QString given = input.strata.value(factor.code).trimmed();
        if (factor.isSite) {
            if (!given.isEmpty() && given.toUpper() != siteCode)
                return makeError(ErrorCode::InvalidInput,
                                 Tr::tr("The stratum value %1=%2 disagrees with the screening's site %3.")
                                     .arg(factor.code, given, siteCode));
            strata.append({ factor.code, siteCode });
            continue;
        }
        if (given.isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("The stratification factor \"%1\" (%2) needs a value.").arg(factor.code, factor.name.current()));
        QStringList levels;
        QString matched;
        for (const ProtocolLevel &level : factor.levels) {
            levels.append(level.code);
            if (level.code.compare(given, Qt::CaseInsensitive) == 0)
                matched = level.code;
        }
        if (matched.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("\"%1\" is not a level of factor %2 (levels: %3).")
                                 .arg(given, factor.code, levels.join(QStringLiteral(", "))));
        strata.append({ factor.code, matched });
    }

    if (input.identity)
        if (Status valid = validateIdentity(*input.identity, sex); !valid)
            return valid.error();

    auto next = exec(db, QStringLiteral("SELECT MAX(site_number) FROM participants WHERE site_code = ?"), { siteCode });
    if (!next)
        return next.error();
    const qint64 number = (next->next() ? next->value(0).toLongLong() : 0) + 1;
    const QString studyId = ParticipantRecords::formatNumber(siteCode + QLatin1Char('-'), number);
    const QString encoded = ParticipantRecords::encodeStrata(strata);
    const QString now = Clock::format(write.clock().nowUtc());

    auto inserted = exec(db,
                         QStringLiteral("INSERT INTO participants (study_id, site_code, site_number, screening_id, "
                                        "status, stratum_values, registered_at, registered_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         { studyId, siteCode, number, screeningId, participantStatusCode(ParticipantStatus::Registered),
                           encoded, now, write.user().username });
    if (!inserted)
        return inserted.error();
    const qint64 participantId = inserted->lastInsertId().toLongLong();
    const QString action = QStringLiteral("participant.register");
    const QString entity = QStringLiteral("participant");
    if (Status s = write.audit({ action, entity, studyId, QStringLiteral("screening_number"), std::nullopt,
                                 screeningNumber.trimmed().toUpper(), std::nullopt });
        !s)
        return s.error();
    if (Status s = write.audit(
            { action, entity, studyId, QStringLiteral("stratum_values"), std::nullopt, encoded, std::nullopt });
        !s)
        return s.error();

    if (input.identity) {
        const Identity &identity = *input.identity;
        const QString ramq = RamqNumber::normalize(identity.ramq);
        if (!ramq.isEmpty()) {
            auto duplicate = exec(db,
                                  QStringLiteral("SELECT p.study_id FROM participant_identities i JOIN participants p "
                                                 "ON p.id = i.participant_id WHERE i.ramq = ?"),
                                  { ramq });
            if (!duplicate)
                return duplicate.error();
            if (duplicate->next())
                return makeError(ErrorCode::Conflict,
                                 Tr::tr("This RAMQ number is already registered as participant %1: a person is "
                                        "enrolled once.")
                                     .arg(duplicate->value(0).toString()));
        }
        auto stored
            = exec(db,
                   QStringLiteral("INSERT INTO participant_identities (participant_id, last_name, first_name, "
                                  "date_of_birth, ramq, phone, email, language, last_name_key, "
                                  "first_name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   { participantId, identity.lastName.trimmed(), identity.firstName.trimmed(),
                     identity.dateOfBirth.toString(Qt::ISODate), optionalText(ramq), optionalText(identity.phone),
                     optionalText(identity.email), identity.language, ParticipantRecords::searchKey(identity.lastName),
                     ParticipantRecords::searchKey(identity.firstName) });
        if (!stored)
            return stored.error();
        if (Status s = write.audit({ QStringLiteral("identity.record"), entity, studyId, QStringLiteral("identity"),
                                     std::nullopt, identityMarker(), std::nullopt });
            !s)
            return s.error();
    }

    if (Status s = insertConsent(write.session(), participantId, studyId, input.consent); !s)
        return s.error();
    return Registration { studyId, screeningNumber.trimmed().toUpper() };
}

Status EnrollmentService::recordConsent(const QString &studyId, const ConsentInput &consent)
{
    auto opened = ParticipantRecords::beginParticipantWrite(m_session, { Action::ConsentRecord }, studyId);
    if (!opened)
        return opened.error();
    auto &[write, row] = *opened;
    QSqlDatabase &db = write.database();
    auto protocol = CurrentProtocol::load(db);
    if (!protocol)
        return protocol.error();
    if (row.status == ParticipantStatus::WithdrawnData)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Participant %1 withdrew consent to the use of their data: record a new registration "
                                "instead.")
                             .arg(row.studyId));
    if (Status valid = validateConsent(db, protocol->protocol, consent, row.registeredAt.date().addDays(-366),
                                       siteToday(db, m_session.clock(), row.siteCode));
        !valid)
        return valid;
    return write.commit(insertConsent(write.session(), row.id, row.studyId, consent));
}

Result<Identity> EnrollmentService::identity(const QString &studyId) const
{
    if (Status allowed = m_session.require(Action::IdentityView); !allowed)
        return allowed.error();
    QSqlDatabase &db = m_session.database();
    auto row = ParticipantRecords::find(db, studyId);
    if (!row)
        return row.error();
    auto query = exec(db,
                      QStringLiteral("SELECT last_name, first_name, date_of_birth, ramq, phone, email, language "
                                     "FROM participant_identities WHERE participant_id = ?"),
                      { row->id });
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, Tr::tr("No identity is recorded for participant %1.").arg(row->studyId));
    const Identity identity { query->value(0).toString(),
                              query->value(1).toString(),
                              QDate::fromString(query->value(2).toString(), Qt::ISODate),
                              query->value(3).toString(),
                              query->value(4).toString(),
                              query->value(5).toString(),
                              query->value(6).toString() };
    query->finish();
    if (Status audited = ParticipantRecords::auditIdentityRead(
            m_session,
            { QStringLiteral("identity.view"), QStringLiteral("participant"), row->studyId, QStringLiteral("identity"),
              std::nullopt, std::nullopt, std::nullopt });
        !audited)
        return audited.error();
    return identity;
}

Status EnrollmentService::updateIdentity(const QString &studyId, const Identity &identity, const QString &reason)
{
    auto opened = ParticipantRecords::beginParticipantWrite(
        m_session, { Action::IdentityView, Action::ParticipantRegister }, studyId);
    if (!opened)
        return opened.error();
    auto &[write, row] = *opened;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A reason is required to change existing data."));
    QSqlDatabase &db = write.database();
    auto screening = exec(db, QStringLiteral("SELECT sex FROM screenings WHERE id = ?"), { row.screeningId });
    if (!screening)
        return screening.error();
    const QString sex = screening->next() ? screening->value(0).toString() : QString();
    if (Status valid = validateIdentity(identity, sex); !valid)
        return valid;

    auto current = exec(db,
                        QStringLiteral("SELECT last_name, first_name, date_of_birth, ramq, phone, email, language "
                                       "FROM participant_identities WHERE participant_id = ?"),
                        { row.id });
    if (!current)
        return current.error();
    const bool existed = current->next();
    const QStringList fields
        = { QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("date_of_birth"),
            QStringLiteral("ramq"),      QStringLiteral("phone"),      QStringLiteral("email"),
            QStringLiteral("language") };
    const QStringList after = { identity.lastName.trimmed(),
                                identity.firstName.trimmed(),
                                identity.dateOfBirth.toString(Qt::ISODate),
                                RamqNumber::normalize(identity.ramq),
                                identity.phone.trimmed(),
                                identity.email.trimmed(),
                                identity.language };
    QStringList before;
    for (int i = 0; i < fields.size(); ++i)
        before.append(existed ? current->value(i).toString() : QString());
    if (existed && before == after)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Nothing to change in the identity of %1.").arg(row.studyId));

    const QString delete_ = QStringLiteral("DELETE FROM participant_identities WHERE participant_id = ?");
    if (auto removed = exec(db, delete_, { row.id }); !removed)
        return removed.error();
    auto stored = exec(db,
                       QStringLiteral("INSERT INTO participant_identities (participant_id, last_name, first_name, "
                                      "date_of_birth, ramq, phone, email, language, last_name_key, first_name_key) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       { row.id, after[0], after[1], after[2], optionalText(after[3]), optionalText(after[4]),
                         optionalText(after[5]), after[6], ParticipantRecords::searchKey(after[0]),
                         ParticipantRecords::searchKey(after[1]) });
    if (!stored)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("The identity could not be saved; the RAMQ number may belong to another participant "
                                "(%1).")
                             .arg(stored.error().message));
    for (int i = 0; i < fields.size(); ++i) {
        if (existed && before[i] == after[i])
            continue;
        if (Status s = write.audit({ QStringLiteral("identity.update"), QStringLiteral("participant"), row.studyId,
                                     fields[i], existed ? std::optional(identityMarker()) : std::nullopt,
                                     identityMarker(), reason.trimmed() });
            !s)
            return s;
    }
    return write.commit();
}

} // namespace trialdesk::core
