#include "demo/DemoPopulator.h"

#include "core/data/FormEntryService.h"
#include "core/enrollment/EnrollmentService.h"
#include "core/enrollment/ParticipantService.h"
#include "core/enrollment/RandomizationService.h"
#include "core/enrollment/ScreeningService.h"
#include "core/protocol/CurrentProtocol.h"
#include "core/services/Write.h"
#include "core/util/Clock.h"
#include "core/visits/VisitService.h"
#include "core/workspace/TrialSession.h"
#include "core/workspace/Workspace.h"
#include "demo/DemoWorkspace.h"
#include "forms/BundledForms.h"
#include "forms/FormValue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <random>

namespace trialdesk::core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(trialdesk::core::DemoPopulator)
};

// Participants per transaction: large enough to amortize the commit (fsync), small enough that
// other users of the demo are not held off for long.
constexpr int kBatch = 250;

const char *const kLastNames[] = { "Tremblay", "Gagnon",  "Roy",      "Côté",    "Bouchard",  "Gauthier", "Morin",
                                   "Lavoie",   "Fortin",  "Gagné",    "Ouellet", "Pelletier", "Bélanger", "Lévesque",
                                   "Bergeron", "Leblanc", "Paquette", "Girard",  "Simard",    "Boucher",  "Caron",
                                   "Smith",    "Nguyen",  "Haddad",   "Joseph",  "Martin",    "Wong",     "Singh" };
const char *const kFirstNames[] = { "Marie", "Jean",  "Louise",  "Pierre", "Sylvie", "Michel", "Nathalie", "André",
                                    "Lucie", "Denis", "Chantal", "Robert", "Amina",  "Karim",  "Mei",      "David",
                                    "Sarah", "Paul",  "Julie",   "Marc",   "Fatima", "Luc",    "Diane",    "Omar" };
const char *const kDeclineReasons[] = { "No time for the follow-up visits", "Not interested in research",
                                        "Prefers to discuss with family first", "Lives too far from the clinic" };
const char *const kOtherReasons[]
    = { "Hospitalized at the time of screening", "Enrolled in another trial", "Could not be reached after screening" };
const char *const kWithdrawReasons[]
    = { "Moved out of the region", "Too many visits", "Health deteriorated", "No longer wishes to take part" };

