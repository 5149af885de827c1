#pragma once

#include "Result.h"
#include "enrollment/Randomization.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace trialdesk::core {

class TrialSession;
class DemoPopulator;

// Concealed randomization of a registered participant (Action::Randomize). The electronic
// signature (the user's password again, meaning signatureMeaning()) is checked before anything is
// written; then one transaction checks eligibility, current consent and that the participant is
// not yet randomized, computes the stratum from the recorded values, takes the next sequence of
// that stratum for the current design version, writes the randomization and its audit entry, and
// locks the design on the first randomization. Any refusal consumes no position.
class RandomizationService
{
public:
    explicit RandomizationService(TrialSession &session)
        : m_session(session)
    {
    }

    // The meaning recorded with the signature (translated).
    static QString signatureMeaning();

    // What the confirmation dialog shows, or the reason randomization would be refused now
    // (ineligible, no current consent, already randomized, role, no design).
    Result<RandomizationPreview> prepare(const QString &studyId);

    // Randomizes; the arm is returned only after the commit. The caller wipes the password.
    Result<RandomizationOutcome> randomize(const QString &studyId, const QByteArray &signaturePassword);

    // Runs after the randomization row is written, inside its transaction: creates the planned
    // visits once visit scheduling exists (issue "visits"). Today it writes nothing.
    Status schedulePlannedVisits(const QString &studyId, const QDateTime &randomizedAt);

private:
    friend class DemoPopulator;
    // Everything after the signature, inside the caller's write transaction.
    Result<RandomizationOutcome> randomizeInTransaction(const QString &studyId);

    TrialSession &m_session;
    // Streams already generated, by (design version, stratum): entry(k) then costs nothing for
    // the next participants of a long session or a demo run.
    struct StreamCache;
    std::shared_ptr<StreamCache> m_streams;
};

} // namespace trialdesk::core
