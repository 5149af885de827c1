#pragma once

// The forward-only stream of form entries is read in core (core/reporting/ExportEntryStream.h).
#include "ExportEntry.h"
#include "reporting/ExportEntryStream.h"

namespace trialdesk::reports {
using core::reporting::ExportEntryStream;
} // namespace trialdesk::reports