template <typename T, size_t N> const T &pick(std::mt19937_64 &rng, const T (&items)[N])
{
    return items[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

bool chance(std::mt19937_64 &rng, double p)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(rng) < p;
}

const char *const kMissReasons[]
    = { "Could not be reached", "Hospitalized on the visit day", "Cancelled by the participant", "Travelling" };
const char *const kEventDescriptions[]
    = { "Fall at home",           "Dizziness",  "Chest pain, emergency visit", "Fatigue", "Shortness of breath",
        "Influenza-like illness", "Hypotension" };

// The demo accounts' clock: set to each step of the synthetic history, never backwards (steps that
// would go back keep the time), so that the audit trail of the history stays in time order.
class DemoClock : public Clock
{
public:
    explicit DemoClock(QDateTime start)
        : m_now(start.toUTC())
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    // Never past the end of the history (the caller's now).
    void setEnd(const QDateTime &end) { m_end = end.toUTC(); }
    void moveTo(const QDateTime &utc)
    {
        const QDateTime target = m_end.isValid() ? std::min(utc.toUTC(), m_end) : utc.toUTC();
        if (target > m_now)
            m_now = target;
    }

private:
    QDateTime m_now;
    QDateTime m_end;
};

// A stream of random numbers for one purpose of one participant, from the run's seed: the draws for
// one participant do not depend on what was drawn for others, nor on the arm.
std::mt19937_64 streamFor(const QByteArray &digest, const QString &studyId, const QString &purpose)
{
    const QByteArray material
        = QCryptographicHash::hash(digest + studyId.toUtf8() + '/' + purpose.toUtf8(), QCryptographicHash::Sha256);
    std::seed_seq seq(material.cbegin(), material.cend());
    return std::mt19937_64(seq);
}

double normal(std::mt19937_64 &rng, double mean, double sd)
{
    return std::normal_distribution<double>(mean, sd)(rng);
}

int clampRound(double value, int low, int high)
{
    return std::clamp(int(std::lround(value)), low, high);
}

// One participant as the follow-up sees it: who they are and their latent health, drawn once.
struct DemoParticipant
{
    QString studyId;
    QString siteCode;
    QString arm;
    QString condition;
    int age = 0;
    QString sex; // "F" / "M"
    QString language; // "fr" / "en"
    QDate randomizedOn;
    double distress = 0; // higher: more depressive and anxious symptoms, worse quality of life
    double activation = 0; // higher: more activated, more confident
    bool dataWithdrawn = false; // consent to the use of data withdrawn: nothing is entered
};

// A visit completed or missed on a day of the synthetic history, or an adverse event reported.
struct FollowUpEvent
{
    enum Kind { Complete, Miss, AdverseEvent };
    Kind kind = Complete;
    int participant = 0; // index in the participants
    QString visitCode;
    int visitIndex = 0; // 0 = baseline, 1 = first follow-up...
    bool armSpecific = false;
    QStringList forms;
    QDate day;
    bool outOfWindow = false;
};

// Forms a blinded assessor enters (the outcomes), the investigator (the intervention), the
// coordinator (the rest).
enum class Enterer { Coordinator, Investigator, Assessor };

Enterer entererOf(const QString &formCode)
{
    const forms::FormDefinition *definition = forms::BundledForms::find(formCode);
    if (definition && definition->category == forms::FormCategory::Outcome)
        return Enterer::Assessor;
    if (definition && definition->category == forms::FormCategory::Intervention)
        return Enterer::Investigator;
    return Enterer::Coordinator;
}

void put(forms::Answers &answers, const char *item, const QString &value)
{
    answers.insert(QString::fromLatin1(item), forms::Answer { value, QString() });
}

void putNumber(forms::Answers &answers, const char *item, int value)
{
    put(answers, item, QString::number(value));
}

// Plausible values of a form at a visit. Draws do not depend on the arm; the patient-partner arm
// improves a little more at follow-up (visitIndex > 0), so that outcome reports show something.
forms::Answers demoValues(const QString &formCode, const DemoParticipant &who, int visitIndex, const QDate &day,
                          std::mt19937_64 &rng)
{
    forms::Answers answers;
    const double time = std::min(visitIndex, 2);
    const double partner = who.arm == QLatin1String("PP") ? 1.0 : 0.0;
    const double gain = time * (0.08 + 0.12 * partner); // in standard deviations
    const double distress = who.distress - gain + normal(rng, 0, 0.35);
    const double activation = who.activation + gain + normal(rng, 0, 0.35);
    if (formCode == QLatin1String("ELIGIBILITY")) {
        for (const char *item : { "inc_age18", "inc_followed", "inc_language", "inc_consent_able" })
            put(answers, item, QStringLiteral("1"));
        for (const char *item : { "exc_cognitive", "exc_life_expectancy", "exc_already_paired" })
            put(answers, item, QStringLiteral("0"));
    } else if (formCode == QLatin1String("DEMOGRAPHICS")) {
        putNumber(answers, "age", who.age);
        put(answers, "sex", who.sex == QLatin1String("F") ? QStringLiteral("female") : QStringLiteral("male"));
        put(answers, "gender", who.sex == QLatin1String("F") ? QStringLiteral("woman") : QStringLiteral("man"));
        put(answers, "language", who.language);
        const char *const education[] = { "primary", "secondary", "college", "university" };
        put(answers, "education", QString::fromLatin1(pick(rng, education)));
        const char *const living[] = { "alone", "partner", "partner", "family", "residence" };
        put(answers, "living", QString::fromLatin1(pick(rng, living)));
    } else if (formCode == QLatin1String("CONDITIONS")) {
        static const QMap<QString, QString> primary
            = { { QStringLiteral("HF"), QStringLiteral("heart_failure") },
                { QStringLiteral("CAD"), QStringLiteral("coronary") },
                { QStringLiteral("AF"), QStringLiteral("atrial_fibrillation") } };
        QStringList codes;
        if (primary.contains(who.condition))
            codes.append(primary.value(who.condition));
        for (const char *code : { "hypertension", "diabetes", "copd", "kidney", "arthritis", "depression_anxiety" })
            if (chance(rng, 0.22))
                codes.append(QString::fromLatin1(code));
        if (codes.isEmpty())
            codes.append(QStringLiteral("hypertension"));
        if (const forms::FormDefinition *definition = forms::BundledForms::find(formCode))
            if (const forms::Item *item = definition->item(QStringLiteral("conditions")))
                put(answers, "conditions", forms::FormValue::formatChoices(*item, codes));
    } else if (formCode == QLatin1String("PAM13")) {
        const double score = std::clamp(56.0 + 9.0 * activation + normal(rng, 0, 4), 0.0, 100.0);
        put(answers, "pam13_score", QString::number(std::round(score * 10) / 10, 'f', 1));
    } else if (formCode == QLatin1String("SEMCD6")) {
        for (const char *item : { "semcd6_1", "semcd6_2", "semcd6_3", "semcd6_4", "semcd6_5", "semcd6_6" })
            putNumber(answers, item, clampRound(6.2 + 1.6 * activation + normal(rng, 0, 1.0), 1, 10));
    } else if (formCode == QLatin1String("EQ5D5L")) {
        const double index = std::clamp(0.76 - 0.09 * distress + normal(rng, 0, 0.05), -0.6, 1.0);
        put(answers, "eq5d_index", QString::number(std::round(index * 1000) / 1000, 'f', 3));
        putNumber(answers, "eq5d_vas", clampRound(69 - 9 * distress + normal(rng, 0, 7), 0, 100));
    } else if (formCode == QLatin1String("PHQ9") || formCode == QLatin1String("GAD7")) {
        const bool phq = formCode == QLatin1String("PHQ9");
        int highest = 0;
        for (int i = 1; i <= (phq ? 9 : 7); ++i) {
            const int score = clampRound(0.9 + 0.75 * distress + normal(rng, 0, 0.7), 0, 3);
            highest = std::max(highest, score);
            answers.insert(QStringLiteral("%1_%2").arg(phq ? QStringLiteral("phq9") : QStringLiteral("gad7")).arg(i),
                           forms::Answer { QString::number(score), QString() });
        }
        if (phq && highest > 0)
            putNumber(answers, "phq9_10", clampRound(0.6 + 0.5 * distress + normal(rng, 0, 0.5), 0, 3));
    } else if (formCode == QLatin1String("HCU")) {
        const double risk = 0.35 + 0.15 * std::max(0.0, distress);
        putNumber(answers, "ed_visits", std::poisson_distribution<int>(risk)(rng));
        const bool hospitalized = chance(rng, 0.1 + 0.04 * std::max(0.0, distress));
        putNumber(answers, "hospitalizations", hospitalized ? 1 : 0);
        putNumber(answers, "hospital_days", hospitalized ? std::uniform_int_distribution<int>(1, 9)(rng) : 0);
    } else if (formCode == QLatin1String("PP_CONTACT")) {
        put(answers, "contact_date", forms::FormValue::formatDate(day));
        const char *const modes[] = { "in_person", "phone", "phone", "video" };
        put(answers, "contact_mode", QString::fromLatin1(pick(rng, modes)));
        putNumber(answers, "contact_duration", std::uniform_int_distribution<int>(15, 75)(rng));
        QStringList topics;
        for (const char *topic :
             { "disease", "medication", "symptoms", "lifestyle", "emotional", "navigation", "goals" })
            if (chance(rng, 0.35))
                topics.append(QString::fromLatin1(topic));
        if (topics.isEmpty())
            topics.append(QStringLiteral("goals"));
        if (const forms::FormDefinition *definition = forms::BundledForms::find(formCode))
            if (const forms::Item *item = definition->item(QStringLiteral("contact_topics")))
                put(answers, "contact_topics", forms::FormValue::formatChoices(*item, topics));
    } else if (formCode == QLatin1String("EOS")) {
        put(answers, "eos_date", forms::FormValue::formatDate(day));
        put(answers, "eos_status", QStringLiteral("completed"));
    } else if (formCode == QLatin1String("AE")) {
        put(answers, "ae_onset_date", forms::FormValue::formatDate(day));
        put(answers, "ae_description", QString::fromUtf8(pick(rng, kEventDescriptions)));
        const bool serious = chance(rng, 0.15);
        put(answers, "ae_serious", serious ? QStringLiteral("1") : QStringLiteral("0"));
        if (serious)
            put(answers, "ae_serious_criteria", QStringLiteral("hospitalization"));
        const char *const severity[] = { "mild", "mild", "moderate", "severe" };
        put(answers, "ae_severity", QString::fromLatin1(pick(rng, severity)));
        const char *const relatedness[] = { "not_related", "not_related", "unlikely", "possible" };
        put(answers, "ae_relatedness", QString::fromLatin1(pick(rng, relatedness)));
        put(answers, "ae_outcome", QStringLiteral("recovering"));
    }
    return answers;
}
} // namespace

