#pragma once

#include "core/Result.h"
#include "core/reporting/ExportEntry.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace trialdesk::core::reporting {

// Every form entry of the trial with its values, read row by row (constant memory): ordered by
// participant, then visit, form and instance, so a participant's entries are adjacent; an entry's
// values by item code. Two queries on the same connection (core/sql/RowStream), read side by side
// (a merge on the entry id): one over the entries with their participant and visit columns, one over
// the item values of the same entries in the same order, so the eleven entry columns are fetched and
// converted once per entry instead of once per value (the SQL driver converts every selected column of
// every row). Neither needs a sort on SQLite. Both see the same data: while the queries are open
// SQLite keeps one read transaction; on a trial server they are two cursors in one read-only
// transaction (one snapshot), closed when the stream ends or is destroyed. The de-identified query never names the
// identity table; the identifying one joins it. Needs a cut opened for CutPurpose::Export; start() refuses identities
// to a role without Action::DataExportIdentifying and arms to a role without Action::ArmView.
class DataCut;

class ExportEntryStream
{
public:
    struct Options
    {
        bool identifying = false;
        bool withArm = true; // false for a role without ArmView: no arm, no arm-specific entry
    };

    ExportEntryStream(const DataCut &cut, Options options);
    ~ExportEntryStream();
    ExportEntryStream(const ExportEntryStream &) = delete;
    ExportEntryStream &operator=(const ExportEntryStream &) = delete;

    // The same rows as ONE query (entries joined to their values, in the export's order): the
    // benchmark's sqlcipher baseline runs it, so both read the same data.
    static QString sql(Options options);
    static QStringList identityColumns(); // last_name, first_name, date_of_birth, ramq, phone, email, language
    // Their names in the exports: "id_" + the column, apart from any item code (DEMOGRAPHICS has "language").
    static QStringList identityExportNames();
    // Number of entries the query returns (for progress).
    static Result<qint64> countEntries(const DataCut &cut, Options options);

    Status start();
    // Fills the next entry; false at the end or on an error (see status()).
    bool next(ExportEntry &entry);
    const Status &status() const { return m_status; }
    qint64 valuesRead() const { return m_valueCount; }

private:
    static QString entriesSql(Options options);
    static QString valuesSql(Options options);

    struct Queries; // the two forward-only queries, out of the header (no Qt SQL for its readers)

    const DataCut &m_cut;
    Options m_options;
    std::unique_ptr<Queries> m_queries;
    bool m_valuePending = false; // m_values is on the first value of an entry not read yet
    bool m_done = false;
    qint64 m_valueCount = 0;
    Status m_status;
};

} // namespace trialdesk::core::reporting
