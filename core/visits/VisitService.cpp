#include "core/visits/VisitService.h"

#include "core/enrollment/ParticipantRecords.h"
#include "core/platform/PrivateFile.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/security/SodiumRuntime.h"
#include "core/services/Write.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/util/Clock.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <sodium.h>

#include <array>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::VisitService)
};

const QString kEntity = QStringLiteral("visit");

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate parseDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return execList(db, sql, values, Tr::tr("Could not read or write the visits"));
}

// The columns Stored is read from, in order.
const QString kColumns = QStringLiteral(
    "v.id, v.participant_id, p.study_id, v.site_code, v.visit_code, v.visit_order, v.protocol_version, "
    "v.arm_specific, v.target_date, v.window_start, v.window_end, v.status, v.actual_date, v.out_of_window, v.reason");
const QString kFrom = QStringLiteral(" FROM visits v JOIN participants p ON p.id = v.participant_id");

// The audit trail's name of one visit: the study ID and the visit code, e.g. "ICM-0001/M3".
QString entityId(const QString &studyId, const QString &visitCode)
{
    return studyId + QLatin1Char('/') + visitCode;
}

// RFC 5545 TEXT escaping (3.3.11).
QString icsText(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    escaped.replace(QLatin1Char(','), QStringLiteral("\\,"));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return escaped;
}

// RFC 5545 3.1: lines of at most 75 octets, continued by CRLF and one space, never splitting a
// UTF-8 sequence.
void appendIcsLine(QByteArray &out, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (quint8(utf8.at(end)) & 0xC0) == 0x80)
            --end;
        out.append(utf8.mid(start, end - start));
        out.append("\r\n ");
        start = end;
        limit = 74; // the leading space counts
    }
    out.append(utf8.mid(start));
    out.append("\r\n");
}

} // namespace

// One stored visit row, before the protocol's names are added.
struct VisitService::Stored
{
    qint64 id = 0;
    qint64 participantId = 0;
    QString studyId;
    QString siteCode;
    QString visitCode;
    int order = 0;
    int protocolVersion = 0;
    bool armSpecific = false;
    QDate targetDate;
    QDate windowStart;
    QDate windowEnd;
    VisitStatus status = VisitStatus::Planned;
    QDate actualDate;
    bool outOfWindow = false;
    QString reason;

    static Stored read(const QSqlQuery &query)
    {
        Stored row;
        row.id = query.value(0).toLongLong();
        row.participantId = query.value(1).toLongLong();
        row.studyId = query.value(2).toString();
        row.siteCode = query.value(3).toString();
        row.visitCode = query.value(4).toString();
        row.order = query.value(5).toInt();
        row.protocolVersion = query.value(6).toInt();
        row.armSpecific = query.value(7).toInt() != 0;
        row.targetDate = parseDate(query.value(8));
        row.windowStart = parseDate(query.value(9));
        row.windowEnd = parseDate(query.value(10));
        row.status = visitStatusFromCode(query.value(11).toString()).value_or(VisitStatus::Planned);
        row.actualDate = parseDate(query.value(12));
        row.outOfWindow = query.value(13).toInt() != 0;
        row.reason = query.value(14).toString();
        return row;
    }
};

// A read of visit rows: a WHERE clause (without the blinding and site conditions, which select()
// adds), its values, and paging.
struct VisitService::Query
{
    QString site; // empty: every site
    QString where;
    QVariantList values;
    // Participant ids follow the study numbers within a site; ordering on them needs no join.
    QString orderBy = QStringLiteral("v.target_date, v.participant_id, v.visit_order");
    int limit = -1;
    int offset = 0;
};

Result<QString> VisitService::siteScope(const QString &siteCode) const
{
    const QString requested = siteCode.trimmed().toUpper();
    const QString userSite = m_session.user().siteCode;
    if (requested.isEmpty())
        return userSite;
    if (Status access = ParticipantRecords::checkSiteAccess(userSite, requested); !access)
        return access.error();
    auto known = exec(m_session.database(), QStringLiteral("SELECT COUNT(*) FROM sites WHERE code = ?"), { requested });
    if (!known)
        return known.error();
    if (!known->next() || known->value(0).toLongLong() == 0)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("There is no site \"%1\": give the code of one of the trial's sites.").arg(requested));
    return requested;
}

Result<QList<VisitRow>> VisitService::select(const Query &query) const
{
    QString where = query.where;
    QVariantList values = query.values;
    if (!query.site.isEmpty()) {
        where += QStringLiteral(" AND v.site_code = ?");
        values.append(query.site);
    }
    if (!m_session.can(Action::ArmView))
        where += QStringLiteral(" AND v.arm_specific = 0");
    QSqlDatabase &db = m_session.database();
    if (query.limit < 0) {
        auto result = run(db,
                          QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE ") + where
                              + QStringLiteral(" ORDER BY ") + query.orderBy,
                          values);
        if (!result)
            return result.error();
        QList<VisitRow> rows;
        while (result->next()) {
            auto row = toRow(Stored::read(result.value()));
            if (!row)
                return row.error();
            rows.append(std::move(row.value()));
        }
        return rows;
    }
    // A page: the ids come from the covering index alone (migration 6), then only the rows shown
    // are read, so a site with thousands of matches costs a page, not thousands of row reads.
    auto ids = run(db,
                   QStringLiteral("SELECT v.id FROM visits v WHERE ") + where + QStringLiteral(" ORDER BY ")
                       + query.orderBy + QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset),
                   values);
    if (!ids)
        return ids.error();
    QList<qint64> order;
    while (ids->next())
        order.append(ids->value(0).toLongLong());
    if (order.isEmpty())
        return QList<VisitRow> {};
    QVariantList idValues;
    for (qint64 id : std::as_const(order))
        idValues.append(id);
    auto result = run(db,
                      QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE v.id IN (")
                          + placeholders(idValues.size()) + QLatin1Char(')'),
                      idValues);
    if (!result)
        return result.error();
    QHash<qint64, VisitRow> byId;
    while (result->next()) {
        auto row = toRow(Stored::read(result.value()));
        if (!row)
            return row.error();
        byId.insert(row->id, std::move(row.value()));
    }
    QList<VisitRow> rows;
    rows.reserve(order.size());
    for (qint64 id : std::as_const(order))
        rows.append(byId.value(id));
    return rows;
}

