#include "DemoPopulator.h"

#include "enrollment/EnrollmentService.h"
#include "enrollment/ParticipantService.h"
#include "enrollment/RandomizationService.h"
#include "enrollment/ScreeningService.h"
#include "protocol/CurrentProtocol.h"
#include "sql/Transaction.h"
#include "util/Clock.h"
#include "workspace/DemoWorkspace.h"
#include "workspace/TrialSession.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>

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

    // The work is done as the demo coordinator, whose password is published with the demo.
    DemoAccount coordinatorAccount;
    for (const DemoAccount &account : demoAccounts())
        if (account.role == Role::Coordinator)
            coordinatorAccount = account;
    auto workspace = Workspace::open(m_session.workspaceDirectory(), m_session.clock());
    if (!workspace)
        return workspace.error();
    QByteArray password = coordinatorAccount.password.toUtf8();
    auto login = workspace.value()->login(coordinatorAccount.username, password);
    if (!login)
        return makeError(login.error().code,
                         Tr::tr("The demo coordinator account could not sign in (%1): this demo trial is incomplete.")
                             .arg(login.error().message));
    TrialSession &coordinator = *login.value();
    for (Action action : { Action::ScreeningRecord, Action::ConsentRecord, Action::ParticipantRegister,
                           Action::Randomize, Action::ParticipantStatusChange })
        if (Status allowed = coordinator.require(action); !allowed)
            return allowed.error();
    // One electronic signature for the whole run.
    const Status signed_ = coordinator.verifyPassword(password);
    password.fill('\0');
    if (!signed_)
        return signed_.error();

    auto protocol = CurrentProtocol::load(coordinator.database());
    if (!protocol)
        return protocol.error();
    const Protocol &p = protocol->protocol;
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
    const ConsentFormVersion *form = nullptr;
    for (const ConsentFormVersion &candidate : p.consentForms)
        if (candidate.current)
            form = &candidate;
    if (sites.isEmpty() || !form)
        return makeError(ErrorCode::Corrupt, Tr::tr("The demo protocol has no site or no current consent form."));

    const QByteArray digest
        = QCryptographicHash::hash(seedHex.trimmed().toLower().toLatin1(), QCryptographicHash::Sha256);
    std::seed_seq seq(digest.cbegin(), digest.cend());
    std::mt19937_64 rng(seq);

    ScreeningService screenings(coordinator);
    EnrollmentService enrollment(coordinator);
    RandomizationService randomization(coordinator);
    ParticipantService participantService(coordinator);
    const QDate today
        = coordinator.clock().nowUtc().toTimeZone(QTimeZone(p.sites.constFirst().timeZone.toUtf8())).date();

    Summary summary;
    while (summary.randomized < participants) {
        Transaction tx(coordinator.database());
        if (!tx.status())
            return tx.status().error();
        for (int i = 0; i < kBatch && summary.randomized < participants; ++i) {
            ScreeningInput screening;
            screening.siteCode = sites.at(std::uniform_int_distribution<qsizetype>(0, sites.size() - 1)(rng));
            screening.date = today;
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
            auto screened = screenings.recordInTransaction(p, protocol->version, screening);
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
            if (!conditionFactor.isEmpty())
                input.strata.insert(
                    conditionFactor,
                    conditions.at(std::uniform_int_distribution<qsizetype>(0, conditions.size() - 1)(rng)));
            input.consent = { form->version, today, QString() };
            const QDate born = today.addYears(-screening.age).addDays(-std::uniform_int_distribution<int>(0, 364)(rng));
            input.identity
                = Identity { QString::fromUtf8(pick(rng, kLastNames)),
                             QString::fromUtf8(pick(rng, kFirstNames)),
                             born,
                             QString(),
                             QStringLiteral("514 555-%1")
                                 .arg(std::uniform_int_distribution<int>(0, 9999)(rng), 4, 10, QLatin1Char('0')),
                             QString(),
                             chance(rng, 0.8) ? QStringLiteral("fr") : QStringLiteral("en") };
            auto registered = enrollment.registerInTransaction(p, screened->screeningNumber, input);
            if (!registered)
                return registered.error();
            auto randomized = randomization.randomizeInTransaction(registered->studyId);
            if (!randomized)
                return randomized.error();
            ++summary.randomized;
            if (chance(rng, 0.06)) {
                const WithdrawalScope scope = chance(rng, 0.6)
                    ? WithdrawalScope::Intervention
                    : (chance(rng, 0.7) ? WithdrawalScope::FollowUp : WithdrawalScope::Data);
                if (Status s = participantService.withdrawInTransaction(registered->studyId, scope, today,
                                                                        QString::fromUtf8(pick(rng, kWithdrawReasons)));
                    !s)
                    return s.error();
                ++summary.withdrawn;
            }
        }
        if (Status committed = tx.commit(); !committed)
            return committed.error();
        if (progress)
            progress(summary.randomized, participants);
    }
    return summary;
}

} // namespace trialdesk::core
