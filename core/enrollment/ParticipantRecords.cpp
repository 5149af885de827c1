#include "core/enrollment/ParticipantRecords.h"

#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace trialdesk::core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::ParticipantRecords)
};
} // namespace

Status ParticipantRecords::auditIdentityRead(TrialSession &session, const AuditRecord &record)
{
    // The caller read the identity under IdentityView; the read is recorded as a write of its own.
    auto write = beginWrite(session, Action::IdentityView);
    if (!write)
        return write.error();
    return write->commit(write->audit(record));
}

Result<ParticipantRecords::Row> ParticipantRecords::find(QSqlDatabase &db, const QString &studyId)
{
    auto query = exec(db,
                      QStringLiteral("SELECT id, study_id, site_code, status, stratum_values, screening_id, "
                                     "registered_at, registered_by FROM participants WHERE study_id = ?"),
                      { studyId.trimmed().toUpper() });
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("There is no participant %1. Check the study ID (e.g. ICM-0001).").arg(studyId));
    const auto status = participantStatusFromCode(query->value(3).toString());
    if (!status)
        return makeError(
            ErrorCode::Corrupt,
            Tr::tr("Participant %1 has an unknown status \"%2\".").arg(studyId, query->value(3).toString()));
    Row row;
    row.id = query->value(0).toLongLong();
    row.studyId = query->value(1).toString();
    row.siteCode = query->value(2).toString();
    row.status = *status;
    row.stratumValues = query->value(4).toString();
    row.screeningId = query->value(5).toLongLong();
    row.registeredAt = Clock::parse(query->value(6).toString());
    row.registeredBy = query->value(7).toString();
    return row;
}

Result<QList<ConsentRecord>> ParticipantRecords::consents(QSqlDatabase &db, qint64 participantId)
{
    auto query = exec(db,
                      QStringLiteral("SELECT form_version, consented_on, obtained_by, recorded_by, recorded_at "
                                     "FROM consents WHERE participant_id = ? ORDER BY id"),
                      { participantId });
    if (!query)
        return query.error();
    QList<ConsentRecord> list;
    while (query->next())
        list.append({ query->value(0).toString(), QDate::fromString(query->value(1).toString(), Qt::ISODate),
                      query->value(2).toString(), query->value(3).toString(),
                      Clock::parse(query->value(4).toString()) });
    return list;
}

Result<std::optional<ConsentRecord>> ParticipantRecords::latestConsent(QSqlDatabase &db, qint64 participantId)
{
    auto all = consents(db, participantId);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<ConsentRecord>();
    return std::optional<ConsentRecord>(all->constLast());
}

const ConsentFormVersion *ParticipantRecords::currentConsentForm(const Protocol &protocol)
{
    for (const ConsentFormVersion &form : protocol.consentForms)
        if (form.current)
            return &form;
    return nullptr;
}

bool ParticipantRecords::consentSatisfies(const Protocol &protocol, const QString &formVersion)
{
    const ConsentFormVersion *current = currentConsentForm(protocol);
    if (!current)
        return false;
    if (current->version == formVersion)
        return true;
    if (current->reconsentRequired)
        return false;
    for (const ConsentFormVersion &form : protocol.consentForms)
        if (form.version == formVersion)
            return true;
    return false;
}

QString ParticipantRecords::encodeStrata(const QList<QPair<QString, QString>> &values)
{
    QStringList parts;
    for (const auto &[factor, level] : values)
        parts.append(factor + QLatin1Char('=') + level);
    return parts.join(QLatin1Char(','));
}

QList<QPair<QString, QString>> ParticipantRecords::decodeStrata(const QString &text)
{
    QList<QPair<QString, QString>> values;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            values.append({ part.left(eq), part.mid(eq + 1) });
    }
    return values;
}

QList<StratumValue> ParticipantRecords::describeStrata(const Protocol &protocol, const QString &encoded)
{
    QList<StratumValue> described;
    for (const auto &[factorCode, levelCode] : decodeStrata(encoded)) {
        StratumValue value { factorCode, factorCode, levelCode, levelCode };
        for (const ProtocolFactor &factor : protocol.factors) {
            if (factor.code != factorCode)
                continue;
            value.factorName = factor.name.current();
            if (factor.isSite) {
                for (const Site &site : protocol.sites)
                    if (site.code == levelCode)
                        value.levelName = QLocale().language() == QLocale::French ? site.nameFr : site.nameEn;
            } else {
                for (const ProtocolLevel &level : factor.levels)
                    if (level.code == levelCode)
                        value.levelName = level.name.current();
            }
        }
        described.append(value);
    }
    return described;
}

QString ParticipantRecords::searchKey(const QString &name)
{
    QString key;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        key.append(c.toUpper());
    }
    return key.simplified();
}

Result<ParticipantRecords::Row> ParticipantRecords::findAccessible(const Write &write, const QString &studyId)
{
    return findAccessible(write.database(), studyId, write.user().siteCode);
}

Result<WriteOn<ParticipantRecords::Row>>
ParticipantRecords::beginParticipantWrite(TrialSession &session, std::initializer_list<Action> actions,
                                          const QString &studyId)
{
    return beginWriteOn(session, actions, [&studyId](Write &write) { return findAccessible(write, studyId); });
}

Result<ParticipantRecords::Row> ParticipantRecords::findAccessible(QSqlDatabase &db, const QString &studyId,
                                                                   const QString &userSite)
{
    auto row = find(db, studyId);
    if (!row)
        return row.error();
    if (Status access = checkSiteAccess(userSite, row->siteCode); !access)
        return access.error();
    return row;
}

Status ParticipantRecords::checkSiteAccess(const QString &userSite, const QString &siteCode)
{
    if (userSite.isEmpty() || userSite == siteCode)
        return {};
    return makeError(ErrorCode::PermissionDenied,
                     Tr::tr("Your account works for site %1 only, not for site %2. Ask the administrator if you need "
                            "access to other sites.")
                         .arg(userSite, siteCode));
}

QString ParticipantRecords::formatNumber(const QString &prefix, qint64 number)
{
    return prefix + QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
}

} // namespace trialdesk::core