Result<int> VisitService::count(const Query &query) const
{
    // No join: the site code is on the visit row, so the count is one range of an index.
    QString sql = QStringLiteral("SELECT COUNT(*) FROM visits v WHERE ") + query.where;
    QVariantList values = query.values;
    if (!query.site.isEmpty()) {
        sql += QStringLiteral(" AND v.site_code = ?");
        values.append(query.site);
    }
    if (!m_session.can(Action::ArmView))
        sql += QStringLiteral(" AND v.arm_specific = 0");
    auto result = run(m_session.database(), sql, values);
    if (!result)
        return result.error();
    return result->next() ? result->value(0).toInt() : 0;
}

Result<VisitRow> VisitService::toRow(const Stored &stored) const
{
    auto protocol = protocolVersion(stored.protocolVersion);
    if (!protocol)
        return protocol.error();
    VisitRow row;
    row.id = stored.id;
    row.studyId = stored.studyId;
    row.siteCode = stored.siteCode;
    row.visitCode = stored.visitCode;
    row.order = stored.order;
    row.targetDate = stored.targetDate;
    row.windowStart = stored.windowStart;
    row.windowEnd = stored.windowEnd;
    row.status = stored.status;
    row.actualDate = stored.actualDate;
    row.outOfWindow = stored.outOfWindow;
    row.reason = stored.reason;
    row.armSpecific = stored.armSpecific;
    if (const ProtocolVisit *visit = protocol.value()->schedule.visit(stored.visitCode)) {
        row.visitName = visit->name;
        row.primaryOutcome = visit->primaryOutcome;
        row.forms = visit->forms;
    } else {
        row.visitName = LocalizedText { stored.visitCode, stored.visitCode };
    }
    return row;
}

Result<std::shared_ptr<const Protocol>> VisitService::protocolVersion(int version) const
{
    if (auto cached = m_protocols.constFind(version); cached != m_protocols.constEnd())
        return cached.value();
    auto stored = exec(m_session.database(),
                       QStringLiteral("SELECT definition FROM protocol_versions WHERE version = ?"), { version });
    if (!stored)
        return stored.error();
    if (!stored->next())
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("Protocol version %1, which planned some visits, is missing from the database. "
                                "Restore the workspace from a backup.")
                             .arg(version));
    auto parsed = Protocol::parse(stored->value(0).toString().toUtf8(), Tr::tr("protocol version %1").arg(version));
    if (!parsed)
        return parsed.error();
    auto protocol = std::make_shared<const Protocol>(std::move(parsed.value()));
    m_protocols.insert(version, protocol);
    return protocol;
}

Result<VisitService::Stored> VisitService::findForChange(const QString &studyId, const QString &visitCode)
{
    QSqlDatabase &db = m_session.database();
    auto participant = ParticipantRecords::findAccessible(db, studyId.trimmed().toUpper(), m_session.user().siteCode);
    if (!participant)
        return participant.error();
    const QString code = visitCode.trimmed().toUpper();
    auto found = exec(db,
                      QStringLiteral("SELECT ") + kColumns + kFrom
                          + QStringLiteral(" WHERE v.participant_id = ? AND v.visit_code = ?"),
                      { participant->id, code });
    if (!found)
        return found.error();
    // A blinded user naming an arm-specific visit gets the same answer as for a visit that does not exist.
    if (!found->next() || (found->value(7).toInt() != 0 && !m_session.can(Action::ArmView)))
        return makeError(ErrorCode::NotFound,
                         Tr::tr("Participant %1 has no visit \"%2\": check the visit code in their timeline.")
                             .arg(participant->studyId, code));
    return Stored::read(found.value());
}

Result<QDate> VisitService::randomizationDate(qint64 participantId)
{
    auto found = exec(m_session.database(),
                      QStringLiteral("SELECT r.randomized_at, s.time_zone FROM randomizations r "
                                     "JOIN participants p ON p.id = r.participant_id "
                                     "JOIN sites s ON s.code = p.site_code WHERE r.participant_id = ?"),
                      { participantId });
    if (!found)
        return found.error();
    if (!found->next())
        return makeError(ErrorCode::Conflict, Tr::tr("The participant is not randomized: they have no visits."));
    return VisitCalendar::localDate(Clock::parse(found->value(0).toString()), found->value(1).toString());
}

