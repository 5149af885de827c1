#pragma once

#include "ExportEntry.h"
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace trialdesk::reports {

// Every form entry of the trial with its values, from ONE forward-only query read row by row
// (constant memory): ordered by participant, then visit, form and instance, so a participant's
// entries are adjacent and so are an entry's values. The de-identified query never names the
// identity table; the identifying one joins it.
class ExportEntryStream
{
public:
    struct Options
    {
        bool identifying = false;
        bool withArm = true; // false for a role without ArmView: no arm, no arm-specific entry
    };

    ExportEntryStream(QSqlDatabase &db, Options options);

    // The query (also run by the benchmark's sqlcipher baseline, so both read the same rows).
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
    qint64 valuesRead() const { return m_values; }

private:
    QSqlDatabase &m_db;
    Options m_options;
    std::optional<QSqlQuery> m_query;
    bool m_pending = false; // m_query is on the first row of the next entry
    bool m_done = false;
    qint64 m_values = 0;
    core::Status m_status;
};

} // namespace trialdesk::reports
