#pragma once

// The catalogue the exports list (protocol, form definitions, layouts) is read in core.
#include "core/reporting/ExportCatalog.h"

namespace trialdesk::reports {
using core::reporting::ExportCatalog;
using core::reporting::FormLayout;
} // namespace trialdesk::reports