Result<QDate> VisitService::siteToday(const QString &siteCode)
{
    auto zone = exec(m_session.database(), QStringLiteral("SELECT time_zone FROM sites WHERE code = ?"), { siteCode });
    if (!zone)
        return zone.error();
    return VisitCalendar::localDate(m_session.clock().nowUtc(), zone->next() ? zone->value(0).toString() : QString());
}

Status VisitService::writeDates(const Stored &visit, const PlannedDates &dates, const QString &action,
                                const QString &reason)
{
    if (dates.target == visit.targetDate && dates.windowStart == visit.windowStart
        && dates.windowEnd == visit.windowEnd)
        return {};
    auto updated = exec(m_session.database(),
                        QStringLiteral("UPDATE visits SET target_date = ?, window_start = ?, window_end = ?, "
                                       "updated_at = ?, updated_by = ? WHERE id = ?"),
                        { isoDate(dates.target), isoDate(dates.windowStart), isoDate(dates.windowEnd),
                          Clock::format(m_session.clock().nowUtc()), m_session.user().username, visit.id });
    if (!updated)
        return updated.error();
    const QString id = entityId(visit.studyId, visit.visitCode);
    const QList<std::tuple<QString, QDate, QDate>> fields
        = { { QStringLiteral("target_date"), visit.targetDate, dates.target },
            { QStringLiteral("window_start"), visit.windowStart, dates.windowStart },
            { QStringLiteral("window_end"), visit.windowEnd, dates.windowEnd } };
    for (const auto &[field, before, after] : fields) {
        if (before == after)
            continue;
        if (Status s = m_session.audit({ action, kEntity, id, field, isoDate(before), isoDate(after), reason }); !s)
            return s;
    }
    return {};
}

// Visits anchored on another visit follow its actual date once it is completed, and its
// appointment until then; chains (C on B on A) follow in turn.
Status VisitService::retargetAnchoredOn(const Stored &anchor, const QDate &anchorDate, const QString &reason)
{
    auto planned = exec(m_session.database(),
                        QStringLiteral("SELECT ") + kColumns + kFrom
                            + QStringLiteral(" WHERE v.participant_id = ? AND v.status = ? ORDER BY v.visit_order"),
                        { anchor.participantId, visitStatusCode(VisitStatus::Planned) });
    if (!planned)
        return planned.error();
    QList<Stored> dependents;
    while (planned->next())
        dependents.append(Stored::read(planned.value()));
    for (const Stored &visit : std::as_const(dependents)) {
        auto protocol = protocolVersion(visit.protocolVersion);
        if (!protocol)
            return protocol.error();
        const ProtocolVisit *definition = protocol.value()->schedule.visit(visit.visitCode);
        if (!definition || definition->anchor != anchor.visitCode)
            continue;
        const PlannedDates dates = VisitCalendar(protocol.value()->schedule).plan(*definition, anchorDate);
        if (Status s = writeDates(visit, dates, QStringLiteral("visit.retarget"), reason); !s)
            return s;
        if (Status s = retargetAnchoredOn(visit, dates.target, reason); !s)
            return s;
    }
    return {};
}

