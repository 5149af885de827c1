#pragma once

#include "core/Result.h"
#include "core/enrollment/Randomization.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace trialdesk::core {

class TrialSession;
class Write;
struct ElectronicSignature;
struct Protocol;

// Concealed randomization of a registered participant (Action::Randomize). The electronic
// signature (the user's password again, meaning signatureMeaning()) is checked before anything is
// written; then one transaction checks eligibility, current consent and that the participant is
// not yet randomized, computes the stratum from the recorded values, takes the next sequence of
// that stratum for the current design version, writes the randomization and its audit entry, and
// locks the design on the first randomization. Any refusal consumes no position. On a trial server
// the server itself does the allocation (core/server/randomize.sql), in the same transaction.
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

    // Everything after the signature, inside the caller's write (needs Randomize): the allocation,
    // its audit entries, the planned visits and the signature's audit entry. The signature must be
    // one this user executed (TrialSession::sign, meaning EligibilityConsentConfirmed); one signature
    // may serve several randomizations of one run (the demo). The arm is final only at commit.
    Result<RandomizationOutcome> randomize(Write &write, const QString &studyId, const ElectronicSignature &signature);

private:
    // The allocation by the trial server's trialdesk.randomize, then the visits and the signature.
    Result<RandomizationOutcome> randomizeOnServer(Write &write, const Protocol &protocol, const QString &studyId,
                                                   const ElectronicSignature &signature);
    // After the randomization row is written, inside its write: plans the visits of the arm.
    Status schedulePlannedVisits(Write &write, const QString &studyId, const QDateTime &randomizedAt);

    TrialSession &m_session;
    // Streams already generated, by (design version, stratum): entry(k) then costs nothing for
    // the next participants of a long session or a demo run.
    struct StreamCache;
    std::shared_ptr<StreamCache> m_streams;
};

} // namespace trialdesk::core
