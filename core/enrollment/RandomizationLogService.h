#pragma once

#include "core/Result.h"
#include "core/enrollment/Randomization.h"

#include <QIODevice>
#include <QJsonArray>

namespace trialdesk::core {

class TrialSession;

// The stream lineages of a log report as JSON, as `log verify --json` and the randomization report
// write them: [{"first_version", "versions", "entries", "note"}].
QJsonArray lineagesToJson(const QList<RandomizationLogLineage> &lineages);

// The randomization log for monitors, statisticians and administrators
// (Action::RandomizationLogView; export needs Action::RandomizationLogExport and is audited). Every
// entry is checked against its stratum's stream regenerated from the design version it was made
// under; gaps and duplicates are flagged per (design version, stratum); the audit chain is walked.
class RandomizationLogService
{
public:
    explicit RandomizationLogService(TrialSession &session)
        : m_session(session)
    {
    }

    Result<RandomizationLogReport> report() const;

    // CSV (RFC 4180, UTF-8, header row): study_id, site, design_version, stratum_index, stratum,
    // sequence, block_number, block_size, position_in_block, arm, randomized_at, randomized_by,
    // in_error, verified. `destination` names the file in the audit entry.
    Status exportCsv(QIODevice &out, const QString &destination);
    // The same CSV written to a file through PrivateFileWriter (0600, never through a link); the
    // audit entry is committed before the file is put in place, and nothing appears without it.
    Status exportCsv(const QString &path);

private:
    Status auditExport(const QString &destination, const RandomizationLogReport &report);

    TrialSession &m_session;
};

} // namespace trialdesk::core
