#pragma once

#include "core/Result.h"
#include "core/design/DesignStore.h"
#include "core/design/DesignSummary.h"
#include "randomization/AllocationListWriter.h"
#include "randomization/Design.h"

#include <QString>

namespace trialdesk::core {

class TrialSession;

// The trial's randomization design, for the session's user: permission-checked, audited.
// Concealment (issue 4): block multiples, minimization parameters and the seed reach only roles
// with DesignViewConcealed (statistician, administrator); the seed itself only through
// revealSeed(), which is audited. The audit trail (read by monitors) never holds concealed values.
class DesignService
{
public:
    explicit DesignService(TrialSession &session)
        : m_session(session)
    {
    }

    // ProtocolView. Concealed fields are filled only with DesignViewConcealed.
    Result<DesignSummary> summary() const;
    // DesignViewConcealed. The seed is zeroed: use revealSeed() to see it.
    Result<StoredDesign> full() const;
    // SeedReveal. The current seed as 64 hexadecimal digits; audited "design.reveal-seed".
    Result<QString> revealSeed();

    // DesignEdit. Saves edited (its seed is ignored: a seed is never typed) as a new version with
    // the current seed, or a fresh one from libsodium when newSeed. Refused once the design is
    // locked, except for levels appended to a first, site factor. Audited per changed field.
    Status update(const randomization::Design &edited, bool newSeed, const QString &reason);
    // DesignEdit. A new site as a new level of the site factor (see DesignStore::appendSiteLevel).
    Status addSiteLevel(const QString &siteCode, const QString &reason);

    // AllocationListExport. Writes the first perStratum entries of every stratum's list (blocks
    // only) to path, atomically and readable by the owner only; audited "allocation-list.export".
    // Returns the rows written.
    Result<qint64> exportAllocationList(const QString &path, randomization::AllocationListWriter::Format format,
                                        qint64 perStratum);

    static constexpr qint64 kMaxPerStratum = 1'000'000;

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
