#include "bench/support/BulkForms.h"

#include "bench/support/BulkTrial.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/sql/SqlUtil.h"
#include "forms/BundledForms.h"
#include "forms/FormValue.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlQuery>

#include <random>

namespace trialdesk::bench {

using core::ErrorCode;
using core::makeError;
using forms::ItemType;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::bench::BulkForms)
};

constexpr qint64 kEntriesPerTransaction = 10'000;

QString valueFor(const forms::Item &item, const QDate &visitDate, std::mt19937 &random)
{
    auto between = [&](double low, double high) { return std::uniform_real_distribution<double>(low, high)(random); };
    auto pick = [&](int count) { return std::uniform_int_distribution<int>(0, count - 1)(random); };
    switch (item.type) {
    case ItemType::Integer: {
        const double low = item.minimum.value_or(0);
        const double high = item.maximum.value_or(low + 20);
        return forms::FormValue::formatInteger(qint64(between(low, std::min(high, low + 40))));
    }
    case ItemType::Decimal:
        return forms::FormValue::formatDecimal(item, between(item.minimum.value_or(0), item.maximum.value_or(100)));
    case ItemType::Computed:
        if (!item.bands.isEmpty())
            return item.bands.at(pick(int(item.bands.size()))).code;
        return forms::FormValue::formatDecimal(item, between(item.minimum.value_or(0), item.maximum.value_or(30)));
    case ItemType::Scale:
        return QString::number(item.scaleMin + pick(item.scaleMax - item.scaleMin + 1));
    case ItemType::Date:
        return forms::FormValue::formatDate(visitDate.addDays(-pick(30)));
    case ItemType::YesNo:
        return forms::FormValue::formatYesNo(pick(2) == 1);
    case ItemType::SingleChoice:
        return item.choices.at(pick(int(item.choices.size()))).code;
    case ItemType::MultipleChoice: {
        QStringList codes;
        for (const forms::Choice &choice : item.choices)
            if (pick(3) == 0)
                codes.append(choice.code);
        if (codes.isEmpty())
            codes.append(item.choices.constFirst().code);
        return forms::FormValue::formatChoices(item, codes);
    }
    case ItemType::Text:
        return QStringLiteral("Note %1").arg(pick(100000));
    }
    return {};
}
} // namespace

core::Result<BulkForms::Totals> BulkForms::populate(QSqlDatabase &db, qint64 targetValues, quint32 seed,
                                                    const QStringList &formCodes)
{
    auto loaded = core::CurrentProtocol::load(db);
    if (!loaded)
        return loaded.error();
    QHash<QString, QStringList> formsByVisit;
    for (const core::ProtocolVisit &visit : loaded->protocol.schedule.visits)
        formsByVisit.insert(visit.code, visit.forms);

    // The visits are read first (ids and a few fields: about 1.5 million small rows), so that the
    // inserts do not run inside an open read statement on the same connection.
    struct VisitRow
    {
        qint64 id;
        qint64 participant;
        QString site;
        QString code;
        QDate date;
        bool armSpecific;
    };
    QList<VisitRow> visits;
    {
        auto rows = core::exec(db,
                               QStringLiteral("SELECT id, participant_id, site_code, visit_code, "
                                              "COALESCE(actual_date, target_date), arm_specific FROM visits "
                                              "WHERE status IN ('completed', 'planned') "
                                              "ORDER BY CASE WHEN status = 'completed' THEN 0 ELSE 1 END, id"));
        if (!rows)
            return rows.error();
        while (rows->next())
            visits.append({ rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toString(),
                            rows->value(3).toString(), QDate::fromString(rows->value(4).toString(), Qt::ISODate),
                            rows->value(5).toBool() });
    }
    if (visits.isEmpty())
        return makeError(ErrorCode::NotFound, Tr::tr("The workspace has no visits: create the bulk trial first."));

    auto next = core::exec(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM form_entries"));
    if (!next || !next->next())
        return next ? makeError(ErrorCode::Storage, Tr::tr("Could not read form_entries.")) : next.error();
    qint64 entryId = next->value(0).toLongLong();

    std::mt19937 random(seed);
    const QString at = QStringLiteral("2027-06-01T12:00:00.000Z");
    const QString by = QStringLiteral("bulk");
    Totals totals;
    QSqlQuery insertEntry(db);
    QSqlQuery insertValue(db);
    if (!insertEntry.prepare(QStringLiteral("INSERT INTO form_entries (id, participant_id, visit_id, site_code, "
                                            "form_code, form_version, instance, state, arm_specific, created_at, "
                                            "created_by, updated_at, updated_by, completed_at, completed_by)%1 "
                                            "VALUES (?, ?, ?, ?, ?, ?, 1, 'complete', ?, ?, ?, ?, ?, ?, ?)")
                                 .arg(BulkTrial::givenIds(db)))
        || !insertValue.prepare(QStringLiteral("INSERT INTO item_values (entry_id, item_code, value, missing_code, "
                                               "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)")))
        return core::storageError(Tr::tr("Could not prepare the bulk form inserts."), insertEntry);
    if (!db.transaction())
        return core::storageError(Tr::tr("Could not start a bulk transaction."), db);
    qint64 inTransaction = 0;
    for (const VisitRow &visit : std::as_const(visits)) {
        for (const QString &formCode : formsByVisit.value(visit.code)) {
            const forms::FormDefinition *definition = forms::BundledForms::find(formCode);
            if (!definition || (!formCodes.isEmpty() && !formCodes.contains(formCode)))
                continue;
            insertEntry.bindValue(0, entryId);
            insertEntry.bindValue(1, visit.participant);
            insertEntry.bindValue(2, visit.id);
            insertEntry.bindValue(3, visit.site);
            insertEntry.bindValue(4, formCode);
            insertEntry.bindValue(5, definition->version);
            insertEntry.bindValue(6, int(visit.armSpecific || definition->armSpecific()));
            for (int i = 7; i <= 12; ++i)
                insertEntry.bindValue(i, i % 2 ? at : by);
            if (!insertEntry.exec())
                return core::storageError(Tr::tr("Could not insert a bulk form entry."), insertEntry);
            for (const forms::Item &item : definition->items) {
                const bool missing
                    = !item.missingCodes.isEmpty() && std::uniform_int_distribution<int>(0, 49)(random) == 0;
                insertValue.bindValue(0, entryId);
                insertValue.bindValue(1, item.code);
                insertValue.bindValue(2, missing ? QVariant() : QVariant(valueFor(item, visit.date, random)));
                insertValue.bindValue(3, missing ? QVariant(item.missingCodes.constFirst()) : QVariant());
                insertValue.bindValue(4, at);
                insertValue.bindValue(5, by);
                if (!insertValue.exec())
                    return core::storageError(Tr::tr("Could not insert a bulk item value."), insertValue);
                ++totals.values;
            }
            ++totals.entries;
            ++entryId;
            if (++inTransaction == kEntriesPerTransaction) {
                if (!db.commit() || !db.transaction())
                    return core::storageError(Tr::tr("Could not commit bulk form data."), db);
                inTransaction = 0;
            }
            if (totals.values >= targetValues)
                break;
        }
        if (totals.values >= targetValues)
            break;
    }
    if (!db.commit())
        return core::storageError(Tr::tr("Could not commit bulk form data."), db);
    return totals;
}

} // namespace trialdesk::bench
