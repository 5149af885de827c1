#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::core {

// What came of assessing one person for eligibility: the CONSORT "assessed / excluded" boxes.
enum class ScreeningOutcome {
    Eligible,
    NotEligible, // at least one criterion failed (or stated with a reason when no checklist was done)
    Declined, // eligible or not, the person declined: a reason is required
    Other, // any other reason not to enrol: a reason is required
};

QString screeningOutcomeCode(ScreeningOutcome outcome); // "eligible", "not-eligible", "declined", "other" (stored)
std::optional<ScreeningOutcome> screeningOutcomeFromCode(const QString &code);
QString screeningOutcomeDisplayName(ScreeningOutcome outcome); // translated

// One screening as the coordinator enters it.
struct ScreeningInput
{
    QString siteCode;
    QDate date; // the day of the assessment (not in the future); invalid = today at the site
    int age = -1; // years, 0 to 130; -1 = not recorded
    QString sex; // "F", "M", "X" (another or undisclosed), or empty = not recorded
    // Criterion code -> answer. Inclusion criteria: true = the criterion is met. Exclusion
    // criteria: true = the exclusion applies (the person is excluded).
    QMap<QString, bool> answers;
    // Absent: the outcome is computed from the answers (every criterion must be answered).
    // NotEligible without failed answers, Declined and Other need a reason.
    std::optional<ScreeningOutcome> statedOutcome;
    QString reason;
};

// One stored screening.
struct ScreeningRecord
{
    qint64 id = 0;
    QString screeningNumber; // "ICM-S0001": per site, in order
    QString siteCode;
    QDate date;
    int age = -1;
    QString sex;
    QMap<QString, bool> answers;
    ScreeningOutcome outcome = ScreeningOutcome::Eligible;
    QStringList failedCriteria; // codes, protocol order
    QString reason;
    int protocolVersion = 0; // protocol_versions.version the checklist came from
    QString recordedBy;
    QDateTime recordedAt; // UTC
    QString studyId; // empty until registered
};

} // namespace trialdesk::core
