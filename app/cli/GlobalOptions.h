#pragma once

#include <QCommandLineOption>
#include <QList>

namespace trialdesk::cli {

// Options every command accepts: --workspace DIR, --user NAME, --password-stdin.
QList<QCommandLineOption> globalOptions();

namespace option {
inline constexpr char kWorkspace[] = "workspace";
inline constexpr char kUser[] = "user";
inline constexpr char kPasswordStdin[] = "password-stdin";
inline constexpr char kJson[] = "json";
} // namespace option

} // namespace trialdesk::cli
