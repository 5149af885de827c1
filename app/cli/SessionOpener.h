#pragma once

#include "app/cli/CommandContext.h"
#include "core/Result.h"

#include <functional>
#include <memory>

namespace trialdesk::core {
class TrialSession;
}

namespace trialdesk::cli {

// Signs in as openSession() does and runs body as that user: returns body's exit code, or the
// sign-in's when it failed. Every command that acts as a user signs in through here.
int withSession(CommandContext &context, const std::function<int(core::TrialSession &)> &body);
// The same with a password the command has already read (it stays the caller's to wipe).
int withSession(CommandContext &context, const QByteArray &password,
                const std::function<int(core::TrialSession &)> &body);

// Signs in as --user on --workspace with the password from the first line of standard input
// (--password-stdin is required: secrets never travel on the command line). On failure, writes the
// message and returns null with exitCode set (2 for a usage error, 1 otherwise).
std::unique_ptr<core::TrialSession> openSession(CommandContext &context, int &exitCode);
// The same with a password the command has already read (it stays the caller's to wipe).
std::unique_ptr<core::TrialSession> openSessionWithPassword(CommandContext &context, const QByteArray &password,
                                                            int &exitCode);

// After a sign-in that finished an interrupted key rotation (TrialSession::takeFinishedRotation): prints
// the new recovery code once on standard output with an explanation on standard error, then confirms it
// shown. openSessionWithPassword calls it. False (message written) when the confirmation failed.
bool showFinishedRotation(CommandContext &context, core::TrialSession &session);
// The users a key rotation left without a slot, on standard error (nothing when empty).
void printResetUsers(CommandContext &context, const QStringList &users);

// Maps a core error to the command line's exit code and writes its message: 1 for every refusal.
int reportError(CommandContext &context, const core::Error &error);

} // namespace trialdesk::cli