Status VisitService::planAtRandomization(Write &write, qint64 participantId, const QString &arm,
                                         const QDate &randomizedOn)
{
    if (Status allowed = write.require(Action::Randomize); !allowed)
        return allowed;
    QSqlDatabase &db = write.database();
    if (!randomizedOn.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The randomization date is not a valid date."));
    auto protocol = CurrentProtocol::load(db);
    if (!protocol)
        return protocol.error();
    auto participant
        = exec(db, QStringLiteral("SELECT study_id, site_code FROM participants WHERE id = ?"), { participantId });
    if (!participant)
        return participant.error();
    if (!participant->next())
        return makeError(ErrorCode::NotFound, Tr::tr("The participant to plan visits for does not exist."));
    const QString studyId = participant->value(0).toString();
    const QString siteCode = participant->value(1).toString();
    const VisitSchedule &schedule = protocol->protocol.schedule;
    const VisitCalendar calendar(schedule);
    const QString now = Clock::format(write.clock().nowUtc());
    QHash<QString, QDate> targets;
    QStringList planned;
    for (qsizetype order = 0; order < schedule.visits.size(); ++order) {
        const ProtocolVisit &visit = schedule.visits.at(order);
        if (!visit.appliesTo(arm))
            continue;
        // An anchor visit the arm does not have: the schedule falls back to the randomization date.
        const QDate anchorDate = visit.anchor == ProtocolVisit::kRandomizationAnchor
            ? randomizedOn
            : targets.value(visit.anchor, randomizedOn);
        const PlannedDates dates = calendar.plan(visit, anchorDate);
        targets.insert(visit.code, dates.target);
        auto inserted
            = exec(db,
                   QStringLiteral("INSERT INTO visits (participant_id, site_code, visit_code, visit_order, "
                                  "protocol_version, arm_specific, target_date, window_start, window_end, "
                                  "status, out_of_window, created_at, updated_at, updated_by) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"),
                   { participantId, siteCode, visit.code, int(order), protocol->version, visit.armSpecific() ? 1 : 0,
                     isoDate(dates.target), isoDate(dates.windowStart), isoDate(dates.windowEnd),
                     visitStatusCode(VisitStatus::Planned), now, now, write.user().username });
        if (!inserted)
            return inserted.error();
        planned.append(visit.code);
    }
    if (planned.isEmpty())
        return {};
    return write.audit({ QStringLiteral("visit.plan"), QStringLiteral("participant"), studyId, QStringLiteral("visits"),
                         std::nullopt,
                         QStringLiteral("protocol_version=%1;from=%2;visits=%3")
                             .arg(protocol->version)
                             .arg(isoDate(randomizedOn), planned.join(QLatin1Char(','))),
                         std::nullopt });
}

Result<QList<VisitRow>> VisitService::timeline(const QString &studyId) const
{
    if (Status allowed = m_session.require(Action::VisitView); !allowed)
        return allowed.error();
    auto participant = ParticipantRecords::findAccessible(m_session.database(), studyId.trimmed().toUpper(),
                                                          m_session.user().siteCode);
    if (!participant)
        return participant.error();
    Query query;
    query.where = QStringLiteral("v.participant_id = ?");
    query.values = { participant->id };
    query.orderBy = QStringLiteral("v.visit_order, v.id");
    return select(query);
}

Result<QList<VisitRow>> VisitService::due(const QString &siteCode, const QDate &from, const QDate &to) const
{
    auto query = listQuery(siteCode, from.isValid() && to.isValid() && to >= from,
                           Tr::tr("Give a period of valid dates whose end is not before its start."));
    if (!query)
        return query.error();
    query->where = QStringLiteral("v.status = ? AND v.target_date >= ? AND v.target_date <= ?");
    query->values = { visitStatusCode(VisitStatus::Planned), isoDate(from), isoDate(to) };
    return select(*query);
}

Result<QList<VisitRow>> VisitService::overdue(const QString &siteCode, const QDate &asOf) const
{
    auto query = listQuery(siteCode, asOf.isValid(), Tr::tr("Give a valid date for the overdue list."));
    if (!query)
        return query.error();
    query->where = QStringLiteral("v.status = ? AND v.target_date < ?");
    query->values = { visitStatusCode(VisitStatus::Planned), isoDate(asOf) };
    return select(*query);
}

Result<VisitPage> VisitService::overduePage(const QString &siteCode, const QDate &asOf, int offset, int limit) const
{
    auto query = listQuery(siteCode, asOf.isValid(), Tr::tr("Give a valid date for the overdue list."));
    if (!query)
        return query.error();
    if (offset < 0 || limit < 1 || limit > kMaxPageSize)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A page starts at 0 or later and holds 1 to %1 rows.").arg(kMaxPageSize));
    query->where = QStringLiteral("v.status = ? AND v.target_date < ?");
    query->values = { visitStatusCode(VisitStatus::Planned), isoDate(asOf) };
    query->limit = limit;
    query->offset = offset;
    auto rows = select(*query);
    if (!rows)
        return rows.error();
    auto total = count(*query);
    if (!total)
        return total.error();
    return VisitPage { rows.value(), offset, total.value() };
}

Result<TodayView> VisitService::today(const QString &siteCode, const QDate &asOf) const
{
    auto scope = listQuery(siteCode, asOf.isValid(), Tr::tr("Give a valid date for the today view."));
    if (!scope)
        return scope.error();
    const QString planned = visitStatusCode(VisitStatus::Planned);
    const QString day = isoDate(asOf);
    const QList<std::pair<QString, QVariantList>> sections = {
        { QStringLiteral("v.status = ? AND v.target_date = ?"), { planned, day } },
        { QStringLiteral("v.status = ? AND v.target_date > ? AND v.target_date <= ?"),
          { planned, day, isoDate(asOf.addDays(6)) } },
        { QStringLiteral("v.status = ? AND v.target_date < ? AND v.window_end >= ?"), { planned, day, day } },
        { QStringLiteral("v.status = ? AND v.window_end < ?"), { planned, day } },
    };
    TodayView view;
    view.asOf = asOf;
    const std::array<std::pair<QList<VisitRow> *, int *>, 4> targets
        = { std::pair { &view.dueToday, &view.dueTodayTotal }, std::pair { &view.dueThisWeek, &view.dueThisWeekTotal },
            std::pair { &view.overdue, &view.overdueTotal }, std::pair { &view.outOfWindow, &view.outOfWindowTotal } };
    for (qsizetype i = 0; i < sections.size(); ++i) {
        Query query = scope.value();
        query.where = sections.at(i).first;
        query.values = sections.at(i).second;
        query.limit = TodayView::kListLimit;
        auto rows = select(query);
        if (!rows)
            return rows.error();
        *targets.at(i).first = rows.value();
        if (rows->size() < TodayView::kListLimit) {
            *targets.at(i).second = int(rows->size());
            continue;
        }
        auto total = count(query);
        if (!total)
            return total.error();
        *targets.at(i).second = total.value();
    }
    return view;
}

Result<QList<VisitRow>> VisitService::agenda(const QString &siteCode, const QDate &from, const QDate &to) const
{
    auto query = listQuery(siteCode, from.isValid() && to.isValid() && to >= from,
                           Tr::tr("Give a period of valid dates whose end is not before its start."));
    if (!query)
        return query.error();
    query->where = QStringLiteral("((v.target_date >= ? AND v.target_date <= ?) OR "
                                  "(v.actual_date IS NOT NULL AND v.actual_date >= ? AND v.actual_date <= ?))");
    query->values = { isoDate(from), isoDate(to), isoDate(from), isoDate(to) };
    return select(*query);
}

Status VisitService::complete(const QString &studyId, const QString &visitCode, const QDate &actualDate)
{
    auto write = beginWrite(m_session, Action::VisitManage);
    if (!write)
        return write.error();
    if (!actualDate.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Give the day the visit took place (YYYY-MM-DD)."));
    auto visit = findForChange(studyId, visitCode);
    if (!visit)
        return visit.error();
    const QString id = entityId(visit->studyId, visit->visitCode);
    switch (visit->status) {
    case VisitStatus::Planned:
        break;
    case VisitStatus::Completed:
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Visit %1 was already completed on %2: a visit is completed once.")
                             .arg(id, isoDate(visit->actualDate)));
    case VisitStatus::Missed:
        return makeError(
            ErrorCode::Conflict,
            Tr::tr("Visit %1 was recorded as missed (%2): it cannot be completed.").arg(id, visit->reason));
    case VisitStatus::Cancelled:
        return makeError(
            ErrorCode::Conflict,
            Tr::tr("Visit %1 was cancelled (%2): the participant is no longer followed.").arg(id, visit->reason));
    }
    auto today = siteToday(visit->siteCode);
    if (!today)
        return today.error();
    if (actualDate > today.value())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The visit date %1 is in the future (today is %2 at the site): record a visit once it "
                                "has taken place.")
                             .arg(isoDate(actualDate), isoDate(today.value())));
    auto randomized = randomizationDate(visit->participantId);
    if (!randomized)
        return randomized.error();
    if (actualDate < randomized.value())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The visit date %1 is before participant %2 was randomized (%3).")
                             .arg(isoDate(actualDate), visit->studyId, isoDate(randomized.value())));
    const bool outOfWindow = actualDate < visit->windowStart || actualDate > visit->windowEnd;
    auto updated = exec(m_session.database(),
                        QStringLiteral("UPDATE visits SET status = ?, actual_date = ?, out_of_window = ?, "
                                       "updated_at = ?, updated_by = ? WHERE id = ?"),
                        { visitStatusCode(VisitStatus::Completed), isoDate(actualDate), outOfWindow ? 1 : 0,
                          Clock::format(m_session.clock().nowUtc()), m_session.user().username, visit->id });
    if (!updated)
        return updated.error();
    const QString action = QStringLiteral("visit.complete");
    if (Status s = write->audit({ action, kEntity, id, QStringLiteral("status"), visitStatusCode(VisitStatus::Planned),
                                  visitStatusCode(VisitStatus::Completed), std::nullopt });
        !s)
        return s;
    if (Status s = write->audit(
            { action, kEntity, id, QStringLiteral("actual_date"), std::nullopt, isoDate(actualDate), std::nullopt });
        !s)
        return s;
    if (outOfWindow)
        if (Status s = write->audit({ action, kEntity, id, QStringLiteral("out_of_window"), QStringLiteral("0"),
                                      QStringLiteral("1"),
                                      Tr::tr("completed outside the window %1 to %2")
                                          .arg(isoDate(visit->windowStart), isoDate(visit->windowEnd)) });
            !s)
            return s;
    if (Status s = retargetAnchoredOn(visit.value(), actualDate,
                                      Tr::tr("visit %1 completed on %2").arg(visit->visitCode, isoDate(actualDate)));
        !s)
        return s;
    return write->commit();
}

