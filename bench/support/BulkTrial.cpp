#include "bench/support/BulkTrial.h"

#include "core/enrollment/Participant.h"
#include "core/enrollment/ParticipantRecords.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/protocol/Protocol.h"
#include "core/server/ServerAddress.h"
#include "core/services/UserService.h"
#include "core/sql/SqlScript.h"
#include "core/sql/SqlUtil.h"
#include "core/sql/Transaction.h"
#include "core/visits/Visit.h"
#include "core/visits/VisitCalendar.h"
#include "core/workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
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

// The trial tables the bulk rows go to; on a server their row-audit triggers are off during the load.
const QStringList kBulkTables
    = { QStringLiteral("screenings"), QStringLiteral("participants"), QStringLiteral("consents"),
        QStringLiteral("randomizations"), QStringLiteral("visits") };

Status checkOptions(const BulkTrial::Options &options)
{
    if (options.participants < 1 || options.sites.isEmpty() || options.recruitmentDays < 1 || !options.asOf.isValid())
        return core::makeError(core::ErrorCode::InvalidInput,
                               Tr::tr("A bulk trial needs at least one participant, one site and a recruitment "
                                      "period."));
    return {};
}

// The coordinator, the assessor and the statistician (every site), added by the administrator.
Status addUsers(const QString &directory)
{
    auto admin = BulkTrial::login(directory, BulkTrial::kAdmin, core::Clock::system());
    if (!admin)
        return admin.error();
    core::UserService users(*admin.value());
    const std::array<std::pair<QString, core::Role>, 3> accounts
        = { { { BulkTrial::kCoordinator, core::Role::Coordinator },
              { BulkTrial::kAssessor, core::Role::OutcomeAssessor },
              { BulkTrial::kStatistician, core::Role::Statistician } } };
    for (const auto &[name, role] : accounts)
        if (Status s = users.add(name, QStringLiteral("Bulk ") + name, role, QString(), BulkTrial::kPassword); !s)
            return s;
    return {};
}

