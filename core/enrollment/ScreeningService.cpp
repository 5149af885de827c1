#include "core/enrollment/ScreeningService.h"

#include "core/enrollment/ParticipantRecords.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::ScreeningService)
};

QString encodeAnswers(const QMap<QString, bool> &answers)
{
    QJsonObject object;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, bool> decodeAnswers(const QString &text)
{
    QMap<QString, bool> answers;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        answers.insert(it.key(), it.value().toBool());
    return answers;
}

const QString kSelect
    = QStringLiteral("SELECT s.id, s.screening_number, s.site_code, s.screened_on, s.age, s.sex, s.answers, s.outcome, "
                     "s.failed_criteria, s.reason, s.protocol_version, s.recorded_by, s.recorded_at, p.study_id "
                     "FROM screenings s LEFT JOIN participants p ON p.screening_id = s.id ");

ScreeningRecord readRecord(const QSqlQuery &query)
{
    ScreeningRecord record;
    record.id = query.value(0).toLongLong();
    record.screeningNumber = query.value(1).toString();
    record.siteCode = query.value(2).toString();
    record.date = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    record.age = query.value(4).toInt();
    record.sex = query.value(5).toString();
    record.answers = decodeAnswers(query.value(6).toString());
    record.outcome = screeningOutcomeFromCode(query.value(7).toString()).value_or(ScreeningOutcome::Other);
    record.failedCriteria = query.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    record.reason = query.value(9).toString();
    record.protocolVersion = query.value(10).toInt();
    record.recordedBy = query.value(11).toString();
    record.recordedAt = Clock::parse(query.value(12).toString());
    record.studyId = query.value(13).toString();
    return record;
}

} // namespace

Result<ScreeningService::Evaluation> ScreeningService::evaluate(const Protocol &protocol, const ScreeningInput &input)
{
    QStringList known;
    QStringList failed;
    QStringList missing;
    for (const EligibilityCriterion &criterion : protocol.inclusion) {
        known.append(criterion.code);
        if (!input.answers.contains(criterion.code))
            missing.append(criterion.code);
        else if (!input.answers.value(criterion.code))
            failed.append(criterion.code);
    }
    for (const EligibilityCriterion &criterion : protocol.exclusion) {
        known.append(criterion.code);
        if (!input.answers.contains(criterion.code))
            missing.append(criterion.code);
        else if (input.answers.value(criterion.code))
            failed.append(criterion.code);
    }
    for (auto it = input.answers.cbegin(); it != input.answers.cend(); ++it)
        if (!known.contains(it.key()))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("\"%1\" is not an eligibility criterion of the protocol (known: %2).")
                                 .arg(it.key(), known.join(QStringLiteral(", "))));

    const bool hasReason = !input.reason.trimmed().isEmpty();
    const ScreeningOutcome stated = input.statedOutcome.value_or(ScreeningOutcome::Eligible);
    switch (stated) {
    case ScreeningOutcome::Eligible:
        if (!failed.isEmpty()) {
            if (input.statedOutcome)
                return makeError(
                    ErrorCode::InvalidInput,
                    Tr::tr("The person is not eligible: criteria %1 are not satisfied. Record the screening "
                           "as not eligible.")
                        .arg(failed.join(QStringLiteral(", "))));
            return Evaluation { ScreeningOutcome::NotEligible, failed };
        }
        if (!missing.isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("Eligibility criteria %1 are not answered: answer every criterion of the checklist.")
                    .arg(missing.join(QStringLiteral(", "))));
        return Evaluation { ScreeningOutcome::Eligible, {} };
    case ScreeningOutcome::NotEligible:
        if (failed.isEmpty() && !hasReason)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Say why the person is not eligible: a failed criterion or a reason."));
        return Evaluation { ScreeningOutcome::NotEligible, failed };
    case ScreeningOutcome::Declined:
    case ScreeningOutcome::Other:
        if (!hasReason)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("A reason is required when the person declines or is not enrolled for another "
                                    "reason."));
        return Evaluation { stated, failed };
    }
    return Evaluation { stated, failed };
}

Result<ScreeningRecord> ScreeningService::record(const ScreeningInput &input)
{
    auto write = beginWrite(m_session, Action::ScreeningRecord);
    if (!write)
        return write.error();
    auto protocol = CurrentProtocol::load(write->database());
    if (!protocol)
        return protocol.error();
    return write->commit(record(*write, *protocol, input));
}