Status VisitService::miss(const QString &studyId, const QString &visitCode, const QString &reason)
{
    auto write = beginWrite(m_session, Action::VisitManage);
    if (!write)
        return write.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Say why the visit was missed: a reason is required."));
    auto visit = findForChange(studyId, visitCode);
    if (!visit)
        return visit.error();
    const QString id = entityId(visit->studyId, visit->visitCode);
    if (visit->status != VisitStatus::Planned)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Visit %1 is \"%2\": only a planned visit can be recorded as missed.")
                             .arg(id, visitStatusDisplayName(visit->status)));
    auto updated = exec(m_session.database(),
                        QStringLiteral("UPDATE visits SET status = ?, reason = ?, updated_at = ?, updated_by = ? "
                                       "WHERE id = ?"),
                        { visitStatusCode(VisitStatus::Missed), why, Clock::format(m_session.clock().nowUtc()),
                          m_session.user().username, visit->id });
    if (!updated)
        return updated.error();
    if (Status s = write->audit({ QStringLiteral("visit.miss"), kEntity, id, QStringLiteral("status"),
                                  visitStatusCode(VisitStatus::Planned), visitStatusCode(VisitStatus::Missed), why });
        !s)
        return s;
    return write->commit();
}

Status VisitService::reschedule(const QString &studyId, const QString &visitCode, const QDate &newTarget,
                                const QString &reason)
{
    auto write = beginWrite(m_session, Action::VisitManage);
    if (!write)
        return write.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Say why the visit is rescheduled: a reason is required."));
    if (!newTarget.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Give the new date of the visit (YYYY-MM-DD)."));
    auto visit = findForChange(studyId, visitCode);
    if (!visit)
        return visit.error();
    const QString id = entityId(visit->studyId, visit->visitCode);
    if (visit->status != VisitStatus::Planned)
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Visit %1 is \"%2\": only a planned visit can be rescheduled.")
                             .arg(id, visitStatusDisplayName(visit->status)));
    if (newTarget == visit->targetDate)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Visit %1 is already planned on %2: give another date.").arg(id, isoDate(newTarget)));
    auto randomized = randomizationDate(visit->participantId);
    if (!randomized)
        return randomized.error();
    if (newTarget < randomized.value())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The new date %1 is before participant %2 was randomized (%3).")
                             .arg(isoDate(newTarget), visit->studyId, isoDate(randomized.value())));
    auto updated = exec(
        m_session.database(),
        QStringLiteral("UPDATE visits SET target_date = ?, reason = ?, updated_at = ?, updated_by = ? "
                       "WHERE id = ?"),
        { isoDate(newTarget), why, Clock::format(m_session.clock().nowUtc()), m_session.user().username, visit->id });
    if (!updated)
        return updated.error();
    if (Status s = write->audit({ QStringLiteral("visit.reschedule"), kEntity, id, QStringLiteral("target_date"),
                                  isoDate(visit->targetDate), isoDate(newTarget), why });
        !s)
        return s;
    // Visits anchored on this one follow its appointment until it takes place.
    if (Status s = retargetAnchoredOn(visit.value(), newTarget, why); !s)
        return s;
    return write->commit();
}

