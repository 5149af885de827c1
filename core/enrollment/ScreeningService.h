#pragma once

#include "core/Result.h"
#include "core/enrollment/Screening.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/protocol/Protocol.h"

#include <QList>
#include <QString>

namespace trialdesk::core {

class TrialSession;
class Write;

// The screening log: everyone assessed for eligibility (Action::ScreeningRecord to record,
// Action::ParticipantView to read). Each screening is audited.
class ScreeningService
{
public:
    struct Evaluation
    {
        ScreeningOutcome outcome = ScreeningOutcome::Eligible;
        QStringList failedCriteria; // codes, protocol order
    };

    explicit ScreeningService(TrialSession &session)
        : m_session(session)
    {
    }

    // The outcome the protocol's checklist gives for the input, or an error naming the missing
    // answer, the unknown criterion or the missing reason. Pure: nothing is read or written.
    static Result<Evaluation> evaluate(const Protocol &protocol, const ScreeningInput &input);

    // Records one screening; returns it with its screening number.
    Result<ScreeningRecord> record(const ScreeningInput &input);
    // The same inside the caller's write (needs ScreeningRecord), under the given protocol version:
    // enrolment and the demo compose it with registration and randomization.
    Result<ScreeningRecord> record(Write &write, const CurrentProtocol::Loaded &protocol, const ScreeningInput &input);

    Result<ScreeningRecord> find(const QString &screeningNumber) const;
    // Most recent first; siteCode empty = all sites.
    Result<QList<ScreeningRecord>> list(const QString &siteCode = {}, int limit = 500, int offset = 0) const;
    // Screenings per outcome (CONSORT): outcome code -> count.
    Result<QMap<QString, qint64>> countsByOutcome() const;

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
