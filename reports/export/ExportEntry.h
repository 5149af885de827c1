#pragma once

// Form entries as exported are read in core (core/reporting/ExportEntry.h).
#include "core/reporting/ExportEntry.h"

namespace trialdesk::reports {
using core::reporting::ExportEntry;
using core::reporting::ExportValue;
} // namespace trialdesk::reports
