#pragma once

#include "ExportEntry.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::reports {

// Every form entry of the trial with its values, read row by row (constant memory): ordered by
// participant, then visit, form and instance, so a participant's entries are adjacent; an entry's
// values by item code. Two forward-only prepared queries on the same connection, read side by side
// (a merge on the entry id): one over the entries with their participant and visit columns, one over
// the item values of the same entries in the same order, so the eleven entry columns are fetched and
// converted once per entry instead of once per value (the SQL driver converts every selected column of
// every row). Neither needs a sort. While the queries are open SQLite keeps one read transaction, so
// both see the same data. The de-identified query never names the identity table; the identifying one
// joins it.
class ExportEntryStream
{
public:
    struct Options
    {
        bool identifying = false;
        bool withArm = true; // false for a role without ArmView: no arm, no arm-specific entry
    };

    ExportEntryStream(QSqlDatabase &db, Options options);

    // The same rows as ONE query (entries joined to their values, in the export's order): the
    // benchmark's sqlcipher baseline runs it, so both read the same data.
    static QString sql(Options options);
    static QStringList identityColumns(); // last_name, first_name, date_of_birth, ramq, phone, email, language
    // Their names in the exports: "id_" + the column, apart from any item code (DEMOGRAPHICS has "language").
    static QStringList identityExportNames();
    // Number of entries the query returns (for progress).
    static core::Result<qint64> countEntries(QSqlDatabase &db, Options options);

    core::Status start();
    // Fills the next entry; false at the end or on an error (see status()).
    bool next(ExportEntry &entry);
    const core::Status &status() const { return m_status; }
    qint64 valuesRead() const { return m_valueCount; }

private:
    static QString entriesSql(Options options);
    static QString valuesSql(Options options);

    QSqlDatabase &m_db;
    Options m_options;
    std::optional<QSqlQuery> m_entries;
    std::optional<QSqlQuery> m_values;
    bool m_valuePending = false; // m_values is on the first value of an entry not read yet
    bool m_done = false;
    qint64 m_valueCount = 0;
    core::Status m_status;
};

} // namespace trialdesk::reports
