#include "bench/support/BulkTrial.h"

#include "core/enrollment/Participant.h"
#include "core/enrollment/ParticipantRecords.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/services/UserService.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/visits/Visit.h"
#include "core/visits/VisitCalendar.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <random>

namespace trialdesk::bench {

using core::Result;
using core::Status;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::bench::BulkTrial)
};

constexpr int kRowsPerTransaction = 10'000;
const QString kWriter = QStringLiteral("bulk");

// Prepared once, executed for every row.
class Insert
{
public:
    Insert(QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        m_prepared = m_query.prepare(sql);
    }

    Status run(const QVariantList &values)
    {
        if (!m_prepared)
            return core::storageError(Tr::tr("Could not prepare a bulk insert"), m_query);
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values.at(i));
        if (!m_query.exec())
            return core::storageError(Tr::tr("Could not insert a bulk row"), m_query);
        return {};
    }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

// One transaction per kRowsPerTransaction rows.
class Batches
{
public:
    explicit Batches(QSqlDatabase &db)
        : m_db(db)
    {
    }

    Status row()
    {
        if (!m_tx) {
            m_tx = std::make_unique<core::Transaction>(m_db);
            if (!m_tx->status())
                return m_tx->status();
        }
        if (++m_rows % kRowsPerTransaction == 0)
            return commit();
        return {};
    }

    Status commit()
    {
        if (!m_tx)
            return {};
        Status committed = m_tx->commit();
        m_tx.reset();
        return committed;
    }

private:
    QSqlDatabase &m_db;
    std::unique_ptr<core::Transaction> m_tx;
    qint64 m_rows = 0;
};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<BulkTrial::Summary> BulkTrial::create(const QString &directory, qint64 participants)
{
    Options options;
    options.participants = participants;
    return create(directory, options);
}

