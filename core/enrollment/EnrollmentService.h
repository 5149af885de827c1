#pragma once

#include "core/Result.h"
#include "core/enrollment/Participant.h"
#include "core/enrollment/Screening.h"

#include <QString>

namespace trialdesk::core {

class TrialSession;
class Write;
struct Protocol;

// Consent and registration: an eligible screening becomes a participant with a pseudonymous study
// ID ("ICM-0001", per site, allocated inside the transaction), consent on the current approved
// form, recorded stratum values, and identity kept in its own table. Needs Action::ConsentRecord
// and Action::ParticipantRegister; identity reads need Action::IdentityView. Audited.
class EnrollmentService
{
public:
    struct Registration
    {
        QString studyId;
        QString screeningNumber;
    };

    explicit EnrollmentService(TrialSession &session)
        : m_session(session)
    {
    }

    // Screening (must come out eligible), consent and registration in one transaction: all or
    // nothing. Needs ScreeningRecord as well.
    Result<Registration> enroll(const ScreeningInput &screening, const EnrollmentInput &input);
    // Registers an eligible screening recorded earlier (the screening wizard's second step).
    Result<Registration> registerScreened(const QString &screeningNumber, const EnrollmentInput &input);
    // The same inside the caller's write (needs ConsentRecord and ParticipantRegister), under the
    // given protocol: the demo composes it with screening and randomization.
    Result<Registration> registerScreened(Write &write, const Protocol &protocol, const QString &screeningNumber,
                                          const EnrollmentInput &input);

    // A further consent, e.g. re-consent on a new form version after an amendment.
    Status recordConsent(const QString &studyId, const ConsentInput &consent);

    Result<Identity> identity(const QString &studyId) const;
    // Corrects identity data; every changed field is audited with the reason.
    Status updateIdentity(const QString &studyId, const Identity &identity, const QString &reason);

    // Checks an identity (names, date of birth, RAMQ number and its embedded birth date and sex
    // coding, e-mail, language); sex is "F", "M" or "X" ("X" skips the sex check).
    static Status validateIdentity(const Identity &identity, const QString &sex);

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
