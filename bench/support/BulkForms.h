#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace trialdesk::bench {

// Adds case report form data to a bulk trial (BulkTrial.h) for the export benchmark: for every
// completed visit, then (to reach the target) planned ones, in visit id order, one entry per form the protocol expects
// at that visit (state complete), with a plausible canonical value for every item (forms/FormValue.h encodings; about
// one value in 50 a missing-data code where the item allows one), until `targetValues` item values are written.
// Straight inserts through the schema (no services, no audit), one transaction per 10,000 entries. Deterministic for a
// seed.
class BulkForms
{
public:
    struct Totals
    {
        qint64 entries = 0;
        qint64 values = 0;
    };

    // On either backend (on a trial server, through BulkTrial::loadAsOwner). `formCodes`: only the
    // entries of these forms (empty: every form).
    static core::Result<Totals> populate(QSqlDatabase &db, qint64 targetValues = 10'000'000, quint32 seed = 20261127,
                                         const QStringList &formCodes = {});
};

} // namespace trialdesk::bench
