#pragma once

#include "core/data/FormEntry.h"

#include <QCommandLineOption>

#include <optional>

namespace trialdesk::cli {

class CommandContext;

// The --query option that query answer and query close share, and the reference it gives
// (STUDY_ID/VISIT/FORM/INSTANCE#N, as query list prints it); nullopt when absent or malformed.
QCommandLineOption queryOption();
std::optional<core::QueryReference> queryOptionValue(const CommandContext &context);

} // namespace trialdesk::cli