Status VisitService::cancelRemaining(Write &write, qint64 participantId, const QString &reason)
{
    if (Status allowed = write.require(Action::ParticipantStatusChange); !allowed)
        return allowed;
    QSqlDatabase &db = write.database();
    const QString planned = visitStatusCode(VisitStatus::Planned);
    const QString cancelled = visitStatusCode(VisitStatus::Cancelled);
    auto remaining = exec(db,
                          QStringLiteral("SELECT p.study_id, v.visit_code FROM visits v JOIN participants p ON "
                                         "p.id = v.participant_id WHERE v.participant_id = ? AND v.status = ? "
                                         "ORDER BY v.visit_order"),
                          { participantId, planned });
    if (!remaining)
        return remaining.error();
    QStringList ids;
    while (remaining->next())
        ids.append(entityId(remaining->value(0).toString(), remaining->value(1).toString()));
    if (ids.isEmpty())
        return {};
    auto updated = exec(db,
                        QStringLiteral("UPDATE visits SET status = ?, reason = ?, updated_at = ?, updated_by = ? "
                                       "WHERE participant_id = ? AND status = ?"),
                        { cancelled, reason.trimmed(), Clock::format(write.clock().nowUtc()), write.user().username,
                          participantId, planned });
    if (!updated)
        return updated.error();
    for (const QString &id : std::as_const(ids))
        if (Status s = write.audit({ QStringLiteral("visit.cancel"), kEntity, id, QStringLiteral("status"), planned,
                                     cancelled, reason.trimmed() });
            !s)
            return s;
    return {};
}

