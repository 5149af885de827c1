#pragma once

#include "core/Result.h"
#include "core/protocol/Protocol.h"

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::gui {

// The protocol in force, for what the enrollment screens display (criteria, consent form, factors,
// arm names). The one place the GUI reads it, so a later ProtocolService swaps in here.
class TrialProtocol
{
public:
    static core::Result<core::Protocol> current(core::TrialSession &session);
    // The arm's name in the interface language, or the code when the protocol does not know it.
    static QString armName(const core::Protocol &protocol, const QString &armCode);
};

} // namespace trialdesk::gui
