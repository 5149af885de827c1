#pragma once

#include <QStringList>

namespace trialdesk::cli {

// Parses the arguments (without the program name), finds the command and runs it.
// Returns the process exit code (see ExitCode).
int runCli(const QStringList &arguments);

} // namespace trialdesk::cli