Result<int> VisitService::applyCurrentSchedule(const QStringList &studyIds, const QString &reason)
{
    // The schedule names arm-specific visits: applying it is for users who may see the arm.
    auto write = beginWrite(m_session, { Action::VisitManage, Action::ArmView });
    if (!write)
        return write.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Say why the new schedule is applied to these participants: a reason is required."));
    if (studyIds.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose the participants to apply the schedule to."));
    QSqlDatabase &db = write->database();
    auto current = CurrentProtocol::load(db);
    if (!current)
        return current.error();
    const VisitSchedule &schedule = current->protocol.schedule;
    const VisitCalendar calendar(schedule);
    const QString now = Clock::format(m_session.clock().nowUtc());
    int changed = 0;
    for (const QString &requested : studyIds) {
        auto participant
            = ParticipantRecords::findAccessible(db, requested.trimmed().toUpper(), m_session.user().siteCode);
        if (!participant)
            return participant.error();
        auto armQuery
            = exec(db, QStringLiteral("SELECT arm FROM randomizations WHERE participant_id = ?"), { participant->id });
        if (!armQuery)
            return armQuery.error();
        if (!armQuery->next())
            return makeError(
                ErrorCode::Conflict,
                Tr::tr("Participant %1 is not randomized: they have no schedule to change.").arg(participant->studyId));
        const QString arm = armQuery->value(0).toString();
        auto randomized = randomizationDate(participant->id);
        if (!randomized)
            return randomized.error();
        auto existing
            = exec(db, QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE v.participant_id = ?"),
                   { participant->id });
        if (!existing)
            return existing.error();
        QHash<QString, Stored> visits;
        while (existing->next()) {
            Stored stored = Stored::read(existing.value());
            visits.insert(stored.visitCode, stored);
        }
        bool touched = false;
        QHash<QString, QDate> anchors;
        for (qsizetype order = 0; order < schedule.visits.size(); ++order) {
            const ProtocolVisit &definition = schedule.visits.at(order);
            if (!definition.appliesTo(arm))
                continue;
            QDate anchorDate = randomized.value();
            if (definition.anchor != ProtocolVisit::kRandomizationAnchor)
                anchorDate = anchors.value(definition.anchor, randomized.value());
            const PlannedDates dates = calendar.plan(definition, anchorDate);
            auto found = visits.constFind(definition.code);
            if (found == visits.constEnd()) {
                auto inserted = exec(
                    db,
                    QStringLiteral("INSERT INTO visits (participant_id, site_code, visit_code, visit_order, "
                                   "protocol_version, arm_specific, target_date, window_start, window_end, status, "
                                   "out_of_window, created_at, updated_at, updated_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"),
                    { participant->id, participant->siteCode, definition.code, int(order), current->version,
                      definition.armSpecific() ? 1 : 0, isoDate(dates.target), isoDate(dates.windowStart),
                      isoDate(dates.windowEnd), visitStatusCode(VisitStatus::Planned), now, now,
                      m_session.user().username });
                if (!inserted)
                    return inserted.error();
                if (Status s = write->audit(
                        { QStringLiteral("visit.add"), kEntity, entityId(participant->studyId, definition.code),
                          QStringLiteral("target_date"), std::nullopt, isoDate(dates.target), why });
                    !s)
                    return s.error();
                anchors.insert(definition.code, dates.target);
                touched = true;
                continue;
            }
            const Stored &visit = found.value();
            // Completed visits anchor on their actual date; other statuses keep what they have.
            if (visit.status != VisitStatus::Planned) {
                anchors.insert(definition.code,
                               visit.status == VisitStatus::Completed ? visit.actualDate : visit.targetDate);
                continue;
            }
            anchors.insert(definition.code, dates.target);
            const bool datesChange = dates.target != visit.targetDate || dates.windowStart != visit.windowStart
                || dates.windowEnd != visit.windowEnd;
            if (Status s = writeDates(visit, dates, QStringLiteral("visit.apply-schedule"), why); !s)
                return s.error();
            if (visit.protocolVersion != current->version || visit.order != order) {
                auto moved = exec(db,
                                  QStringLiteral("UPDATE visits SET protocol_version = ?, visit_order = ?, "
                                                 "updated_at = ?, updated_by = ? WHERE id = ?"),
                                  { current->version, int(order), now, m_session.user().username, visit.id });
                if (!moved)
                    return moved.error();
                if (Status s
                    = write->audit({ QStringLiteral("visit.apply-schedule"), kEntity,
                                     entityId(visit.studyId, visit.visitCode), QStringLiteral("protocol_version"),
                                     QString::number(visit.protocolVersion), QString::number(current->version), why });
                    !s)
                    return s.error();
                touched = true;
            }
            touched = touched || datesChange;
        }
        // Planned visits the new schedule no longer has (for this arm) will not take place.
        for (const Stored &visit : std::as_const(visits)) {
            const ProtocolVisit *definition = schedule.visit(visit.visitCode);
            if (visit.status != VisitStatus::Planned || (definition && definition->appliesTo(arm)))
                continue;
            auto cancelled
                = exec(db,
                       QStringLiteral("UPDATE visits SET status = ?, reason = ?, updated_at = ?, "
                                      "updated_by = ? WHERE id = ?"),
                       { visitStatusCode(VisitStatus::Cancelled), why, now, m_session.user().username, visit.id });
            if (!cancelled)
                return cancelled.error();
            if (Status s
                = write->audit({ QStringLiteral("visit.apply-schedule"), kEntity,
                                 entityId(visit.studyId, visit.visitCode), QStringLiteral("status"),
                                 visitStatusCode(VisitStatus::Planned), visitStatusCode(VisitStatus::Cancelled), why });
                !s)
                return s.error();
            touched = true;
        }
        if (touched)
            ++changed;
    }
    if (Status committed = write->commit(); !committed)
        return committed.error();
    return changed;
}

namespace {

// The calendar's event UIDs must be stable (a calendar client updates an event in place when the
// next export carries the same UID) and must tell nothing the file does not already say: a row id
// would (ids are handed out across arms, so the gaps in an outcome assessor's calendar, where visits
// of the intervention-only schedule are hidden, show who is in which arm). A UID is therefore
// BLAKE2b (crypto_generichash) of the study ID and visit code, keyed with a random 256-bit secret
// of the trial: stored in the encrypted database (settings.calendar_uid_key), created on the first
// calendar export, never shown by any screen or command, never rotated (UIDs stay stable). The input
// is what the event's SUMMARY already shows, so even someone holding the key learns nothing about
// the arm from a UID; the key keeps UIDs unpredictable and unrelated across trials.
const QString kCalendarUidKey = QStringLiteral("calendar_uid_key");

Result<QByteArray> readCalendarUidKey(QSqlDatabase &db)
{
    auto query = exec(db, QStringLiteral("SELECT value FROM settings WHERE name = ?"), { kCalendarUidKey });
    if (!query)
        return query.error();
    if (!query->next())
        return QByteArray();
    const QByteArray key = QByteArray::fromHex(query->value(0).toString().toLatin1());
    if (key.size() != crypto_generichash_KEYBYTES)
        return makeError(ErrorCode::Storage,
                         Tr::tr("The trial's calendar key is damaged. Restore the database from a backup."));
    return key;
}

QString calendarUid(const QByteArray &key, const QString &studyId, const QString &visitCode)
{
    // Domain-separated and unambiguous: a unit separator cannot occur in a study ID or visit code.
    const QByteArray input = QByteArrayLiteral("trialdesk-calendar-uid-v1\x1f") + studyId.toUtf8()
        + QByteArrayLiteral("\x1f") + visitCode.toUtf8();
    std::array<unsigned char, 16> digest {};
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char *>(input.constData()),
                       static_cast<unsigned long long>(input.size()),
                       reinterpret_cast<const unsigned char *>(key.constData()), static_cast<size_t>(key.size()));
    return QStringLiteral("trialdesk-visit-%1@trialdesk")
        .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest.data()), digest.size()).toHex()));
}

} // namespace

