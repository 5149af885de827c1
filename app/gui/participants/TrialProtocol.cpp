#include "app/gui/participants/TrialProtocol.h"

#include "core/protocol/CurrentProtocol.h"
#include "core/workspace/TrialSession.h"

namespace trialdesk::gui {

core::Result<core::Protocol> TrialProtocol::current(core::TrialSession &session)
{
    auto loaded = core::CurrentProtocol::load(session);
    if (!loaded)
        return loaded.error();
    return std::move(loaded).value().protocol;
}

QString TrialProtocol::armName(const core::Protocol &protocol, const QString &armCode)
{
    for (const core::ProtocolArm &arm : protocol.arms)
        if (arm.code == armCode)
            return arm.name.current();
    return armCode;
}

} // namespace trialdesk::gui
