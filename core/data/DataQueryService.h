#pragma once

#include "core/Result.h"
#include "core/data/FormEntry.h"

#include <QList>
#include <QString>

namespace trialdesk::core {

class TrialSession;

// Data queries on form entries: raised by monitors on an item, answered by the site (text, or a
// corrected value that edits the entry), closed by a monitor. Permissions, site limits and blinding
// as for form entries (FormEntryService).
class DataQueryService
{
public:
    explicit DataQueryService(TrialSession &session)
        : m_session(session)
    {
    }

    // Data queries. A query is raised on an item of a saved (non-draft) entry; answered by the site
    // (a text answer, or a corrected value with a reason, which edits the entry, audited); closed by
    // a monitor with a note (an open query may be closed too, e.g. raised in error). Returns the id.
    Result<qint64> raiseQuery(qint64 entryId, const QString &itemCode, const QString &question);
    Status answerQuery(qint64 queryId, const QString &answer);
    Status answerQueryWithCorrection(qint64 queryId, const forms::Answer &correctedValue, const QString &reason);
    Status closeQuery(qint64 queryId, const QString &note);
    Result<DataQuery> query(qint64 queryId) const;
    // The query a person names (see queryReference), with the same permission and blinding as
    // findEntry: a blinded role's reference to an arm-specific form is "not found".
    Result<DataQuery> findQuery(const QueryReference &reference) const;
    // Queries not closed (open and answered) of a site (empty = every site the user may see), oldest
    // first. Reading permission or QueryRaise/QueryAnswer.
    Result<QList<DataQuery>> openQueries(const QString &siteCode) const;
    // Every query (any status) of an entry, oldest first.
    Result<QList<DataQuery>> queries(qint64 entryId) const;

private:
    TrialSession &m_session;
};

} // namespace trialdesk::core