// The generator: every bulk row, through parameterized INSERTs that both backends take.
Result<BulkTrial::Summary> writeRows(QSqlDatabase &db, const BulkTrial::Options &options)
{
    const QString givenIds = BulkTrial::givenIds(db);
    auto protocol = core::CurrentProtocol::load(db);
    if (!protocol)
        return protocol.error();
    const core::VisitSchedule &schedule = protocol->protocol.schedule;
    const core::VisitCalendar calendar(schedule);
    const QStringList conditions
        = { QStringLiteral("HF"), QStringLiteral("CAD"), QStringLiteral("AF"), QStringLiteral("OTHER") };
    QString consentForm;
    for (const core::ConsentFormVersion &form : protocol->protocol.consentForms)
        if (form.current)
            consentForm = form.version;

    Insert screening(db,
                     QStringLiteral("INSERT INTO screenings (id, site_code, site_number, screening_number, "
                                    "screened_on, age, sex, answers, outcome, failed_criteria, reason, "
                                    "protocol_version, recorded_by, recorded_at)%1 "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'eligible', '', NULL, ?, ?, ?)")
                         .arg(givenIds));
    Insert participant(db,
                       QStringLiteral("INSERT INTO participants (id, study_id, site_code, site_number, "
                                      "screening_id, status, stratum_values, registered_at, registered_by)%1 "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(givenIds));
    Insert consent(db,
                   QStringLiteral("INSERT INTO consents (participant_id, form_version, consented_on, obtained_by, "
                                  "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)"));
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
        core::ParticipantStatus status
            = options.randomized ? core::ParticipantStatus::Randomized : core::ParticipantStatus::Registered;
        QDate stoppedOn;
        QString stopReason;
        const double roll = std::uniform_real_distribution<double>(0.0, 1.0)(random);
        const int followed = int(day.daysTo(options.asOf));
        if (options.randomized && roll < 0.10 && followed > 1) {
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
        if (Status s = written(consent.run({ id, consentForm, isoDate(day), kWriter, kWriter, at })); !s)
            return s.error();
        if (!options.randomized)
            continue;
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
    if (Status analyzed = BulkTrial::maintain(db); !analyzed)
        return analyzed.error();
    return BulkTrial::describe(db);
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
    if (Status checked = checkOptions(options); !checked)
        return checked.error();
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
    if (Status added = addUsers(directory); !added)
        return added.error();
    auto admin = login(directory, kAdmin, core::Clock::system());
    if (!admin)
        return admin.error();
    return writeRows(admin.value()->database(), options);
}

Result<BulkTrial::Summary> BulkTrial::createOnServer(const QString &directory, const Server &server,
                                                     const Options &options)
{
    if (Status checked = checkOptions(options); !checked)
        return checked.error();
    // The bundled protocol with the bulk trial's sites.
    auto bundled = core::Protocol::bundledDefault();
    if (!bundled)
        return bundled.error();
    QJsonObject definition = QJsonDocument::fromJson(bundled->json).object();
    QJsonArray sites;
    for (const QString &code : options.sites)
        sites.append(QJsonObject {
            { QStringLiteral("code"), code },
            { QStringLiteral("name"), QJsonObject { { QStringLiteral("fr"), code }, { QStringLiteral("en"), code } } },
            { QStringLiteral("time_zone"), QStringLiteral("America/Toronto") } });
    definition.insert(QStringLiteral("sites"), sites);
    QTemporaryDir folder;
    QFile protocolFile(folder.filePath(QStringLiteral("protocol.json")));
    if (!folder.isValid() || !protocolFile.open(QIODevice::WriteOnly)
        || protocolFile.write(QJsonDocument(definition).toJson()) < 0)
        return core::makeError(core::ErrorCode::Storage, Tr::tr("Could not write the bulk trial's protocol"));
    protocolFile.close();

    core::NewServerTrial trial;
    trial.conninfo = server.conninfo;
    trial.ownerRole = server.ownerRole;
    trial.ownerPassword = server.ownerPassword;
    trial.trialName = QStringLiteral("Bulk trial");
    trial.adminUsername = kAdmin;
    trial.adminDisplayName = QStringLiteral("Bulk admin");
    trial.adminPassword = kPassword;
    trial.protocolFile = protocolFile.fileName();
    if (Status made = core::Workspace::createOnServer(trial, core::Clock::system()); !made)
        return made.error();
    if (Status connected = core::Workspace::connectToServer(directory, server.conninfo, core::Clock::system());
        !connected)
        return connected.error();
    if (Status added = addUsers(directory); !added)
        return added.error();

    Result<Summary> summary = core::makeError(core::ErrorCode::Storage, QString());
    if (Status loaded
        = loadAsOwner(server, kBulkTables, { QStringLiteral("screenings"), QStringLiteral("participants") },
                      [&](QSqlDatabase &db) -> Status {
                          summary = writeRows(db, options);
                          return summary ? Status() : Status(summary.error());
                      });
        !loaded)
        return loaded.error();
    return summary;
}

Status BulkTrial::maintain(QSqlDatabase &db)
{
    const bool server = db.driverName() == QLatin1String("QPSQL");
    if (auto done
        = core::execSchemaStatement(db, server ? QStringLiteral("VACUUM ANALYZE") : QStringLiteral("ANALYZE"));
        !done)
        return done.error();
    return {};
}

QString BulkTrial::givenIds(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? QStringLiteral(" OVERRIDING SYSTEM VALUE") : QString();
}

Status BulkTrial::loadAsOwner(const Server &server, const QStringList &tables, const QStringList &idsGivenIn,
                              const std::function<Status(QSqlDatabase &)> &load)
{
    auto address = core::ServerAddress::parse(server.conninfo);
    if (!address)
        return address.error();
    const QString connection = QStringLiteral("bulk-trial-owner");
    Status status;
    {
        auto owner = address->open(connection, server.ownerRole, server.ownerPassword);
        if (!owner)
            return owner.error();
        QSqlDatabase &db = owner.value();
        const auto triggers = [&db, &tables](const QString &state) -> Status {
            for (const QString &table : tables)
                if (auto done
                    = core::execSchemaStatement(db, QStringLiteral("ALTER TABLE %1 %2 TRIGGER USER").arg(table, state));
                    !done)
                    return done.error();
            return {};
        };
        status = triggers(QStringLiteral("DISABLE"));
        if (status)
            status = load(db);
        // Enabled again even when the load failed.
        if (Status on = triggers(QStringLiteral("ENABLE")); status && !on)
            status = on;
        // The identity columns continue after the ids the generator gave.
        for (const QString &table : idsGivenIn)
            if (auto moved = core::exec(db,
                                        QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                       "(SELECT MAX(id) FROM %1))")
                                            .arg(table));
                status && !moved)
                status = moved.error();
    }
    QSqlDatabase::removeDatabase(connection);
    return status;
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
