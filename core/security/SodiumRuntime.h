#pragma once

namespace trialdesk::core {

// libsodium must be initialised once per process before any other call (it picks the fastest
// implementations and opens the random source). Every user of libsodium in core/ goes through here.
class SodiumRuntime
{
public:
    // Thread-safe and cheap after the first call. False only when libsodium cannot start at all
    // (no usable random source); nothing cryptographic may then be done.
    static bool initialize();
};

} // namespace trialdesk::core
