#include "core/security/SodiumRuntime.h"

#include <sodium.h>

namespace trialdesk::core {

bool SodiumRuntime::initialize()
{
    // A function-local static is initialised exactly once even under concurrent first calls (C++11),
    // and sodium_init() itself returns 1 when it had already run.
    static const bool started = sodium_init() >= 0;
    return started;
}

} // namespace trialdesk::core
