#include "core/reporting/ConsortData.h"

#include "core/reporting/DataCut.h"
#include "core/sql/SqlUtil.h"
#include "core/workspace/TrialSession.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace trialdesk::core::reporting {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::reports::ConsortReport)
};

const QString kInError = QStringLiteral("randomized-in-error");
const QString kWithdrawal = QStringLiteral("withdrawal");
const QString kLost = QStringLiteral("lost-to-follow-up");
// Entries of a form that count as done (a draft does not).
const QString kDoneStates = QStringLiteral("('complete', 'verified', 'locked')");
// The conditions below are written as IN lists, which SQLite builds once per query, rather than as
// correlated subqueries, which it runs once per participant; the unary + keeps it from probing a
// participant index once per list member. Every count then reads one range of a narrow index
// (migrations 3 and 7): the CONSORT report stays well under a second at 100,000 participants (see
// docs/benchmarks.md).
QString notInError(const QString &column)
{
    return QStringLiteral("+%1 NOT IN (SELECT ie.participant_id FROM participant_events ie WHERE ie.event_type = "
                          "'randomized-in-error')")
        .arg(column);
}
QString notDataWithdrawn(const QString &column)
{
    return QStringLiteral("+%1 NOT IN (SELECT de.participant_id FROM participant_events de WHERE de.event_type = "
                          "'withdrawal' AND de.detail = 'data')")
        .arg(column);
}
// Screenings of randomized participants.
const QString kRandomizedScreenings
    = QStringLiteral("(SELECT p.screening_id FROM participants p WHERE +p.id IN (SELECT participant_id FROM "
                     "randomizations))");

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    return execList(db, sql, values, Tr::tr("Counting the CONSORT boxes"));
}

