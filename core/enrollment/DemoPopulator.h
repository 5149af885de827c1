#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace trialdesk::core {

class TrialSession;

// Fills a demo trial with a realistic synthetic trial through the real services: screen failures
// with reasons, declines, registrations with consent, randomizations across strata, withdrawals
// and a few events. Deterministic from the seed. Runs as the demo coordinator (signed in with the
// published demo password, which is also the signature, checked once for the run); participants go
// in batches, one transaction per batch, with rows and audit entries identical to one-by-one calls.
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
    };

    explicit DemoPopulator(TrialSession &session)
        : m_session(session)
    {
    }

    // participants: how many to randomize (1 to 1,000,000); seedHex: 1 to 64 hexadecimal digits.
    // progress(done, total) is called after each batch.
    Result<Summary> populate(qint64 participants, const QString &seedHex,
                             const std::function<void(qint64, qint64)> &progress = {});

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
