#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace trialdesk::core {

class TrialSession;

// Fills a demo trial with a realistic synthetic trial through the real services: screen failures
// with reasons, declines, registrations with consent, randomizations across strata, withdrawals
// and a few events, then the follow-up: past visits completed (some out of window, some missed)
// with their forms entered, and a few adverse events. Deterministic from the seed.
//
// The synthetic history is spread over the past year (from the current consent form's approval
// at the earliest) up to the caller's clock: the demo accounts work on a demo clock that moves
// forward through that history, so dates and audit times read like a trial in progress.
// Enrollment runs as the demo coordinator (signed in with the published demo password, which is
// also the signature, checked once for the run); participants arriving on the same day go in one
// transaction, with rows and audit entries identical to one-by-one calls. Follow-up goes through
// VisitService and FormEntryService, each change audited: the coordinator completes the common
// visits and enters baseline, safety and end-of-study forms, the blinded outcome assessor enters
// the outcome forms, the investigator the patient-partner visits and contact logs (so the
// coordinator's and the assessor's trails do not depend on the arms). Outcome values are drawn
// independently of the arm, with a small improvement in the patient-partner arm at follow-up.
// The caller's session needs Action::DemoPopulate and the trial must be a demo trial.
class DemoPopulator
{
public:
    struct Summary
    {
        qint64 screened = 0;
        qint64 notEligible = 0;
        qint64 declined = 0;
        qint64 other = 0;
        qint64 randomized = 0;
        qint64 withdrawn = 0;
        qint64 visitsCompleted = 0;
        qint64 visitsOutOfWindow = 0;
        qint64 visitsMissed = 0;
        qint64 formsCompleted = 0;
    };

    static constexpr qint64 kFollowUpLimit = 1000;

    explicit DemoPopulator(TrialSession &session)
        : m_session(session)
    {
    }

    // participants: how many to randomize (1 to 1,000,000); seedHex: 1 to 64 hexadecimal digits.
    // progress(done, total) is called after each batch of randomizations. Follow-up data is written
    // for the first kFollowUpLimit participants only, so that large demos stay quick.
    Result<Summary> populate(qint64 participants, const QString &seedHex,
                             const std::function<void(qint64, qint64)> &progress = {});

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
