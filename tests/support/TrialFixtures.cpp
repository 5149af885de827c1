#include "tests/support/TrialFixtures.h"

#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/sql/SqlUtil.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::test {

core::ScreeningInput eligibleScreening(const QDate &date, const QString &site, int age, const QString &sex)
{
    core::ScreeningInput input;
    input.siteCode = site;
    input.date = date;
    input.age = age;
    input.sex = sex;
    for (const char *code : { "AGE18", "FOLLOWED", "LANGUAGE", "CONSENT_ABLE" })
        input.answers.insert(QString::fromLatin1(code), true);
    for (const char *code : { "COGNITIVE", "LIFE_EXPECTANCY", "ALREADY_PAIRED" })
        input.answers.insert(QString::fromLatin1(code), false);
    return input;
}

core::EnrollmentInput enrollmentInput(const QDate &date, const QString &condition, const QString &consentVersion)
{
    core::EnrollmentInput input;
    input.strata.insert(QStringLiteral("condition"), condition);
    input.consent = { consentVersion, date, QString() };
    return input;
}

core::Result<QString> enrollEligible(core::TrialSession &session, const QDate &date, const QString &site,
                                     const QString &condition)
{
    auto registered
        = core::EnrollmentService(session).enroll(eligibleScreening(date, site), enrollmentInput(date, condition));
    if (!registered)
        return registered.error();
    return registered->studyId;
}

core::Result<core::RandomizationOutcome> randomizeEligible(core::TrialSession &session, const QDate &date,
                                                           const QString &site, const QString &condition,
                                                           const QByteArray &signaturePassword)
{
    auto studyId = enrollEligible(session, date, site, condition);
    if (!studyId)
        return studyId.error();
    return core::RandomizationService(session).randomize(studyId.value(), signaturePassword);
}

qint64 scalar(core::TrialSession &session, const QString &sql, const QVariantList &values)
{
    auto query = core::execList(session.database(), sql, values, QStringLiteral("test count"));
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

} // namespace trialdesk::test