Result<ScreeningRecord> ScreeningService::record(Write &write, const CurrentProtocol::Loaded &current,
                                                 const ScreeningInput &input)
{
    if (Status allowed = write.require(Action::ScreeningRecord); !allowed)
        return allowed.error();
    const Protocol &protocol = current.protocol;
    const int protocolVersion = current.version;
    QSqlDatabase &db = write.database();
    const QString siteCode = input.siteCode.trimmed().toUpper();
    if (Status access = ParticipantRecords::checkSiteAccess(write.user().siteCode, siteCode); !access)
        return access.error();
    auto site = exec(db, QStringLiteral("SELECT active, time_zone FROM sites WHERE code = ?"), { siteCode });
    if (!site)
        return site.error();
    if (!site->next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no site %1 in this trial.").arg(input.siteCode));
    if (!site->value(0).toBool())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Site %1 is deactivated: it cannot screen. Ask the administrator.").arg(siteCode));
    const QDate today = write.clock().nowUtc().toTimeZone(QTimeZone(site->value(1).toString().toUtf8())).date();
    const QDate date = input.date.isValid() ? input.date : today;
    if (date > today)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The screening date must not be in the future."));
    if (input.age < -1 || input.age > 130)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The age must be between 0 and 130 years."));
    static const QStringList sexes = { QString(), QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("X") };
    if (!sexes.contains(input.sex))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The sex must be F, M or X (another or undisclosed)."));

    auto evaluation = evaluate(protocol, input);
    if (!evaluation)
        return evaluation.error();

    auto next = exec(db, QStringLiteral("SELECT MAX(site_number) FROM screenings WHERE site_code = ?"), { siteCode });
    if (!next)
        return next.error();
    const qint64 number = (next->next() ? next->value(0).toLongLong() : 0) + 1;

    ScreeningRecord record;
    record.screeningNumber = ParticipantRecords::formatNumber(siteCode + QStringLiteral("-S"), number);
    record.siteCode = siteCode;
    record.date = date;
    record.age = input.age;
    record.sex = input.sex;
    record.answers = input.answers;
    record.outcome = evaluation->outcome;
    record.failedCriteria = evaluation->failedCriteria;
    record.reason = input.reason.trimmed();
    record.protocolVersion = protocolVersion;
    record.recordedBy = write.user().username;
    record.recordedAt = write.clock().nowUtc();

    auto inserted = exec(db,
                         QStringLiteral("INSERT INTO screenings (site_code, site_number, screening_number, "
                                        "screened_on, age, sex, answers, outcome, failed_criteria, reason, "
                                        "protocol_version, recorded_by, recorded_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         { siteCode, number, record.screeningNumber, record.date.toString(Qt::ISODate), record.age,
                           ParticipantRecords::text(record.sex), encodeAnswers(record.answers),
                           screeningOutcomeCode(record.outcome),
                           ParticipantRecords::text(record.failedCriteria.join(QLatin1Char(','))),
                           nullableText(record.reason.isEmpty() ? std::nullopt : std::optional(record.reason)),
                           protocolVersion, record.recordedBy, Clock::format(record.recordedAt) });
    if (!inserted)
        return inserted.error();
    record.id = inserted->lastInsertId().toLongLong();

    const QString entity = QStringLiteral("screening");
    const QString action = QStringLiteral("screening.record");
    if (Status s = write.audit({ action, entity, record.screeningNumber, QStringLiteral("outcome"), std::nullopt,
                                 screeningOutcomeCode(record.outcome), std::nullopt });
        !s)
        return s.error();
    if (!record.failedCriteria.isEmpty())
        if (Status s = write.audit({ action, entity, record.screeningNumber, QStringLiteral("failed_criteria"),
                                     std::nullopt, record.failedCriteria.join(QLatin1Char(',')), std::nullopt });
            !s)
            return s.error();
    if (!record.reason.isEmpty())
        if (Status s = write.audit({ action, entity, record.screeningNumber, QStringLiteral("reason"), std::nullopt,
                                     record.reason, std::nullopt });
            !s)
            return s.error();
    return record;
}

Result<ScreeningRecord> ScreeningService::find(const QString &screeningNumber) const
{
    if (Status allowed = m_session.require(Action::ParticipantView); !allowed)
        return allowed.error();
    auto query = exec(m_session.database(), kSelect + QStringLiteral("WHERE s.screening_number = ?"),
                      { screeningNumber.trimmed().toUpper() });
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, Tr::tr("There is no screening %1.").arg(screeningNumber));
    return readRecord(query.value());
}

Result<QList<ScreeningRecord>> ScreeningService::list(const QString &siteCode, int limit, int offset) const
{
    if (Status allowed = m_session.require(Action::ParticipantView); !allowed)
        return allowed.error();
    limit = std::clamp(limit, 1, 10000);
    offset = std::max(0, offset);
    auto query = siteCode.isEmpty()
        ? exec(m_session.database(), kSelect + QStringLiteral("ORDER BY s.id DESC LIMIT ? OFFSET ?"), { limit, offset })
        : exec(m_session.database(),
               kSelect + QStringLiteral("WHERE s.site_code = ? ORDER BY s.id DESC LIMIT ? OFFSET ?"),
               { siteCode, limit, offset });
    if (!query)
        return query.error();
    QList<ScreeningRecord> records;
    while (query->next())
        records.append(readRecord(query.value()));
    return records;
}

Result<QMap<QString, qint64>> ScreeningService::countsByOutcome() const
{
    if (Status allowed = m_session.require(Action::ParticipantView); !allowed)
        return allowed.error();
    auto query
        = exec(m_session.database(), QStringLiteral("SELECT outcome, COUNT(*) FROM screenings GROUP BY outcome"));
    if (!query)
        return query.error();
    QMap<QString, qint64> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toLongLong());
    return counts;
}

} // namespace trialdesk::core