Result<qint64> count(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

// Enrolment: screenings by outcome and randomization, and the reasons of those excluded.
Status readEnrolment(QSqlDatabase &db, const Protocol &protocol, ConsortData &data)
{
    // A derived table, so that the GROUP BY names plain columns (portable to PostgreSQL).
    auto outcomes = run(db,
                        QStringLiteral("SELECT t.outcome, t.randomized, COUNT(*) FROM (SELECT s.outcome AS outcome, "
                                       "CASE WHEN +s.id IN %1 THEN 1 ELSE 0 END AS randomized FROM screenings s) t "
                                       "GROUP BY t.outcome, t.randomized")
                            .arg(kRandomizedScreenings),
                        {});
    if (!outcomes)
        return outcomes.error();
    while (outcomes->next())
        data.screenings.append(
            { outcomes->value(0).toString(), outcomes->value(1).toInt() == 1, outcomes->value(2).toLongLong() });

    for (const EligibilityCriterion &criterion : protocol.inclusion + protocol.exclusion)
        data.criterionText.insert(criterion.code, criterion.text.current());
    auto reasons = run(db,
                       QStringLiteral("SELECT s.outcome, s.failed_criteria, s.reason, COUNT(*) FROM screenings s "
                                      "WHERE s.outcome <> 'eligible' AND +s.id NOT IN %1 "
                                      "GROUP BY s.outcome, s.failed_criteria, s.reason")
                           .arg(kRandomizedScreenings),
                       {});
    if (!reasons)
        return reasons.error();
    while (reasons->next()) {
        ScreeningExclusionCount row;
        row.outcome = reasons->value(0).toString();
        for (const QString &code : reasons->value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            row.failedCriteria.append(code.trimmed());
        row.reason = reasons->value(2).toString();
        row.count = reasons->value(3).toLongLong();
        data.exclusions.append(row);
    }
    return {};
}

// Events of randomized participants: few compared with participants, gathered once.
Status readEvents(QSqlDatabase &db, ConsortData &data)
{
    auto query = run(db,
                     QStringLiteral("SELECT e.participant_id, r.arm, e.event_type, e.reason, e.detail "
                                    "FROM participant_events e JOIN randomizations r ON r.participant_id = "
                                    "e.participant_id WHERE e.event_type IN (?, ?, ?) ORDER BY e.participant_id, e.id"),
                     { kInError, kWithdrawal, kLost });
    if (!query)
        return query.error();
    while (query->next())
        data.events.append({ query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                             query->value(3).toString(), query->value(4).toString() });
    return {};
}

// Allocation: the arms in protocol order (then arms dropped by an amendment that still have
// participants) with their counts, and the primary outcome visit.
Status readAllocation(QSqlDatabase &db, const Protocol &protocol, ConsortData &data)
{
    QHash<QString, qint64> allocated;
    auto query = run(db, QStringLiteral("SELECT arm, COUNT(*) FROM randomizations GROUP BY arm"), {});
    if (!query)
        return query.error();
    while (query->next())
        allocated.insert(query->value(0).toString(), query->value(1).toLongLong());

    // Primary outcome visit: the protocol's (flagged primary_outcome), else its last visit for every arm.
    const ProtocolVisit *primary = nullptr;
    for (const ProtocolVisit &visit : protocol.schedule.visits)
        if (visit.primaryOutcome)
            primary = &visit;
    if (!primary)
        for (const ProtocolVisit &visit : protocol.schedule.visits)
            if (!visit.armSpecific())
                primary = &visit;
    data.primaryOutcomeVisit = primary ? primary->code : QString();
    data.primaryOutcomeVisitName = primary ? primary->name.current() : QString();

    QStringList armOrder;
    for (const ProtocolArm &arm : protocol.arms)
        armOrder << arm.code;
    for (auto it = allocated.cbegin(); it != allocated.cend(); ++it)
        if (!armOrder.contains(it.key()))
            armOrder << it.key(); // an arm dropped by an amendment still has its participants
    for (const QString &code : armOrder) {
        ConsortArmData arm;
        arm.code = code;
        arm.name = code;
        for (const ProtocolArm &protocolArm : protocol.arms)
            if (protocolArm.code == code)
                arm.name = protocolArm.name.current();
        arm.allocated = allocated.value(code);
        data.arms.append(arm);
    }
    return {};
}

// Follow-up: who received the allocated intervention. Arms with visits of their own (the
// patient-partner meetings) received it once their first such visit is completed or a form of it
// is done.
Status readIntervention(QSqlDatabase &db, const Protocol &protocol, ConsortArmData &arm)
{
    const ProtocolVisit *firstOwnVisit = nullptr;
    for (const ProtocolVisit &visit : protocol.schedule.visits)
        if (visit.armSpecific() && visit.appliesTo(arm.code)) {
            firstOwnVisit = &visit;
            break;
        }
    if (!firstOwnVisit)
        return {};
    arm.interventionVisitName = firstOwnVisit->name.current();
    QString receivedCondition
        = QStringLiteral("(+r.participant_id IN (SELECT v.participant_id FROM visits v WHERE v.visit_code = ? "
                         "AND v.status = 'completed')");
    QVariantList values { arm.code, firstOwnVisit->code };
    if (!firstOwnVisit->forms.isEmpty()) {
        receivedCondition += QStringLiteral(" OR +r.participant_id IN (SELECT f.participant_id FROM form_entries "
                                            "f WHERE f.form_code IN (%1) AND f.state IN %2)")
                                 .arg(placeholders(firstOwnVisit->forms.size()), kDoneStates);
        for (const QString &form : firstOwnVisit->forms)
            values << form;
    }
    receivedCondition += QLatin1Char(')');
    auto received
        = count(db,
                QStringLiteral("SELECT COUNT(*) FROM randomizations r WHERE r.arm = ? AND ") + receivedCondition
                    + QStringLiteral(" AND ") + notInError(QStringLiteral("r.participant_id")),
                values);
    if (!received)
        return received.error();
    arm.received = received.value();
    // Who, of those who withdrew or were lost, still received it.
    auto ids
        = run(db,
              QStringLiteral("SELECT r.participant_id FROM randomizations r WHERE r.arm = ? AND ") + receivedCondition
                  + QStringLiteral(" AND +r.participant_id IN (SELECT we.participant_id FROM "
                                   "participant_events we WHERE we.event_type IN ('withdrawal', "
                                   "'lost-to-follow-up'))"),
              values);
    if (!ids)
        return ids.error();
    while (ids->next())
        arm.receivedWithEvents.insert(ids->value(0).toLongLong());
    return {};
}

// Analysis: the status of the primary outcome visit of everyone in the arm who may be analysed.
Status readPrimaryOutcome(QSqlDatabase &db, const QString &primaryVisit, ConsortArmData &arm)
{
    auto followed = count(db,
                          QStringLiteral("SELECT COUNT(*) FROM randomizations r WHERE r.arm = ? AND ")
                              + notInError(QStringLiteral("r.participant_id")) + QStringLiteral(" AND ")
                              + notDataWithdrawn(QStringLiteral("r.participant_id")),
                          { arm.code });
    if (!followed)
        return followed.error();
    arm.followed = followed.value();
    auto query = run(db,
                     QStringLiteral("SELECT v.status, COUNT(*) FROM visits v WHERE v.visit_code = ? AND "
                                    "+v.participant_id IN (SELECT participant_id FROM randomizations WHERE "
                                    "arm = ?) AND ")
                         + notInError(QStringLiteral("v.participant_id")) + QStringLiteral(" AND ")
                         + notDataWithdrawn(QStringLiteral("v.participant_id")) + QStringLiteral(" GROUP BY v.status"),
                     { primaryVisit, arm.code });
    if (!query)
        return query.error();
    while (query->next())
        arm.primaryVisitStatuses[query->value(0).toString()] += query->value(1).toLongLong();
    return {};
}

} // namespace

Result<ConsortData> ConsortData::read(const DataCut &cut)
{
    if (Status allowed = cut.requirePurpose({ CutPurpose::Consort }, QStringLiteral("CONSORT")); !allowed)
        return allowed.error();
    QSqlDatabase &db = cut.session().database();
    const Protocol &protocol = cut.protocol();
    ConsortData data;
    if (Status read = readEnrolment(db, protocol, data); !read)
        return read.error();
    if (Status read = readEvents(db, data); !read)
        return read.error();
    if (Status read = readAllocation(db, protocol, data); !read)
        return read.error();
    for (ConsortArmData &arm : data.arms) {
        if (Status read = readIntervention(db, protocol, arm); !read)
            return read.error();
        if (Status read = readPrimaryOutcome(db, data.primaryOutcomeVisit, arm); !read)
            return read.error();
    }
    return data;
}

} // namespace trialdesk::core::reporting
