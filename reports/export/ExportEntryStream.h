#pragma once

// The forward-only stream of form entries is read in core (core/reporting/ExportEntryStream.h).
#include "core/reporting/ExportEntryStream.h"
#include "reports/export/ExportEntry.h"

namespace trialdesk::reports {
using core::reporting::ExportEntryStream;
} // namespace trialdesk::reports