// The opening of every visit list: the reading permission, the dates checked (invalidDates says
// what to give when they are not), and the site the list is limited to.
Result<VisitService::Query> VisitService::listQuery(const QString &siteCode, bool datesValid,
                                                    const QString &invalidDates) const
{
    if (Status allowed = m_session.require(Action::VisitView); !allowed)
        return allowed.error();
    if (!datesValid)
        return makeError(ErrorCode::InvalidInput, invalidDates);
    auto site = siteScope(siteCode);
    if (!site)
        return site.error();
    Query query;
    query.site = site.value();
    return query;
}

Result<QByteArray> VisitService::calendarUidKey() const
{
    if (!SodiumRuntime::initialize())
        return makeError(ErrorCode::Storage,
                         Tr::tr("The cryptography library could not start, so the calendar cannot be written."));
    QSqlDatabase &db = m_session.database();
    auto key = readCalendarUidKey(db);
    if (!key || !key->isEmpty())
        return key;
    // First calendar of the trial: create the secret (audited, its value never written anywhere else).
    auto write = beginWrite(m_session, Action::VisitView);
    if (!write)
        return write.error();
    // Another session may have created it meanwhile: the write lock is held now, so look again.
    auto existing = readCalendarUidKey(db);
    if (!existing || !existing->isEmpty())
        return existing;
    QByteArray fresh(crypto_generichash_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(fresh.data(), static_cast<size_t>(fresh.size()));
    const QString hex = QString::fromLatin1(fresh.toHex());
    sodium_memzero(fresh.data(), static_cast<size_t>(fresh.size()));
    auto inserted
        = exec(db, QStringLiteral("INSERT INTO settings (name, value) VALUES (?, ?)"), { kCalendarUidKey, hex });
    if (!inserted)
        return inserted.error();
    if (Status s = write->audit({ QStringLiteral("settings.create"), QStringLiteral("settings"), kCalendarUidKey,
                                  QStringLiteral("value"), std::nullopt, QStringLiteral("(random secret, not shown)"),
                                  std::nullopt });
        !s)
        return s.error();
    if (Status committed = write->commit(); !committed)
        return committed.error();
    return readCalendarUidKey(db);
}

Result<QByteArray> VisitService::exportIcs(const QString &siteCode) const
{
    if (Status allowed = m_session.require(Action::VisitView); !allowed)
        return allowed.error();
    auto site = siteScope(siteCode);
    if (!site)
        return site.error();
    auto key = calendarUidKey();
    if (!key)
        return key.error();
    Query query;
    query.site = site.value();
    query.where = QStringLiteral("v.status = ?");
    query.values = { visitStatusCode(VisitStatus::Planned) };
    auto rows = select(query);
    if (!rows)
        return rows.error();
    const QString stamp = m_session.clock().nowUtc().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out;
    appendIcsLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendIcsLine(out, QStringLiteral("VERSION:2.0"));
    appendIcsLine(out, QStringLiteral("PRODID:-//TrialDesk//Visits//EN"));
    appendIcsLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendIcsLine(out, QStringLiteral("METHOD:PUBLISH"));
    for (const VisitRow &row : std::as_const(rows.value())) {
        appendIcsLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendIcsLine(out, QStringLiteral("UID:") + calendarUid(key.value(), row.studyId, row.visitCode));
        appendIcsLine(out, QStringLiteral("DTSTAMP:") + stamp);
        appendIcsLine(out, QStringLiteral("DTSTART;VALUE=DATE:") + row.targetDate.toString(QStringLiteral("yyyyMMdd")));
        appendIcsLine(
            out, QStringLiteral("DTEND;VALUE=DATE:") + row.targetDate.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        appendIcsLine(out, QStringLiteral("SUMMARY:") + icsText(row.studyId + QLatin1Char(' ') + row.visitCode));
        appendIcsLine(out,
                      QStringLiteral("DESCRIPTION:")
                          + icsText(Tr::tr("Window: %1 to %2").arg(isoDate(row.windowStart), isoDate(row.windowEnd))));
        appendIcsLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
        appendIcsLine(out, QStringLiteral("END:VEVENT"));
    }
    appendIcsLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

Result<int> VisitService::exportIcs(const QString &siteCode, const QString &path) const
{
    auto calendar = exportIcs(siteCode);
    if (!calendar)
        return calendar.error();
    const int events = static_cast<int>(calendar->count("BEGIN:VEVENT"));
    // A private temporary file (0600, never through a link), audited, then put in place: the
    // calendar never appears without its audit entry, and a calendar client never reads half a file.
    PrivateFileWriter file(path);
    if (Status opened = file.open(); !opened)
        return opened.error();
    if (!file.write(calendar.value()))
        return makeError(ErrorCode::Storage,
                         Tr::tr("Could not write %1: %2. Check the disk space and try again.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    auto write = beginWrite(m_session, Action::VisitView);
    if (!write)
        return write.error();
    if (Status s = write->audit({ QStringLiteral("visit.export-ics"), QStringLiteral("visit-calendar"),
                                  siteCode.isEmpty() ? QStringLiteral("*") : siteCode.trimmed().toUpper(),
                                  QStringLiteral("file"), std::nullopt,
                                  QStringLiteral("%1 (%2 visits)")
                                      .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                                      .arg(events),
                                  std::nullopt });
        !s)
        return s.error();
    if (Status committed = write->commit(); !committed)
        return committed.error();
    if (Status placed = file.commit(); !placed)
        return placed.error();
    return events;
}

} // namespace trialdesk::core