Result<DemoPopulator::Summary> DemoPopulator::populate(qint64 participants, const QString &seedHex,
                                                       const std::function<void(qint64, qint64)> &progress)
{
    if (Status allowed = m_session.require(Action::DemoPopulate); !allowed)
        return allowed.error();
    // Synthetic participants in a real trial would corrupt its data and its CONSORT counts.
    if (!m_session.isDemo())
        return makeError(ErrorCode::PermissionDenied,
                         Tr::tr("This is not a demo trial: synthetic participants are only added to a demo trial."));
    if (participants < 1 || participants > 1000000)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The number of participants must be between 1 and 1,000,000."));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{1,64}$"));
    if (!hex.match(seedHex.trimmed()).hasMatch())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The seed must be 1 to 64 hexadecimal digits."));

    auto protocol = CurrentProtocol::load(m_session);
    if (!protocol)
        return protocol.error();
    const Protocol &p = protocol->protocol;
    const ConsentFormVersion *form = nullptr;
    for (const ConsentFormVersion &candidate : p.consentForms)
        if (candidate.current)
            form = &candidate;
    if (p.sites.isEmpty() || !form)
        return makeError(ErrorCode::Corrupt, Tr::tr("The demo protocol has no site or no current consent form."));

    // The synthetic history runs from a year ago (not before the consent form's approval) to now.
    const QTimeZone zone(p.sites.constFirst().timeZone.toUtf8());
    const QDateTime end = m_session.clock().nowUtc();
    const QDate today = end.toTimeZone(zone).date();
    QDate first = today.addDays(-365);
    const QDate approved = QDate::fromString(form->approvedOn, Qt::ISODate);
    if (approved.isValid() && approved > first)
        first = std::min(approved, today);
    const qint64 span = first.daysTo(today) + 1;
    const auto localTime = [&](const QDate &day, int minutes) {
        return QDateTime(day, QTime(8, 0), zone).addSecs(qint64(minutes) * 60).toUTC();
    };
    DemoClock clock(std::min(localTime(first, 0), end));
    clock.setEnd(end);

    // The demo accounts, whose passwords are published with the demo, on the demo clock.
    auto workspace = Workspace::open(m_session.workspaceDirectory(), clock);
    if (!workspace)
        return workspace.error();
    std::map<Role, std::unique_ptr<TrialSession>> sessions;
    std::optional<ElectronicSignature> signature;
    for (const DemoAccount &account : demoAccounts()) {
        if (account.role != Role::Coordinator && account.role != Role::Investigator
            && account.role != Role::OutcomeAssessor)
            continue;
        QByteArray password = account.password.toUtf8();
        auto login = workspace.value()->login(account.username, password);
        if (!login) {
            password.fill('\0');
            return makeError(login.error().code,
                             Tr::tr("The demo account %1 could not sign in (%2): this demo trial is incomplete.")
                                 .arg(account.username, login.error().message));
        }
        if (account.role == Role::Coordinator) {
            // One electronic signature for the whole run, recorded with each randomization.
            auto signed_ = login.value()->sign(password, SignatureMeaning::EligibilityConsentConfirmed);
            if (!signed_) {
                password.fill('\0');
                return signed_.error();
            }
            signature = std::move(signed_).value();
        }
        password.fill('\0');
        sessions[account.role] = std::move(login.value());
    }
    if (!sessions.count(Role::Coordinator) || !sessions.count(Role::Investigator)
        || !sessions.count(Role::OutcomeAssessor))
        return makeError(ErrorCode::Corrupt,
                         Tr::tr("The demo trial lacks its coordinator, investigator or assessor account."));
    TrialSession &coordinator = *sessions[Role::Coordinator];
    for (Action action : { Action::ScreeningRecord, Action::ConsentRecord, Action::ParticipantRegister,
                           Action::Randomize, Action::ParticipantStatusChange, Action::VisitManage, Action::FormEnter })
        if (Status allowed = coordinator.require(action); !allowed)
            return allowed.error();

    QStringList sites;
    for (const Site &site : p.sites)
        sites.append(site.code);
    if (!coordinator.user().siteCode.isEmpty())
        sites = { coordinator.user().siteCode };
    QStringList conditions;
    QString conditionFactor;
    for (const ProtocolFactor &factor : p.factors) {
        if (factor.isSite)
            continue;
        conditionFactor = factor.code;
        conditions.clear();
        for (const ProtocolLevel &level : factor.levels)
            conditions.append(level.code);
    }

    const QByteArray digest
        = QCryptographicHash::hash(seedHex.trimmed().toLower().toLatin1(), QCryptographicHash::Sha256);
    std::seed_seq seq(digest.cbegin(), digest.cend());
    std::mt19937_64 rng(seq);

    ScreeningService screenings(coordinator);
    EnrollmentService enrollment(coordinator);
    RandomizationService randomization(coordinator);
    ParticipantService participantService(coordinator);

    Summary summary;
    QList<DemoParticipant> people;
    std::multimap<QDate, FollowUpEvent> pending;

    // Plans the follow-up of a participant just randomized: each planned visit whose day has come is
    // completed (mostly in its window, sometimes late) or missed; some have an adverse event.
    const auto planFollowUp = [&](int index) -> Status {
        const DemoParticipant &who = people.at(index);
        auto timeline = VisitService(coordinator).timeline(who.studyId);
        if (!timeline)
            return timeline.error();
        std::mt19937_64 visitRng = streamFor(digest, who.studyId, QStringLiteral("visits"));
        int common = 0;
        for (const VisitRow &visit : timeline.value()) {
            // Common visits draw from the common stream, arm-specific ones from their own, so that
            // nothing of the common follow-up depends on the arm.
            std::mt19937_64 armRng = streamFor(digest, who.studyId, visit.visitCode);
            std::mt19937_64 &draw = visit.armSpecific ? armRng : visitRng;
            const double fate = std::uniform_real_distribution<double>(0.0, 1.0)(draw);
            const int early = std::uniform_int_distribution<int>(
                -std::min(3, int(visit.windowStart.daysTo(visit.targetDate))), 0)(draw);
            const int late = std::uniform_int_distribution<int>(0, 6)(draw);
            const int beyond = std::uniform_int_distribution<int>(1, 12)(draw);
            if (visit.status != VisitStatus::Planned)
                continue;
            FollowUpEvent event;
            event.participant = index;
            event.visitCode = visit.visitCode;
            event.visitIndex = visit.armSpecific ? 0 : common;
            event.armSpecific = visit.armSpecific;
            event.forms = visit.forms;
            if (!visit.armSpecific)
                ++common;
            const bool baseline = visit.targetDate <= who.randomizedOn;
            if (fate < 0.06 && !baseline) {
                event.kind = FollowUpEvent::Miss;
                event.day = visit.windowEnd.addDays(1);
            } else {
                event.kind = FollowUpEvent::Complete;
                QDate day = fate > 0.95 && !baseline ? visit.windowEnd.addDays(beyond)
                                                     : visit.targetDate.addDays(fate < 0.5 ? early : late % 4);
                day = std::min(std::max(day, who.randomizedOn), visit.windowEnd.addDays(beyond));
                event.day = day;
                event.outOfWindow = day < visit.windowStart || day > visit.windowEnd;
            }
            if (event.day <= today)
                pending.emplace(event.day, event);
        }
        std::mt19937_64 safety = streamFor(digest, who.studyId, QStringLiteral("AE"));
        if (chance(safety, 0.12) && !who.dataWithdrawn) {
            FollowUpEvent event;
            event.kind = FollowUpEvent::AdverseEvent;
            event.participant = index;
            event.day = who.randomizedOn.addDays(std::uniform_int_distribution<int>(3, 120)(safety));
            if (event.day <= today)
                pending.emplace(event.day, event);
        }
        return {};
    };

    // Enters a form at a visit (or unscheduled) as the account whose work it is.
    const auto enterForm
        = [&](const DemoParticipant &who, const FollowUpEvent &event, const QString &formCode, int minutes) -> Status {
        const Enterer enterer = entererOf(formCode);
        TrialSession &session = enterer == Enterer::Assessor ? *sessions[Role::OutcomeAssessor]
            : enterer == Enterer::Investigator               ? *sessions[Role::Investigator]
                                                             : coordinator;
        // An account tied to another site leaves the form to the investigator (every site).
        TrialSession &enteringAs = session.user().siteCode.isEmpty() || session.user().siteCode == who.siteCode
            ? session
            : *sessions[Role::Investigator];
        std::mt19937_64 valueRng = streamFor(digest, who.studyId, event.visitCode + QLatin1Char('/') + formCode);
        // A few outcome forms stay empty: missing data a trial has to live with.
        if (enterer == Enterer::Assessor && chance(valueRng, 0.04))
            return {};
        const forms::Answers values = demoValues(formCode, who, event.visitIndex, event.day, valueRng);
        if (values.isEmpty())
            return {};
        clock.moveTo(localTime(event.day, minutes));
        auto saved
            = FormEntryService(enteringAs)
                  .complete({ who.studyId, event.kind == FollowUpEvent::AdverseEvent ? QString() : event.visitCode,
                              formCode, 0 },
                            values);
        if (!saved)
            return makeError(saved.error().code,
                             Tr::tr("Demo form %1 of %2: %3").arg(formCode, who.studyId, saved.error().message));
        ++summary.formsCompleted;
        return {};
    };

    // Plays the follow-up up to (not including) a day, in time order.
    const auto playUntil = [&](const QDate &until) -> Status {
        while (!pending.empty() && pending.begin()->first < until) {
            const FollowUpEvent event = pending.begin()->second;
            pending.erase(pending.begin());
            const DemoParticipant &who = people.at(event.participant);
            TrialSession &session = event.armSpecific ? *sessions[Role::Investigator] : coordinator;
            clock.moveTo(localTime(event.day, 300));
            if (event.kind == FollowUpEvent::AdverseEvent) {
                if (Status entered = enterForm(who, event, QStringLiteral("AE"), 330); !entered)
                    return entered;
                continue;
            }
            if (event.kind == FollowUpEvent::Miss) {
                std::mt19937_64 reasonRng = streamFor(digest, who.studyId, event.visitCode + QStringLiteral("/miss"));
                if (Status missed = VisitService(session).miss(who.studyId, event.visitCode,
                                                               QString::fromUtf8(pick(reasonRng, kMissReasons)));
                    !missed)
                    return missed;
                ++summary.visitsMissed;
                continue;
            }
            if (Status completed = VisitService(session).complete(who.studyId, event.visitCode, event.day); !completed)
                return makeError(
                    completed.error().code,
                    Tr::tr("Demo visit %1 of %2: %3").arg(event.visitCode, who.studyId, completed.error().message));
            ++summary.visitsCompleted;
            summary.visitsOutOfWindow += event.outOfWindow ? 1 : 0;
            int minutes = 320;
            for (const QString &formCode : event.forms)
                if (Status entered = enterForm(who, event, formCode, minutes += 4); !entered)
                    return entered;
        }
        return {};
    };

    // One write per batch of arrivals, begun with every permission the batch uses.
    std::optional<Write> tx;
    QDate batchDay;
    int inBatch = 0;
    while (summary.randomized < participants) {
        // Arrivals spread evenly over the history; everyone arriving the same day is one batch.
        const QDate day = first.addDays(summary.randomized * span / participants);
        if (tx && (day != batchDay || inBatch >= kBatch)) {
            if (Status committed = tx->commit(); !committed)
                return committed.error();
            tx.reset();
            if (progress)
                progress(summary.randomized, participants);
        }
        if (!tx) {
            if (Status played = playUntil(day); !played)
                return played.error();
            clock.moveTo(localTime(day, 60));
            auto begun = beginWrite(coordinator,
                                    { Action::ScreeningRecord, Action::ConsentRecord, Action::ParticipantRegister,
                                      Action::Randomize, Action::ParticipantStatusChange });
            if (!begun)
                return begun.error();
            tx.emplace(std::move(*begun));
            batchDay = day;
            inBatch = 0;
        }
        clock.moveTo(clock.nowUtc().addSecs(90));
        ScreeningInput screening;
        screening.siteCode = sites.at(std::uniform_int_distribution<qsizetype>(0, sites.size() - 1)(rng));
        screening.date = day;
        screening.age = std::uniform_int_distribution<int>(19, 92)(rng);
        screening.sex = chance(rng, 0.48) ? QStringLiteral("F") : QStringLiteral("M");
        for (const EligibilityCriterion &criterion : p.inclusion)
            screening.answers.insert(criterion.code, true);
        for (const EligibilityCriterion &criterion : p.exclusion)
            screening.answers.insert(criterion.code, false);
        const double draw = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
        if (draw < 0.18) {
            const bool inclusion = chance(rng, 0.5) && !p.inclusion.isEmpty();
            const auto &criteria = inclusion || p.exclusion.isEmpty() ? p.inclusion : p.exclusion;
            const QString code
                = criteria.at(std::uniform_int_distribution<qsizetype>(0, criteria.size() - 1)(rng)).code;
            screening.answers[code] = !inclusion;
        } else if (draw < 0.26) {
            screening.statedOutcome = ScreeningOutcome::Declined;
            screening.reason = QString::fromUtf8(pick(rng, kDeclineReasons));
        } else if (draw < 0.29) {
            screening.statedOutcome = ScreeningOutcome::Other;
            screening.reason = QString::fromUtf8(pick(rng, kOtherReasons));
        }
        auto screened = screenings.record(*tx, *protocol, screening);
        if (!screened)
            return screened.error();
        ++summary.screened;
        if (screened->outcome != ScreeningOutcome::Eligible) {
            summary.notEligible += screened->outcome == ScreeningOutcome::NotEligible ? 1 : 0;
            summary.declined += screened->outcome == ScreeningOutcome::Declined ? 1 : 0;
            summary.other += screened->outcome == ScreeningOutcome::Other ? 1 : 0;
            continue;
        }

        EnrollmentInput input;
        QString condition;
        if (!conditionFactor.isEmpty()) {
            condition = conditions.at(std::uniform_int_distribution<qsizetype>(0, conditions.size() - 1)(rng));
            input.strata.insert(conditionFactor, condition);
        }
        input.consent = { form->version, day, QString() };
        const QDate born = day.addYears(-screening.age).addDays(-std::uniform_int_distribution<int>(0, 364)(rng));
        const QString language = chance(rng, 0.8) ? QStringLiteral("fr") : QStringLiteral("en");
        input.identity = Identity {
            QString::fromUtf8(pick(rng, kLastNames)),
            QString::fromUtf8(pick(rng, kFirstNames)),
            born,
            QString(),
            QStringLiteral("514 555-%1").arg(std::uniform_int_distribution<int>(0, 9999)(rng), 4, 10, QLatin1Char('0')),
            QString(),
            language
        };
        auto registered = enrollment.registerScreened(*tx, p, screened->screeningNumber, input);
        if (!registered)
            return registered.error();
        auto randomized = randomization.randomize(*tx, registered->studyId, *signature);
        if (!randomized)
            return randomized.error();
        ++summary.randomized;
        ++inBatch;
        bool dataWithdrawn = false;
        if (chance(rng, 0.06)) {
            const WithdrawalScope scope = chance(rng, 0.6)
                ? WithdrawalScope::Intervention
                : (chance(rng, 0.7) ? WithdrawalScope::FollowUp : WithdrawalScope::Data);
            if (Status s = participantService.withdraw(*tx, registered->studyId, scope, day,
                                                       QString::fromUtf8(pick(rng, kWithdrawReasons)));
                !s)
                return s.error();
            ++summary.withdrawn;
            dataWithdrawn = scope == WithdrawalScope::Data;
        }
        if (summary.randomized <= kFollowUpLimit) {
            std::mt19937_64 health = streamFor(digest, registered->studyId, QStringLiteral("health"));
            DemoParticipant who;
            who.studyId = registered->studyId;
            who.siteCode = screening.siteCode;
            who.arm = randomized->armCode;
            who.condition = condition;
            who.age = screening.age;
            who.sex = screening.sex;
            who.language = language;
            who.randomizedOn = day;
            who.distress = normal(health, 0, 1);
            who.activation = normal(health, 0, 1);
            who.dataWithdrawn = dataWithdrawn;
            people.append(who);
            if (Status planned = planFollowUp(int(people.size() - 1)); !planned)
                return planned.error();
        }
    }
    if (tx) {
        if (Status committed = tx->commit(); !committed)
            return committed.error();
        tx.reset();
    }
    if (progress)
        progress(summary.randomized, participants);
    if (Status played = playUntil(today.addDays(1)); !played)
        return played.error();
    return summary;
}

} // namespace trialdesk::core