Result<BulkTrial::Summary> BulkTrial::create(const QString &directory, const Options &options)
{
    if (options.participants < 1 || options.sites.isEmpty() || options.recruitmentDays < 1 || !options.asOf.isValid())
        return core::makeError(core::ErrorCode::InvalidInput,
                               Tr::tr("A bulk trial needs at least one participant, one site and a recruitment "
                                      "period."));
    core::NewTrial trial;
    trial.directory = directory;
    trial.trialName = QStringLiteral("Bulk trial");
    trial.adminUsername = kAdmin;
    trial.adminDisplayName = QStringLiteral("Bulk admin");
    trial.adminPassword = kPassword;
    for (const QString &code : options.sites)
        trial.sites.append(core::Site { code, code, code, QStringLiteral("America/Toronto"), true });
    if (auto created = core::Workspace::create(trial, core::Clock::system()); !created)
        return created.error();
    auto admin = login(directory, kAdmin, core::Clock::system());
    if (!admin)
        return admin.error();
    core::UserService users(*admin.value());
    if (Status s
        = users.add(kCoordinator, QStringLiteral("Bulk coordinator"), core::Role::Coordinator, QString(), kPassword);
        !s)
        return s.error();
    if (Status s
        = users.add(kAssessor, QStringLiteral("Bulk assessor"), core::Role::OutcomeAssessor, QString(), kPassword);
        !s)
        return s.error();

    QSqlDatabase &db = admin.value()->database();
    auto protocol = core::CurrentProtocol::load(db);
    if (!protocol)
        return protocol.error();
    const core::VisitSchedule &schedule = protocol->protocol.schedule;
    const core::VisitCalendar calendar(schedule);
    const QStringList conditions
        = { QStringLiteral("HF"), QStringLiteral("CAD"), QStringLiteral("AF"), QStringLiteral("OTHER") };

    Insert screening(db,
                     QStringLiteral("INSERT INTO screenings (id, site_code, site_number, screening_number, "
                                    "screened_on, age, sex, answers, outcome, failed_criteria, reason, "
                                    "protocol_version, recorded_by, recorded_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'eligible', '', NULL, ?, ?, ?)"));
    Insert participant(db,
                       QStringLiteral("INSERT INTO participants (id, study_id, site_code, site_number, "
                                      "screening_id, status, stratum_values, registered_at, registered_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Insert randomization(db,
                         QStringLiteral("INSERT INTO randomizations (participant_id, design_version, "
                                        "stratum_values, stratum_index, sequence, block_number, block_size, "
                                        "position_in_block, arm, randomized_at, randomized_by) "
                                        "VALUES (?, 1, ?, ?, ?, ?, 4, ?, ?, ?, ?)"));
    Insert visit(db,
                 QStringLiteral("INSERT INTO visits (participant_id, site_code, visit_code, visit_order, "
                                "protocol_version, arm_specific, target_date, window_start, window_end, status, "
                                "actual_date, out_of_window, reason, created_at, updated_at, updated_by) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));

    std::mt19937 random(options.seed);
    const auto chance = [&random](double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(random) < p; };
    const QString answers = QStringLiteral("{\"AGE18\":true,\"FOLLOWED\":true,\"LANGUAGE\":true,\"CONSENT_ABLE\":true,"
                                           "\"COGNITIVE\":false,\"LIFE_EXPECTANCY\":false,\"ALREADY_PAIRED\":false}");
    const QDate firstDay = options.asOf.addDays(-options.recruitmentDays);
    // Permuted blocks of 4 per stratum: the next positions of each stratum's current block.
    QHash<int, std::array<QString, 4>> blocks;
    QHash<int, qint64> sequences;
    Batches batches(db);
    const auto written = [&batches](const Status &status) -> Status { return status ? batches.row() : status; };

    for (qint64 i = 0; i < options.participants; ++i) {
        const qint64 id = i + 1;
        const int siteIndex = int(i % options.sites.size());
        const QString site = options.sites.at(siteIndex);
        const qint64 siteNumber = i / options.sites.size() + 1;
        const int conditionIndex = std::uniform_int_distribution<int>(0, 3)(random);
        const int stratum = siteIndex * int(conditions.size()) + conditionIndex;
        const QString strata = QStringLiteral("site=%1,condition=%2").arg(site, conditions.at(conditionIndex));
        const QDate day = firstDay.addDays(i * options.recruitmentDays / options.participants);
        const QDateTime randomizedAt(day, QTime(15, 0), QTimeZone::utc());
        const QString at = core::Clock::format(randomizedAt);

        const qint64 sequence = ++sequences[stratum];
        const int position = int((sequence - 1) % 4);
        if (position == 0) {
            std::array<QString, 4> block
                = { QStringLiteral("PP"), QStringLiteral("PP"), QStringLiteral("UC"), QStringLiteral("UC") };
            std::shuffle(block.begin(), block.end(), random);
            blocks.insert(stratum, block);
        }
        const QString arm = blocks.value(stratum).at(position);

        // 6% withdraw from follow-up, 4% are lost, on a day between randomization and asOf.
        core::ParticipantStatus status = core::ParticipantStatus::Randomized;
        QDate stoppedOn;
        QString stopReason;
        const double roll = std::uniform_real_distribution<double>(0.0, 1.0)(random);
        const int followed = int(day.daysTo(options.asOf));
        if (roll < 0.10 && followed > 1) {
            stoppedOn = day.addDays(std::uniform_int_distribution<int>(1, followed - 1)(random));
            status = roll < 0.06 ? core::ParticipantStatus::WithdrawnFollowUp : core::ParticipantStatus::LostToFollowUp;
            stopReason = roll < 0.06 ? QStringLiteral("Withdrew from follow-up") : QStringLiteral("Lost to follow-up");
        }

        if (Status s = written(screening.run(
                { id, site, siteNumber, core::ParticipantRecords::formatNumber(site + QStringLiteral("-S"), siteNumber),
                  isoDate(day), std::uniform_int_distribution<int>(40, 85)(random),
                  chance(0.5) ? QStringLiteral("F") : QStringLiteral("M"), answers, protocol->version, kWriter, at }));
            !s)
            return s.error();
        if (Status s = written(
                participant.run({ id, core::ParticipantRecords::formatNumber(site + QLatin1Char('-'), siteNumber), site,
                                  siteNumber, id, core::participantStatusCode(status), strata, at, kWriter }));
            !s)
            return s.error();
        if (Status s = written(randomization.run(
                { id, strata, stratum, sequence, (sequence - 1) / 4 + 1, position + 1, arm, at, kWriter }));
            !s)
            return s.error();

        QHash<QString, QDate> anchors;
        for (qsizetype order = 0; order < schedule.visits.size(); ++order) {
            const core::ProtocolVisit &definition = schedule.visits.at(order);
            if (!definition.appliesTo(arm))
                continue;
            const QDate anchor = definition.anchor == core::ProtocolVisit::kRandomizationAnchor
                ? day
                : anchors.value(definition.anchor, day);
            const core::PlannedDates dates = calendar.plan(definition, anchor);
            anchors.insert(definition.code, dates.target);
            core::VisitStatus visitStatus = core::VisitStatus::Planned;
            QDate actual;
            bool outOfWindow = false;
            QVariant reason;
            const QDate lastDay = options.asOf.addDays(-1);
            if (stoppedOn.isValid() && dates.target >= stoppedOn) {
                visitStatus = core::VisitStatus::Cancelled;
                reason = stopReason;
            } else if (dates.windowEnd < options.asOf) {
                const double outcome = std::uniform_real_distribution<double>(0.0, 1.0)(random);
                if (outcome < 0.88) {
                    visitStatus = core::VisitStatus::Completed;
                    if (outcome < 0.02) {
                        actual = std::min(dates.windowEnd.addDays(3), lastDay);
                    } else {
                        const int spread = int(dates.windowStart.daysTo(dates.windowEnd));
                        actual = dates.windowStart.addDays(std::uniform_int_distribution<int>(0, spread)(random));
                    }
                    outOfWindow = actual < dates.windowStart || actual > dates.windowEnd;
                } else if (outcome < 0.96) {
                    visitStatus = core::VisitStatus::Missed;
                    reason = QStringLiteral("Could not be reached");
                }
            } else if (dates.windowStart < options.asOf && chance(0.6)) {
                visitStatus = core::VisitStatus::Completed;
                const int spread = int(dates.windowStart.daysTo(lastDay));
                actual = dates.windowStart.addDays(std::uniform_int_distribution<int>(0, std::max(0, spread))(random));
            }
            if (Status s = written(
                    visit.run({ id, site, definition.code, int(order), protocol->version,
                                definition.armSpecific() ? 1 : 0, isoDate(dates.target), isoDate(dates.windowStart),
                                isoDate(dates.windowEnd), core::visitStatusCode(visitStatus),
                                actual.isValid() ? QVariant(isoDate(actual)) : QVariant(QString()), outOfWindow ? 1 : 0,
                                reason, at, at, kWriter }));
                !s)
                return s.error();
        }
    }
    if (Status s = batches.commit(); !s)
        return s.error();
    // The query planner's statistics, as a maintained production database would have them.
    if (auto analyzed = core::exec(db, QStringLiteral("ANALYZE")); !analyzed)
        return analyzed.error();
    return describe(db);
}

Result<BulkTrial::Summary> BulkTrial::describe(QSqlDatabase &db)
{
    Summary summary;
    auto counts = core::exec(db,
                             QStringLiteral("SELECT (SELECT COUNT(*) FROM participants), "
                                            "(SELECT COUNT(*) FROM visits), "
                                            "(SELECT COUNT(*) FROM visits WHERE status = 'planned'), "
                                            "(SELECT MAX(actual_date) FROM visits)"));
    if (!counts)
        return counts.error();
    if (counts->next()) {
        summary.participants = counts->value(0).toLongLong();
        summary.visits = counts->value(1).toLongLong();
        summary.plannedVisits = counts->value(2).toLongLong();
        summary.asOf = QDate::fromString(counts->value(3).toString(), Qt::ISODate).addDays(1);
    }
    auto sites = core::exec(db, QStringLiteral("SELECT code FROM sites ORDER BY id"));
    if (!sites)
        return sites.error();
    while (sites->next())
        summary.sites.append(sites->value(0).toString());
    return summary;
}

Result<std::unique_ptr<core::TrialSession>> BulkTrial::login(const QString &directory, const QString &user,
                                                             const core::Clock &clock)
{
    auto workspace = core::Workspace::open(directory, clock);
    if (!workspace)
        return workspace.error();
    return workspace.value()->login(user, kPassword);
}

} // namespace trialdesk::bench
