#include "TrialFixtures.h"

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

} // namespace trialdesk::test
